/**
 * Colour: everything CMYK or gray for the printer. DeviceRGB is never allowed under a CMYK output
 * intent; ICC-based RGB and Lab only where the version allows colour management.
 * Lists every colour space found.
 */
import { pageList, versionRules, type Finding, type PreflightRule } from '../rule.js';

const printable = (family: string) =>
  new RegExp(
    `^(DeviceCMYK|DeviceGray|ICCBased (CMYK|Gray)|Separation|DeviceN` +
      `|Indexed (DeviceCMYK|DeviceGray|ICCBased (CMYK|Gray)))$`,
  ).test(family);
const managed = (family: string) => /(ICCBased RGB|CalRGB|CalGray|Lab)$/.test(family);

export const colourRule: PreflightRule = (facts) => {
  const rule = 'colour';
  const { iccRgb } = versionRules(facts);
  const findings: Finding[] = [];
  const found: string[] = [];
  for (const [family, use] of [...facts.colours.entries()].sort()) {
    const parts = [
      use.operators && `${use.operators} operators`,
      use.images && `${use.images} images`,
      use.shadings && `${use.shadings} shadings`,
    ]
      .filter(Boolean)
      .join(', ');
    found.push(`${family} (${parts})`);
    if (printable(family) || family === 'Pattern') continue;
    if (managed(family) && iccRgb) continue;
    findings.push({
      rule,
      severity: 'error',
      message: `Unexpected ${family} colour (${parts}) on ${pageList(use.pages)}, expected CMYK or gray`,
    });
  }
  findings.push({ rule, severity: 'info', message: `colour spaces: ${found.join('; ') || 'none'}` });
  return findings;
};
