/**
 * A serial report's years listed in brackets after its title (years-listed.ts, parse-full.ts): the title stays
 * the title, the first year dates it, and no later year is a place cited. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';

describe('years listed in brackets after a title', () => {
  it('dates the work by the first year, with no place cited', () => {
    for (const text of [
      'Report of the Harbour Board of Quay (1802, 1806, etc.)',
      'Report of the Harbour Board of Quay (1802, 1806)',
      'Report of the Harbour Board of Quay (1802, etc.).',
    ]) {
      const { item, locator } = parseFullCitation(text);
      expect(item).toMatchObject({
        type: 'report',
        title: 'Report of the Harbour Board of Quay',
        issued: { 'date-parts': [[1802]] },
      });
      expect(locator).toBeNull();
    }
  });

  it('leaves an imprint and a page after it as they were', () => {
    expect(parseFullCitation('Third Report of the Harbour Board (Hull, 1849), 3.')).toMatchObject({
      item: { title: 'Third Report of the Harbour Board', issued: { 'date-parts': [[1849]] } },
      locator: '3',
    });
  });
});
