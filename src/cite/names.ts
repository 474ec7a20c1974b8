/**
 * Author lists as Chicago notes write them, into CSL names. The first author is inverted
 * (`de Waal, Thomas`); later ones are inverted too in this manuscript (`Broers, Laurence and
 * Ohanyan, Anna`) or not (`Chorbajian, Levon, Claude Mutafian, and Donabédian Patrik`).
 * Organisations (no comma) become literal names. Names are recorded as written, slips included.
 */
import { collapse, fold } from './text.js';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  literal?: string;
}

export interface ParsedNames {
  names: CslName[];
  /** `ed.` after the names: they are editors. */
  editors: boolean;
  /** `et al.` after the names: more authors, not listed. */
  etAl: boolean;
  /** A social-media handle given after the name, `@ryanmofarrell`. */
  handle?: string;
}

const PARTICLE = /^((?:(?:de|da|del|della|di|du|la|le|van|von|der|den|ter|ten|op|ibn|al|el)\s+)+)(.+)$/;

export function parseNames(block: string): ParsedNames {
  let text = trimName(block);
  let handle: string | undefined;
  text = collapse(
    text.replace(/(?:^|[\s.])(@\w+)\.?/, (match, found: string) => {
      handle = found;
      return match.startsWith('@') ? '' : match[0];
    }),
  );
  text = trimName(text);
  if (!text) return { names: handle ? [{ literal: handle }] : [], editors: false, etAl: false, handle };

  let editors = false;
  let etAl = false;
  text = text.replace(/,?\s*\beds?\.?$/, () => {
    editors = true;
    return '';
  });
  text = text.replace(/,?\s*\bet al\.?$/, () => {
    etAl = true;
    return '';
  });

  if (!text.includes(',')) {
    return { names: text ? [{ literal: text }] : [], editors, etAl, handle };
  }

  // `Pickman. Sarah`: a full stop typed for a comma between family and given name.
  text = text.replace(/(\p{L}{2,})\. (?=\p{Lu})/gu, '$1, ');
  const parts = text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter(Boolean);

  const names: CslName[] = [];
  for (let index = 0; index < parts.length; ) {
    const part = parts[index];
    const next = parts[index + 1];
    if (index === 0 || (!part.includes(' ') && next !== undefined) || /^\p{Ll}/u.test(part)) {
      names.push(person(part, next));
      index += next === undefined ? 1 : 2;
    } else {
      names.push(uninverted(part));
      index += 1;
    }
  }
  return { names, editors, etAl, handle };
}

/** Drops trailing punctuation but keeps the full stop of an initial (`Avodyan, L.`). */
function trimName(text: string): string {
  const trimmed = collapse(text).replace(/[\s,]+$/, '');
  return /(?:^|[\s,])\p{Lu}\.$/u.test(trimmed) ? trimmed : trimmed.replace(/[\s.,]+$/, '');
}

function person(family: string, given?: string): CslName {
  const particle = PARTICLE.exec(family);
  const name: CslName = particle
    ? { family: particle[2], 'non-dropping-particle': particle[1].trim() }
    : { family };
  if (given) name.given = given;
  return name;
}

function uninverted(text: string): CslName {
  const words = text.split(' ');
  const familyStart = words.findIndex((word, index) => index > 0 && (PARTICLE.test(`${word} x`) || index === words.length - 1));
  return person(words.slice(familyStart).join(' '), words.slice(0, familyStart).join(' '));
}

/** The name as a short form would write it: `de Waal`, `Human Rights Watch`. */
export function shortName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

export function nameKey(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}@]+/gu, ' ').trim();
}
