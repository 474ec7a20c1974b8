/** How the citation accuracy tests compare a hand-made label with what the resolver made. */

/** The fields a hand-made label gives for one citation; each label set adds how it names the target. */
export interface LabelFields {
  form: 'full' | 'short' | 'ibid';
  type?: string;
  authors?: string[];
  title?: string | null;
  container?: string | null;
  year?: number | null;
  url?: string | null;
  locator?: string | null;
}

/** A suffix after an inverted name (`Lee, Ann, Jr.`, `Lee, Ann, III`). */
const SUFFIXED = /,\s*(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * A CSL name as labels write it: `de Waal, Thomas`, with its suffix last as a bibliography inverts it
 * (`Lee, Ann, Jr.`), or an organisation's literal name.
 */
export function nameOf(name: Record<string, string>): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const inverted = name.given ? `${family}, ${name.given}` : family;
  return name.suffix ? `${inverted}, ${name.suffix}` : inverted;
}

/**
 * A label is written as the manuscript has it; the reader folds ligature characters and reads `--`
 * and `---` in text as dashes (src/read/normalise/ligatures.ts, src/read/smart-dashes.ts), not in addresses.
 * A label typed by hand and a manuscript may encode one accented letter two ways (`ã` as one character
 * or as `a` and a combining tilde): both sides compare in Unicode's composed form (NFC).
 */
function asRead(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asRead);
  if (typeof value !== 'string') return value;
  if (/:\/\/|^www\./.test(value)) return value.normalize('NFC');
  return value
    .normalize('NFC')
    .replace(/[\ufb00-\ufb06]/g, (char) => char.normalize('NFKC'))
    .replace(/(?<!-)---(?!-)/g, '\u2014')
    .replace(/(?<!-)--(?!-)/g, '\u2013');
}

/** A value with its strings in Unicode's composed form, as asRead leaves a label. */
function composed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(composed);
  return typeof value === 'string' ? value.normalize('NFC') : value;
}

/**
 * A name whose lower-case particle a label wrote after the given name, as Chicago inverts some
 * Portuguese and French names (`Holanda, Sérgio Buarque de`), with the particle before the family name
 * instead (`de Holanda, Sérgio Buarque`), as the resolver's CSL name reads: the same person either way.
 */
function particleFirst(name: unknown): unknown {
  if (typeof name !== 'string') return name;
  const match = /^([^,]+), (.+?)((?: (?:d[aeiou]s?|del|della|van|von|der|den|ten|ter|la|le))+)$/u.exec(name);
  return match ? `${match[3]?.trim()} ${match[1]}, ${match[2]}` : name;
}

/**
 * A string with its quotation marks and apostrophes straight and its hyphens and en dashes as hyphens: one
 * character however a keyboard or a word processor's autocorrect shaped it (a Word file and the Markdown made
 * from it differ in nothing else), so labels typed with straight marks compare with either.
 */
function typographic(value: unknown): unknown {
  return typeof value === 'string'
    ? value
        .replace(/[\u2010-\u2013]/g, '-')
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
    : value;
}

/**
 * One web address however a note spells it: a link shown as `www.example.org` whose target is
 * `http://www.example.org/`, or a DOI link whose target escapes its slash (`10.2307%2F5`) while the text
 * shows it, is the same address. The scheme, a closing slash and percent-escapes are left out.
 */
function address(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const decoded = value
    // A label cut with "…" inside an escape (`Report%20on%…`) ends before it.
    .replace(/%[0-9A-Fa-f]?…$/, '…')
    .replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run; // Not UTF-8: compared as written.
      }
    });
  return decoded.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/**
 * Equal, or for a label ending in "…", a value that starts with it. A title or container is one work's
 * name however a note capitalises it, dashes its dates or shapes its apostrophes: one item stands for every
 * note that cites the work (the first note's spelling wins), and a CSL style sets the case of titles
 * itself. So titles and containers compare without case, hyphen against en dash, straight against curly
 * quotation marks (`typographic`; so do names and locators), with or without a closing full stop (a title's own, as
 * `‘Send Help.’`, or an abbreviation's, as `A.I.`, which a note's punctuation swallows), and a container without a
 * leading "The" (Chicago drops it from a journal's name; notes differ);
 * addresses compare as `address` spells them.
 */
export function same(label: unknown, actual: unknown, field?: string): boolean {
  const fold =
    field === 'url'
      ? address
      : field === 'authors'
        ? (value: unknown) => (Array.isArray(value) ? value.map((name) => particleFirst(typographic(name))) : value)
        : field === 'title' || field === 'container'
          ? (value: unknown) =>
              typeof value === 'string'
                ? (typographic(value.toLowerCase()) as string)
                    .replace(field === 'container' ? /^the\s+/ : /^$/, '')
                    .replace(/\.$/, '')
                : value
          : field === 'locator'
            ? typographic
            : (value: unknown) => value;
  const expected = fold(asRead(label));
  let found = fold(composed(actual));
  // A label that leaves a name's suffix out (`Lee, Ann` for `Ann Lee Jr.`) names the same person.
  if (field === 'authors' && Array.isArray(expected) && Array.isArray(found))
    found = found.map((name, index) =>
      typeof name === 'string' && typeof expected[index] === 'string' && !SUFFIXED.test(expected[index])
        ? name.replace(SUFFIXED, '')
        : name,
    );
  if (typeof expected === 'string' && expected.endsWith('…') && typeof found === 'string') {
    return found.startsWith(expected.slice(0, -1));
  }
  return JSON.stringify(expected ?? null) === JSON.stringify(found ?? null);
}
