/**
 * Preflight of a printer's PDF: what a print service's checker looks at, each rule in its own
 * file under rules/. Used after `folio pdf --print` and by `folio preflight FILE.pdf`.
 */
import { inspectPdf, type PreflightFacts } from './inspect.js';
import type { Finding, PreflightOptions, PreflightRule } from './rule.js';
import { boxesRule } from './rules/boxes.js';
import { colourRule } from './rules/colour.js';
import { fontsRule } from './rules/fonts.js';
import { imagesRule } from './rules/images.js';
import { outputIntentRule } from './rules/output-intent.js';
import { pageCountRule } from './rules/page-count.js';
import { pdfxVersionRule } from './rules/pdfx-version.js';
import { transparencyRule } from './rules/transparency.js';

export type { Finding, PreflightOptions } from './rule.js';
export type { PreflightFacts } from './inspect.js';

export const preflightRules: PreflightRule[] = [
  pdfxVersionRule,
  outputIntentRule,
  boxesRule,
  pageCountRule,
  colourRule,
  transparencyRule,
  fontsRule,
  imagesRule,
];

export interface PreflightReport {
  facts: PreflightFacts;
  findings: Finding[];
  errors: number;
  warnings: number;
}

export async function preflight(file: string, options: PreflightOptions = {}): Promise<PreflightReport> {
  const facts = await inspectPdf(file);
  const findings = preflightRules.flatMap((rule) => rule(facts, options));
  return {
    facts,
    findings,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}
