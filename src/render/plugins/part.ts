/**
 * Every part is one `<section class="part part-{role}">` with its id and its role's EPUB and
 * DPUB-ARIA semantics (src/roles.ts); an untitled part (a dedication) is named by `aria-label`.
 */
import type { ElementContent, Root } from 'hast';
import type { Division } from '../../book.js';
import { roleFacts } from '../../roles.js';

export default function rehypePart(division: Pick<Division, 'id' | 'role' | 'title'>) {
  return (tree: Root): void => {
    const semantics = roleFacts(division.role);
    tree.children = [
      {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['part', `part-${division.role}`],
          id: division.id,
          'epub:type': semantics.epubType,
          ...(semantics.ariaRole ? { role: semantics.ariaRole } : {}),
          ...(division.title ? {} : { ariaLabel: semantics.label }),
        },
        children: tree.children as ElementContent[],
      },
    ];
  };
}
