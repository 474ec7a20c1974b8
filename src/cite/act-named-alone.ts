/**
 * An Act named alone in its note, without a year (`Coastal Mills Act.`, `Coastal Mills Act (chapter 40).`): an Act's
 * name is its own short form, so the classifier reads it as one, but when no earlier note cites the Act it is the
 * Act's first citation, and the work is the Act (its name the title, the type legislation).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-markers.js';

const ACT_ALONE = new RegExp(
  String.raw`^${EMPHASIS_OPEN}?(?:The\s+)?\p{Lu}[\p{L}'’ -]*?\bAct${EMPHASIS_CLOSE}?(?:\s*\((?:chapter|ch\.|c\.)\s*\d+\))?[.\s]*$`,
  'u',
);

export const isActNamedAlone = (text: string) => ACT_ALONE.test(text.trim());
