/**
 * A title in straight single quotes straight before its periodical in italics, no comma between
 * (`Bo Chen, 'Harbour records kept by shipping firms' *The Evening Lamp*, 9 April 2015.`): the quoted title still
 * closes before the italics once they are set aside (classify/titles.ts `withoutTitles`), so its lower-case words are
 * no sentence of the author's. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { withoutTitles } from '../src/cite/classify/titles.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);

describe('a straight-quoted title before italics', () => {
  it('sets both titles aside', () => {
    expect(
      withoutTitles(marked("Bo Chen, 'Harbour records kept by shipping firms' *The Evening Lamp*, 9 April 2015.")),
    ).not.toMatch(/records|Evening/);
  });

  it('reads the work as a citation, alone or after another', () => {
    expect(
      classifyNote(
        marked(
          "Ann Lee, 'Tides', *Shore* 2.3 (2007): 212; and Bo Chen, 'Harbour records kept by shipping firms' *The Evening Lamp*, 9 April 2015.",
        ),
      ).map((segment) => segment.kind),
    ).toEqual(['full', 'full']);
  });
});
