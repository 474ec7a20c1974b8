/**
 * How a note is split into citations (src/cite/classify.ts): each rule with a made-up note of its own —
 * a book whose italics were lost with a title in another language, two works joined by `and`, the
 * author's sentence that ends in a citation with no signal, a sentence giving a work with its address,
 * two full citations parted by a full stop where the second is an edited book.
 */
import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { classifyNote } from '../src/cite/classify.js';
import { noteText } from '../src/cite/note-text.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';

const em = (text: string) => `${E0}${text}${E1}`;
const url = (text: string) => `${U0}${text}${U1}`;
const parts = (text: string) => classifyNote(text).map(({ kind, text }) => [kind, text]);

describe('splitting a note into citations', () => {
  it('reads a book whose italics were lost, its title in another language, as a citation, not prose', () => {
    expect(
      parts(
        'Ana Rocha, Caminhos da costa e dos portos de uma ilha (Lisboa: Casa do Sal, 1712); Bo Chen, Sul mare e per le terre di una volta (Genova: 1993).',
      ),
    ).toEqual([
      ['full', 'Ana Rocha, Caminhos da costa e dos portos de uma ilha (Lisboa: Casa do Sal, 1712)'],
      ['full', 'Bo Chen, Sul mare e per le terre di una volta (Genova: 1993).'],
    ]);
  });

  it('splits two works joined by `and` after a page or a title, not a page list or a title holding `and`', () => {
    expect(parts(`Lee, ${em('Salt Roads')}, 12-3 and Chen and Eze, ${em('Rivers and Ports')}, 40, 52.`)).toEqual([
      ['short', `Lee, ${em('Salt Roads')}, 12-3`],
      ['short', `Chen and Eze, ${em('Rivers and Ports')}, 40, 52.`],
    ]);
    expect(
      parts(
        `Ann Lee, “Tides and Time: A Reply to Bo Chen,” and Bo Chen, “A Reply,” ${em('Shore Review')} 5 (1996): 9-18.`,
      ),
    ).toEqual([
      ['full', 'Ann Lee, “Tides and Time: A Reply to Bo Chen,”'],
      ['full', `Bo Chen, “A Reply,” ${em('Shore Review')} 5 (1996): 9-18.`],
    ]);
    expect(parts(`Lee, ${em('Salt Roads')}, 4 and 9.`)).toEqual([['short', `Lee, ${em('Salt Roads')}, 4 and 9.`]]);
  });

  it('splits the author’s sentence from the citation it ends in, with no signal word', () => {
    expect(
      parts(`The same pattern of tolls can be traced in Lee, ${em('Salt Roads')}, 66-7 and Chen, “Rivers,” 4.`),
    ).toEqual([
      ['commentary', 'The same pattern of tolls can be traced'],
      ['short', `Lee, ${em('Salt Roads')}, 66-7`],
      ['short', 'Chen, “Rivers,” 4.'],
    ]);
    expect(parts('A longer account of the harbour dues is given by Lee, “Tides.”')).toEqual([
      ['commentary', 'A longer account of the harbour dues is given'],
      ['short', 'Lee, “Tides.”'],
    ]);
  });

  it('takes a sentence giving a work with its address for commentary and the work, after a full citation too', () => {
    expect(
      parts(
        `Ann Lee, “Tides,” ${em('Shore Studies')} 4, 2 (2011), 3. A revised version of this essay is hosted on ${em('Shore Notes')}, ${url('https://x.org/notes')}.`,
      ),
    ).toEqual([
      ['full', `Ann Lee, “Tides,” ${em('Shore Studies')} 4, 2 (2011), 3.`],
      ['commentary', 'A revised version of this essay is hosted on'],
      ['full', `${em('Shore Notes')}, ${url('https://x.org/notes')}.`],
    ]);
    expect(
      parts(
        'The tide tables used here can be downloaded from https://x.org/tables. The method is set out in Lee, “Tides.”',
      ),
    ).toEqual([
      ['commentary', 'The tide tables used here can be downloaded from'],
      ['full', 'https://x.org/tables.'],
      ['commentary', 'The method is set out'],
      ['short', 'Lee, “Tides.”'],
    ]);
  });

  it('splits two full citations parted by a full stop when the second is an edited book', () => {
    expect(
      parts(
        `Ann Lee, ‘Tides’, ${em('Shore Studies')}, 113 (2007): 1-40. Bo Chen and Dara Eze (eds.), ${em('Ports')}, Hull: Quay Press, 2015.`,
      ),
    ).toEqual([
      ['full', `Ann Lee, ‘Tides’, ${em('Shore Studies')}, 113 (2007): 1-40.`],
      ['full', `Bo Chen and Dara Eze (eds.), ${em('Ports')}, Hull: Quay Press, 2015.`],
    ]);
  });

  it('splits at `;` after a straight quote that was never closed, but not inside a closed one', () => {
    expect(
      parts(
        `Ann Lee, "Salt Roads, website, Shore Lab, ${url('https://x.org/salt')}; Bo Chen, "Tides; Rivers," ${em('Shore')}, 2001.`,
      ),
    ).toEqual([
      ['full', `Ann Lee, "Salt Roads, website, Shore Lab, ${url('https://x.org/salt')}`],
      ['full', `Bo Chen, "Tides; Rivers," ${em('Shore')}, 2001.`],
    ]);
  });

  it('takes a quotation of the sources for commentary, alone or before the citation it comes from', () => {
    expect(
      parts(
        `"The harbour was closed for most of the year"; "The road is long from the quay to the market, as far as to the sea." Ann Lee, ${em('Salt Roads')} (Hull, 1953), 227.`,
      ),
    ).toEqual([
      ['commentary', '"The harbour was closed for most of the year"'],
      ['commentary', '"The road is long from the quay to the market, as far as to the sea."'],
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull, 1953), 227.`],
    ]);
    expect(parts('"Morning Lamp"; "Tides of the North," 84.').map(([kind]) => kind)).toEqual(['short', 'short']);
  });

  it('reads `Quoted in` opening the sentence after a full citation as the source of the quotation', () => {
    expect(parts(`${em('The Trial of Ann Lee')} (Hull: Bo Chen, 1754), 19–20. Quoted in Eze, section 3.2.`)).toEqual([
      ['full', `${em('The Trial of Ann Lee')} (Hull: Bo Chen, 1754), 19–20.`],
      ['short', 'Eze, section 3.2.'],
    ]);
  });

  it('splits the author’s sentences, titles quoted in them, from a full citation that gives an address', () => {
    expect(
      parts(
        `Other ways of dating tides include "Tide Indexing," "Moon Analysis," and "Surges" in ports. Ann Lee, Bo Chen, and Dara Eze, "Tide Indexing," in ${em('Shore Papers')} (Hull: Quay Press, 2015), 55, https://x.org/tides.`,
      ),
    ).toEqual([
      ['commentary', 'Other ways of dating tides include "Tide Indexing," "Moon Analysis," and "Surges" in ports.'],
      [
        'full',
        `Ann Lee, Bo Chen, and Dara Eze, "Tide Indexing," in ${em('Shore Papers')} (Hull: Quay Press, 2015), 55, https://x.org/tides.`,
      ],
    ]);
  });

  it('splits at `and` after a page range with the cited page in brackets', () => {
    expect(
      parts(
        `Ann Lee, “Tides”, in ${em('Ports')}, ed. Bo Chen (Hull: Fell, 2006), 309-34 (332) and Dara Eze, ${em('Rivers')} (Hull: Fell, 1989).`,
      ),
    ).toEqual([
      ['full', `Ann Lee, “Tides”, in ${em('Ports')}, ed. Bo Chen (Hull: Fell, 2006), 309-34 (332)`],
      ['full', `Dara Eze, ${em('Rivers')} (Hull: Fell, 1989).`],
    ]);
  });

  it('reads a note sentence by sentence when a citation stands between the author’s sentences', () => {
    expect(
      parts(
        'Ann Lee notes the harbour notice but does not describe its effect. Lee, Salt Roads, 186. The notice is printed on the front page of every issue from May 7, 1748 to April 25, 1750.',
      ),
    ).toEqual([
      ['commentary', 'Ann Lee notes the harbour notice but does not describe its effect.'],
      ['short', 'Lee, Salt Roads, 186.'],
      ['commentary', 'The notice is printed on the front page of every issue from May 7, 1748 to April 25, 1750.'],
    ]);
    expect(
      parts(
        'Lee et al. give the following account: "the quay is closed for the winter months of the year." Lee et al., Ports in the North, 21.',
      ),
    ).toEqual([
      ['commentary', 'Lee et al. give the following account: "the quay is closed for the winter months of the year."'],
      ['short', 'Lee et al., Ports in the North, 21.'],
    ]);
  });

  it('keeps a citation whole when its title lost its opening quote (`…killed.” *Lamp*. …`)', () => {
    expect(
      parts(
        `Ann Lee says about forty sailors were lost off the coast.” ${em('Lamp')}. April 14, 2021. https://x.org/lost`,
      ),
    ).toEqual([
      [
        'full',
        `Ann Lee says about forty sailors were lost off the coast.” ${em('Lamp')}. April 14, 2021. https://x.org/lost`,
      ],
    ]);
  });

  it('splits a short form from the author’s remark after its page, and `See also` after a citation', () => {
    expect(parts(`Lee, ${em('Salt Roads')}, 190––repeating, without change, her view of the tolls.`)).toEqual([
      ['short', `Lee, ${em('Salt Roads')}, 190`],
      ['commentary', 'repeating, without change, her view of the tolls.'],
    ]);
    expect(
      parts(`Lee, ${em('Salt Roads')}, passim. See the tables in Chen for the figures of every year since the war.`),
    ).toEqual([
      ['short', `Lee, ${em('Salt Roads')}, passim.`],
      ['commentary', 'See the tables in Chen for the figures of every year since the war.'],
    ]);
    expect(parts(`${em('SRO')} (1712), 40. See also Chen, ${em('Rivers')}, 9.`)).toEqual([
      ['full', `${em('SRO')} (1712), 40.`],
      ['short', `Chen, ${em('Rivers')}, 9.`],
    ]);
  });

  it('reads names in note order, a title, then a container with its volume or pages as a full citation, not a short form', () => {
    expect(parts('Ann Lee, “Tides,” Shore Quarterly 53: 1119–55.')).toEqual([
      ['full', 'Ann Lee, “Tides,” Shore Quarterly 53: 1119–55.'],
    ]);
    expect(parts('Ann Lee, “Tides,” Journal of Shores, 1–41.')).toEqual([
      ['full', 'Ann Lee, “Tides,” Journal of Shores, 1–41.'],
    ]);
    expect(parts('Lee, “Tides,” 23.')).toEqual([['short', 'Lee, “Tides,” 23.']]);
    expect(parts('Ann Lee, “Tides,” 23.')).toEqual([['short', 'Ann Lee, “Tides,” 23.']]);
  });

  it('reads an archival item with its repository and shelfmark as a full citation', () => {
    expect(parts('Ames’s letter to Chen, Quay College Library MS 412, fol. 9v.')).toEqual([
      ['full', 'Ames’s letter to Chen, Quay College Library MS 412, fol. 9v.'],
    ]);
  });

  it('splits the author’s sentence from a full citation it introduces after a colon, not at a colon in a title', () => {
    expect(
      parts(
        `Work on the ports grew in those years, as the project shows: Ann Lee III, ${em('Salt Roads')} (Hull: Quay Press, 2004), 3.`,
      ),
    ).toEqual([
      ['commentary', 'Work on the ports grew in those years, as the project shows:'],
      ['full', `Ann Lee III, ${em('Salt Roads')} (Hull: Quay Press, 2004), 3.`],
    ]);
    expect(
      parts(`Bo Chen, “Tides: A Reply to the Critics of the Port,” ${em('Shore Review')} 5 (1996): 9–18.`),
    ).toEqual([
      ['full', `Bo Chen, “Tides: A Reply to the Critics of the Port,” ${em('Shore Review')} 5 (1996): 9–18.`],
    ]);
  });

  it('splits a full citation from the author’s remark after its pages', () => {
    expect(
      parts(
        `Ann Lee, “Tides,” in ${em('Shore Studies')} (Hull: Quay Press, 1996), 9–18, was the first to say so, and others followed.`,
      ),
    ).toEqual([
      ['full', `Ann Lee, “Tides,” in ${em('Shore Studies')} (Hull: Quay Press, 1996), 9–18`],
      ['commentary', 'was the first to say so, and others followed.'],
    ]);
  });

  it('splits two books whose italics were lost at the full stop between them', () => {
    expect(parts('Ann Lee, Salt Roads of the North (Hull: 2004). B. Chen, Rivers of the South (York: 1990).')).toEqual([
      ['full', 'Ann Lee, Salt Roads of the North (Hull: 2004).'],
      ['full', 'B. Chen, Rivers of the South (York: 1990).'],
    ]);
  });

  it('takes italics around punctuation alone (`*,*`) for no title, so the citation before them still ends at its page', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse('Text.[^1]\n\n[^1]: Ann Lee, *Salt Roads* (Hull: Quay Press, 2004)*,* 28-50, was the first to say so.\n');
    const definition = tree.children.find((node) => node.type === 'footnoteDefinition');
    if (definition?.type !== 'footnoteDefinition') throw new Error('no footnote parsed');
    expect(parts(noteText(definition).text)).toEqual([
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004), 28-50`],
      ['commentary', 'was the first to say so.'],
    ]);
  });

  it('splits at `See also` after a work cited by its title and page, or before a work cited by its title and date', () => {
    expect(
      parts('Final Report of the Harbour Board, 36–38, art. 10. See also Ann Lee, “Tides,” Shore Review 5 (1996): 9.'),
    ).toEqual([
      ['short', 'Final Report of the Harbour Board, 36–38, art. 10.'],
      ['full', 'Ann Lee, “Tides,” Shore Review 5 (1996): 9.'],
    ]);
    expect(
      parts(
        'Second Report of the Harbour Board (Hull, 1849), 3–4. See also, First Report of the Harbour Board (Hull, 1848), iv.',
      ),
    ).toEqual([
      ['full', 'Second Report of the Harbour Board (Hull, 1849), 3–4.'],
      ['full', 'First Report of the Harbour Board (Hull, 1848), iv.'],
    ]);
  });

  it('splits at a full stop after a short form or a yearless citation when the next sentence is a work of its own', () => {
    expect(
      parts(
        'The ports of the north were busy in those years, as the ledgers show. Lee et al., “Tides”, 42. Bo Chen, Rivers of the South in Crisis (York: 1979).',
      ),
    ).toEqual([
      ['commentary', 'The ports of the north were busy in those years, as the ledgers show.'],
      ['short', 'Lee et al., “Tides”, 42.'],
      ['full', 'Bo Chen, Rivers of the South in Crisis (York: 1979).'],
    ]);
    expect(
      parts(
        `Ann Lee, “Tides.” This note also owes much to the guide by Bo Chen, “Rivers,” ${em('Shore Notes')} 7 (2018), at ${url('https://example.org/rivers')}.`,
      ),
    ).toEqual([
      ['full', 'Ann Lee, “Tides.”'],
      ['commentary', 'This note also owes much to the guide by'],
      ['full', `Bo Chen, “Rivers,” ${em('Shore Notes')} 7 (2018), at ${url('https://example.org/rivers')}.`],
    ]);
  });

  it('does not split at a full stop inside a quoted title', () => {
    expect(
      parts(`Ann Lee and Bo Chen, “The Ports of the U.S. Coast,” ${em('Shore Review')} 12, 1 (2018): 13-64.`),
    ).toEqual([
      ['full', `Ann Lee and Bo Chen, “The Ports of the U.S. Coast,” ${em('Shore Review')} 12, 1 (2018): 13-64.`],
    ]);
  });

  it('cuts a full citation out of the author’s sentence that includes it and goes on after its imprint', () => {
    expect(
      parts(
        `Studies of the port include Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004), but the ledgers are missing from most.`,
      ),
    ).toEqual([
      ['commentary', 'Studies of the port'],
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004)`],
      ['commentary', 'but the ledgers are missing from most.'],
    ]);
  });

  it('cuts a dated full citation from the author’s sentence after it, and reads a work named as that sentence ends', () => {
    expect(
      parts(
        `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004). The fullest account of the ferries has been Bo Chen, ${em('Rivers of the North')} (Leeds: Fell Books, 1998).`,
      ),
    ).toEqual([
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004).`],
      ['commentary', 'The fullest account of the ferries has been'],
      ['full', `Bo Chen, ${em('Rivers of the North')} (Leeds: Fell Books, 1998).`],
    ]);
    // The sentence's subject is the author: the sentence stays whole, and the parser reads the names.
    expect(
      parts(
        `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004). Bo Chen takes a like view in “Ferries and Fords,” ${em('Shore Review')} 9, no. 2 (2010): 40-61.`,
      ),
    ).toEqual([
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004).`],
      ['full', `Bo Chen takes a like view in “Ferries and Fords,” ${em('Shore Review')} 9, no. 2 (2010): 40-61.`],
    ]);
    expect(
      parts(`Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004). The book was reprinted twice with few changes.`),
    ).toEqual([
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004).`],
      ['commentary', 'The book was reprinted twice with few changes.'],
    ]);
  });

  it('splits a dated full citation from the short form after its full stop', () => {
    expect(parts(`Ann Lee, Salt Roads of the North (Hull: Quay Press, 1712). Chen, “Ferries,” 88.`)).toEqual([
      ['full', 'Ann Lee, Salt Roads of the North (Hull: Quay Press, 1712).'],
      ['short', 'Chen, “Ferries,” 88.'],
    ]);
  });

  it('splits at `See` after a citation closing on its place, and before a full citation whatever precedes', () => {
    expect(parts(`QL MS 41, fol 9r-10v. See Ann Lee’s letters to Chen, ${em('Shore Letters')}, 30-2`)).toEqual([
      ['short', 'QL MS 41, fol 9r-10v.'],
      ['short', `Ann Lee’s letters to Chen, ${em('Shore Letters')}, 30-2`],
    ]);
    expect(
      parts(
        'Ann Lee and Bo Chen, The Long Shore (Hull1999). See also Dara Eze, “Tides,” Shore Notes (blog), May 2, 2011.',
      ),
    ).toEqual([
      // The imprint's place and year typed together (`(Hull1999)`) still make a full citation (parse-full.ts).
      ['full', 'Ann Lee and Bo Chen, The Long Shore (Hull1999).'],
      ['full', 'Dara Eze, “Tides,” Shore Notes (blog), May 2, 2011.'],
    ]);
  });

  it('reads an archival item by its shelfmark and place: after a description, before a remark, after `and`', () => {
    expect(
      parts(
        'Lee’s letter to Chen, Quay College Library (hereafter QCL) MS 41, fol. 9r. Where a letter survives in two copies, the earlier is cited.',
      ),
    ).toEqual([
      ['full', 'Lee’s letter to Chen, Quay College Library (hereafter QCL) MS 41, fol. 9r.'],
      ['commentary', 'Where a letter survives in two copies, the earlier is cited.'],
    ]);
    expect(
      parts(
        `${em('Letters of the Shore')}, ed. Bo Chen (Hull: Quay Press, 1702), 12-14 (hereafter ${em('LS')}), and QCL MS 41, fol. 12v.`,
      ),
    ).toEqual([
      ['full', `${em('Letters of the Shore')}, ed. Bo Chen (Hull: Quay Press, 1702), 12-14 (hereafter ${em('LS')})`],
      ['short', 'QCL MS 41, fol. 12v.'],
    ]);
  });

  it('takes sentences with no comma, title or address for commentary even when they give a date', () => {
    expect(parts('Ann fell ill soon after. By 4 May 1703 her brother had sold the mill to the town.')).toEqual([
      ['commentary', 'Ann fell ill soon after. By 4 May 1703 her brother had sold the mill to the town.'],
    ]);
  });

  it('does not end a sentence at a citation’s abbreviation (`ed.`) or inside an italic case name', () => {
    expect(
      parts(
        'Ann Lee and Bo Chen, "Tides of the North," in *Shores of the World*, ed. Dara Eze, Femi Ola, and Gil Ray (Hull: Quay Press, 2015), 28--39.'.replace(
          /\*([^*]+)\*/g,
          (_, title) => em(title),
        ),
      ),
    ).toEqual([
      [
        'full',
        `Ann Lee and Bo Chen, "Tides of the North," in ${em('Shores of the World')}, ed. Dara Eze, Femi Ola, and Gil Ray (Hull: Quay Press, 2015), 28--39.`,
      ],
    ]);
    expect(
      parts(
        `The tolls were long thought to be lawful. The doctrine emerged from ${em('Lee Salt Co. v. Chen')}, 156 U.S. 85, 90 (1902). See Ann Lee, “Tolls,” ${em('Shore Review')} 3 (1990), 12.`,
      ),
    ).toEqual([
      ['commentary', 'The tolls were long thought to be lawful. The doctrine emerged'],
      ['full', `${em('Lee Salt Co. v. Chen')}, 156 U.S. 85, 90 (1902).`],
      ['full', `Ann Lee, “Tolls,” ${em('Shore Review')} 3 (1990), 12.`],
    ]);
  });

  it('reads a book whose italics were lost after a lead-in word, and names joined by `&` as names', () => {
    expect(
      parts(
        'The tolls were first set down in writing by the town clerks in 1540. See the charter of 2 May 1540 in Ann Lee, Urkunden des Hafens 1400-1600 (Hull: 1977), 16.',
      ),
    ).toEqual([
      [
        'commentary',
        'The tolls were first set down in writing by the town clerks in 1540. See the charter of 2 May 1540',
      ],
      ['full', 'Ann Lee, Urkunden des Hafens 1400-1600 (Hull: 1977), 16.'],
    ]);
    expect(
      parts(
        `Most of the ports along this coast were small and poor until the railway came. Ann Lee & Bo Chen, “Tides,” ${em('Shore Review')} 5 (1996), 9. Even so, the trade grew, and the towns with it, for a century.`,
      ),
    ).toEqual([
      ['commentary', 'Most of the ports along this coast were small and poor until the railway came.'],
      ['full', `Ann Lee & Bo Chen, “Tides,” ${em('Shore Review')} 5 (1996), 9.`],
      ['commentary', 'Even so, the trade grew, and the towns with it, for a century.'],
    ]);
  });

  it('takes a chapter with its book for a full citation, even without a date', () => {
    expect(parts(`The same count is made in Dara Eze and Femi Ola, “Salt,” in Lee, ${em('Salt Roads')}, 22.`)).toEqual([
      ['commentary', 'The same count is made'],
      ['full', `Dara Eze and Femi Ola, “Salt,” in Lee, ${em('Salt Roads')}, 22.`],
    ]);
    expect(parts(`Eze, “Salt and Sea,” in ${em('Shores of the World')}, eds. Lee, Ann and Bo Chen.`)).toEqual([
      ['full', `Eze, “Salt and Sea,” in ${em('Shores of the World')}, eds. Lee, Ann and Bo Chen.`],
    ]);
  });

  it('takes a title and a page in roman numerals for a short form, not a remark', () => {
    expect(parts('Second Report of the Harbour Board, xii. For the tolls, see Lee, “Tides,” 4.')).toEqual([
      ['short', 'Second Report of the Harbour Board, xii.'],
      ['short', 'Lee, “Tides,” 4.'],
    ]);
  });

  it('cuts before `especially` and a work singled out from the one before', () => {
    expect(
      parts(
        `See “Salt and Sea,” ${em('Shore Studies')} 9, no. 2 (1998), especially Bo Chen, “Tides,” ${em('ibid')}, 20.`,
      ),
    ).toEqual([
      ['full', `“Salt and Sea,” ${em('Shore Studies')} 9, no. 2 (1998)`],
      ['full', `Bo Chen, “Tides,” ${em('ibid')}, 20.`],
    ]);
  });

  it('cuts a dated full citation from a following sentence that opens with one capitalised word', () => {
    expect(
      parts(
        `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004), 4-9. Nevertheless, most studies of the ports have come from geographers, including Bo Chen, ${em('Rivers')} (Leeds: Fell Books, 1998).`,
      ),
    ).toEqual([
      ['full', `Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004), 4-9.`],
      ['commentary', 'Nevertheless, most studies of the ports have come from geographers, including'],
      ['full', `Bo Chen, ${em('Rivers')} (Leeds: Fell Books, 1998).`],
    ]);
  });

  it('does not end a sentence at a name’s initial', () => {
    expect(
      parts(
        `Ann Lee, “Salt,” in ${em('Roads of the North')}, ed. Bo Chen (Hull: Quay Press, 2004), 9-14 (12) and Joseph W. Eze, ${em('Rivers')} (Leeds: Fell Books, 1998) say little of the tolls of the northern ports.`,
      ),
    ).toEqual([
      ['full', `Ann Lee, “Salt,” in ${em('Roads of the North')}, ed. Bo Chen (Hull: Quay Press, 2004), 9-14 (12)`],
      // (The clause after the imprint is the author's: cite-prose-anchors.test.ts.)
      ['full', `Joseph W. Eze, ${em('Rivers')} (Leeds: Fell Books, 1998)`],
      ['commentary', 'say little of the tolls of the northern ports.'],
    ]);
  });
});
