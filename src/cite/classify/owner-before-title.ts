/**
 * The author's sentence that names a work's owners just before its title, `This exercise is inspired by Ann Lee's
 * article on "Tides," *Shore Notes*, https://…` or `… based on Bo Chen's essay "Tides" (1936), https://…`: a rule
 * that cuts the citation at its title leaves the owners in the sentence. The names and their possessive (with the
 * work's kind between, lead-prose.ts's `OWNED_KIND`) move to the citation, whose parser reads them as its authors.
 * So do the names the sentence makes the author of a work whose citation opens with its title (quoted or in
 * italics): after `by` (`… is lamented by Ann Lee in *Tides* (…)`), before `in` (`… the work of Ann Lee in
 * *Tides*`), or as the subject of one verb (`… what Ann Lee and Bo Chen suggest in “Tides,” …`).
 */
import { NAME_WORD, OWNED_KIND, authorNamedAtEnd } from '../lead-prose.js';
import { isPersonList } from '../names.js';
import { EMPHASIS_OPEN } from '../note-text.js';
import type { Segment } from './segment.js';

/** A word of a name (lead-prose.ts's), alone. */
const NAME = new RegExp(`^${NAME_WORD}$`, 'u');

export function ownersIntoCitations(segments: Segment[], text: string): Segment[] {
  const out: Segment[] = [];
  // The citation that takes the owners from the sentence before it.
  let taken: Segment | undefined;
  for (const [index, current] of segments.entries()) {
    const segment = taken ?? current;
    taken = undefined;
    const next = segments[index + 1];
    const owners =
      segment.kind === 'commentary' && next?.kind === 'full'
        ? (ownersAtEnd(segment.text) ?? (opensWithTitle(next.text) ? authorNamedAtEnd(segment.text)?.index : undefined))
        : undefined;
    if (owners === undefined) {
      out.push(segment);
      continue;
    }
    const words = segment.text.slice(0, owners).trimEnd();
    const start = segment.from + owners;
    if (words) out.push({ ...segment, text: words, to: segment.from + words.length });
    taken = { ...next, from: start, text: text.slice(start, next.to) };
  }
  return out;
}

/** Where the owners' names open, when the text ends with them, their possessive and perhaps the work's kind. */
function ownersAtEnd(text: string): number | undefined {
  const kind = OWNED_KIND.exec(text) ?? /\p{L}(['’]s)\s*$/u.exec(text);
  if (!kind) return undefined;
  // The possessive's name: the words just before it, back to the first that is no name's.
  const before = text.slice(0, kind.index + 1);
  const words = before.split(/(?<=\s)(?=\S)/);
  let first = words.length;
  while (first > 0 && NAME.test(words[first - 1].trim())) first--;
  // A person's names or several, the first capitalised (`Berger's` opening a sentence is a name too).
  for (; first < words.length; first++) {
    const candidate = words.slice(first).join('').trim();
    if (/^\p{Lu}/u.test(candidate) && isPersonList(candidate))
      return before.length - words.slice(first).join('').length;
  }
  return undefined;
}

/** A citation that opens with its title, quoted or in italics (no names of its own before it). */
const opensWithTitle = (text: string) => new RegExp(`^[“"‘${EMPHASIS_OPEN}]`, 'u').test(text);
