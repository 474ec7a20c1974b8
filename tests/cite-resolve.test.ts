import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { divisions, type Book } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import { lintCitations } from '../src/cite/lint.js';
import { bibliographyEntries, markUnmarkedTitle } from '../src/cite/bibliography.js';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { noteText } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { classifyNote } from '../src/cite/classify.js';
import type { CitationResult } from '../src/book.js';
import { readBook } from '../src/read/index.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/cite-mini/book.md');

describe('citeBook on a small manuscript', () => {
  let book: Book;
  let result: CitationResult;
  let treesBefore: string;

  beforeAll(async () => {
    book = await readBook(fixture);
    treesBefore = JSON.stringify(divisions(book).map((division) => division.tree));
    result = citeBook(book);
  });

  const note = (number: number) => result.notes.find((entry) => entry.note === number)!;
  const messages = () =>
    [...new Set(book.files)].flatMap((file) => file.messages.filter((message) => message.source === 'folio-cite'));

  it('does not touch the mdast trees', () => {
    expect(JSON.stringify(divisions(book).map((division) => division.tree))).toBe(treesBefore);
  });

  it('parses full citations into CSL items with readable ids', () => {
    const ids = result.items.map((item) => item.id);
    expect(ids).toEqual(['vandoren2001long', 'kell2010notes', 'examplewatch2020rivers', 'gray2021rivers']);
    expect(result.items[0]).toEqual({
      id: 'vandoren2001long',
      type: 'book',
      author: [{ family: 'Doren', 'non-dropping-particle': 'van', given: 'Anna' }],
      title: 'The Long River: A History of Rivers',
      publisher: 'Harbour Press',
      'publisher-place': 'Boston',
      issued: { 'date-parts': [[2001]] },
      'title-short': 'Long River',
    });
    expect(result.items[1]).toMatchObject({
      type: 'article-journal',
      'container-title': 'Journal of Crossings',
      volume: '4',
      issue: '2',
      page: '33-50',
      URL: 'https://example.org/notes-on-bridges',
      'title-short': 'Notes on Bridges',
    });
    expect(result.items[3]).toMatchObject({
      type: 'post',
      // A post by its author's handle; its site named by its address's host, not by a list of platforms.
      'container-title': 'Twitter',
      title: 'rivers are long, bridges are short',
    });
  });

  it('resolves short forms and Ibid. with their locators', () => {
    expect(note(1)).toEqual({
      note: 1,
      kind: 'full',
      citations: [{ id: 'vandoren2001long', form: 'full', locator: '12' }],
    });
    expect(note(2).citations).toEqual([{ id: 'vandoren2001long', form: 'ibid', locator: '14-15' }]);
    expect(note(4)).toMatchObject({
      kind: 'short',
      citations: [
        { id: 'vandoren2001long', form: 'short', locator: '20' },
        { id: 'kell2010notes', form: 'short', locator: '41' },
      ],
    });
    expect(note(5).citations).toEqual([{ id: 'kell2010notes', form: 'ibid', locator: null }]);
    expect(note(8).citations[0]).toMatchObject({ id: 'kell2010notes', locator: '44' });
    expect(note(9)).toEqual({ note: 9, kind: 'commentary', citations: [] });
  });

  it('lints with positioned, non-fatal "Unexpected …, expected …" warnings', () => {
    const found = messages();
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) {
      expect(message.fatal).toBe(false);
      expect(message.reason).toMatch(/^Unexpected .+, expected /);
      expect(message.line).toBeGreaterThan(0);
    }
    const byRule = (rule: string) => found.filter((message) => message.ruleId === rule);
    expect(byRule('ibid-ambiguous')).toHaveLength(1);
    expect(byRule('ibid-ambiguous')[0].line).toBe(14);
    expect(byRule('url-multiple-titles')[0].reason).toContain('`Rivers and the law`');
    const unmatched = byRule('short-form-unmatched').map((message) => message.reason);
    expect(unmatched.some((reason) => reason.includes('`Kel`'))).toBe(true);
    expect(unmatched.some((reason) => reason.includes('`Doreen`'))).toBe(true);
    expect(byRule('short-title-mismatch').some((message) => message.reason.includes('`The Long Rivers`'))).toBe(true);
  });
});

/** A note as the resolver takes it; E0 and E1 open and close a title set in italics. */
const note = (number: number, text: string) => ({ number, text, spans: [] });
const E0 = '\uE000';
const E1 = '\uE001';

describe('short forms that repeat the whole names', () => {
  const resolution = resolveNotes([
    {
      note: note(
        1,
        "Ann Lee and Bo Chen, 'Tides of the Inner Sound', \uE000Harbour Studies\uE001 12, no. 2 (2001): 33–50.",
      ),
      owner: 'one',
    },
    { note: note(2, "Ann Lee and Bo Chen, 'Tides of the Inner Sound', 40."), owner: 'one' },
    { note: note(3, "A. Lee and B. Chen, 'Tides', 41."), owner: 'one' },
  ]);

  it('links `Ann Lee and Bo Chen, ‘Title’, 40.` and initials to the work cited in full', () => {
    expect(resolution.works).toHaveLength(1);
    expect(resolution.notes[1].citations[0]).toMatchObject({ form: 'short', locator: '40', work: resolution.works[0] });
    expect(resolution.notes[2].citations[0]).toMatchObject({ form: 'short', locator: '41', work: resolution.works[0] });
  });
});

describe('short forms without a page', () => {
  const book = (title: string) => `Ann Lee, \uE000${title}\uE001 (Marrowby: Quill Press, 2004), 23.`;
  const resolution = resolveNotes([
    { note: note(1, book('Salt Roads')), owner: 'whole works' },
    { note: note(2, 'Lee, \uE000Salt Roads\uE001.'), owner: 'whole works' },
    { note: note(3, 'Lee, \uE000Salt Roads\uE001.'), owner: 'whole works' },
    { note: note(1, book('Rivers')), owner: 'pages' },
    { note: note(2, 'Lee, \uE000Rivers\uE001, 4.'), owner: 'pages' },
    { note: note(3, 'Lee, \uE000Rivers\uE001.'), owner: 'pages' },
  ]);

  it('are reported only in a chapter whose short forms mostly give pages', () => {
    const missing = lintCitations(resolution).filter((finding) => finding.ruleId === 'short-form-no-page');
    expect(missing.map((finding) => [finding.owner, finding.note])).toEqual([['pages', 3]]);
  });
});

describe('a manuscript in one file, cut at its headings', () => {
  it('reads Ibid. and the author’s sentence after a heading as the work of the section before', async () => {
    const sectioned = await readBook(path.join(path.dirname(fixture), '../cite-sections/book.md'));
    expect(divisions(sectioned).length).toBeGreaterThan(1);
    const cited = citeBook(sectioned);
    expect(cited.notes.map((entry) => entry.citations.map(({ form, id, locator }) => [form, id, locator]))).toEqual([
      [['full', 'lee2004salt', '41']],
      [['ibid', 'lee2004salt', '42']],
      [['short', 'lee2004salt', '121–45']],
    ]);
  });
});

describe('chapters of an anthology', () => {
  const book = `Ann Lee, ${E0}Salt Roads${E1} (Marrowby: Quill Press, 2004), 23.`;
  const other = `Bo Chen, ${E0}Rivers${E1} (Oxford: Fell Books, 1999), 4.`;
  const resolution = resolveNotes([
    { note: note(1, book), owner: 'one' },
    { note: note(2, other), owner: 'one' },
    { note: note(3, book), owner: 'one' },
    { note: note(1, book), owner: 'two' },
    { note: note(2, 'Ibid., 30.'), owner: 'two' },
    { note: note(1, 'Ibid., 31.'), owner: 'three' },
    { note: note(2, 'Note 1.'), owner: 'three' },
    { note: note(3, 'Lee 40.'), owner: 'three' },
  ]);
  const findings = lintCitations(resolution);

  it('lets a chapter cite a work in full again, but not twice in one chapter', () => {
    const repeated = findings.filter((finding) => finding.ruleId === 'full-citation-repeated');
    expect(repeated.map((finding) => [finding.owner, finding.note])).toEqual([['one', 3]]);
    expect(resolution.works).toHaveLength(2);
  });

  it('lets Ibid. and the author’s sentences reach into the section before when both are one text', () => {
    const sections = resolveNotes(
      [
        { note: note(1, book), owner: 'one' },
        { note: note(2, 'Ibid., 30.'), owner: 'one, part two' },
        { note: note(3, `Her tables are explored by Lee in ${E0}Salt Roads${E1}, 121–45.`), owner: 'one, part two' },
      ],
      [],
      (a, b) => a.split(',')[0] === b.split(',')[0],
    );
    expect(sections.notes.slice(1).map((resolved) => resolved.citations.map((citation) => citation.locator))).toEqual([
      ['30'],
      ['121–45'],
    ]);
    expect(sections.notes.slice(1).every((resolved) => resolved.citations[0].work === sections.works[0])).toBe(true);
  });

  it('never lets Ibid. reach into the chapter before', () => {
    expect(resolution.notes[4].citations[0]).toMatchObject({ form: 'ibid', locator: '30', work: resolution.works[0] });
    expect(resolution.notes[5].citations[0].work).toBeUndefined();
    expect(findings.filter((finding) => finding.ruleId === 'ibid-unresolved').map((finding) => finding.owner)).toEqual([
      'three',
    ]);
  });

  it('takes `Note 1.` for prose, and `Lee 40.` for a short form of a work cited before', () => {
    expect(resolution.notes[6].citations).toEqual([]);
    expect(resolution.notes[7].citations[0]).toMatchObject({ form: 'short', locator: '40', work: resolution.works[0] });
  });
});

describe('short forms citing the chapter’s own bibliography', () => {
  const markdown = [
    '# Tides and Towns',
    '',
    'Body text.[^1] More.[^2] And more.[^3]',
    '',
    '## Works Cited',
    '',
    `Lee, Ann and Bo Chen. Salt Roads: A Coastal History. Hull: Quay Press, 2004.`,
    '',
    `Eze, Dara. "Harbour Ledgers." *Journal of Shores* 12, no. 2 (1998): 40--61.`,
    '',
    '[^1]: Lee and Chen, *Salt Roads*, 23.',
    '[^2]: Ibid., 25.',
    '[^3]: Eze, "Harbour Ledgers," 44; Gray, *Unlisted*, 3.',
    '',
  ].join('\n');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const entries = bibliographyEntries(tree);

  it('reads the entries under a bibliography heading, marking an unmarked book title', () => {
    expect(entries).toHaveLength(2);
    expect(entries[0].text).toBe(
      `Lee, Ann and Bo Chen. ${E0}Salt Roads: A Coastal History${E1}. Hull: Quay Press, 2004.`,
    );
    expect(markUnmarkedTitle('Lee, A. B. Salt Roads. Hull: Quay Press, 2004.')).toBe(
      `Lee, A. B. ${E0}Salt Roads${E1}. Hull: Quay Press, 2004.`,
    );
    // A marked title, or an entry without publication facts, is left as written.
    expect(markUnmarkedTitle(`Lee, Ann. ${E0}Salt Roads${E1}. Hull: Quay Press, 2004.`)).toBe(
      `Lee, Ann. ${E0}Salt Roads${E1}. Hull: Quay Press, 2004.`,
    );
    expect(markUnmarkedTitle('Lee, Ann. Interview by the author. May 2004.')).toBe(
      'Lee, Ann. Interview by the author. May 2004.',
    );
  });

  it('resolves short forms and Ibid. to the entries; a work in no entry and no note stays unresolved', () => {
    const resolution = resolveNotes(
      [
        { note: note(1, `Lee and Chen, ${E0}Salt Roads${E1}, 23.`), owner: 0 },
        { note: note(2, 'Ibid., 25.'), owner: 0 },
        { note: note(3, `Eze, "Harbour Ledgers," 44; Gray, ${E0}Unlisted${E1}, 3.`), owner: 0 },
      ],
      entries.map((entry) => ({ entry, owner: 0 })),
    );
    const cited = resolution.notes.map((resolved) =>
      resolved.citations.map((citation) => [citation.form, citation.work?.item.title ?? null, citation.locator]),
    );
    expect(cited).toEqual([
      [['short', 'Salt Roads: A Coastal History', '23']],
      [['ibid', 'Salt Roads: A Coastal History', '25']],
      [
        ['short', 'Harbour Ledgers', '44'],
        ['short', null, '3'],
      ],
    ]);
    expect(resolution.works.map((work) => work.item.type)).toEqual(['book', 'article-journal']);
    // A misspelt name finds the entry by its title's words (the slip may be the entry's), and no warning names
    // a note it lacks.
    const misspelt = resolveNotes(
      [
        { note: note(1, `Lee and Chen, ${E0}Salt Roads${E1}, 23.`), owner: 0 },
        { note: note(2, `Lea and Chen, ${E0}Salt Roads${E1}, 24.`), owner: 0 },
      ],
      entries.map((entry) => ({ entry, owner: 0 })),
    );
    expect(misspelt.notes[1].citations[0].work).toBe(misspelt.notes[0].citations[0].work);
    expect(
      lintCitations(misspelt)
        .map((finding) => finding.reason)
        .join(' '),
    ).not.toMatch(/undefined/);
    // Another chapter's bibliography is not this chapter's.
    const elsewhere = resolveNotes(
      [{ note: note(1, `Lee and Chen, ${E0}Salt Roads${E1}, 23.`), owner: 1 }],
      entries.map((entry) => ({ entry, owner: 0 })),
    );
    expect(elsewhere.notes[0].citations[0].work).toBeUndefined();
  });
});

describe('short titles announced with `hereafter`', () => {
  it('records the announced title and resolves short forms giving it, in brackets or after a semicolon', () => {
    const resolution = resolveNotes([
      {
        note: note(
          1,
          `${E0}Letters of the Harbour Masters${E1}, ed. Ann Lee (Hull: Quay Press, 1964), 45 (hereafter ${E0}LHM${E1}).`,
        ),
        owner: 0,
      },
      {
        note: note(
          2,
          `Bo Chen, ${E0}Tides of the North Sea${E1} (Leeds: Fell, 2001), 3; hereafter cited as ${E0}Tides${E1}.`,
        ),
        owner: 0,
      },
      { note: note(3, `${E0}LHM${E1}, 631-2; ${E0}Tides${E1}, 9.`), owner: 0 },
    ]);
    const [first, second] = resolution.works;
    expect(first.abbreviations).toEqual(['LHM']);
    expect(second.abbreviations).toEqual(['Tides']);
    expect(
      resolution.notes[2].citations.map((citation) => [citation.work?.item.title, citation.locator, citation.quality]),
    ).toEqual([
      ['Letters of the Harbour Masters', '631-2', [{ kind: 'exact' }]],
      ['Tides of the North Sea', '9', [{ kind: 'exact' }]],
    ]);
  });
});

describe('case repeats and lead-ins', () => {
  it('reads `156 F.3d at 14` as a short form of the case cited before, by its name or its first party', () => {
    const resolution = resolveNotes([
      { note: note(1, `${E0}Lee v. Chen${E1}, 156 F.3d 851, 853 (2d Cir. 1998).`), owner: 0 },
      { note: note(2, 'Lee v. Chen, 156 F.3d at 14 (2d Cir. 1998).'), owner: 0 },
      { note: note(3, 'Lee, 156 F.3d at 15.'), owner: 0 },
    ]);
    expect(resolution.works).toHaveLength(1);
    expect(
      resolution.notes.map((resolved) =>
        resolved.citations.map((citation) => [citation.form, citation.work?.item.title, citation.locator]),
      ),
    ).toEqual([[['full', 'Lee v. Chen', '853']], [['short', 'Lee v. Chen', '14']], [['short', 'Lee v. Chen', '15']]]);
  });

  it('never takes a lead-in (`As argued by`, `Quoted in`, `See:`) for the author’s name', () => {
    for (const lead of ['As argued by', 'Quoted in', 'See:', 'Cited in']) {
      const resolution = resolveNotes([
        { note: note(1, `${lead} Ann Lee, ${E0}Salt Roads${E1} (Hull: Quay Press, 2004), 4.`), owner: 0 },
      ]);
      expect(resolution.works[0].item.author).toEqual([{ family: 'Lee', given: 'Ann' }]);
    }
  });
});

describe('notes from a word processor', () => {
  it('reads a citation with its address written out as text as a full citation, never an unmatched short form', () => {
    const resolution = resolveNotes([
      { note: note(1, 'Harbour Lights Trust, ‘Keeping the Lamps’, https://example.org/lamps.'), owner: 0 },
      { note: note(2, 'See also the ‘lamp survey’ kept by the Trust: www.example.org/survey'), owner: 0 },
      { note: note(3, 'Ann Lee, Lamps Again, https://example.org/again.pdf.'), owner: 0 },
    ]);
    expect(resolution.notes.map((resolved) => resolved.citations.map((citation) => citation.form))).toEqual([
      ['full'],
      ['full'],
      ['full'],
    ]);
    expect(lintCitations(resolution).filter((finding) => finding.severity === 'warning')).toEqual([]);
  });

  it('reads a note wrapped in language tags by its words, not its markup', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse(
        'Text.[^1] More.[^2]\n\n' +
          '[^1]: <span lang="fr">Ann Lee, ‘Tides of the Sound’, *Harbour Studies* 4, no. 2 (2001): 3–9.</span>\n' +
          '[^2]: <span lang="fr">Bo Chen, ‘Rivers’, *Harbour Studies* 5, no. 1 (2002): 1–8.</span>\n',
      );
    const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition');
    const resolution = resolveNotes(
      definitions.map((definition, index) => ({ note: noteText(definition), owner: index })),
    );
    expect(resolution.works.map((work) => [work.names[0]?.family, work.title])).toEqual([
      ['Lee', 'Tides of the Sound'],
      ['Chen', 'Rivers'],
    ]);
    expect(lintCitations(resolution)).toEqual([]);
  });
});

describe('short forms among the author’s sentences', () => {
  const full = (names: string, title: string, year: number) =>
    `${names}, ${E0}${title}${E1} (Hull: Quay Press, ${year}), 4.`;
  const resolution = resolveNotes([
    { note: note(1, full('Ann Lee and Bo Chen', 'Salt Roads', 2004)), owner: 0 },
    {
      note: note(
        2,
        `${full('Cy Ames', 'Harbour Ledgers', 1999).replace(/, 4\.$/, '.')} A later edition of this book adds the ` +
          'ledgers of the smaller ports. For another reading of the same ledgers, see Lee and Chen, 12, 19 and 47.',
      ),
      owner: 0,
    },
    { note: note(3, 'The ledgers show many small accounts held by women. Ames, 30–31; Lee and Chen, 8.'), owner: 0 },
    { note: note(4, `On “portage,” see Ames, ${E0}Harbour Ledgers${E1}, 26.`), owner: 0 },
    {
      note: note(5, `Ames, ${E0}Harbour Ledgers${E1}. For the smaller ports of the coast, see Ibid., 13–15 and 35.`),
      owner: 0,
    },
    { note: note(6, `Dora Eze, ${E0}Quays${E1}. Leeds; New York: Fell Books, 2001.`), owner: 0 },
    { note: note(7, 'Hall MS 260, fol. 64v.'), owner: 0 },
    {
      note: note(
        8,
        "We logged out of the site and used a new browser for the searches. Ames, 'Harbour Ledgers', p. 9.",
      ),
      owner: 0,
    },
  ]);
  const cited = (index: number) =>
    resolution.notes[index].citations.map((citation) => [citation.form, citation.work?.title, citation.locator]);

  it('splits a full citation from the sentences after it, and finds `Last, 12, 19 and 47.` after them', () => {
    expect(cited(1)).toEqual([
      ['full', 'Harbour Ledgers', null],
      ['short', 'Salt Roads', '12, 19 and 47'],
    ]);
    expect(cited(2)).toEqual([
      ['short', 'Harbour Ledgers', '30–31'],
      ['short', 'Salt Roads', '8'],
    ]);
    expect(cited(7)).toEqual([['short', 'Harbour Ledgers', '9']]);
  });

  it('keeps `see the printed edition.` as the author’s words, and the citations after it whole', () => {
    const segments = classifyNote(
      'For the people named in the two ledgers, see the printed edition of each. Ann Lee, Bo Chen, and Cy Ames, ' +
        `${E0}Salt Roads${E1} (Hull: Quay Press, 2008); Dora Eze and J. Ford. ${E0}Quays${E1}. Leeds: Fell, 2013.`,
    );
    expect(segments.map((segment) => segment.kind)).toEqual(['commentary', 'full', 'full']);
    expect(segments[1].text).toMatch(/^Ann Lee, Bo Chen, and Cy Ames, /);
  });

  it('drops a lead-in that quotes a word (`On “portage,” see`), and reads `see Ibid., 13–15 and 35`', () => {
    expect(cited(3)).toEqual([['short', 'Harbour Ledgers', '26']]);
    expect(cited(4)).toEqual([
      ['short', 'Harbour Ledgers', null],
      ['ibid', 'Harbour Ledgers', '13–15 and 35'],
    ]);
  });

  it('keeps a second place after a semicolon in its citation, and a manuscript’s number out of its folio', () => {
    expect(cited(5)).toEqual([['full', 'Quays', null]]);
    // A shelfmark no earlier note cited is the manuscript's first citation.
    expect(resolution.notes[6].citations[0]).toMatchObject({ form: 'full', locator: 'fol. 64v' });
    expect(resolution.notes[6].citations[0].work?.title).toBe('MS 260');
  });
});

describe('short forms of a chapter’s bibliography whose names differ', () => {
  it('finds the entry by its title when the entry misspells a name or opens with its title', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse(
        'Text.[^1] More.[^2] Again.[^3]\n\n' +
          '[^1]: Lee and Chenn, *Salt Roads of the North*, 4.\n' +
          '[^2]: Ames, Eze and Ford, "Roundtable on Harbours," 30.\n' +
          '[^3]: de Holanda, *Rivers*, 2.\n\n' +
          '## Bibliography\n\nLee, Ann, and Bo Chen. *Salt Roads of the North*. Hull: Quay Press, 2004.\n\n' +
          '"Roundtable on Harbours and their Ledgers." *Harbour Studies* 3 (2001): 20–41.\n',
      );
    const notes = tree.children
      .filter((node) => node.type === 'footnoteDefinition')
      .map((definition) => ({ note: noteText(definition), owner: 0 }));
    const resolution = resolveNotes(
      notes,
      bibliographyEntries(tree).map((entry) => ({ entry, owner: 0 })),
    );
    expect(resolution.notes.map((resolved) => resolved.citations[0]?.work?.title)).toEqual([
      'Salt Roads of the North',
      'Roundtable on Harbours and their Ledgers',
      undefined,
    ]);
    expect(lintCitations(resolution).filter((finding) => finding.ruleId !== 'short-form-unmatched')).toEqual([]);
  });

  it('lets a Romance or German particle drop from a short form’s name (`Costa` for `da Costa`), not `van`', () => {
    const resolution = resolveNotes([
      { note: note(1, `Rui da Costa, ${E0}Rivers${E1} (Porto: Quay, 2001).`), owner: 0 },
      { note: note(2, `Jan van Berg, ${E0}Dikes${E1} (Delft: Fell, 2003).`), owner: 0 },
      { note: note(3, `Costa, ${E0}Rivers${E1}, 3.`), owner: 0 },
      { note: note(4, `Berg, ${E0}Dikes${E1}, 5.`), owner: 0 },
      { note: note(5, `Karl von Stein, ${E0}Moore${E1} (Jena: Fell, 1928).`), owner: 0 },
      { note: note(6, `Stein, ${E0}Moore${E1}, 7.`), owner: 0 },
    ]);
    expect(resolution.notes[2].citations[0].quality).toEqual([{ kind: 'exact' }]);
    expect(resolution.notes[3].citations[0].quality.map((quality) => quality.kind)).not.toEqual(['exact']);
    expect(resolution.notes[5].citations[0].quality).toEqual([{ kind: 'exact' }]);
  });
});

describe('a provision’s point in a short form', () => {
  it('keeps `point (a) of art 6(1)` whole as the place cited', () => {
    const resolution = resolveNotes([
      { note: note(1, `${E0}Shore Protection Act${E1}, 1999, art 35(3)(c).`), owner: 0 },
      { note: note(2, `${E0}Shore Protection Act${E1}, point (a) of art 6(1).`), owner: 0 },
    ]);
    expect(resolution.notes[1].citations[0]).toMatchObject({
      form: 'short',
      locator: 'point (a) of art 6(1)',
      work: resolution.works[0],
    });
  });
});

describe('short forms pointing elsewhere in the notes', () => {
  it('reads `supra n. 12` and `infra n. 12` as pointers, the name naming the work', () => {
    const resolution = resolveNotes([
      { note: note(1, `Ann Lee, ${E0}Salt Roads${E1} (Hull: Quay Press, 2004), 4.`), owner: 0 },
      { note: note(2, 'Lee, supra n. 1, 99.'), owner: 0 },
      { note: note(3, 'Lee, infra note 12, 101.'), owner: 0 },
    ]);
    expect(
      resolution.notes.slice(1).map((resolved) => [resolved.citations[0].work, resolved.citations[0].locator]),
    ).toEqual([
      [resolution.works[0], '99'],
      [resolution.works[0], '101'],
    ]);
  });
});
