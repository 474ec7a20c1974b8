/**
 * OSCOLA's imprint in brackets names a translator or an editor before the publisher, closed by a comma, the role
 * after the name: `(Bo Chen tr, Quay Press 2001)`, `(Bo Chen ed, Quay Press 2001)`. They are no part of the
 * publisher's name.
 */
import { type CslName, parseNoteNames } from './names.js';

export interface ImprintRoles {
  publisher: string;
  translators?: CslName[];
  editors?: CslName[];
}

/** `Bo Chen tr, Quay Press` → the translator and the publisher; the text as the publisher when no role opens it. */
export function imprintRoles(before: string): ImprintRoles {
  const roles: ImprintRoles = { publisher: before };
  let rest = before;
  for (let part = /^([^,]+?),\s*/.exec(rest); part; part = /^([^,]+?),\s*/.exec(rest)) {
    const role = /^(.+?)\s+(tr|trans|eds?)\.?$/.exec(part[1].trim());
    const names = role ? parseNoteNames(role[1]).names : [];
    if (!role || !names.length) break;
    if (role[2].startsWith('tr')) roles.translators = names;
    else roles.editors = names;
    rest = rest.slice(part[0].length);
  }
  roles.publisher = rest.trim();
  return roles;
}
