/**
 * A journal's issue labelled with a word after its labelled volume (`Vol. 25, Issue 3`, `Volume 51, Number 3`,
 * `vol. 7, iss. 2`), where Chicago writes `no.`: this pass writes the label as `no.` in the text the grammar parses
 * (padded to the word's length, so every position still points at its character). Only after a labelled volume:
 * `Number` and `Issue` elsewhere are words of a title or of the author's sentence. Titles and addresses are left as
 * written.
 */
import { rewriteOutsideTitles } from './title-spans.js';

const ISSUE_WORD = /(?<=\b[Vv]ol(?:ume)?\.?\s*\d+,?\s*)(?:[Nn]umber|[Ii]ssue|[Ii]ss\.)(?=\s*\d)/g;

export function issueLabels(text: string): string {
  if (!/\b(?:[Nn]umber|[Ii]ssue|[Ii]ss\.)\s*\d/.test(text)) return text;
  return rewriteOutsideTitles(text, (run) => run.replace(ISSUE_WORD, (word) => 'no.'.padEnd(word.length)));
}
