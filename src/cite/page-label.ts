/**
 * A page labelled `pg.` (`pg. 143`, `pgs. 12-14`, `pg 5`), a common student's and word processor's form of `p.`, or
 * `Pp.` with a capital (after a title's question mark, `Did They Hold? Pp. 31-43`): the
 * grammar knows Chicago's `p.`/`pp.`, so this pass writes the label as `pp.` in the text it parses (padded to the
 * label's length, so every position still points at its character). Titles and addresses are left as written.
 */
import { rewriteOutsideTitles } from './title-spans.js';

/** The label before a page's number, an Arabic or a small Roman one: `pg. 143`, `Pg.12`, `pgs. 3-7`, `pg xi`. */
const PG_LABEL = /(?<![\p{L}\p{N}])(?:[Pp]gs?\.?|Pp\.)(?=\s?(?:\d|[ivxlc]+\b))/gu;

export function pageLabels(text: string): string {
  if (!/(?<![\p{L}\p{N}])(?:[Pp]gs?\b|Pp\.)/u.test(text)) return text;
  return rewriteOutsideTitles(text, (run) =>
    run.replace(PG_LABEL, (label) => 'pp.'.slice(0, label.length).padEnd(label.length)),
  );
}
