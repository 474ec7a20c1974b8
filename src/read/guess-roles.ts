/**
 * The role of a part of a book without `folio.yaml`, guessed from its heading or its file's name:
 * a contents page is left out (Folio makes its own), a colophon and notes on contributors are
 * named, a part that is only a heading between chapters is a part's title page, and the rest go
 * by the title (roles.ts).
 */
import type { DivisionRole } from '../config/schema.js';

export interface RoleClues {
  /** The division's heading, as text. */
  title: string;
  /** The file's name without extension, for a file's first division (else empty). */
  stem: string;
  /** The role its title gave when it was split (roles.ts). */
  role: DivisionRole;
  /** The division holds its heading and nothing else. */
  onlyHeading: boolean;
}

const byName: Array<[RegExp, DivisionRole | 'drop']> = [
  [/^(?:table of )?contents$|^toc$/i, 'drop'],
  [/^colophon$/i, 'colophon'],
  [
    new RegExp(
      `^(?:(?:notes on |list of )?contributors|(?:author |contributor )?biographies` +
        `|about the (?:authors?|contributors|editors))$`,
      'i',
    ),
    'contributors',
  ],
];

export function guessRole(clues: RoleClues): DivisionRole | 'drop' {
  const title = clues.title.replace(/[\s:.]+$/, '').trim();
  const stem = clues.stem.replace(/^[\d\s._-]+/, '').trim();
  for (const [pattern, role] of byName) {
    if (pattern.test(title) || pattern.test(stem)) return role;
  }
  if (clues.role === 'chapter' && clues.onlyHeading) return 'part';
  return clues.role;
}
