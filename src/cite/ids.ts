/**
 * Readable, stable ids: first author's name, year, first significant title word
 * (`dewaal2013black`). Ids are given in order of first citation, so a later work that would
 * collide gets a letter (`hovannisian1997armenianb`) and earlier ids never change.
 */
import type { CslName } from './names.js';
import type { WorkFields } from './parse-full.js';
import { asciiKey, STOPWORDS, words } from './text.js';

export function assignIds(items: WorkFields[]): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = baseId(item);
    let id = base;
    for (let suffix = 1; used.has(id); suffix++) id = base + String.fromCharCode(97 + suffix);
    used.add(id);
    return id;
  });
}

function baseId(item: WorkFields): string {
  const creators = (item.author ?? item.editor) as CslName[] | undefined;
  const first = creators?.[0];
  const who =
    (first &&
      (first.literal
        ? organisationKey(first.literal)
        : asciiKey(`${first['non-dropping-particle'] ?? ''}${first.family ?? ''}`))) ||
    organisationKey(String(item['container-title'] ?? item.publisher ?? '')) ||
    hostKey(item.URL) ||
    'anon';
  const issued = item.issued as { 'date-parts'?: number[][] } | undefined;
  const year = issued?.['date-parts']?.[0]?.[0] ?? '';
  return `${who.slice(0, 24)}${year}${titleWord(item)}`;
}

/** `Human Rights Watch` → `hrw`, `The Economist` → `economist`, `RFE/RL Staff` → `rferlstaff`. */
function organisationKey(name: string): string {
  const significant = name.split(/\s+/).filter((word) => !STOPWORDS.has(word.toLowerCase()) && asciiKey(word));
  if (significant.length >= 3) return significant.map((word) => asciiKey(word)[0]).join('');
  return asciiKey(significant.join(''));
}

function titleWord(item: WorkFields): string {
  const title = String(item.title ?? '');
  const translated = /\[([^\]]*)\]\s*$/.exec(title)?.[1];
  const candidates = words(translated ?? title)
    .map(asciiKey)
    .filter((word) => word && !STOPWORDS.has(word));
  return candidates[0]?.slice(0, 16) ?? '';
}

function hostKey(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return asciiKey(host.split('.')[0]);
  } catch {
    return '';
  }
}
