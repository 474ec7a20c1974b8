/**
 * A work the note describes instead of titling it (Chicago 14.110, 14.191): `Ann Lee, introduction to *Tides*
 * (Hull: Quay, 1998), xi.`, `Bo Chen, untitled introductory essay in *Harbours* (…), n.p.`, `Ann Lee, foreword to
 * *Tides*, by Bo Chen (…)`, and a review, `Ann Lee, review of *Tides*, by Bo Chen, *Shore Review* 6, no. 2 (2020): 4.`
 * The writer's names come first, then a description in lower case leading by `to`, `in` or `of` to the work in
 * italics. A front or back part of a book has no title of its own (the description is no title): it is read as a part
 * of the book (type chapter, its book the container). A review's title is the description with the work reviewed,
 * as written, and the rest is read as for any article. An untitled piece of a paper (`Untitled clipping from *The
 * Lamp*, 11 April 1965`) is the paper's article (a newspaper's when dated by the day).
 */
import type { FullCitation } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';

/** Names in note order, then the comma. */
const WRITER = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|van|von|der|den|da|di|du|del|della|\p{Lu}[\p{L}.'’-]*)){1,4}(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|van|von|der|den|da|di|du|del|della|\p{Lu}[\p{L}.'’-]*)){1,4})*),\s+`;
/** The parts of a book that a note describes: `introduction to`, `untitled introductory essay in`, `afterword to`. */
const PART = String.raw`((?:(?:untitled|new|brief|short)\s+)?(?:introduction|introductory\s+essay|essay|foreword|preface|afterword|epilogue|prologue|postscript|commentary|notes)\s+(?:to|in))\s+`;
const DESCRIBED_PART = new RegExp(`^${WRITER}${PART}(?=${EMPHASIS_OPEN})`, 'u');
/** `review of *Tides*`, `review of the exhibition *Tides*, by Bo Chen`: the review, the work reviewed, its maker. */
const REVIEW = new RegExp(
  `^${WRITER}(review\\s+of(?:\\s+\\p{Ll}+){0,3})\\s+(${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE})(?:,?\\s+by\\s+[^,${EMPHASIS_OPEN}]+)?,\\s+(?=${EMPHASIS_OPEN})`,
  'u',
);

/** `Untitled clipping from *The Lamp*, `, `An untitled article in *The Lamp*, `: an unsigned, untitled piece of a paper. */
const UNTITLED_PIECE = new RegExp(
  `^(?:An?\\s+)?[Uu]ntitled\\s+(?:\\p{Ll}+\\s+){0,2}(?:from|in)\\s+(?=${EMPHASIS_OPEN})`,
  'u',
);

/** A word every described work has: a quick test before the patterns (this runs on every full citation). */
const DESCRIBING_WORD =
  /\b(?:introduction|introductory|essay|foreword|preface|afterword|epilogue|prologue|postscript|commentary|notes|review|[Uu]ntitled)\b/;

export function parseDescribedPart(text: string, parse: (text: string) => FullCitation): FullCitation | undefined {
  if (!DESCRIBING_WORD.test(text)) return undefined;
  const review = REVIEW.exec(text);
  if (review) {
    const reviewed = review[3].replace(new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g'), '');
    return parse(`${review[1]}, “${review[2]} ${reviewed},” ${text.slice(review[0].length)}`);
  }
  const piece = UNTITLED_PIECE.exec(text);
  if (piece) {
    const paper = parse(text.slice(piece[0].length));
    const { title, ...rest } = paper.item;
    const name = title ?? rest['container-title'];
    if (!name) return undefined;
    const dated = ((rest.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.length ?? 0) === 3;
    return {
      ...paper,
      item: { ...rest, type: dated ? 'article-newspaper' : 'article', 'container-title': name },
    };
  }
  const part = DESCRIBED_PART.exec(text);
  if (!part) return undefined;
  const book = parse(`${part[1]}, ${text.slice(part[0].length)}`);
  const { title, ...rest } = book.item;
  if (!title) return undefined;
  return { ...book, item: { ...rest, type: 'chapter', 'container-title': title } };
}

/** Whether the text opens as a described work (`Ann Lee, review of *Tides*, …`): a citation, not the author's prose. */
export function opensDescribedWork(text: string): boolean {
  if (!DESCRIBING_WORD.test(text)) return false;
  return DESCRIBED_PART.test(text) || REVIEW.test(text) || UNTITLED_PIECE.test(text);
}
