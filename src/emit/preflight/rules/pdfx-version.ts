/**
 * The PDF/X version: claimed in the info dictionary and the XMP alike, known, as asked, within its PDF version, with
 * `Trapped` set.
 */
import { knownVersions, type PreflightRule } from '../rule.js';

export const pdfxVersionRule: PreflightRule = (facts, options) => {
  const rule = 'pdfx-version';
  const claimed = facts.info.gtsVersion;
  if (!claimed)
    return [
      {
        rule,
        severity: 'error',
        message:
          'Unexpected PDF without GTS_PDFXVersion in its info dictionary, expected a PDF/X file (PDF/X-4 or PDF/X-1a)',
      },
    ];
  const known = knownVersions[claimed];
  const findings = [];
  if (!known)
    findings.push({
      rule,
      severity: 'error' as const,
      message: `Unexpected GTS_PDFXVersion \`${claimed}\`, expected one of ${Object.keys(knownVersions).join(', ')}`,
    });
  if (known && options.expectedVersion && known.short !== options.expectedVersion)
    findings.push({
      rule,
      severity: 'error' as const,
      message: `Unexpected ${claimed}, expected PDF/${options.expectedVersion} (pdf.pdfx)`,
    });
  if (facts.xmpVersion !== claimed)
    findings.push({
      rule,
      severity: 'error' as const,
      message:
        `Unexpected GTS_PDFXVersion` +
        ` ${facts.xmpVersion ? `\`${facts.xmpVersion}\`` : 'missing'} in the XMP` +
        ` metadata, expected \`${claimed}\` as in the info dictionary`,
    });
  if (known && Number(facts.version) > Number(known.maxPdf))
    findings.push({
      rule,
      severity: 'error' as const,
      message: `Unexpected PDF ${facts.version} header, expected PDF ${known.maxPdf} or lower for ${claimed}`,
    });
  if (facts.info.trapped !== 'True' && facts.info.trapped !== 'False')
    findings.push({
      rule,
      severity: 'error' as const,
      message:
        `Unexpected Trapped ${facts.info.trapped ? `\`${facts.info.trapped}\`` : 'missing'}, expected` +
        ` True or False`,
    });
  if (!facts.info.title)
    findings.push({
      rule,
      severity: 'error' as const,
      message: 'Unexpected PDF without a Title, expected one (PDF/X requires it)',
    });
  if (!findings.length)
    findings.push({
      rule,
      severity: 'info' as const,
      message: `${claimed} (info dictionary and XMP), PDF ${facts.version}`,
    });
  return findings;
};
