/** Page boxes: a TrimBox on every page, inside the BleedBox, inside the MediaBox; one trim size, the one asked for. */
import { pageList, type Finding, type PreflightRule } from '../rule.js';
import type { Box } from '../inspect.js';

const inches = (points: number) => `${Number((points / 72).toFixed(3))}`;
const size = (box: Box) => `${inches(box[2] - box[0])} × ${inches(box[3] - box[1])} in`;
const inside = (inner: Box, outer: Box) =>
  inner[0] >= outer[0] - 0.01 &&
  inner[1] >= outer[1] - 0.01 &&
  inner[2] <= outer[2] + 0.01 &&
  inner[3] <= outer[3] + 0.01;

export const boxesRule: PreflightRule = (facts, options) => {
  const rule = 'boxes';
  const findings: Finding[] = [];
  const noTrim = facts.pages.filter((page) => !page.trimBox).map((page) => page.number);
  if (noTrim.length)
    findings.push({
      rule,
      severity: 'error',
      message: `Unexpected ${pageList(noTrim)} without a TrimBox, expected one on every page`,
    });
  const noBleed = facts.pages.filter((page) => !page.bleedBox).map((page) => page.number);
  if (noBleed.length)
    findings.push({
      rule,
      severity: 'error',
      message:
        `Unexpected ${pageList(noBleed)} without a BleedBox, expected one on every page` +
        ` (the TrimBox when there is no bleed)`,
    });
  const outside = facts.pages
    .filter(
      (page) =>
        page.trimBox &&
        page.bleedBox &&
        (!inside(page.trimBox, page.bleedBox) || !inside(page.bleedBox, page.mediaBox)),
    )
    .map((page) => page.number);
  if (outside.length)
    findings.push({
      rule,
      severity: 'error',
      message: `Unexpected boxes on ${pageList(outside)}, expected TrimBox inside BleedBox inside MediaBox`,
    });
  const sizes = new Map<string, number[]>();
  for (const page of facts.pages)
    if (page.trimBox) sizes.set(size(page.trimBox), [...(sizes.get(size(page.trimBox)) ?? []), page.number]);
  if (sizes.size > 1) {
    const [common] = [...sizes.entries()].sort((a, b) => b[1].length - a[1].length);
    const odd = [...sizes.entries()].filter(([key]) => key !== common[0]).flatMap(([, pages]) => pages);
    findings.push({
      rule,
      severity: 'error',
      message:
        `Unexpected trim size on ${pageList(odd.sort((a, b) => a - b))}, expected` +
        ` ${common[0]} as on the other pages`,
    });
  }
  const first = facts.pages.find((page) => page.trimBox);
  if (first?.trimBox && options.expectedTrim) {
    const width = first.trimBox[2] - first.trimBox[0];
    const height = first.trimBox[3] - first.trimBox[1];
    if (Math.abs(width - options.expectedTrim.width) > 0.5 || Math.abs(height - options.expectedTrim.height) > 0.5) {
      findings.push({
        rule,
        severity: 'error',
        message:
          `Unexpected trim ${size(first.trimBox)}, expected` +
          ` ${inches(options.expectedTrim.width)} × ${inches(options.expectedTrim.height)}` +
          ` in`,
      });
    }
  }
  if (!findings.length && first?.trimBox && first.bleedBox) {
    const bleed = first.trimBox[0] - first.bleedBox[0];
    findings.push({
      rule,
      severity: 'info',
      message:
        `trim ${size(first.trimBox)} on all ${facts.pages.length} pages,` +
        ` ${bleed > 0.01 ? `bleed ${inches(bleed)} in` : 'no bleed'}`,
    });
  }
  return findings;
};
