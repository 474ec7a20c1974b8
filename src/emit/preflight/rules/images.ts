/** Image resolution at the placed size: under 300 ppi prints soft (a warning per image). */
import type { Finding, PreflightRule } from '../rule.js';

export const minimumPpi = 300;

export const imagesRule: PreflightRule = (facts) => {
  const rule = 'images';
  const findings: Finding[] = [];
  const pictures = facts.images.filter((image) => image.type === 'image');
  for (const image of pictures) {
    const ppi = Math.min(image.xPpi, image.yPpi);
    if (ppi < minimumPpi) {
      const needed =
        `${Math.ceil((image.width * minimumPpi) / ppi)} ×` + ` ${Math.ceil((image.height * minimumPpi) / ppi)} px`;
      findings.push({
        rule,
        severity: 'warning',
        message:
          `Unexpected ${ppi} ppi image on page ${image.page} (${image.width} ×` +
          ` ${image.height} px), expected at least ${minimumPpi} ppi at its placed size:` +
          ` ${needed}, or place it smaller`,
      });
    }
  }
  if (pictures.length && !findings.length)
    findings.push({ rule, severity: 'info', message: `images: ${pictures.length}, each at least ${minimumPpi} ppi` });
  return findings;
};
