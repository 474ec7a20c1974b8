/**
 * The private-use markers a flattened note keeps for the markup that carries meaning (note-text.ts): emphasis around a
 * title, and a link's address. A file of their own so that the passes note-text.ts runs on its text can build their
 * patterns once, at load, without importing note-text.ts back.
 */
export const EMPHASIS_OPEN = '\uE000';
export const EMPHASIS_CLOSE = '\uE001';
export const URL_OPEN = '\uE002';
export const URL_CLOSE = '\uE003';
