/**
 * The year of a full citation, one form per test (details.ts): an imprint whose publisher and year are not parted by
 * a comma (`(Hull: Quay Microform 1984)`), after a span of years in the title's facts; and a reprint named after the
 * original's imprint, whose year is the original's; a place and year typed together (`(Hull2016)`, parse-full.ts). Every
 * name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('an imprint without the comma before its year', () => {
  it('reads `(Hull: Quay Microform 1984)` as place, publisher and year, not a year of the title’s span', () => {
    expect(item('*The Shore Sessions, Parts Three and Four*, 1720– 1790 (Hull: Quay Microform 1988).')).toMatchObject({
      issued: { 'date-parts': [[1988]] },
      publisher: 'Quay Microform',
    });
  });

  it('leaves a year inside the title to the title', () => {
    expect(item('Ann Lee, *Tides of 1850* (Hull: Quay Press 2004), 4.').issued).toEqual({ 'date-parts': [[2004]] });
  });
});

describe('a reprint after the original’s imprint', () => {
  it('keeps the original’s year, not the reprint’s', () => {
    expect(
      item(
        'Lee, Ann. *The History of the Salt Roads*. Edited by Bo Chen. 2 vols. London, 1742. Reprint. Classical Shore Texts. London: Quay Books, Ltd., 1968.',
      ).issued,
    ).toEqual({ 'date-parts': [[1742]] });
  });
});

describe('an imprint whose place and year were typed together', () => {
  it('reads `(Hull2016)` as the place and year of a work, its title marked or not', () => {
    expect(
      item('Ann Lee, Bo Chen, and Dara Eze, The Salt Past: Challenges to Harbour Studies in History (Hull2016).'),
    ).toMatchObject({
      type: 'book',
      title: 'The Salt Past: Challenges to Harbour Studies in History',
      issued: { 'date-parts': [[2016]] },
    });
    expect(item('Ann Lee, *The Tide Past* (Hull2016), 4.').issued).toEqual({ 'date-parts': [[2016]] });
  });
});
