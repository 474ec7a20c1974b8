/**
 * An entry of a reference work named without italics after the entry's date and `in` (reference-after-date.ts,
 * read by details.ts): the work is the container, the date the entry's. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';

const item = (text: string) => parseFullCitation(text).item;

describe('a reference work named after the entry’s date and `in`', () => {
  it('reads an entry of the work, dated by the bracket', () => {
    expect(
      item(
        'B. Dane, “Lee, Ann [pseud. Ann Tide]” (May 4 2011), in the Quay Dictionary of Harbour Lives, at https://qdhl.example.org.',
      ),
    ).toMatchObject({
      type: 'entry-dictionary',
      title: 'Lee, Ann [pseud. Ann Tide]',
      'container-title': 'Quay Dictionary of Harbour Lives',
      issued: { 'date-parts': [[2011, 5, 4]] },
    });
    expect(item('B. Dane, “Tides” (2011), in Shore Encyclopedia.')).toMatchObject({
      type: 'entry-encyclopedia',
      'container-title': 'Shore Encyclopedia',
    });
  });

  it('leaves a work with no reference word after the date as it was', () => {
    const work = item('B. Dane, “Tides” (2011), in the Harbour Lives of the Coast, 4.');
    expect(work.type).not.toMatch(/^entry/);
    expect(work['container-title']).not.toBe('Harbour Lives of the Coast');
  });
});
