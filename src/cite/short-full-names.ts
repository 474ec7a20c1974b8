/**
 * A short form written with the authors' whole names (`Ann Lee and Bo Chen, “Salt Roads.”` after `Ann Lee and
 * Bo Chen, “Salt Roads of Hull: A Survey,” *Quay Review* 4 (2001): 1–20.`): names and a shortened title, no date,
 * place, publisher, journal or address. It cites the earlier work only when every name is that work's name in
 * full: the same family name and a given name opening alike (`A. Lee` fits `Ann Lee`).
 */
import type { CslName } from './names.js';
import { fold } from './text.js';

const initial = (name: string | undefined) =>
  fold(name ?? '')
    .replace(/[^\p{L}]/gu, '')
    .slice(0, 1);

export function sameGivenNames(written: CslName[], work: CslName[]): boolean {
  if (written.length !== work.length) return false;
  return written.every((name, index) => {
    const other = work[index];
    if (!name.given) return true;
    return Boolean(other?.given) && initial(name.given) === initial(other.given);
  });
}
