/** Transparency: forbidden in PDF/X-1a and X-3 (flatten it first), allowed in X-4. */
import { pageList, versionRules, type PreflightRule } from '../rule.js';

export const transparencyRule: PreflightRule = (facts) => {
  const rule = 'transparency';
  if (!facts.transparency.length) return [];
  const kinds = [...new Set(facts.transparency.map((item) => item.what))];
  const pages = [...new Set(facts.transparency.map((item) => item.page))].sort((a, b) => a - b);
  if (versionRules(facts).transparency)
    return [
      {
        rule,
        severity: 'info',
        message: `transparency (${kinds.join(', ')}) on ${pageList(pages)}, allowed in ${facts.info.gtsVersion}`,
      },
    ];
  return [
    {
      rule,
      severity: 'error',
      message:
        `Unexpected transparency (${kinds.join(', ')}) on ${pageList(pages)}, expected` +
        ` none in ${facts.info.gtsVersion ?? 'PDF/X-1a'} (use PDF/X-4, or flatten it)`,
    },
  ];
};
