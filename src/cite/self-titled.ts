/**
 * A body named at the head of its own page's title: `Shore Watch, ‘Shore Watch – About Us’`, `Quay Lights, ‘Quay
 * Lights | Tide Tables for the Harbour’`. A single author whose whole name is the title, or opens it before a dash, a bar
 * or a colon, is that body: a literal name, not a person (`Watch, Shore`); so is one whose name is the site's, perhaps
 * with a word or two after it (`Quay House, ‘Open Days’, *Quay House EN*`).
 */
import { type CslName, shortName } from './names.js';
import { escapeRegExp } from './text.js';

export function selfTitled(creators: CslName[], title: string | undefined, site?: string): CslName[] {
  const only = creators.length === 1 ? creators[0] : undefined;
  if (!only || only.literal || !only.given || (!title && !site)) return creators;
  const written = `${only.given} ${shortName(only)}`;
  const named = new RegExp(`^${escapeRegExp(written)}(?:\\s*[-–—|:]\\s|$)`).test(title ?? '');
  // `Quay House, ‘Open Days’, *Quay House EN*, 4 May 2016`: the site carries the body's name, a word or two after it.
  return named || (site !== undefined && bearsName(site, written)) ? [{ literal: written }] : creators;
}

/**
 * Whether the one author is the body whose site holds the work (`Quay House` on `*Quay House EN*`, `Ofcom` on
 * `*Ofcom*`): its page there is a web page, not a periodical's article.
 */
export function onOwnSite(creators: CslName[], site: string): boolean {
  const only = creators.length === 1 ? creators[0] : undefined;
  const name = only ? (only.literal ?? [only.given, shortName(only)].filter(Boolean).join(' ')) : '';
  return name !== '' && bearsName(site, name);
}

/** The site's name is the body's, perhaps with a word or two after it (`Quay House EN`). */
function bearsName(site: string, name: string): boolean {
  return new RegExp(`^${escapeRegExp(name)}(?:\\s+\\S+){0,2}$`, 'i').test(site.trim());
}
