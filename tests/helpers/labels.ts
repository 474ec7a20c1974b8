/** How the citation accuracy tests compare a hand-made label with what the resolver made. */

/** A CSL name as labels write it: `de Waal, Thomas`, or an organisation's literal name. */
export function nameOf(name: Record<string, string>): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return name.given ? `${family}, ${name.given}` : family;
}

/** Equal, or for a label ending in "…", a value that starts with it. */
export function same(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && expected.endsWith('…') && typeof actual === 'string') {
    return actual.startsWith(expected.slice(0, -1));
  }
  return JSON.stringify(expected ?? null) === JSON.stringify(actual ?? null);
}
