/**
 * Short forms that give the work's year (`*Salt* (1850), 84.`, `Lee, Salt Roads (1850), 9.`): they look
 * like thin full citations but cite a work the chapter gave in full before (src/cite/resolve.ts).
 */
import { describe, expect, it } from 'vitest';
import { lintCitations } from '../src/cite/lint.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const note = (number: number, text: string) => ({ number, text, spans: [] });

describe('a short title with the year of the edition', () => {
  const resolution = resolveNotes([
    {
      note: note(1, `Ann Lee, ${E0}The Salt Roads Online or SRO${E1} (1712 edition) (Hull: Quay Press, 2011), 12.`),
      owner: 'one',
    },
    { note: note(2, `Bo Chen, Rivers of the North (Hull: Fell, 1999), 3.`), owner: 'one' },
    { note: note(3, `${E0}SRO${E1} (1712), 40.`), owner: 'one' },
    { note: note(4, 'Chen, Rivers (1999), 9.'), owner: 'one' },
    { note: note(5, `${E0}SRO${E1} (1712), 41.`), owner: 'two' },
  ]);

  it('links it to the work cited in full in the chapter, as a short form with its page', () => {
    const [salt, rivers] = resolution.works;
    expect(resolution.notes[2].citations[0]).toMatchObject({ form: 'short', work: salt, locator: '40' });
    expect(resolution.notes[3].citations[0]).toMatchObject({ form: 'short', work: rivers, locator: '9' });
    expect(lintCitations(resolution).filter((finding) => finding.ruleId === 'full-citation-repeated')).toEqual([]);
  });

  it('stays a full citation in a chapter that has not cited the work', () => {
    expect(resolution.notes[4].citations[0].form).toBe('full');
  });
});

describe('one title in two periodicals', () => {
  const resolution = resolveNotes([
    {
      note: note(
        1,
        `“The Code,” ${E0}Harbour Daily Lamp${E1}, January 10, 1877; “The Code,” ${E0}Harbour Daily Times${E1}, January 27, 1877.`,
      ),
      owner: 'one',
    },
  ]);

  it('is two works', () => {
    expect(resolution.works.map((work) => work.container)).toEqual(['Harbour Daily Lamp', 'Harbour Daily Times']);
  });

  it('but one work when one periodical’s name holds the other’s (read two ways)', () => {
    const again = resolveNotes([
      { note: note(1, '‘Tides’, The Harbour Blog, 2018, https://x.org/tides.'), owner: 'one' },
      { note: note(2, '‘Tides’, The Harbour, 2018.'), owner: 'one' },
    ]);
    expect(again.works).toHaveLength(1);
  });
});

describe('a short form with the authors’ whole names', () => {
  const later = (names: string) =>
    `Several studies agree. See Dan Orr, Eve Fox, “Harbours of Tin: A Study,” Quay Review 82 (2015): 1-33; ${names}, “Salt Roads.” This paper also owes much to the guide by Gil Hart, “Tin Maps with R,” The Map Guide 7 (2018), at https://maps.example.org/tin.`;
  const resolution = resolveNotes([
    {
      note: note(1, 'Ann Lee, Bo Chen, “Salt Roads of Hull: A Survey,” Quay Review 4 (2001): 1–20.'),
      owner: 'one',
    },
    { note: note(2, later('Ann Lee, Bo Chen')), owner: 'one' },
    { note: note(3, later('Ann Lee, Cy Chen')), owner: 'one' },
    { note: note(4, 'Ann Lee, Bo Chen, “Salt Roads,” Quay Review 9 (2006): 3–9.'), owner: 'one' },
  ]);
  const forms = (index: number) => resolution.notes[index].citations.map((citation) => citation.form);

  it('cites the work those names and that longer title were given in full with', () => {
    const [survey] = resolution.works;
    expect(forms(1)).toEqual(['full', 'short', 'full']);
    expect(resolution.notes[1].citations[1].work).toBe(survey);
  });

  it('stays a full citation with another given name, or with its own journal and year', () => {
    expect(forms(2)).toEqual(['full', 'full', 'full']);
    expect(forms(3)).toEqual(['full']);
  });
});
