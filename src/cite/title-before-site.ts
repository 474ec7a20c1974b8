/**
 * An unsigned page's title typed without marks, then the site that holds it in italics, named as a body, then its
 * address: `Harbour Tide/Time Index, *Quay City Library*, https://…`. The words first are no person's name and no
 * body's (a title), the italics a body's name (a library, an institute): the page is titled by the first, its site
 * the second, no author. The title is put in quotes so the rest of the grammar reads a page of a site.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { isOrganisation, isPersonList, isPersonName } from './names.js';

const FORM = new RegExp(
  String.raw`^(\p{Lu}[^,“”"‘’'${EMPHASIS_OPEN}${EMPHASIS_CLOSE}${URL_OPEN}]*?),\s*(${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}[,.]?\s*` +
    String.raw`${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\s.,]*)$`,
  'u',
);

export function markTitleBeforeSite(text: string): string {
  const form = FORM.exec(text);
  if (!form) return text;
  const [title, site] = [form[1].trim(), form[3].trim()];
  if (title.split(/\s+/).length < 2 || isPersonList(title) || isOrganisation(title) || /^\p{Lu}{2,}$/u.test(title))
    return text;
  if (!isOrganisation(site) || isPersonName(site)) return text;
  return `“${title}”, ${form[2]}`;
}
