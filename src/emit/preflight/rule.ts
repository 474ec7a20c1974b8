/** A preflight rule: reads the inspected facts, returns findings; it never changes the file. */
import type { PreflightFacts } from './inspect.js';

export interface PreflightOptions {
  /** The PDF/X version the file must claim; any known one when absent. */
  expectedVersion?: 'X-4' | 'X-1a';
  /** The trim size the pages must have, in points. */
  expectedTrim?: { width: number; height: number };
}

export interface Finding {
  rule: string;
  /** `error` fails the preflight; `warning` is reported; `info` says what was found. */
  severity: 'error' | 'warning' | 'info';
  /** One line, "Unexpected X, expected Y" for problems. */
  message: string;
}

export type PreflightRule = (facts: PreflightFacts, options: PreflightOptions) => Finding[];

/**
 * PDF/X versions by `GTS_PDFXVersion`: their highest PDF version and whether transparency and ICC-based RGB are
 * allowed.
 */
export const knownVersions: Record<
  string,
  { maxPdf: string; transparency: boolean; iccRgb: boolean; short: 'X-4' | 'X-1a' | 'X-3' }
> = {
  'PDF/X-4': { maxPdf: '1.6', transparency: true, iccRgb: true, short: 'X-4' },
  'PDF/X-1a:2001': { maxPdf: '1.3', transparency: false, iccRgb: false, short: 'X-1a' },
  'PDF/X-1a:2003': { maxPdf: '1.4', transparency: false, iccRgb: false, short: 'X-1a' },
  'PDF/X-3:2002': { maxPdf: '1.3', transparency: false, iccRgb: true, short: 'X-3' },
  'PDF/X-3:2003': { maxPdf: '1.4', transparency: false, iccRgb: true, short: 'X-3' },
};

/** The claimed version's rules; X-1a's (the strictest) when the file claims none. */
export function versionRules(facts: PreflightFacts) {
  return knownVersions[facts.info.gtsVersion ?? ''] ?? knownVersions['PDF/X-1a:2003'];
}

/** "pages 1–3, 7" */
export function pageList(pages: number[]): string {
  const ranges: string[] = [];
  for (let index = 0; index < pages.length; index++) {
    const start = pages[index];
    while (index + 1 < pages.length && pages[index + 1] === pages[index] + 1) index++;
    ranges.push(start === pages[index] ? `${start}` : `${start}–${pages[index]}`);
  }
  return `page${pages.length === 1 ? '' : 's'} ${ranges.slice(0, 8).join(', ')}${ranges.length > 8 ? ' …' : ''}`;
}
