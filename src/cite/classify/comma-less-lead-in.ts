/**
 * A lead-in phrase before a signal is often written without its comma (`On shore tolls see Lee, …`,
 * `For toll cases see, for example, …`): a preposition that opens the phrase, a few words with no
 * sentence or clause mark, then `see`. It is the author's word like `For the ports, see`, so the
 * signal rules read it as one; the opening preposition keeps a sentence (`Lee sees …`) out.
 */

/** `On shore tolls `, `For toll cases `: the phrase up to the space before `see`. */
export const COMMA_LESS_LEAD_IN = String.raw`(?:On|For|About|Regarding|Concerning)\s+[^.;:,“"‘\uE000\uE001()]{1,120}?\s+(?=see\b)`;
