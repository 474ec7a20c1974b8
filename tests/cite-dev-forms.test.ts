/**
 * Citation forms found failing on a development set of history-journal notes, each on a made-up note of its
 * own: where the author's sentence runs into a work, where names and titles carry no marks, and other
 * variants of the Chicago note form.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { sentenceEnds } from '../src/cite/classify/prose.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, (_, title: string) => `${E0}${title}${E1}`);
const parts = (text: string) =>
  classifyNote(marked(text)).map(({ kind, text }) => [kind, text.replace(/[\uE000\uE001]/g, '*')]);
const authors = (text: string) =>
  (
    (parseFullCitation(marked(text)).item.author ?? parseFullCitation(marked(text)).item.editor ?? []) as Array<
      Record<string, string>
    >
  ).map((name) => (name.literal ? name.literal : [name.family, name.given].filter(Boolean).join(', ')));

describe('a work named by initials inside the author’s sentence', () => {
  it('cuts the sentence before the initials, not after them', () => {
    expect(
      parts('For the salt trade see, among many studies, K. Varga, *Salt Roads of the North* (Dunmere, 1994).'),
    ).toEqual([
      ['commentary', 'For the salt trade see, among many studies,'],
      ['full', 'K. Varga, *Salt Roads of the North* (Dunmere, 1994).'],
    ]);
    expect(authors('K. Varga, *Salt Roads of the North* (Dunmere, 1994).')).toEqual(['Varga, K.']);
  });

  it('keeps an editor named by initials in the citation, the author’s words before it aside', () => {
    const found = parts(
      'Both counts are given in R. T. Osei, ed., *Harbour Ledgers, 1700–1750* (Quayside, 1981), 3–4. Later counts differ widely.',
    ).find(([kind]) => kind === 'full');
    expect(found).toBeDefined();
    expect(parseFullCitation(marked(found?.[1] ?? '')).item).toMatchObject({
      editor: [{ family: 'Osei', given: 'R. T.' }],
      title: 'Harbour Ledgers, 1700–1750',
    });
  });

  it('reads a given name and an initial after a lower-case word', () => {
    const [, work] = parts(
      'We count the tides as first described in Maren J. Holt, “Tide Tables of the Shore,” in *Harbour Papers* (Quay Press, 2001): 4–9. Other counts exist.',
    );
    expect(work[0]).toBe('full');
    expect(authors(work[1])).toEqual(['Holt, Maren J.']);
  });

  it('still ends a sentence at a label’s letter or a Roman numeral', () => {
    const label = marked('The dues are tabled in Appendix B. Varga, *Salt Roads*, 12.');
    expect(sentenceEnds(label)).toEqual([label.indexOf('Varga')]);
    const roman = marked('It was so until World War I. Varga, *Salt Roads*, 12.');
    expect(sentenceEnds(roman)).toEqual([roman.indexOf('Varga')]);
    const initial = marked('The count is in K. Varga, *Salt Roads*, 12.');
    expect(sentenceEnds(initial)).toEqual([]);
  });

  it('cuts a lead-in closed by a colon from the names after it, even when it names a title', () => {
    const found = parts(
      'Our approach draws on an older kind of history which gathered sources, as shown in *The Harbour Ledger* project: Ann B. Lee III and Bo K. Chen, "The Dues of Two Ports," *Shore Review* 10, no. 5 (2003): 1–7. See also Dana Ruiz and Eli Moss, *Harbour Ledgers* (Hull: Fell, 2005), ch. 6.',
    );
    expect(found.filter(([kind]) => kind === 'full')).toEqual([
      ['full', 'Ann B. Lee III and Bo K. Chen, "The Dues of Two Ports," *Shore Review* 10, no. 5 (2003): 1–7.'],
      ['full', 'Dana Ruiz and Eli Moss, *Harbour Ledgers* (Hull: Fell, 2005), ch. 6.'],
    ]);
  });

  it('keeps a suffix and a co-author after `and` with the first author, after a colon', () => {
    expect(
      parts(
        'Our approach draws on an older kind of history which gathered sources, as in the *Harbour Ledger* project: Ann B. Lee III and Bo K. Chen, "The Dues of Two Ports," *Shore Review* 10, no. 5 (2003): 1–7. See also Dana Ruiz and Eli Moss, *Harbour Ledgers* (Hull: Fell, 2005), ch. 6.',
      ).slice(0, 2),
    ).toEqual([
      [
        'commentary',
        'Our approach draws on an older kind of history which gathered sources, as in the *Harbour Ledger* project:',
      ],
      ['full', 'Ann B. Lee III and Bo K. Chen, "The Dues of Two Ports," *Shore Review* 10, no. 5 (2003): 1–7.'],
    ]);
  });
});

describe('unmarked book titles and their names', () => {
  it('reads two editors in note order with the `and` left out, `eds.` or its slip `ed.s`', () => {
    expect(parseFullCitation('Ann Lee, Bo Chen, ed.s, Salt Roads: A History (Dunmere: 2019).').item).toMatchObject({
      editor: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo' },
      ],
      title: 'Salt Roads: A History',
      issued: { 'date-parts': [[2019]] },
    });
  });

  it('cuts two works joined by `and` after the first one’s bracketed facts', () => {
    expect(
      parts(
        'See also Carl Moss, ed., Tide Analysis in Ports (Hull: 2013) and Jan Orr, Carl Moss, eds., Harbour Networks in the North (York: 2018).',
      ).map(([kind, text]) => [kind, text.replace(/^See also /, '')]),
    ).toEqual([
      ['full', 'Carl Moss, ed., Tide Analysis in Ports (Hull: 2013)'],
      ['full', 'Jan Orr, Carl Moss, eds., Harbour Networks in the North (York: 2018).'],
    ]);
  });
});

describe('bare addresses joined by `and`', () => {
  it('cites one web page per address', () => {
    const note = `For the datasets’ publishers, see ${U0}http://example.org/shore/papers.aspx${U1} and ${U0}http://example.org/quay.aspx${U1}.`;
    const found = classifyNote(note).filter(({ kind }) => kind === 'full');
    expect(found.map(({ text }) => parseFullCitation(text).item)).toMatchObject([
      { type: 'webpage', URL: 'http://example.org/shore/papers.aspx' },
      { type: 'webpage', URL: 'http://example.org/quay.aspx' },
    ]);
  });
});

describe('session laws and codes cited by year, jurisdiction and page', () => {
  it('titles the law by jurisdiction and collection, with its year and the page or part cited', () => {
    expect(parseFullCitation('1897 North Shore Compiled Laws 9 ("The board had no power to revise.")')).toMatchObject({
      item: { type: 'legislation', title: 'North Shore Compiled Laws', issued: { 'date-parts': [[1897]] } },
      locator: '9',
    });
    expect(parseFullCitation('1866 Quay Compiled Laws v ("The tolls stand as they were.")').locator).toBe('v');
    expect(
      parseFullCitation('1849 Dunmere Revised Statutes, "Preface" (the board "arranged the chapters").'),
    ).toMatchObject({
      item: { type: 'legislation', title: 'Dunmere Revised Statutes', issued: { 'date-parts': [[1849]] } },
      locator: '"Preface"',
    });
  });

  it('takes the provision, not the act’s first page, as the locator', () => {
    expect(parseFullCitation('1851 Shore Laws 260, §§ 43–48.')).toMatchObject({
      item: { type: 'legislation', title: 'Shore Laws', issued: { 'date-parts': [[1851]] } },
      locator: '§§ 43–48',
    });
  });
});

describe('a verb of the author’s sentence leading in to a work', () => {
  it('takes the names after `are`/`is` as the authors, not the sentence', () => {
    expect(
      parseFullCitation(
        marked(
          'Little has been written on the ferries. The exception is Ana Beatriz Moss, *Ferry Tolls in Three Ports* (Quay School of Law 1961)',
        ),
      ).item,
    ).toMatchObject({
      author: [{ family: 'Moss', given: 'Ana Beatriz' }],
      title: 'Ferry Tolls in Three Ports',
      issued: { 'date-parts': [[1961]] },
    });
  });

  it('cuts the sentence from the work it leads to', () => {
    expect(parts('The one study of the port is Ann Lee, *Salt Roads of the North* (Hull, 1990).')).toEqual([
      ['commentary', 'The one study of the port is'],
      ['full', 'Ann Lee, *Salt Roads of the North* (Hull, 1990).'],
    ]);
  });
});
