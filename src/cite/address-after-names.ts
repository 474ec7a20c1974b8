/**
 * An address pasted straight after the author's name, before the title (`Ann Lee, https://…, ‘Tides’, *Quay
 * Review* 41.2 (2011): 212–230.`): it is the work's address, written out of its place; read in its place at the
 * end, the title and what follows keep their order. Only names stand before it (no title, italics or quotes),
 * and a quoted or italic title follows it (a `!` the address's link left behind, `…#!,`, goes with it).
 */
import { EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';

const ADDRESS_AFTER_NAMES = new RegExp(
  String.raw`^([^,“”"‘’'${EMPHASIS_OPEN}${URL_OPEN}]{2,80}(?:,\s*[^,“”"‘’'${EMPHASIS_OPEN}${URL_OPEN}]{2,80}){0,3}),\s*` +
    String.raw`(${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE})[!?]*\s*,\s*(?=[“"‘'${EMPHASIS_OPEN}])`,
  'u',
);

/** The citation with an address written between the names and the title moved to its end. */
export function addressToEnd(text: string): string {
  const found = ADDRESS_AFTER_NAMES.exec(text);
  if (!found) return text;
  const rest = text.slice(found[0].length).replace(/[\s.]*$/, '');
  return `${found[1]}, ${rest}, ${found[2]}.`;
}
