/**
 * Restyled notes (`notes.restyle`, `--restyle`): the citations Folio is sure of written again by
 * citeproc in the book's CSL style, the prose and the note numbers kept; author-date styles move
 * notes of citations into the text. The invented book in tests/fixtures/restyle/ against its
 * expected Markdown per style; the positions and locators on their own; the thesis in three styles.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FootnoteDefinition } from 'mdast';
import JSZip from 'jszip';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { divisions, type Book, type Division } from '../src/book.js';
import { restyleBook, type RestyleReport } from '../src/cite/restyle.js';
import { cslLocator } from '../src/cite/restyle/locator.js';
import { assignPositions, POSITION, type PositionedCitation } from '../src/cite/restyle/positions.js';
import { citationFormat } from '../src/cite/restyle/style-format.js';
import { overridesFromFlags } from '../src/config/flags.js';
import { toMarkdown } from '../src/emit/markdown.js';
import { silentLogger } from '../src/log.js';
import { build, cite, read } from '../src/pipeline.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const fixture = path.join(repoRoot, 'tests/fixtures/restyle');
const input = path.join(fixture, 'input.md');

/** The book read and cited; its trees copied when given a book already read (a restyle changes them). */
async function restyled(source: string | Book, style: string): Promise<{ book: Book; report: RestyleReport }> {
  const book = typeof source === 'string' ? await read(source, repoRoot) : copyOf(source);
  await cite(book);
  book.config = {
    ...book.config,
    bibliography: { ...book.config.bibliography, style },
    notes: { ...book.config.notes, restyle: true },
  };
  return { book, report: restyleBook(book) };
}

function copyOf(book: Book): Book {
  const copy = (division: Division): Division => ({ ...division, tree: structuredClone(division.tree) });
  return {
    ...book,
    front: book.front.map(copy),
    body: book.body.map(copy),
    back: book.back.map(copy),
    citations: structuredClone(book.citations),
  };
}

/** Each remaining note's text as Markdown, by its printed number. */
function notesByNumber(book: Book): Map<number, string> {
  const notes = new Map<number, string>();
  for (const division of divisions(book)) {
    visit(division.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      const markdown = toMarkdown({
        ...book,
        front: [],
        back: [],
        body: [{ ...division, tree: { type: 'root', children: [node] } }],
      });
      notes.set(node.data!.number!, markdown.replace(/^[\s\S]*?\]: /, '').trim());
    });
  }
  return notes;
}

describe('restyled notes of an invented book, per style', () => {
  it.each([
    ['chicago-fullnote-bibliography', { restyled: 12, kept: 3, notesRestyled: 11, notesInText: 0, notes: 14 }],
    [
      'chicago-fullnote-bibliography-with-ibid',
      { restyled: 12, kept: 3, notesRestyled: 11, notesInText: 0, notes: 14 },
    ],
    ['modern-humanities-research-association', { restyled: 12, kept: 3, notesRestyled: 11, notesInText: 0, notes: 14 }],
    ['chicago-author-date', { restyled: 12, kept: 3, notesRestyled: 2, notesInText: 9, notes: 5 }],
  ])('%s gives the expected book', async (style, counts) => {
    const { book, report } = await restyled(input, style);
    expect(report).toMatchObject(counts);
    expect(toMarkdown(book)).toBe(await readFile(path.join(fixture, 'expected', `${style}.md`), 'utf8'));
  });

  it('writes the first citation in full, later ones short, Ibid. where the style says', async () => {
    const { book } = await restyled(input, 'chicago-fullnote-bibliography-with-ibid');
    const notes = notesByNumber(book);
    expect(notes.get(1)).toBe('Mira Ortolan, *The Lamps of Vell: A History* (Carrow: Lantern Press, 2011), 12.');
    expect(notes.get(2)).toBe('Ibid., 85.');
    // A new chapter cites in full again; an Ibid. without page after a page is a short form (CSL).
    expect(notes.get(9)).toBe('Dorin Pell, *Keepers’ Accounts* (Carrow: Salt House, 2004), 50.');
    expect(notes.get(10)).toBe('Pell, *Keepers’ Accounts*.');
    // The book's citations follow: the EPUB's Ibid. expansion reads them.
    const forms = new Map(book.citations!.notes.map((note) => [note.note, note.citations[0]?.form]));
    expect(forms.get(2)).toBe('ibid');
    expect(forms.get(10)).toBe('short');
  });

  it("keeps the author's prose, and what it is unsure of as written", async () => {
    const { book } = await restyled(input, 'chicago-fullnote-bibliography');
    const notes = notesByNumber(book);
    expect(notes.get(3)).toBe(
      'On the ledgers, see Dorin Pell, *Keepers’ Accounts* (Carrow: Salt House, 2004), 9. The ledgers survive only in part.',
    );
    // A note with bold type is not one plain paragraph; a work never cited in full; an Ibid. after it.
    expect(notes.get(7)).toBe('The accounts are in **two hands**. Varro, "Oil and Tide," 14.');
    expect(notes.get(13)).toBe('Quill, *Harbour Songs*, 7.');
    expect(notes.get(14)).toBe('Ibid., 8. She is named in the margin; compare Ortolan, *Salt and Stone*, 9.');
  });

  it('moves notes of citations into the text in an author-date style and numbers the rest again', async () => {
    const { book } = await restyled(input, 'chicago-author-date');
    const markdown = toMarkdown(book);
    expect(markdown).toContain('The first lamp was lit above the harbour (Ortolan 2011, 12).');
    expect(markdown).toContain('Their wages rose, as "the ledgers show" (Varro 2015, 15).');
    const notes = notesByNumber(book);
    expect([...notes.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect(notes.get(1)).toBe('On the ledgers, see Pell 2004, 9. The ledgers survive only in part.');
    expect(book.citations!.notes.map((note) => note.note)).toEqual([1, 2, 3, 4, 5]);
  });

  it('renders through the build: the print HTML carries the restyled text', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'folio-restyle-'));
    const result = await build({
      input,
      cwd: repoRoot,
      logger: silentLogger,
      outDir: out,
      formats: ['html'],
      config: { bibliography: { style: 'chicago-author-date' }, notes: { restyle: true } },
    });
    expect(result.summary.errors).toBe(0);
    // The print HTML hyphenates with soft hyphens.
    const html = (await readFile(path.join(out, 'book.html'), 'utf8')).replaceAll('\u00ad', '');
    expect(html).toContain('the harbour (Ortolan 2011, 12).');
    expect(html.match(/data-note-number="\d+"/g)).toEqual(
      [1, 2, 3, 4, 5].map((number) => `data-note-number="${number}"`),
    );
  });

  it("keeps the EPUB's Ibid. expansion in step: citeproc's Ibid. names its work in the EPUB", async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'folio-restyle-'));
    const result = await build({
      input,
      cwd: repoRoot,
      logger: silentLogger,
      outDir: out,
      formats: ['epub'],
      config: { bibliography: { style: 'chicago-fullnote-bibliography-with-ibid' }, notes: { restyle: true } },
    });
    expect(result.summary.errors).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(path.join(out, 'book.epub')));
    let notes = '';
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.xhtml')))
      notes += await zip.file(name)!.async('string');
    const text = notes.replace(/<[^>]*>/g, '');
    expect(text).toContain('2. Ortolan, Lamps of Vell, 85.');
    expect(text).toContain('8. Varro, “Oil and Tide,” 15.');
    // The Ibid. Folio was unsure of stays.
    expect(text).toContain('14. Ibid., 8. She is named in the margin');
  }, 300_000);

  it('is off unless asked for, and --restyle sets notes.restyle', async () => {
    const book = await read(input, repoRoot);
    expect(book.config.notes.restyle).toBe(false);
    expect(overridesFromFlags({ restyle: true }, repoRoot)).toEqual({ notes: { restyle: true } });
  });
});

describe('restyled notes of the sample book', () => {
  it('restyles every citation in a note style and moves 23 notes into the text in author-date', async () => {
    const sample = path.join(repoRoot, 'manuscript');
    const notes = await restyled(sample, 'chicago-fullnote-bibliography');
    expect(notes.report).toMatchObject({ restyled: 25, kept: 0, notesRestyled: 23, notes: 28 });
    const authorDate = await restyled(sample, 'chicago-author-date');
    expect(authorDate.report).toMatchObject({ restyled: 25, kept: 0, notesInText: 23, notes: 5 });
    expect(toMarkdown(authorDate.book)).toContain('(Eisenstein 1979, 3–42; Anderson 1983, 37–46)');
  });
});

describe('cite positions and locators', () => {
  it('follows CSL: first, ibid, ibid with locator, subsequent, near-note', () => {
    const citations: PositionedCitation[] = [
      { noteIndex: 1, cites: [{ id: 'a', locator: '3', label: 'page' }] },
      { noteIndex: 2, cites: [{ id: 'a', locator: '3', label: 'page' }] },
      { noteIndex: 3, cites: [{ id: 'a', locator: '5', label: 'page' }] },
      { noteIndex: 4, cites: [{ id: 'a' }] },
      { noteIndex: 5, cites: [{ id: 'b' }, { id: 'b', locator: '2', label: 'page' }] },
      { noteIndex: 6, cites: [{ id: 'b' }] },
      { noteIndex: 20, cites: [{ id: 'a' }] },
    ];
    assignPositions(citations);
    const positions = citations.flatMap((citation) => citation.cites.map((cite) => cite.position));
    expect(positions).toEqual([
      POSITION.first,
      POSITION.ibid,
      POSITION.ibidWithLocator,
      POSITION.subsequent,
      POSITION.first,
      POSITION.ibidWithLocator,
      POSITION.subsequent,
      POSITION.subsequent,
    ]);
    expect(citations[3].cites[0]['near-note']).toBe(true);
    expect(citations[6].cites[0]['near-note']).toBeUndefined();
    expect(citations[6].cites[0]['first-reference-note-number']).toBe(1);
  });

  it('does not reach past a note that cites two works', () => {
    const citations: PositionedCitation[] = [
      { noteIndex: 1, cites: [{ id: 'a' }, { id: 'b' }] },
      { noteIndex: 2, cites: [{ id: 'a' }] },
    ];
    assignPositions(citations);
    expect(citations[1].cites[0].position).toBe(POSITION.subsequent);
  });

  it('reads labels off written locators', () => {
    expect(cslLocator('175')).toEqual({ locator: '175', label: 'page' });
    expect(cslLocator('pp. 4–5')).toEqual({ locator: '4–5', label: 'page' });
    expect(cslLocator('n. 12')).toEqual({ locator: '12', label: 'note' });
    expect(cslLocator('chap. 3')).toEqual({ locator: '3', label: 'chapter' });
    expect(cslLocator(null)).toBeUndefined();
  });

  it("takes a style's citation format from the style", () => {
    expect(citationFormat('chicago-fullnote-bibliography')).toBe('note');
    expect(citationFormat('chicago-author-date')).toBe('author-date');
  });
});

describeCorpus('restyled notes on the thesis', () => {
  let thesis: Book;
  beforeAll(async () => {
    thesis = await read(corpusPath, repoRoot);
    await cite(thesis);
  }, 300_000);

  it('restyles in Chicago full note, first citations full and later ones short', async () => {
    const { book, report } = await restyled(thesis, 'chicago-fullnote-bibliography');
    expect(report.restyled).toBeGreaterThanOrEqual(1060);
    expect(report.kept).toBeLessThanOrEqual(50);
    expect(report.notes).toBe(1085);
    const notes = notesByNumber(book);
    expect(notes.size).toBe(1085);
    expect(notes.get(2)).toBe(
      'Thomas de Waal, *Black Garden: Armenia and Azerbaijan Through Peace and War* (New York: New York' +
        ' University Press, 2013), 175.',
    );
    expect(notes.get(33)).toBe('Broers, 86–87.');
  }, 300_000);

  it('restyles in MHRA, pages marked', async () => {
    const { book, report } = await restyled(thesis, 'modern-humanities-research-association');
    expect(report.restyled).toBeGreaterThanOrEqual(1060);
    expect(report.notes).toBe(1085);
    expect(notesByNumber(book).get(2)).toBe(
      'Thomas de Waal, *Black Garden: Armenia and Azerbaijan Through Peace and War* (New York: New York' +
        ' University Press, 2013), p. 175.',
    );
  }, 300_000);

  it('moves notes of citations into the text in Chicago author-date', async () => {
    const { book, report } = await restyled(thesis, 'chicago-author-date');
    expect(report.notesInText).toBeGreaterThanOrEqual(1000);
    expect(report.notes).toBe(1085 - report.notesInText);
    expect(toMarkdown(book)).toContain('(de Waal 2013, 175)');
  }, 300_000);
});
