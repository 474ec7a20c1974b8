/**
 * Australian legal notes (the AGLC): an Act's short title and year in italics with its jurisdiction in brackets
 * (act-short-title.ts, classify/act-with-year.ts), `s 120` as a place cited (text.ts), an article with its journal in
 * italics after the bracketed year, volume and issue (year-first-article.ts), a neutral citation's paragraphs after a
 * comma (parse-full.ts's case), `Ibid` with a section and `above n` pointing back. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { citedIn } from './helpers/chapter-notes.js';

const cited = citedIn;

describe('Australian legal notes', () => {
  it('reads an Act in italics with its jurisdiction, and `Ibid` with another section', () => {
    const { works, notes } = cited('*Trade Tides Act 1995* (Cth) s 120(1).', 'Ibid s 120(2).');
    expect(works[0]).toEqual({
      type: 'legislation',
      title: 'Trade Tides Act 1995',
      issued: { 'date-parts': [[1995]] },
      jurisdiction: 'Cth',
    });
    expect(notes).toEqual([[['full', 0, 's 120(1)']], [['ibid', 0, 's 120(2)']]]);
  });

  it('reads an article whose journal is in italics after the year, volume and issue, then `above n`', () => {
    const { works, notes } = cited(
      "Ann Lee, 'Tides and Marks' (2010) 32(2) *Shore Law Review* 101, 108.",
      'Lee, above n 1, 110.',
    );
    expect(works[0]).toMatchObject({
      type: 'article-journal',
      title: 'Tides and Marks',
      'container-title': 'Shore Law Review',
      volume: '32',
      issue: '2',
      issued: { 'date-parts': [[2010]] },
    });
    expect(notes).toEqual([[['full', 0, '108']], [['short', 0, '110']]]);
  });

  it('reads a neutral citation’s paragraphs after a comma, a range of them too', () => {
    expect(
      parseFullCitation('\uE000Shore Ferries Pty Ltd v Harbour Commission\uE001 [2013] HCA 1, [18]–[33].'),
    ).toMatchObject({
      item: { type: 'legal_case', 'container-title': 'HCA', issued: { 'date-parts': [[2013]] } },
      locator: '[18]–[33]',
    });
  });
});
