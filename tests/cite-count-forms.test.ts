/**
 * Notes the classifier cut wrongly (a citation missed, two merged, one split), each form on a made-up
 * note of its own: a lead-in sentence that quotes a word before its signal, and a titleless short form
 * (`Lee 2001, 52`) joined by `and` to a work in full, a quoted excerpt in brackets after a work's page, a lead-in
 * without its comma (`On tolls see …`) or closed by a colon (`…: see …`), a report titled by its genre word, a
 * citation then what it is cited for (`…, 4–5 for the tolls`), a quotation then `in` and its source, two
 * dated short forms joined by `&`, an editor's initials after `in`, more issues of a periodical after a
 * semicolon, a second article of the same authors joined by `and`, a short form whose title closes its
 * sentence inside the quotes before a lead-in, a statute cited by its regnal year before another work, and a
 * short form citing a table after the author's sentences, a sentence closed inside a title's italics, a
 * series of reports cited by volume, name and page, an opening acknowledgement, and a quoted title with the
 * italic title of what holds it and no date (a full citation, not a short form), and the author’s sentence
 * naming a work whose imprint holds an initial, and Ibid. in brackets inside the author’s sentence; a journal's volume
 * dated by an academic year (`12 (1997/98)`), a full citation.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, (_, title: string) => `${E0}${title}${E1}`);
const parts = (text: string) =>
  classifyNote(marked(text)).map(({ kind, text }) => [kind, text.replace(/[\uE000\uE001]/g, '*')]);

describe('a lead-in sentence that quotes a word before its signal', () => {
  it('cuts a short form from the next sentence’s lead-in and its work', () => {
    expect(
      parts(
        'Dunn 2011, 8-9, 210n3. For “open water,” see Kay Brown, “The Ford,” in *Crossings*, ed. Ann Day (New York: Quay, 1995), 26–48.',
      ),
    ).toEqual([
      ['short', 'Dunn 2011, 8-9, 210n3.'],
      ['full', 'Kay Brown, “The Ford,” in *Crossings*, ed. Ann Day (New York: Quay, 1995), 26–48.'],
    ]);
  });

  it('reads a quoted word with straight quotes in a longer lead-in', () => {
    expect(
      parts(
        'Harbour Board Report, 12–14, § 30. For cases of "tariffs" that kept the old rates, see, for instance, Ann Lee, *Port Dues* (Hull, 1850), 91.',
      ),
    ).toEqual([
      ['short', 'Harbour Board Report, 12–14, § 30.'],
      ['full', 'Ann Lee, *Port Dues* (Hull, 1850), 91.'],
    ]);
  });
});

describe('a titleless short form joined by `and` to a work in full', () => {
  it('cuts `Name Year, page and` from the full citation after it', () => {
    expect(parts('See Lee 2001, 52 and Kay Brown, “The Ford,” *River Review* 4 (1995): 26–48.')).toEqual([
      ['short', 'Lee 2001, 52'],
      ['full', 'Kay Brown, “The Ford,” *River Review* 4 (1995): 26–48.'],
    ]);
    expect(parts('See Kay 41-44 and Ann Lee, “Wives of the Quay,” in *Shore Essays* (Hull, 1984).')).toEqual([
      ['short', 'Kay 41-44'],
      ['full', 'Ann Lee, “Wives of the Quay,” in *Shore Essays* (Hull, 1984).'],
    ]);
  });

  it('keeps two authors joined by `and` together', () => {
    expect(parts('Ann Lee and Kay Brown, “The Ford,” *River Review* 4 (1995): 26–48.')).toEqual([
      ['full', 'Ann Lee and Kay Brown, “The Ford,” *River Review* 4 (1995): 26–48.'],
    ]);
  });
});

describe('a quoted excerpt in brackets after a work’s page', () => {
  it('cuts the excerpt off as the author’s, so that the work ends at its page', () => {
    expect(
      parts(
        'Report, Appendix to the Minutes of the Harbour Council (1850), 91 ("The rate stands as it was. We keep it.").',
      ),
    ).toEqual([
      ['full', 'Report, Appendix to the Minutes of the Harbour Council (1850), 91'],
      ['commentary', '("The rate stands as it was. We keep it.").'],
    ]);
    expect(parts('1897 Shore Compiled Laws 9 (“The board had no power to revise.”); Lee, “Tides,” 4.')).toEqual([
      ['full', '1897 Shore Compiled Laws 9'],
      ['commentary', '(“The board had no power to revise.”)'],
      ['short', 'Lee, “Tides,” 4.'],
    ]);
  });

  it('keeps a bracketed quotation that is no excerpt after a page', () => {
    expect(parts('Ann Lee, “Tides (“High Water”)” *Shore Review* 4 (1995).')).toEqual([
      ['full', 'Ann Lee, “Tides (“High Water”)” *Shore Review* 4 (1995).'],
    ]);
  });
});

describe('a lead-in without its comma, or closed by a colon, before `see`', () => {
  it('drops `On … see` and `For … see, for example,` before the work', () => {
    expect(
      parts(
        'On quiet tolls and dues see Ann Lee, Bo Chen, and Kay Dunn, ‘Quiet Tolls at the Quay’, *Shore Journal* 4 (June, 2017).',
      ),
    ).toEqual([['full', 'Ann Lee, Bo Chen, and Kay Dunn, ‘Quiet Tolls at the Quay’, *Shore Journal* 4 (June, 2017).']]);
    expect(
      parts('Lee, “Quay Dues,” 14. For toll disputes see, for instance, Ann Cotter, *Toll Rolls* (Hull, 1990), 9.'),
    ).toEqual([
      ['short', 'Lee, “Quay Dues,” 14.'],
      ['full', 'Ann Cotter, *Toll Rolls* (Hull, 1990), 9.'],
    ]);
  });

  it('cuts the author’s sentence at a colon before a lower-case `see`', () => {
    expect(
      parts('We grant that tolls can be harsh: see Ann Lee ‘Tolls as Tricks’, *Port Review* 68 (2011): 131-157.'),
    ).toEqual([
      ['commentary', 'We grant that tolls can be harsh:'],
      ['full', 'Ann Lee ‘Tolls as Tricks’, *Port Review* 68 (2011): 131-157.'],
    ]);
  });

  it('leaves a sentence of the author’s that only says `see` as commentary', () => {
    expect(parts('For the year see the table.')).toEqual([['commentary', 'For the year see the table.']]);
    expect(parts('The figures vary: see the table.')).toEqual([['commentary', 'The figures vary: see the table.']]);
  });
});

describe('a report titled by its genre word in an official series', () => {
  it('takes the genre word for the title and the series for the container, not for a name', () => {
    expect(parseFullCitation('Report, Appendix to the Minutes of the Harbour Council (1850), 91')).toMatchObject({
      item: {
        type: 'report',
        title: 'Report',
        'container-title': 'Appendix to the Minutes of the Harbour Council',
        issued: { 'date-parts': [[1850]] },
      },
      locator: '91',
    });
  });

  it('leaves a report with its author and title to the usual reading', () => {
    expect(parseFullCitation('Ann Lee, *Report on the Quay* (Hull, 1850), 9').item).toMatchObject({
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Report on the Quay',
    });
  });
});

describe('session laws after another work', () => {
  it('cut after a full stop or the author’s `compared to`', () => {
    expect(parts('Shore Council Journal (1870), 14–15. 1864 Shore Laws 120.')).toEqual([
      ['full', 'Shore Council Journal (1870), 14–15.'],
      ['full', '1864 Shore Laws 120.'],
    ]);
    expect(parts('Final Report (Hull, 1850), §§ 71–74, compared to 1851 Shore Laws 260, §§ 12–15.')).toEqual([
      ['full', 'Final Report (Hull, 1850), §§ 71–74'],
      ['full', '1851 Shore Laws 260, §§ 12–15.'],
    ]);
  });

  it('leaves a page list or a title that holds a year and `Laws` whole', () => {
    expect(parts('Ann Lee, *The 1851 Shore Laws Revisited* (Hull, 1990), 4.')).toEqual([
      ['full', 'Ann Lee, *The 1851 Shore Laws Revisited* (Hull, 1990), 4.'],
    ]);
  });
});

describe('an Act cited with its volume of statutes after another work', () => {
  it('is cut from the work before it', () => {
    expect(
      parts(
        'Shore Council Journal (1870), 14–15. Act of Assembly (1864) Forming Shore County, 31 Shore Statutes at Large 88–91 (1866).',
      ),
    ).toEqual([
      ['full', 'Shore Council Journal (1870), 14–15.'],
      ['full', 'Act of Assembly (1864) Forming Shore County, 31 Shore Statutes at Large 88–91 (1866).'],
    ]);
  });

  it('reads it as legislation in its statutes, dated by the Act’s year', () => {
    expect(
      parseFullCitation('Act of Assembly (1864) Forming Shore County, 31 Shore Statutes at Large 88–91 (1866).'),
    ).toMatchObject({
      item: {
        type: 'legislation',
        title: 'Act of Assembly (1864) Forming Shore County',
        'container-title': 'Shore Statutes at Large',
        issued: { 'date-parts': [[1864]] },
      },
      locator: '88–91',
    });
  });

  it('leaves an Act the author only mentions', () => {
    expect(parts('The board met often. The Act of 1844 changed that.')).toEqual([
      ['commentary', 'The board met often. The Act of 1844 changed that.'],
    ]);
  });
});

describe('a citation, then what the author cites it for', () => {
  it('cuts the clause after the place cited, with `passim` or without', () => {
    expect(
      parts(
        'Ann Lee, *Salt Roads: A Coastal History*. Hull: Quay Press, 2004, 6-8, 31-33 and 140-152 *passim* for the tolls paid at the bridges. On the ferries, see Bo Chen, *Rivers* (Hull: Quay Press, 2001), 4.',
      ),
    ).toEqual([
      ['full', 'Ann Lee, *Salt Roads: A Coastal History*. Hull: Quay Press, 2004, 6-8, 31-33 and 140-152 *passim*'],
      ['commentary', 'for the tolls paid at the bridges.'],
      ['full', 'Bo Chen, *Rivers* (Hull: Quay Press, 2001), 4.'],
    ]);
    expect(parts('Lee, *Salt Roads*, 12 for Quay Street and its gates.')).toEqual([
      ['short', 'Lee, *Salt Roads*, 12'],
      ['commentary', 'for Quay Street and its gates.'],
    ]);
  });

  it('leaves the author’s sentence that only holds numbers and `for`', () => {
    expect(parts('The toll was paid for 1850, 12 for the bridge.')).toEqual([
      ['commentary', 'The toll was paid for 1850, 12 for the bridge.'],
    ]);
  });
});

describe('a quotation of a source, then `in` and the source', () => {
  it('keeps the quoted words as the author’s and cites the work after `in`', () => {
    expect(parts('"the road by the harbour and then on to the bridge" in Lee, Salt Roads (1850), 84.')).toEqual([
      ['commentary', '"the road by the harbour and then on to the bridge"'],
      ['full', 'Lee, Salt Roads (1850), 84.'],
    ]);
    expect(parts('“il porto chiuso per la gran parte dell’anno” in Lee and Chen, *Tides*, 4.')).toEqual([
      ['commentary', '“il porto chiuso per la gran parte dell’anno”'],
      ['short', 'Lee and Chen, *Tides*, 4.'],
    ]);
  });

  it('leaves a chapter’s title before `in` to its citation', () => {
    expect(parts('Ann Lee, “Tides,” in Bo Chen, *Rivers* (Hull: Quay Press, 2001), 4.')).toEqual([
      ['full', 'Ann Lee, “Tides,” in Bo Chen, *Rivers* (Hull: Quay Press, 2001), 4.'],
    ]);
  });
});

describe('two short forms giving their editions’ years, joined by `&`', () => {
  it('cuts them apart', () => {
    expect(parts('Lee, Salt Roads (1850), 84 & Lee, Salt Roads (1862), 90.')).toEqual([
      ['full', 'Lee, Salt Roads (1850), 84'],
      ['full', 'Lee, Salt Roads (1862), 90.'],
    ]);
  });

  it('keeps names joined by `&` together', () => {
    expect(parts('Lee & Chen, Salt Roads (1850), 84.')).toEqual([['full', 'Lee & Chen, Salt Roads (1850), 84.']]);
  });
});

describe('an editor’s initials after `in`', () => {
  it('end no sentence before the rest of the name', () => {
    expect(
      parts(
        'Ann Lee, entry for 4 May 1791, in B. K. Chen, ed., *Diary of the Quay*. Vol. 2: *Letters* (Hull, 1958), 37.',
      ),
    ).toEqual([
      [
        'full',
        'Ann Lee, entry for 4 May 1791, in B. K. Chen, ed., *Diary of the Quay*. Vol. 2: *Letters* (Hull, 1958), 37.',
      ],
    ]);
  });
});

describe('more issues of a periodical after a semicolon', () => {
  it('extend the citation before them and cite nothing of their own', () => {
    expect(
      parts(
        'Ann Lee, "Tides," *Shore Review* 8, no. 2 (1995); 10, no. 1 (1997); 11, no. 3 (1998); Bo Chen, *Rivers* (Hull, 2001).',
      ),
    ).toEqual([
      ['full', 'Ann Lee, "Tides," *Shore Review* 8, no. 2 (1995)'],
      ['commentary', '10, no. 1 (1997)'],
      ['commentary', '11, no. 3 (1998)'],
      ['full', 'Bo Chen, *Rivers* (Hull, 2001).'],
    ]);
  });
});

describe('a second article of the same authors joined by `and`, its title first', () => {
  it('is a work of its own', () => {
    expect(
      parts(
        'Ann Lee and Bo Chen, "Tides of the Quay: Part 1," *Shore Review* 7, no. 2 (1994): 12-31, and "Part 2," *Shore Review* 7, no. 3 (1994): 140-58.',
      ),
    ).toEqual([
      ['full', 'Ann Lee and Bo Chen, "Tides of the Quay: Part 1," *Shore Review* 7, no. 2 (1994): 12-31'],
      ['full', '"Part 2," *Shore Review* 7, no. 3 (1994): 140-58.'],
    ]);
  });
});

describe('a short form whose title closes a sentence inside its quotes, then a lead-in', () => {
  it('keeps the short form before the lead-in sentence', () => {
    expect(
      parts('Lee, "Salt Roads." For the quays, see Eze, Ola K. *Rivers of Salt*. Hull: Quay Press, 2004.'),
    ).toEqual([
      ['short', 'Lee, "Salt Roads."'],
      ['full', 'Eze, Ola K. *Rivers of Salt*. Hull: Quay Press, 2004.'],
    ]);
  });
});

describe('a statute cited by its regnal year and chapter, then another work', () => {
  it('is a citation of its own', () => {
    expect(
      parts(
        '12 George II, c.7. Ann Lee, “Forged Notes,” *Shore Review* 31 (2006): 117–39; and Bo Chen, *Rivers* (Hull, 2006), 99.',
      ),
    ).toEqual([
      ['full', '12 George II, c.7'],
      ['full', 'Ann Lee, “Forged Notes,” *Shore Review* 31 (2006): 117–39'],
      ['full', 'Bo Chen, *Rivers* (Hull, 2006), 99.'],
    ]);
  });
});

describe('a short form citing a table of the work, after the author’s sentences', () => {
  it('is cut from the sentences before it', () => {
    expect(
      parts(
        'Lee gives yearly returns of the salt duty, by port and by quarter, which show that the harbour board led. Lee, “Forged Notes,” Table 1.',
      ),
    ).toEqual([
      [
        'commentary',
        'Lee gives yearly returns of the salt duty, by port and by quarter, which show that the harbour board led.',
      ],
      ['short', 'Lee, “Forged Notes,” Table 1.'],
    ]);
  });
});

describe('a sentence closed by a full stop inside a title’s italics', () => {
  it('ends there, before the author’s sentence giving a second work', () => {
    expect(
      parts(
        'Ann Lee, "Salt Roads," *Journal of Shore History.* A longer draft of the essay is kept on *Shore Notes*, https://shorenotes.example.org/.',
      ),
    ).toEqual([
      ['full', 'Ann Lee, "Salt Roads," *Journal of Shore History.*'],
      ['commentary', 'A longer draft of the essay is kept on'],
      ['full', '*Shore Notes*, https://shorenotes.example.org/.'],
    ]);
  });
});

describe('a series of reports or debates cited by volume, name and page', () => {
  it('is a full citation, also after the author’s sentence', () => {
    expect(parts('27 Shore Parliamentary Debates 412.')).toEqual([['full', '27 Shore Parliamentary Debates 412.']]);
    expect(
      parts(
        'The board had a code of harbour dues drawn up in 1855, but the council never passed it. 14 Shore Reports (Dale) ix (1879); *Shore State Times*, March 9, 1856.',
      ),
    ).toEqual([
      ['commentary', 'The board had a code of harbour dues drawn up in 1855, but the council never passed it.'],
      ['full', '14 Shore Reports (Dale) ix (1879)'],
      ['full', '*Shore State Times*, March 9, 1856.'],
    ]);
  });

  it('leaves the author’s numbers in a sentence', () => {
    expect(parts('The ledger lists 12 ships in the port that year. 40 of them sailed in May 1850.')).toEqual([
      ['commentary', 'The ledger lists 12 ships in the port that year. 40 of them sailed in May 1850.'],
    ]);
  });
});

describe('a note that opens by thanking someone', () => {
  it('is the author’s words up to the sentence’s end, its clauses and an address included', () => {
    expect(parts('Thanks to Ann Lee for her thoughts on the ledgers; e-mail to the author, 9 March 2012.')).toEqual([
      ['commentary', 'Thanks to Ann Lee for her thoughts on the ledgers; e-mail to the author, 9 March 2012.'],
    ]);
    expect(parts('I am grateful to Bo Chen at Quaylab, https://quaylab.example.org/, for drawing the maps.')).toEqual([
      ['commentary', 'I am grateful to Bo Chen at Quaylab, https://quaylab.example.org/, for drawing the maps.'],
    ]);
  });

  it('leaves the citations after it', () => {
    expect(
      parts('Thanks to Ann Lee and the readers of *SR*. Bo Chen, "Tides," *Shore Review* 9, no. 4 (1996): 77.'),
    ).toEqual([
      ['commentary', 'Thanks to Ann Lee and the readers of *SR*.'],
      ['full', 'Bo Chen, "Tides," *Shore Review* 9, no. 4 (1996): 77.'],
    ]);
  });
});

describe('a quoted title and the italic title of what holds it, with no date', () => {
  it('is a full citation, not a short form: a short form never names the container', () => {
    expect(parts('See Lee et al., “About the Harbour Ledgers,” *Quay Archive Online*.')).toEqual([
      ['full', 'Lee et al., “About the Harbour Ledgers,” *Quay Archive Online*.'],
    ]);
    expect(parts('Ann Lee and Bo Chen, "Tide Tables," *Shore Review*, 14.')).toEqual([
      ['full', 'Ann Lee and Bo Chen, "Tide Tables," *Shore Review*, 14.'],
    ]);
  });

  it('leaves a short form with its quoted or italic title and page', () => {
    expect(parts('Lee, “About the Harbour Ledgers,” 14.')).toEqual([
      ['short', 'Lee, “About the Harbour Ledgers,” 14.'],
    ]);
    expect(parts('Lee and Chen, *Tide Tables*, 9.')).toEqual([['short', 'Lee and Chen, *Tide Tables*, 9.']]);
  });
});

describe('the author’s sentence naming a work whose imprint holds an initial', () => {
  it('ends no sentence at a stop inside the imprint’s brackets', () => {
    expect(
      parts('The printer also made a Dutch version of it, Bo Chen, *Tides of the North* (Leiden: A. Dekker, 1662).'),
    ).toEqual([
      ['commentary', 'The printer also made a Dutch version of it,'],
      ['full', 'Bo Chen, *Tides of the North* (Leiden: A. Dekker, 1662).'],
    ]);
  });
});

describe('a part of an edited book with no year outside its titles', () => {
  it('reads `‘Title’, in A & B (eds.), *Book*, Place: Press, pp.` as a full citation', () => {
    expect(
      parts(
        "Orla Pennick & Bo Chen, 'Open tides: community approaches to quays', in Kay Brown & Ann Day (eds.), *Proceedings of the 2012 Quay Biennale*, Hull: Fell Press, pp. 1-10.",
      ).map(([kind]) => kind),
    ).toEqual(['full']);
  });

  it('reads a book’s imprint closed by `forthcoming` outside brackets as a full citation', () => {
    expect(
      parts("Ann Day, 'Tides and Tolls', in *Harbour Lives: On the Quay.* Hull: Fell press, forthcoming.").map(
        ([kind]) => kind,
      ),
    ).toEqual(['full']);
  });
});

describe('where a work is read, after its place cited', () => {
  const U0 = '\uE002';
  const U1 = '\uE003';
  const copy = `online copy kept at the Harbour Centre, Hull University: ${U0}http://salt.example.org/roads/${U1}.`;

  it('keeps the words and the address that end its sentence with the citation', () => {
    const found = parts(`See also Ann Lee, *Salt Roads* (Hull: Quay Press, 2005), ch. 6, ${copy}`);
    expect(found.map(([kind]) => kind)).toEqual(['full']);
    const item = parseFullCitation(
      classifyNote(marked(`Ann Lee, *Salt Roads* (Hull: Quay Press, 2005), ch. 6, ${copy}`))[0].text,
    ).item;
    expect(item.URL).toBe('http://salt.example.org/roads/');
  });

  it('still cuts off a remark with no address, or one going on past its address', () => {
    expect(
      parts('Ann Lee, *Salt Roads* (Hull: Quay Press, 2005), 6, which first mapped the tolls.').map(([kind]) => kind),
    ).toEqual(['full', 'commentary']);
  });
});

describe('Ibid. after the author’s sentence that ends inside a quotation', () => {
  it('cuts the sentence from the Ibid. and its page, the quotation mark the sentence’s', () => {
    expect(parts('Lee notes that the ‘method was rather crude.’ Ibid., 296.')).toEqual([
      ['commentary', 'Lee notes that the ‘method was rather crude.’'],
      ['ibid', 'Ibid., 296.'],
    ]);
    expect(parts('The quay was “slow in the water.” Ibid.')).toEqual([
      ['commentary', 'The quay was “slow in the water.”'],
      ['ibid', 'Ibid.'],
    ]);
  });
});

describe('Ibid. in brackets inside the author’s sentence (classify/bracketed-ibid.ts)', () => {
  it('is a citation of its own, the words around it the author’s', () => {
    expect(
      parts(
        'Ann Lee, “Tides,” in *Seas* (Hull: Quay, 2008), 34. Lee holds that a quay is read before it is built (ibid., 31).',
      ),
    ).toEqual([
      ['full', 'Ann Lee, “Tides,” in *Seas* (Hull: Quay, 2008), 34.'],
      ['commentary', 'Lee holds that a quay is read before it is built'],
      ['ibid', 'ibid., 31'],
    ]);
    // A bracket that only mentions the word is the author's.
    expect(parts('Lee holds that a quay is read (see the Ibid. entry).')).toEqual([
      ['commentary', 'Lee holds that a quay is read (see the Ibid. entry).'],
    ]);
  });
});

describe('a journal volume dated by an academic year', () => {
  it('is a full citation, its year the first', () => {
    for (const year of ['1997/98', '1997–98', '1997-1998']) {
      const text = `Ann Lee, “Tides and Quays,” *Kaie Review* 12 (${year}): 45–67, 50.`;
      expect(parts(text)).toEqual([['full', text]]);
      expect(parseFullCitation(marked(text)).item).toMatchObject({
        type: 'article-journal',
        title: 'Tides and Quays',
        'container-title': 'Kaie Review',
        volume: '12',
        issued: { 'date-parts': [[1997]] },
      });
    }
  });
});
