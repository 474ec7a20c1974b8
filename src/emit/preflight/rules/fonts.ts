/**
 * Fonts: every font embedded, and no two embedded font programs under one name: distinct subsets
 * sharing a name (`AAAAAA+Face` in each merged chapter) are confused by some RIPs. A face embedded
 * more than once (under names of their own) is valid but bloats the file: a warning per face.
 */
import type { Finding, PreflightRule } from '../rule.js';

/** The faces (names without the subset tag) embedded as more than one font, with their names. */
export function facesEmbeddedTwice(fonts: Array<{ name: string; object: string }>): Map<string, string[]> {
  const byFace = new Map<string, Map<string, string>>();
  for (const font of fonts) {
    const face = font.name.replace(/^[A-Z]{6}\+/, '');
    byFace.set(face, (byFace.get(face) ?? new Map()).set(font.object, font.name));
  }
  return new Map(
    [...byFace].filter(([, objects]) => objects.size > 1).map(([face, objects]) => [face, [...objects.values()]]),
  );
}

export const fontsRule: PreflightRule = (facts) => {
  const rule = 'fonts';
  const findings: Finding[] = [];
  const missing = [...new Set(facts.fonts.filter((font) => !font.embedded).map((font) => font.name))];
  if (missing.length)
    findings.push({
      rule,
      severity: 'error',
      message: `Unexpected fonts not embedded: ${missing.join(', ')}, expected every font embedded`,
    });
  const byName = new Map<string, Set<string>>();
  for (const font of facts.fonts) byName.set(font.name, (byName.get(font.name) ?? new Set()).add(font.object));
  for (const [name, objects] of byName) {
    if (objects.size > 1)
      findings.push({
        rule,
        severity: 'error',
        message:
          `Unexpected ${objects.size} different embedded fonts named ${name}, expected each` +
          ` subset under a name of its own`,
      });
  }
  for (const [face, names] of facesEmbeddedTwice(facts.fonts))
    findings.push({
      rule,
      severity: 'warning',
      message:
        `Unexpected face ${face} embedded ${names.length} times (${names.join(', ')}),` +
        ` expected each face embedded once`,
    });
  const faces = new Map<string, number>();
  for (const font of facts.fonts) {
    const face = font.name.replace(/^[A-Z]{6}\+/, '');
    faces.set(face, (faces.get(face) ?? 0) + 1);
  }
  const listed = [...faces.entries()]
    .map(([face, count]) => (count > 1 ? `${face} (${count} subsets)` : face))
    .join(', ');
  findings.push({
    rule,
    severity: 'info',
    message:
      `fonts: ${facts.fonts.length - missing.length} of ${facts.fonts.length} embedded,` +
      ` ${byName.size} names for ${faces.size} faces${listed ? `: ${listed}` : ''}`,
  });
  return findings;
};
