/**
 * A body named at the head of its own page's title: `Shore Watch, ‘Shore Watch – About Us’`, `Quay Lights, ‘Quay
 * Lights | Tide Tables for the Harbour’`. A single author whose whole name is the title, or opens it before a dash, a bar
 * or a colon, is that body: a literal name, not a person (`Watch, Shore`).
 */
import { type CslName, shortName } from './names.js';
import { escapeRegExp } from './text.js';

export function selfTitled(creators: CslName[], title: string | undefined): CslName[] {
  const only = creators.length === 1 ? creators[0] : undefined;
  if (!only || only.literal || !only.given || !title) return creators;
  const written = `${only.given} ${shortName(only)}`;
  return new RegExp(`^${escapeRegExp(written)}(?:\\s*[-–—|:]\\s|$)`).test(title) ? [{ literal: written }] : creators;
}
