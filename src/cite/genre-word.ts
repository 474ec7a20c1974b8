/**
 * A reference manager prints a work's genre in words where a note has no other sign of it (Zotero's Chicago
 * style does): `‘Quay and Europe’ (Lecture, Harbour Meeting, Hull, 18 January 2015)` is a talk given, `‘Judgment
 * in Case C-1/12’, Press Release (Hull: Court of Harbours, 2014)` a body's release (CSL has no type of its own for
 * it: a report, its genre given), and `*Psycho Tides*, Horror, Mystery, Thriller, (1960)` or `*The Clock Tower*,
 * Film, installation, 2010` a film, its genres listed after its title. The genre opens the facts after the title
 * (or the words read as its container); a genre word inside a title or a publisher's name says nothing. A talk may
 * also say what it is in its own quoted title's first words (`“Remarks on the Harbour Treaty,”`, `“Address to the
 * Shore Assembly,”`, `“Statement of the Harbour Master at the Opening of …”`, as governments and courts title
 * them); the site that prints it is not its container.
 */
import type { Inferred } from './infer-type.js';

/**
 * A talk's genre, as Zotero's `presentation` prints it before the meeting, or as the author writes it (`lecture,
 * Harbour Museum`, `presentation at the Shore Meeting`, Chicago 14.217).
 */
const TALK =
  /^\(?\s*(?:(?:[Pp]ublic\s+)?[Ll]ecture|[Kk]eynote(?:\s+(?:[Aa]ddress|[Ll]ecture|[Ss]peech))?|[Pp]resentation|[Tt]alk|[Ss]peech|[Pp]aper\s+presented|[Cc]onference\s+(?:paper|presentation))\b(?!\s+(?:notes|series\s+of))/;

/** A talk's title: `Remarks on …`, `Address to …`, `Speech at …`, `Keynote …`, a statement made at an occasion. */
const TALK_TITLE =
  /^(?:(?:Remarks|Address|Speech)\s+(?:on|at|to|by|before|delivered)\b|Keynote\b|Statement\s+(?:of|by)\b.*\bat\s+the\b)/;

/** A release to the press. */
const RELEASE = /^\(?\s*(?:Press|News|Media)\s+[Rr]elease\b/;

const FILM_GENRE = String.raw`(?:Film|Documentary|Drama|Comedy|Horror|Thriller|Mystery|Adventure|Fantasy|Science\s+Fiction|Sci-Fi|Animation|Romance|Western|Musical|Biopic|[Ii]nstallation)`;

/** Genres listed after a film's title: two or more, or one that is a film's own word (`Film`, `Documentary`). */
const FILM_GENRES = new RegExp(String.raw`^[\s,]*(${FILM_GENRE}(?:\s*,\s*${FILM_GENRE})*)\s*,?\s*(?:\(|\d|$)`);

export function genreType(
  container: string | undefined,
  details: string | undefined,
  quotedTitle?: string,
): Inferred | undefined {
  if (quotedTitle && TALK_TITLE.test(quotedTitle)) return { type: 'speech', container: null };
  const facts = (container ? `${container} ${details ?? ''}` : (details ?? '')).replace(/^[\s,]+/, '');
  if (TALK.test(facts)) return { type: 'speech', container: null };
  if (RELEASE.test(facts)) return { type: 'report', genre: 'Press release', container: null };
  const film = container ? undefined : FILM_GENRES.exec(details ?? '');
  if (film && (/\b(?:Film|Documentary)\b/.test(film[1]) || film[1].includes(',')))
    return { type: 'motion_picture', publisher: '' };
  return undefined;
}
