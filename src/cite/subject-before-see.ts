/**
 * The author's sentence names the work's author as its subject, then points at the work with `see` and gives it
 * without names: `Note here that Ann B. Lee recently proposed a harbour levy, see ‘Tides’, *Shore Review* 52.1
 * (2018).` The person the sentence (or its clause after `that`) opens with, followed by the sentence's lower-case
 * words, wrote the work; the citation is read as `Ann B. Lee, ‘Tides’, …`.
 */
import { subjectNames } from './lead-prose.js';
import { isPersonList } from './names.js';
import { EMPHASIS_OPEN } from './note-text.js';

/** `lead`: the author's words before `see`; `rest`: the citation after it. The names to put before it, or undefined. */
export function subjectBeforeSee(lead: string, rest: string): string | undefined {
  if (!new RegExp(`^[“"‘'${EMPHASIS_OPEN}]`).test(rest)) return undefined;
  for (const clause of lead.matchAll(/(?:^|\bthat\s+)(?=\p{Lu})/gu)) {
    const words = lead.slice(clause.index + clause[0].length);
    const names = subjectNames(words);
    if (!names || !isPersonList(names)) continue;
    const after = words.slice(names.length).trimStart();
    if (/^\p{Ll}{3,}/u.test(after)) return names;
  }
  return undefined;
}
