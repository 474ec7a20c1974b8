/**
 * Citation lint: the slips a resolution reveals, as findings placed on the citation that shows
 * them. One rule per file (lint/rules/), shaped like the check rules; this runner gives each the
 * resolution and collects what they find. Nothing here changes the manuscript or the items.
 */
import type { Segment } from './classify.js';
import type { Resolution, ResolvedNote } from './resolve.js';
import { findEach } from './lint/facts.js';
import type { CiteRule, CiteSeverity, Finding, LintContext } from './lint/rule.js';
import { fullCitationRepeated } from './lint/rules/full-citation-repeated.js';
import { ibidAmbiguous } from './lint/rules/ibid-ambiguous.js';
import { ibidUnresolved } from './lint/rules/ibid-unresolved.js';
import { shortFormAmbiguous } from './lint/rules/short-form-ambiguous.js';
import { shortFormNoPage } from './lint/rules/short-form-no-page.js';
import { shortFormUnmatched } from './lint/rules/short-form-unmatched.js';
import { shortTitleMismatch } from './lint/rules/short-title-mismatch.js';
import { urlMultipleTitles } from './lint/rules/url-multiple-titles.js';
import { urlTitleMismatch } from './lint/rules/url-title-mismatch.js';

export type { CiteRule, CiteSeverity, Finding, RelatedPlace } from './lint/rule.js';

export const citeRules: CiteRule[] = [
  shortFormUnmatched,
  shortFormAmbiguous,
  shortTitleMismatch,
  shortFormNoPage,
  ibidAmbiguous,
  ibidUnresolved,
  fullCitationRepeated,
  urlMultipleTitles,
  urlTitleMismatch,
];

/** The rules as the README's table lists them. */
export function citeRuleTable(): Array<{ id: string; description: string; severity: CiteSeverity }> {
  return citeRules.map(({ id, description, severity }) => ({ id, description, severity }));
}

/** The README's table of citation rules (between its `cite-rules` markers), generated from the rules. */
export function citeRuleTableMarkdown(): string {
  // In the README's tone: a phrase, not a sentence.
  const phrase = (text: string) =>
    text
      .replace(/^[A-Z](?=[a-z ])/, (letter) => letter.toLowerCase())
      .replace(/\.$/, '')
      .replace(/\|/g, '\\|');
  const rows = citeRuleTable().map(
    ({ id, severity, description }) => `| \`${id}\` | ${severity} | ${phrase(description)} |`,
  );
  return ['| rule | severity | finds |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Every rule's findings, in reading order (by note, then by where in the note). */
export function lintCitations<Owner>(resolution: Resolution<Owner>): Array<Finding<Owner>> {
  const noteOf = new Map<Segment, ResolvedNote<Owner>>();
  for (const resolved of resolution.notes) for (const segment of resolved.segments) noteOf.set(segment, resolved);
  const context: LintContext<Owner> = { resolution, noteOf };
  const order = new Map<Owner, Map<number, number>>();
  resolution.notes.forEach((resolved, index) => {
    const byNumber = order.get(resolved.owner) ?? new Map<number, number>();
    if (!byNumber.has(resolved.note.number)) byNumber.set(resolved.note.number, index);
    order.set(resolved.owner, byNumber);
  });
  return citeRules
    .flatMap((rule) =>
      rule.check
        ? rule.check(context)
        : findEach(context, (resolved, citation) => rule.visit?.(resolved, citation, context)),
    )
    .map((finding, index) => ({ finding, index, at: order.get(finding.owner)?.get(finding.note) ?? 0 }))
    .sort(
      (a, b) =>
        a.at - b.at || (a.finding.place?.start.offset ?? 0) - (b.finding.place?.start.offset ?? 0) || a.index - b.index,
    )
    .map(({ finding }) => finding);
}
