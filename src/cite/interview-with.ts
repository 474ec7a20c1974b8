/**
 * An interview cited by the person interviewed after `Interview with`, as OSCOLA prints one: `Interview with Emrys
 * Ames, ‘On the Quays’ (4 May 1982)`, and again `Interview with Ames (n 3) 12`. The person interviewed is the
 * author (as Chicago files an interview under the interviewee); the words before the name are no part of it.
 */
export const INTERVIEW_WITH = /^\s*Interview\s+with\s+(?=\p{Lu}|(?:van|von|de|del|der|den|du|da|di|la|le|al|el)\s)/u;

/** The names without their `Interview with`, or undefined when the names do not open so. */
export function interviewee(names: string): string | undefined {
  const match = INTERVIEW_WITH.exec(names);
  return match ? names.slice(match[0].length) : undefined;
}
