/**
 * An organisation as a later co-author, known by its imprint: `Ann Lee and Shore Waters Board, *Tides*
 * (Hull: Quay Press in association with Shore Waters Board, 2008)`. A body that wrote a work with a person
 * often publishes it too; a name shaped like a person's (`Shore Waters`) that the publisher repeats is that
 * body's, a literal name. The first author is left alone (a person may publish their own book), and so are all when
 * the imprint names the first one too (the authors published it themselves).
 */
import { type CslName, shortName } from './names.js';
import { collapse } from './text.js';

export function imprintAuthors(creators: CslName[], publisher: string | undefined): CslName[] {
  if (creators.length < 2 || !publisher) return creators;
  const imprint = ` ${collapse(publisher)} `;
  // (`Ann Lee and Bo Chen, *Tides* (Hull: Ann Lee and Bo Chen, 1893)`: the authors published it themselves.)
  const first = creators[0];
  if (!first.literal && first.given && imprint.includes(` ${first.given} ${shortName(first)} `)) return creators;
  return creators.map((name, index) => {
    if (index === 0 || name.literal || !name.given) return name;
    const written = `${name.given} ${shortName(name)}`;
    return imprint.includes(` ${written} `) || imprint.includes(` ${written},`) ? { literal: written } : name;
  });
}
