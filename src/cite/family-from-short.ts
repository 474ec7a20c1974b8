/**
 * A family name of several words (`Emma Running Water`, `Ana Ruiz Vega`, `Bo de la Cruz Roe`) cannot be
 * told from given names in a full citation: the parser takes the last word. The short forms that cite the work
 * again write the family name alone (`Running Water, *Salt Roads*, 45.`, Chicago 14.29), so once one
 * has matched, the work's name is split where the short form says.
 */
import { familyTail } from './match.js';
import type { CslName } from './names.js';
import { nameKey } from './names.js';

export function declareFamilies(written: string[], names: CslName[]): void {
  written.forEach((text, index) => {
    const name = names[index];
    if (!name?.given) return;
    const moved = familyTail(nameKey(text), name);
    if (moved === undefined) return;
    const given = name.given.split(/\s+/);
    name.family = [...given.slice(-moved), name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
    delete name['non-dropping-particle'];
    name.given = given.slice(0, -moved).join(' ');
  });
}
