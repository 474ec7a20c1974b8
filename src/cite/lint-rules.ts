/**
 * The citation lint's rules (lint.ts) described once, for the README's rule table (`npm run docs`).
 * Keyed by the lint's own rule type, so a rule added there and not here does not compile.
 */
import type { CiteRule } from './lint.js';

export interface CiteRuleInfo {
  description: string;
  severity: 'warning';
}

export const citeRules: Record<CiteRule, CiteRuleInfo> = {
  'short-form-unmatched': {
    description: 'a short form that matches no earlier full citation, or names its author otherwise than the full citation',
    severity: 'warning',
  },
  'short-form-ambiguous': { description: 'a short form without a title when the author has several works cited', severity: 'warning' },
  'short-title-mismatch': { description: 'a short title that is not the words (or the capitals) of the full title', severity: 'warning' },
  'short-form-no-page': { description: 'a short form without a page, in a chapter whose short forms mostly give one', severity: 'warning' },
  'ibid-ambiguous': { description: '`Ibid.` after a note that cites several works', severity: 'warning' },
  'ibid-unresolved': { description: '`Ibid.` with no citation in the note before it', severity: 'warning' },
  'full-citation-repeated': { description: "a work cited in full again in the same chapter, where a short form is expected", severity: 'warning' },
  'url-multiple-titles': { description: 'one URL given for works of different titles', severity: 'warning' },
  'url-title-mismatch': { description: "a URL whose words name another work than the citation's title", severity: 'warning' },
};
