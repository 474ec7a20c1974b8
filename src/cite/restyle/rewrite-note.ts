/**
 * A restyled note's text: the author's prose as written, each citation run Folio is sure of replaced
 * by what citeproc made of it, and the punctuation at the seams mended (citeproc writes a note
 * citation's closing full stop; an Ibid. after `see` is lower case).
 */
import type { PhrasingContent } from 'mdast';
import { markdownOf } from '../note-text.js';
import { htmlPhrasing, merge } from './html-phrasing.js';

/** A run of citations in the note's flattened text, and citeproc's HTML for it (none: kept as written). */
export interface RenderedRun {
  from: number;
  to: number;
  html?: string;
}

/** Abbreviations whose full stop is no sentence's end, so it stays before a comma. */
const ABBREVIATION = /\b(?:ibid|al|ed|eds|trans|n\.d|comp|repr|rev|vol|vols|no|pp?)\.$/i;

/** The note's new phrasing content; runs without HTML stay as the author wrote them. */
export function rewriteNote(text: string, runs: RenderedRun[], inText = false): PhrasingContent[] {
  const restyled = runs.filter((run) => run.html !== undefined);
  // The author's text between runs (gaps[i] before run i, the last after the last run), a kept run's included.
  const gaps = restyled.map((run, index) => text.slice(index ? restyled[index - 1].to : 0, run.from));
  gaps.push(text.slice(restyled.at(-1)?.to ?? 0));
  const htmls = restyled.map((run, index) => {
    let html = run.html!;
    const before = gaps[index].trim();
    const sentenceStart = !before || /[.!?:][”’"')\]]*$/.test(before);
    if (!sentenceStart) html = lowerFirstIbid(html);
    // In a note, an author-date citation that is the sentence, or follows `see`, goes without its parentheses.
    if (inText && (sentenceStart || SIGNAL.test(before))) html = withoutParentheses(html);
    const plain = plainText(html);
    const last = index === restyled.length - 1;
    const after = gaps[index + 1];
    if (last && /^[\s.]*$/.test(after)) gaps[index + 1] = STOPPED.test(plain) ? '' : '.';
    else if (/^\s*\./.test(after) && STOPPED.test(plain)) gaps[index + 1] = after.replace(/^\s*\./, '');
    else if (/^\s*[,;:)]/.test(after) && /\.$/.test(plain) && !ABBREVIATION.test(plain)) html = dropFinalStop(html);
    // A citation that ended its sentence before the author's next one keeps the sentence's full stop
    // (`… 2004), 9. The ledgers …` → `Pell 2004, 9. The ledgers …`).
    else if (STOPPED.test(text.slice(run.from, run.to).trim()) && /^\s+\p{Lu}/u.test(after) && !STOPPED.test(plain))
      gaps[index + 1] = `.${after}`;
    return html;
  });
  const out: PhrasingContent[] = [];
  gaps.forEach((gap, index) => {
    out.push(...markdownOf(gap));
    if (index < htmls.length) out.push(...htmlPhrasing(htmls[index]));
  });
  return trimEdges(merge(out));
}

/** Text that ends a sentence already, inside closing quotation marks too (`“… Karabakh.”`). */
const STOPPED = /[.!?][”’"']*$/;

/** Words that introduce a citation (`see`, `cf.`, `see also`, `e.g.`). */
const SIGNAL = /(?:^|\s)(?:see(?: also)?|cf\.|compare|e\.g\.,?|also|and)$/i;

/** `(Pell 2004, 9)` → `Pell 2004, 9`, when the parentheses wrap the whole citation. */
function withoutParentheses(html: string): string {
  const match = /^\(([\s\S]*)\)$/.exec(html.trim());
  if (!match) return html;
  let depth = 0;
  for (const character of match[1]) {
    depth += character === '(' ? 1 : character === ')' ? -1 : 0;
    if (depth < 0) return html;
  }
  return match[1];
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#38;|&amp;/g, '&')
    .trim();
}

/** `Ibid.` after the author's `see` reads `see ibid.` (citeproc capitalises it at a citation's start). */
function lowerFirstIbid(html: string): string {
  return html.replace(/^((?:<[^>]+>)*)Ibid\b/, '$1ibid');
}

function dropFinalStop(html: string): string {
  return html.replace(/\.((?:<\/[^>]+>)*)$/, '$1');
}

/** A note does not start or end with a space. */
function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const end = nodes.at(-1);
  if (end?.type === 'text') end.value = end.value.trimEnd();
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}
