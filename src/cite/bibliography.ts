/**
 * A chapter's own bibliography: the entries under a `Bibliography`, `Works Cited`, `Sources`,
 * `References` (or `Select Bibliography`, `Works Consulted`) heading, one paragraph or list item
 * each (`Last, First. *Title*. Place: Publisher, Year.`). Articles that give such a list cite its
 * works in notes by short forms only; the resolver reads the entries so those short forms find them.
 * The tree is only read.
 */
import type { FootnoteDefinition, Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, noteText, type NoteText } from './note-text.js';

const HEADING = new RegExp(
  String.raw`^(?:(?:select(?:ed)?\s+)?bibliography|works\s+(?:cited|consulted)|(?:primary\s+` +
    String.raw`|secondary\s+)?sources|references|literature\s+cited)[\s.:]*$`,
  'i',
);

/** The entries of every bibliography section of the tree, in order, as texts the citation parsers read. */
export function bibliographyEntries(tree: Root): NoteText[] {
  const entries: NoteText[] = [];
  let depth: number | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (depth !== undefined && node.depth <= depth) depth = undefined;
      if (HEADING.test(toString(node as Heading).trim())) depth = node.depth;
      continue;
    }
    if (depth === undefined) continue;
    for (const paragraph of paragraphs(node)) {
      const text = toString(paragraph).trim();
      // An entry names a work: more than a few words and a full stop or a comma between its parts.
      if (text.length < 12 || !/[.,]/.test(text)) continue;
      entries.push(entryText(paragraph, entries.length + 1));
    }
  }
  return entries;
}

function paragraphs(node: RootContent): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  if (node.type === 'list')
    return node.children.flatMap((item) =>
      item.children.filter((child): child is Paragraph => child.type === 'paragraph').slice(0, 1),
    );
  return [];
}

/**
 * The entry flattened as a note's text would be (emphasis and links kept as markers); numbered by order. An entry of a
 * Pandoc definition list (`Lee 2004` ⏎ `: Lee, A. 2004. *Tides*. Hull: Quay Press.`, which a reader without that
 * extension reads as one paragraph) is its definition: the term, its author-date key, is left out.
 */
function entryText(paragraph: Paragraph, number: number): NoteText {
  const definition: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier: `bibliography-${number}`,
    children: [paragraph],
    ...(paragraph.position ? { position: paragraph.position } : {}),
  };
  const text = withoutTerm(noteText(definition), toString(paragraph));
  return { ...text, text: markUnmarkedTitle(text.text), number: -number };
}

/** A definition list's term, its line ending where the definition's `: ` opens the next. */
const TERM = /^([^\n]+)\n:[ \t]+/;

function withoutTerm(text: NoteText, source: string): NoteText {
  const term = TERM.exec(source);
  if (!term) return text;
  const cut = new RegExp(`^${escape(term[1].trim())}\\s*:\\s+`).exec(text.text);
  if (!cut) return text;
  const length = cut[0].length;
  return {
    ...text,
    text: text.text.slice(length),
    spans: text.spans
      .filter((span) => span.to > length)
      .map((span) => ({ ...span, from: Math.max(span.from - length, 0), to: span.to - length })),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `Lee, Ann and Bo Chen. Salt Roads: A History. Hull: Quay Press, 2004.`: a bibliography may set a
 * book's title without italics. Between the names (up to the first full stop after a word, not an
 * initial) and the publication facts (`Place: Publisher, Year.`), the sentence is the title: it is
 * marked as italics so the note grammar reads it as one. Entries with a marked title are left alone.
 */
export function markUnmarkedTitle(text: string): string {
  // The names end at a word's full stop, or at the last initial's (`Lee, A. B.`, `Lee, Ann M.`).
  const names = /^([^.,]+,\s*(?:[^.]|\p{Lu}\.(?=\s*\p{Lu}\.))*?(?:\p{L}{2,}\.|\p{Lu}\.(?!\s*\p{Lu}\.)))\s+/u.exec(text);
  if (!names || /[“"‘\uE000]/.test(names[1])) return text;
  const rest = text.slice(names[0].length);
  const tail = FACTS_TAIL.exec(rest);
  if (!tail || tail.index === 0) return text;
  const title = rest.slice(0, tail.index).replace(/\.$/, '');
  if (title.includes(EMPHASIS_OPEN) || /^[“"‘]/.test(title) || !/^\p{Lu}/u.test(title)) return text;
  return `${names[1]} ${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}. ${tail[1]}`;
}

/** `. Hull: Quay Press, 2004.`, `! Leeds, UK: Fell, 1998`: the place, publisher and year closing an entry. */
const FACTS_TAIL = /(?<=[.!?]["”]?)\s+(\p{Lu}[^.:;]*(?:,\s*[\p{L}.]+)?:\s*[^:]+?,\s*(?:1[5-9]|20)\d\d\.?)\s*$/u;
