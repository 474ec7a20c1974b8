/**
 * A journal named without italics after `in`, its volume, then a year alone in brackets, is the article's
 * journal (journal-after-in.ts, read by details.ts); a book after `in`, with its imprint or year, is still a
 * chapter's. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';

const item = (text: string) => parseFullCitation(text).item;

describe('a journal named without italics after `in`', () => {
  it('reads the journal, its volume and its year as an article’s', () => {
    expect(item('Ann Lee, “Tides of the Port” in Shore and Harbour Studies 9 (2018).')).toMatchObject({
      type: 'article-journal',
      title: 'Tides of the Port',
      'container-title': 'Shore and Harbour Studies',
      volume: '9',
      issued: { 'date-parts': [[2018]] },
    });
    expect(
      item('Ann Lee and Bo Chen, “Tides of the Port,” in Harbour Review 12, no. 3 (Spring 2004): 41–60.'),
    ).toMatchObject({
      type: 'article-journal',
      'container-title': 'Harbour Review',
    });
  });

  it('leaves a chapter’s book after `in` as it was: its imprint in brackets, or its year after a comma', () => {
    expect(item('Ann Lee, “Tides,” in Harbour Lives 2 (Hull: Quay Press, 1984), 13.').type).not.toBe('article-journal');
    expect(item('Ann Lee, “Tides,” in Harbour Lives, 1984.')).toMatchObject({
      type: 'chapter',
      'container-title': 'Harbour Lives',
    });
  });
});
