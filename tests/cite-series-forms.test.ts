/**
 * Whole citations of a series' or a periodical's volume that give no article title, each form on a made-up note:
 * a series cited by volume, name in italics and page (`23 *Shore Parliamentary Debates* 418.`, volume-series.ts),
 * also after the author's sentence; and a periodical's volume issued in parts, its year and page
 * (`The Shore Magazine Vol. XXVI, Part I. For 1809: 311.`, volume-parts.ts); an unsigned item of a house's
 * debates (infer-type.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
const kinds = (text: string) => classifyNote(marked(text)).map((segment) => segment.kind);
const cited = (text: string) =>
  resolveNotes([{ note: { number: 1, text: marked(text), spans: [] }, owner: 'one' }]).notes[0].citations.map(
    (citation) => {
      const item: Record<string, unknown> = citation.work?.item ?? {};
      return {
        form: citation.form,
        locator: citation.locator,
        type: item.type,
        title: item.title,
        container: item['container-title'],
        year: (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0][0],
      };
    },
  );

describe('a series by volume, name and page', () => {
  it('reads a legislature’s debates: the series is the container, the page the place cited', () => {
    expect(cited('23 *Shore Parliamentary Debates* 418.')).toEqual([
      {
        form: 'full',
        locator: '418',
        type: 'legislation',
        title: undefined,
        container: 'Shore Parliamentary Debates',
        year: undefined,
      },
    ]);
  });

  it('reads a series of reports with its reporter and year, after the author’s sentence', () => {
    const note = 'The county never passed the code. 17 *Shore Reports* (Lee) xii (1879); *Shore Times*, May 4, 1855.';
    expect(kinds(note)).toEqual(['commentary', 'full', 'full']);
    expect(cited(note)[0]).toEqual({
      form: 'full',
      locator: 'xii',
      type: 'book',
      title: 'Shore Reports',
      container: undefined,
      year: 1879,
    });
  });
});

describe('a periodical’s volume in parts', () => {
  it('reads the periodical, its year and the page, without an article’s title', () => {
    expect(cited('See The Shore Magazine, or, Quay Register Vol.XXVI, Part I. For 1809: 311.')).toEqual([
      {
        form: 'full',
        locator: '311',
        type: 'article-magazine',
        title: undefined,
        container: 'The Shore Magazine, or, Quay Register',
        year: 1809,
      },
    ]);
    expect(cited('*The Shore Review*, vol. 4, pt. 2 (1807): 290.')[0]).toMatchObject({
      type: 'article-journal',
      container: 'The Shore Review',
      locator: '290',
    });
  });
});

describe('an item of a legislature’s debates', () => {
  it('types an unsigned quoted item whose container is a house’s debates as legislation, the columns cited', () => {
    expect(
      cited(
        '“Tides and Ferries---Question,” Harbour House Debates (4 June 1872) vol. 21 cc512-4, http://example.org/d.',
      ),
    ).toEqual([
      {
        form: 'full',
        locator: 'cc512-4',
        type: 'legislation',
        title: 'Tides and Ferries---Question',
        container: 'Harbour House Debates',
        year: 1872,
      },
    ]);
    // A book whose title opens with the word is no legislature's.
    expect(cited('Ann Lee, “Tides,” in *Debates in Shore Studies*, ed. Bo Chen (Hull: Quay, 2012), 4.')[0].type).toBe(
      'chapter',
    );
  });
});
