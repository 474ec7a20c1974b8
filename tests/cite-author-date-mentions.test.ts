/**
 * A chapter whose bibliography lists its works author-date, cited in its notes by names and year (author-date-mentions.ts,
 * bibliography.ts, resolve.ts), on a made-up chapter read as a user's would be: the list as a Pandoc definition list
 * (each entry's key as its term), names and year alone or inside the author's sentences, several in one note, a further
 * year of the same author, two entries of one author told apart by their year, the place cited its pages, plates and
 * numbers; names and a year that fit no entry are no citation. Every name and title here is made up.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitationResult } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import { readBook } from '../src/read/index.js';

const chapter = `# Tides

The harbour.[^1] The quay.[^2] The boats.[^3] The nets.[^4]

[^1]: Lee 1981, 205.

[^2]: New York, Quay Museum, inv. 1972.11.1. Lee 2015, 262–63, no. 36 with bibliography; and Roe and Chen 2016, cat. 71. On the findspot: Lee 1981, 205 and 2015, 12.

[^3]: Pompeii 79, where nothing was found; Vale 2004, 3.

[^4]: Lee 2015, 44, fig. 25, 55.

## Bibliography

Lee 1981
: Lee, A. 1981. “Salt in the Harbour.” *Shore Review* 12: 190–230.

Lee 2015
: Lee, A. 2015. *Nets of the Coast*. Hull: Quay Press.

Roe and Chen 2016
: Roe, B., and C. Chen, eds. 2016. *Boats and Quays*. Leeds: Fell.
`;

let dir: string;
let result: CitationResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'folio-author-date-'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'tides.md'), chapter);
  await writeFile(path.join(dir, 'folio.yaml'), 'title: Tides\nchapters:\n  - tides.md\n');
  result = citeBook(await readBook(dir));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Each note's citations as `[form, the cited item's title, place cited]`. */
const cited = () => {
  const titles = new Map(result.items.map((item) => [item.id, item.title]));
  return result.notes.map((note) =>
    note.citations.map((citation) => [citation.form, titles.get(citation.id), citation.locator]),
  );
};

describe('author-date citations of the chapter’s bibliography', () => {
  it('reads each entry of a definition list without its key, the year out of the place cited', () => {
    expect(cited()[0]).toEqual([['short', 'Salt in the Harbour', '205']]);
    const lee = result.items.find((item) => item.title === 'Nets of the Coast');
    expect(lee).toMatchObject({ type: 'book', publisher: 'Quay Press', 'publisher-place': 'Hull' });
  });

  it('finds names and year inside the author’s sentences, a further year of the same author, and several works', () => {
    expect(cited()[1]).toEqual([
      ['short', 'Nets of the Coast', '262–63, no. 36'],
      ['short', 'Boats and Quays', 'cat. 71'],
      ['short', 'Salt in the Harbour', '205'],
      ['short', 'Nets of the Coast', '12'],
    ]);
  });

  it('leaves names and a year that fit no entry, and keeps pages, figures and numbers as the place cited', () => {
    expect(cited()[2].filter(([, title]) => title)).toEqual([]);
    expect(cited()[3]).toEqual([['short', 'Nets of the Coast', '44, fig. 25, 55']]);
  });
});
