/**
 * remark plugin: a bare URL hard-wrapped across a line break. GFM's literal autolink stops at the
 * line end, so the rest of the address falls out as text (`…/research-ethics-in-` ⏎ `an-age-of-data/.`).
 * The next line is joined to the link when it continues the address with no space and the address
 * as it stands is broken:
 * - it ends in a character an address does not end on (`-`, `=`, `&`, `%`, `+`, `#`), or in one
 *   GFM left outside the link (`_`, `~`);
 * - or it ends in `/` or `?` and the next line's first word can only be part of an address (it
 *   holds `/`, `=`, `&`, `%`, `#`, `_`, or ends in a file extension such as `.html`).
 * A line that reads as a word (`https://example.org/` ⏎ `and then`) is never joined. The rest of the
 * word after the address (closing punctuation) stays text, as GFM leaves it. Joining repeats while
 * the address stays broken (an address wrapped over three lines).
 */
import type { Link, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

/** The end of the line after the link: characters GFM left outside it, the break, the next line's first word. */
const nextLine = /^([?_~]*)\n[ \t]*(\S+)/;
/** An address ending in one of these is cut short. */
const brokenEnd = /[-=&%+#_~]$/;
/** A word that can only be part of an address. */
const addressPart = /[/=&%#_]|\.[a-z0-9]{2,5}$/i;
/** Punctuation GFM leaves outside a literal autolink when it ends the address. */
const trailing = /[?!.,:;*_~'"’”]+$/;

export default function remarkWrappedUrls() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!/(?:https?:\/\/|www\.)\S*\r?\n/i.test(source)) return;
    const place = location(file);
    visit(tree, 'link', (link: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const label = link.children.length === 1 && link.children[0].type === 'text' ? link.children[0] : undefined;
      if (!label || !isLiteral(link.url, label.value) || !isBare(source, link)) return;
      for (;;) {
        const next = parent.children[index + 1];
        if (next?.type !== 'text') return;
        const joined = continuation(link, next, parent.children[index + 2] === undefined);
        const from = link.position?.end.offset;
        const end = joined && sourceEnd(source, from, joined.raw);
        if (!joined || end === undefined || from === undefined) return;
        // The address as the source spells it, as GFM's literal autolink keeps it (escapes included).
        const added = source.slice(from, end).replace(/\r?\n[ \t>]*/, '');
        link.url += added;
        label.value += added;
        const point = place.toPoint(end);
        if (point && link.position) link.position = { ...link.position, end: point };
        if (point && label.position) label.position = { ...label.position, end: point };
        next.value = next.value.slice(joined.consumed);
        if (next.value === '') parent.children.splice(index + 1, 1);
        else if (point && next.position) next.position = { ...next.position, start: point };
      }
    });
  };
}

/**
 * The link is written as a bare address in the source, not `[address](address)` or `<address>`
 * (a link written out in full ends where its author, or `folio normalise`, closed it).
 */
export function isBare(source: string, link: Link): boolean {
  const start = link.position?.start.offset;
  return start !== undefined && source[start] !== '[' && source[start] !== '<';
}

/** The link's text is its address (GFM's literal autolinks: `https://…`, `www.…`, an e-mail address). */
export function isLiteral(url: string, text: string): boolean {
  return url === text || url === `http://${text}` || url === `mailto:${text}`;
}

/**
 * What the next line adds to the address: the characters of the text node it takes (`consumed`):
 * those GFM left outside the link and the next line's first word (`raw`).
 */
function continuation(
  link: Link,
  next: Text,
  lastChild: boolean,
): { consumed: number; raw: { outside: string; word: string } } | undefined {
  const match = nextLine.exec(next.value);
  if (!match) return undefined;
  const [whole, outside, firstWord] = match;
  const after = next.value.slice(whole.length);
  // The word must end the text node only when nothing follows it (emphasis would cut it short).
  if (after === '' && !lastChild) return undefined;
  if (!/^[\w%/#?&=.~+-]/.test(firstWord)) return undefined;
  const word = firstWord.replace(trailing, '');
  if (word === '' || /^[a-z][a-z+.-]*:\/\/|^www\./i.test(word)) return undefined;
  const end = (link.url + outside).at(-1) ?? '';
  const broken = brokenEnd.test(link.url + outside) || ((end === '/' || end === '?') && addressPart.test(word));
  if (!broken) return undefined;
  return {
    consumed: whole.length - firstWord.length + word.length,
    raw: { outside, word },
  };
}

/**
 * Where the joined word ends in the source, reading from the link's end: the characters left
 * outside, the line break and indent (or block quote markers), then the word, whose characters
 * the source may have escaped (`\_`). Undefined when the source does not read so.
 */
function sourceEnd(
  source: string,
  from: number | undefined,
  raw: { outside: string; word: string },
): number | undefined {
  if (from === undefined) return undefined;
  let at = from;
  const take = (character: string) => {
    if (source[at] === character) at++;
    else if (source[at] === '\\' && source[at + 1] === character) at += 2;
    else return false;
    return true;
  };
  for (const character of raw.outside) if (!take(character)) return undefined;
  const lineEnd = /^\r?\n[ \t>]*/.exec(source.slice(at, at + 200));
  if (!lineEnd) return undefined;
  at += lineEnd[0].length;
  for (const character of raw.word) if (!take(character)) return undefined;
  return at;
}
