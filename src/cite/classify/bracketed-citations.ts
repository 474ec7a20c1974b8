/**
 * Citations in brackets inside the author's sentences: `The firm tracks every car (see Lee, ‘Tides’, *Shore News*,
 * 4 May 2011, https://…; Bo Chen, ‘Ports’, 9.) and says so.`, `… of its drivers. (Lee, ‘Tides’.) They call it …`.
 * A bracket that opens, perhaps after a signal (`see`, `cf.`, `e.g.`), with names, a comma and a title in quotes or
 * italics, after at least a few of the author's words, holds citations: it is cut out of the note before the note is
 * cut at its semicolons (a semicolon inside it parts its works, not the note's), and what it holds and the words on
 * either side are each read on their own. A citation's own brackets never open that way after the author's words
 * (`Ann Lee, *Tides* (Hull: Quay, 2004), 4 (quoting Chen, *Ports*, 9)` has none before its bracket; the work it quotes is
 * read by quoting-bracket.ts). A bracketed sentence opening with a signal after a full stop holds citations too, whatever
 * stands before it.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { proseWordCount } from './prose.js';

/** One name: capitalised words and initials, particles between them (`Bo de Chen`, `Uber Newsroom`, `J. K. Lee`). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:(?:\s+(?:de|van|von|der|den|da|di|du|del|della))*\s+\p{Lu}[\p{L}.'’-]*){0,4}`;
/** Names joined by commas, `and` or `&`, perhaps `et al.`, then the comma and a title's opening mark (a straight one,
 * MHRA's `'Tides'`, before a capital or italics). */
const OPENS_AS_CITATION = new RegExp(
  String.raw`^\(\s*(?:(?:see(?:\s+also)?|cf\.|e\.g\.|compare)[,:]?\s+)?${NAME}(?:(?:,\s+|,?\s+(?:and|&)\s+)${NAME}){0,4}` +
    String.raw`(?:\s+et\s+al\.?)?,\s*(?:[${EMPHASIS_OPEN}“"‘]|'(?=\p{Lu}|${EMPHASIS_OPEN}))`,
  'u',
);
/**
 * A short title in italics or quotes and the page cited, alone in the bracket: `… the quays were shut (*Salt Roads*,
 * 42).`, the author named in the sentence (a short form there counts only if it names a work cited before).
 */
const TITLE_AND_PAGE = new RegExp(
  String.raw`^\(\s*(?:(?:see(?:\s+also)?|cf\.)[,:]?\s+)?(?:${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|“[^”]+”|"[^"]+")` +
    String.raw`,?\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?\s*\)`,
  'u',
);
/**
 * A bracket that opens a sentence of its own with a signal, after a citation's or the author's full stop: `Lee, ‘Tides’,
 * 154. (See also Chen: 2004; Roe 2007)`. It holds citations whatever stands before it.
 */
const SIGNAL_AFTER_SENTENCE = /^\(\s*(?:see(?:\s+also)?|cf\.|compare)[,:]?\s+(?:\p{Lu}|de\s|van\s|von\s)/iu;
/** The author's words before the bracket (outside earlier ones): at least this many in lower case, titles aside. */
const PROSE_WORDS = 2;

export interface Bracket {
  /** The bracket's opening and the offset just past its closing. */
  start: number;
  end: number;
  /** What it holds, a signal and a closing full stop included. */
  inner: { from: number; to: number };
}

/** The brackets of the text that hold citations inside the author's words, in order. */
export function citationBrackets(text: string): Bracket[] {
  const brackets: Bracket[] = [];
  let after = 0;
  // The author's words so far, outside the brackets already cut out.
  let words = '';
  for (let start = text.indexOf('('); start >= 0; start = text.indexOf('(', start + 1)) {
    if (start < after) continue;
    const signalled = /[.!?]\s+$/.test(text.slice(after, start)) && SIGNAL_AFTER_SENTENCE.test(text.slice(start));
    if (!signalled && !OPENS_AS_CITATION.test(text.slice(start)) && !TITLE_AND_PAGE.test(text.slice(start))) continue;
    if (!signalled && proseWordCount(`${words} ${text.slice(after, start)}`) < PROSE_WORDS) continue;
    const end = closing(text, start);
    if (end === undefined) continue;
    brackets.push({ start, end: end + 1, inner: { from: start + 1, to: end } });
    words += ` ${text.slice(after, start)}`;
    after = end + 1;
  }
  return brackets;
}

/** Where the bracket opened at `start` closes, brackets inside it balanced; undefined when it never does. */
function closing(text: string, start: number): number | undefined {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return undefined;
}
