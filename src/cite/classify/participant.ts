/**
 * A note naming a study's participant by role and number (`User #3.`, `Harbour pilot #12.`, `Designer/Engineer
 * #1.`) quotes an interview the author made: the author's words, not a short form of a work cited before.
 */
const PARTICIPANT = /^\p{Lu}[\p{L}/ -]{1,40}\s#\d+\.?$/u;

export function isParticipant(text: string): boolean {
  return PARTICIPANT.test(text.trim());
}
