/**
 * `folio normalise --citations pandoc`: the clean Markdown with each resolved citation written as a
 * Pandoc citation (`[@key, 175]`, `[@a, 3; @b, 7]`) and the works as CSL-JSON beside it, so citeproc
 * (Pandoc, Quarto, Zotero) can restyle notes an author wrote by hand. The author's prose around the
 * citations is kept; full citations, short forms and Ibid. all become a key and a locator.
 *
 * A note is rewritten only when its text is plain enough to rebuild from the citation transform's
 * flattened text without loss (one paragraph of text, emphasis and bare links); any other note, and
 * any note with a citation the resolver could not tie to a work or was unsure of, is written as the
 * author wrote it.
 * The book is not changed: the rewritten notes are copies.
 */
import type { FootnoteDefinition, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { divisions, type Book } from '../book.js';
import { toResult } from '../cite/index.js';
import { EMPHASIS_OPEN, URL_OPEN, isPlainNote, markdownOf, noteText, type NoteText } from '../cite/note-text.js';
import { sameTextOf } from '../cite/same-text.js';
import { resolveNotes, type MatchQuality, type ResolvedNote } from '../cite/resolve.js';
import type { CslItem } from '../book.js';

export interface PandocCitations {
  /** The book's divisions' trees, notes rewritten (copies; the book's trees are untouched). */
  trees: Root[];
  items: CslItem[];
  /** Notes rewritten, and notes that cite something but were kept as written. */
  rewritten: number;
  kept: number;
}

/** Copies of the book's trees with each plain note's citations as Pandoc citations, and the CSL items. */
export function pandocCitations(book: Book): PandocCitations {
  const all = divisions(book);
  const trees = all.map((division) => structuredClone(division.tree));
  const definitions: FootnoteDefinition[] = [];
  const notes: Array<{ note: NoteText; owner: number }> = [];
  trees.forEach((tree, owner) => {
    visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      definitions.push(node);
      notes.push({ note: noteText(node), owner });
    });
  });
  const resolution = resolveNotes(notes, [], sameTextOf(book));
  const { items } = toResult(resolution);
  let rewritten = 0;
  let kept = 0;
  // An Ibid. after a note whose work was a guess repeats the guess: that note is kept as written too.
  let previousGuessed = false;
  resolution.notes.forEach((resolved, index) => {
    if (resolved.citations.length === 0) return;
    const definition = definitions[index];
    const guessed =
      resolved.citations.some((citation) => !citation.work || citation.quality.some(isGuess)) ||
      (previousGuessed && resolved.citations[0].form === 'ibid');
    previousGuessed = guessed;
    if (guessed || !isPlainNote(definition)) {
      kept++;
      return;
    }
    definition.children = [{ type: 'paragraph', children: rewriteNote(resolved) }];
    rewritten++;
  });
  for (const tree of trees) escapeAtSigns(tree);
  return { trees, items, rewritten, kept };
}

/**
 * Pandoc reads `@name` anywhere in text as a citation (a handle in a note, an address): each `@` of
 * the author's text is written escaped, `\@`, which Markdown readers take back as `@`.
 */
function escapeAtSigns(tree: Root): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || parent.type === 'link' || index === undefined || !node.value.includes('@')) return;
    const pieces: PhrasingContent[] = node.value
      .split('@')
      .flatMap((piece, at) => [
        ...(at > 0 ? [{ type: 'html', value: '\\@' } as const] : []),
        ...(piece ? [{ type: 'text', value: piece } as const] : []),
      ]);
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

/** A match the resolver was unsure of (the lint warns): written as a key, it would become a fact. */
const isGuess = (quality: MatchQuality) =>
  quality.kind === 'ambiguous' || quality.kind === 'ibid-ambiguous' || quality.kind === 'unresolved';

/** The note's text with each run of citations (joined by `;`) as one Pandoc citation. */
function rewriteNote(resolved: ResolvedNote<number>): PhrasingContent[] {
  const text = resolved.note.text;
  const out: PhrasingContent[] = [];
  let at = 0;
  let cluster: string[] = [];
  let clusterEnd = 0;
  const flush = () => {
    if (!cluster.length) return;
    // A raw node: remark would escape the brackets and `@` of a text node.
    out.push({ type: 'html', value: `[${cluster.join('; ')}]` });
    cluster = [];
  };
  for (const citation of resolved.citations) {
    const { from } = citation.segment;
    const between = text.slice(at, from);
    let prefix = '';
    if (cluster.length && /^[\s;]*$/.test(between)) {
      // Another work of the same run.
    } else {
      flush();
      // Pandoc sets a citation after prose in a note in parentheses, but not its prefix (`[See @key, 4]`):
      // plain prose before a citation goes inside the brackets.
      if (PLAIN_PREFIX.test(between)) prefix = between.replace(/^\s+/, out.length ? ' ' : '');
      else out.push(...markdownOf(between));
    }
    cluster.push(`${prefix}@${citation.work!.id}${locatorOf(citation.locator)}`);
    // Sentences after the locator that the parser kept in the citation (`…, 12. Her view is …`) are prose.
    const end = from + proseAfterLocator(citation.segment.text, citation.locator);
    at = end;
    clusterEnd = end;
  }
  flush();
  const rest = text.slice(clusterEnd);
  // The citation's own closing full stop is citeproc's to write; prose after it stays.
  out.push(...markdownOf(/^[\s.]*$/.test(rest) ? '' : rest.replace(/^\./, '')));
  return mergeText(out);
}

/** Prose that can go verbatim into a citation's prefix: no markup, brackets, `@`, `;` or Markdown marks. */
const PLAIN_PREFIX = new RegExp(`^[^\\[\\]@;*_\`\\\\<>&${EMPHASIS_OPEN}${URL_OPEN}]+$`);

/** Where a citation's own text ends: after its locator when a sentence follows it, else at its end. */
function proseAfterLocator(segment: string, locator: string | null): number {
  if (!locator) return segment.length;
  const index = segment.lastIndexOf(locator);
  if (index < 0) return segment.length;
  const after = index + locator.length;
  return /^\.\s+\p{Lu}/u.test(segment.slice(after)) ? after : segment.length;
}

/** `, 175`; a locator with commas is braced (`, {4, 7}`) so Pandoc keeps it whole. */
function locatorOf(locator: string | null): string {
  if (!locator) return '';
  const clean = locator.replace(/[[\]]/g, '').trim();
  return clean ? (/[,;]/.test(clean) ? `, {${clean}}` : `, ${clean}`) : '';
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node);
  }
  // A note does not start or end with a space.
  const first = merged[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const end = merged.at(-1);
  if (end?.type === 'text') end.value = end.value.trimEnd();
  return merged.filter((node) => node.type !== 'text' || node.value !== '');
}
