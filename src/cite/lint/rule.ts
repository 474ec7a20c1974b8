/**
 * A citation lint rule, shaped like the check rules (src/check/rule.ts): an id, one line for the
 * README's table, a default severity, and a check that reads the resolution and returns findings.
 * Rules never change the resolution or the manuscript; they only report.
 */
import type { Position } from 'unist';
import type { Segment } from '../classify.js';
import type { Resolution, ResolvedCitation, ResolvedNote } from '../resolve.js';

/** `warning`: a slip to fix; `info`: a query for the author, not counted as a problem. */
export type CiteSeverity = 'warning' | 'info';

/** Another place the finding concerns (the first full citation, the note an Ibid. follows). */
export interface RelatedPlace<Owner> {
  owner: Owner;
  note: number;
  place?: Position;
  /** What is there, as a sentence: `Cited in full here (note 3)`. */
  reason: string;
}

export interface Finding<Owner> {
  owner: Owner;
  note: number;
  place?: Position;
  ruleId: string;
  severity: CiteSeverity;
  /** "Unexpected …, expected …" */
  reason: string;
  /** What to do about it. */
  hint?: string;
  related?: Array<RelatedPlace<Owner>>;
}

/** What every rule reads: the resolution, and the note each parsed segment came from. */
export interface LintContext<Owner> {
  resolution: Resolution<Owner>;
  noteOf: Map<Segment, ResolvedNote<Owner>>;
}

export interface CiteRule {
  id: string;
  /** One line for the README's rule table. */
  description: string;
  severity: CiteSeverity;
  /** The rule over the whole book: for rules that keep state from one citation to the next. */
  check?<Owner>(context: LintContext<Owner>): Array<Finding<Owner>>;
  /** The rule on one citation, called in reading order: for rules that need only it, its note and the book. */
  visit?<Owner>(
    resolved: ResolvedNote<Owner>,
    citation: ResolvedCitation,
    context: LintContext<Owner>,
  ): Finding<Owner> | Array<Finding<Owner>> | undefined;
}
