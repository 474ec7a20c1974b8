/**
 * An organisation as a later co-author, known by its imprint: `Ann Lee and Shore Waters Board, *Tides*
 * (Hull: Quay Press in association with Shore Waters Board, 2008)`. A body that wrote a work with a person
 * often publishes it too; a name shaped like a person's (`Shore Waters`) that the publisher repeats is that
 * body's, a literal name. The first author is left alone (a person may publish their own book).
 */
import { type CslName, shortName } from './names.js';
import { collapse } from './text.js';

export function imprintAuthors(creators: CslName[], publisher: string | undefined): CslName[] {
  if (creators.length < 2 || !publisher) return creators;
  const imprint = ` ${collapse(publisher)} `;
  return creators.map((name, index) => {
    if (index === 0 || name.literal || !name.given) return name;
    const written = `${name.given} ${shortName(name)}`;
    return imprint.includes(` ${written} `) || imprint.includes(` ${written},`) ? { literal: written } : name;
  });
}
