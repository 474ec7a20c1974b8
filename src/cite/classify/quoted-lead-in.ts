/**
 * A lead-in sentence before a signal may quote a word or set one in italics (`For “dry ports,” see Lee, …`,
 * `For examples of "tolls" that stayed, see …`): its quotation marks end no sentence and hold no
 * citation, so the lead-in is read across a closed quotation or italic run, as `signal.ts` reads it.
 */

/** One closed quotation (curly or straight, double or single) or italic run inside an author's lead-in. */
export const QUOTED_RUN = String.raw`“[^”.;]*”|"[^".;]*"|‘[^’.;]*’|\uE000[^\uE001]*\uE001`;
