/**
 * The kinds of work a note tells by the medium it names rather than by its shape: a programme a broadcaster aired
 * (`‘Tides: Walk to the Quay’, *Harbour Lectures* (Shore Radio 4, 28 November 1984)`, `*Logic by Boat* (KQED-TV,
 * 1962)`: the imprint names a radio or television service) is a broadcast, and a recording issued on a sound
 * medium (`Quayhead, *Salt Songs*, CD (Fell Records, 2007)`, `Digital download`, `LP`, `vinyl`) is a recording
 * (CSL's `song`, which styles use for albums and tracks alike). Newspapers named after radio or television (`*Radio
 * Times*`) are containers, not imprints, and are left alone.
 */
import { YEAR } from './text.js';

/** A broadcaster's own words: radio, television, a broadcasting service or corporation. */
const BROADCASTER = /(?:^|[\s(-])(?:Radio|TV|Television|Broadcasting)(?=$|[\s,.;)-])/;

/** A sound recording's medium, written after the title. */
const SOUND_MEDIUM =
  /(?:^|[\s,(])(?:CD|LP|vinyl|[Aa]udio\s+(?:CD|cassette|recording)|[Cc]ompact\s+[Dd]isc|[Dd]igital\s+download|MP3|[Cc]assette)(?=$|[\s,.;()])/;

/** The kind of work the medium says, if it says one; `details` are the facts after the title, as written. */
export function mediumType(
  publisher: string | undefined,
  details: string | undefined,
): { type: 'broadcast' } | { type: 'song'; publisher?: string } | undefined {
  // The broadcaster in the imprint's brackets, as note styles print a programme's network and date.
  if (publisher && BROADCASTER.test(publisher) && details?.includes(`(${publisher}`)) return { type: 'broadcast' };
  const medium = SOUND_MEDIUM.exec(details ?? '');
  if (!medium) return undefined;
  // The label in the brackets after the medium (`CD (Fell Records, 2007)`), which the imprint's reading may miss.
  const rest = (details ?? '').slice(medium.index + medium[0].length);
  const label = new RegExp(String.raw`^[\s,]*\(([^()]*?),\s*${YEAR}\)`).exec(rest);
  return label?.[1] ? { type: 'song', publisher: label[1].trim() } : { type: 'song' };
}
