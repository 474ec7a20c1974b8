/**
 * The names, title and type of a found citation, one form per test (names.ts, imprint-author.ts,
 * quoted-italic.ts, unmarked-title.ts, details.ts, infer-type.ts): an organisation as a co-author, a second
 * author whose `and` was left out before an unmarked title, a title in both italics and quotes, a role
 * `eds` without its full stop, a blog named in its container or dated `Posted on`. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseNames, parseNoteNames } from '../src/cite/names.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('an organisation among the authors', () => {
  it('keeps `A and Harbour Authority Ireland` a person and a literal name, in note and bibliography order', () => {
    const expected = [{ family: 'Pennick', given: 'Orla' }, { literal: 'Harbour Authority Ireland' }];
    expect(parseNoteNames('Orla Pennick and Harbour Authority Ireland,').names).toEqual(expected);
    expect(parseNames('Orla Pennick and Harbour Authority Ireland').names).toEqual(expected);
    expect(parseNoteNames('Shore Trust and Bo Chen,').names).toEqual([
      { literal: 'Shore Trust' },
      { family: 'Chen', given: 'Bo' },
    ]);
  });

  it('leaves an organisation whose name holds `and` one literal name', () => {
    expect(parseNoteNames('Ministry of Tides and Harbours,').names).toEqual([
      { literal: 'Ministry of Tides and Harbours' },
    ]);
  });

  it('reads a later co-author the imprint names again as an organisation (`in association with …`)', () => {
    expect(
      item(
        'Orla Pennick and Shore Waters, *The Quay Navigation* (Hull: Fell Press in association with Shore Waters, 2008).',
      ).author,
    ).toEqual([{ family: 'Pennick', given: 'Orla' }, { literal: 'Shore Waters' }]);
    // The first author may publish the book: a person still.
    expect(item('Orla Pennick, *Poems* (Hull: Orla Pennick, 2008).').author).toEqual([
      { family: 'Pennick', given: 'Orla' },
    ]);
  });
});

describe('a title without marks after two authors', () => {
  it('takes `A B, C D, Title (Place: Year)` as two authors, the `and` left out, and the title after them', () => {
    expect(item('Orla T. Pennick, Bo Chen, A Glossary of Harbours (Hull: 1881).')).toMatchObject({
      type: 'book',
      author: [
        { family: 'Pennick', given: 'Orla T.' },
        { family: 'Chen', given: 'Bo' },
      ],
      title: 'A Glossary of Harbours',
    });
  });
});

describe('a title in italics and quotes', () => {
  it('drops quotes that enclose the whole italic title, and keeps an apostrophe inside it', () => {
    expect(item("Orla Pennick, *'Salt Roads'*, Hull: Fell Press, 2004.").title).toBe('Salt Roads');
    expect(item('Orla Pennick, *‘Ann’s Quay’* (Hull: Fell Press, 2004).').title).toBe('Ann’s Quay');
    expect(item('Orla Pennick, *“Go Now,” She Said* (Hull: Fell Press, 2004).').title).toBe('“Go Now,” She Said');
  });
});

describe('a chapter’s editors after `eds` without its full stop', () => {
  it('reads the editors and keeps the chapter a chapter, with its address', () => {
    expect(
      item(
        'Orla Pennick, "Tides and Tithes," in *Quay Papers 2016*, eds Bo Chen and Dara Eze (Hull: Fell Press, 2016), <https://quay.example.org/read/section/7>.',
      ),
    ).toMatchObject({
      type: 'chapter',
      'container-title': 'Quay Papers 2016',
      editor: [
        { family: 'Chen', given: 'Bo' },
        { family: 'Eze', given: 'Dara' },
      ],
    });
  });
});

describe('a blog’s post', () => {
  it('is known by a container named a weblog', () => {
    expect(
      item('Orla Pennick, "Tides," *Bo Chen’s Weblog*, May 4, 2015, <https://bochen.example.com/tides>.'),
    ).toMatchObject({
      type: 'post-weblog',
      'container-title': 'Bo Chen’s Weblog',
    });
  });

  it('is known by `Posted on` before its date, which names no container', () => {
    const post = item('Orla Pennick, "Tides," Posted on May 4, 2015, <https://example.com/notes/tides>.');
    expect(post.type).toBe('post-weblog');
    expect(post['container-title']).toBeUndefined();
  });
});

describe('a journal known by how its issue is dated', () => {
  it('reads a bracketed date straight after the name, then its pages, as a journal’s (the pages its extent)', () => {
    expect(item("Orla Pennick, 'Tides of Shore', *Shore Studies* (July, 2014): 1-13.")).toMatchObject({
      type: 'article-journal',
      page: '1-13',
    });
    expect(item("Orla Pennick, 'Tides of Shore', *Shore Humanities*, 2010, pp. 1-3.").type).toBe('article-journal');
  });

  it('leaves a magazine dated after a comma, a newspaper by its day, and a bracketed month with only an address', () => {
    expect(item("Orla Pennick, 'Tides', *Shore Monthly*, May 2015.").type).toBe('article-magazine');
    expect(item("Orla Pennick, 'Tides', *Shore Monthly* (May 2015).").type).toBe('article-magazine');
    expect(item("Orla Pennick, 'Tides', *Shore Herald* (May 4, 2015).").type).toBe('article-newspaper');
    expect(
      item("Orla Pennick, 'Tides', *Shore Perspectives* (May 2009), <https://shore.example.org/2009/05/tides>.").type,
    ).not.toBe('article-journal');
  });

  it('reads a double issue after the volume’s full stop (`27.3-4`)', () => {
    expect(item("Orla Pennick, 'Tides', *Shore Review* 27.3-4 (2002).")).toMatchObject({
      type: 'article-journal',
      volume: '27',
      issue: '3-4',
    });
  });
});

describe('a book, not a report', () => {
  it('reads a person’s work with a numbered edition as a book, whatever body publishes it', () => {
    expect(
      item('Orla Pennick, *Tides of Shore*, fifth edition, New York: Institute of Shore Semantics, 1994, p. 58.').type,
    ).toBe('book');
    // A body's own work from a body is its report (a person's printed work is a book: cite-work-forms.test.ts).
    expect(item('Shore Semantics Society, *Tides of Shore* (Hull: Institute of Shore Semantics, 1994).').type).toBe(
      'report',
    );
  });

  it('judges the imprint by the firm that printed it for a body (`Quay & Fell for the Quay History Trust`)', () => {
    expect(
      item('Orla Pennick, ed., *The History of the Quay* (London: Quay & Fell for the Quay History Trust, 1982).').type,
    ).toBe('book');
  });
});

describe('suffixes, `et al.` and an organisation named `State`', () => {
  it('keeps a suffix out of the given name, in either order', () => {
    expect(parseNoteNames('Pennick, Orla B., Jr., and Bo Chen,').names).toEqual([
      { family: 'Pennick', given: 'Orla B.', suffix: 'Jr.' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNames('Orla Pennick, Jr.').names).toEqual([{ family: 'Pennick', given: 'Orla', suffix: 'Jr.' }]);
    expect(parseNoteNames('Pennick, Orla, III,').names).toEqual([{ family: 'Pennick', given: 'Orla', suffix: 'III' }]);
  });

  it('reads `A B, C D, et al.` as persons in note order, never a family name of two words', () => {
    expect(parseNames('Orla Pennick, Bo Chen, et al.')).toMatchObject({
      names: [
        { family: 'Pennick', given: 'Orla' },
        { family: 'Chen', given: 'Bo' },
      ],
      etAl: true,
    });
  });

  it('reads a name ending in `State` as an organisation’s', () => {
    expect(parseNames('Marrow Shore State').names).toEqual([{ literal: 'Marrow Shore State' }]);
  });
});

describe('a chapter’s book named after `in` without an editors’ role before it', () => {
  it('reads `in Author, *Book*` and `in Chen et al., Book, 135–48` as a chapter of that book', () => {
    expect(item('Orla Pennick, "Sending a Letter," in Chen et al., *Your Humble Harbour*, 135-148.')).toMatchObject({
      type: 'chapter',
      'container-title': 'Your Humble Harbour',
    });
    expect(item('Orla Pennick, "Sending a Letter" in Chen et al., Your Humble Harbour, 135-148.')).toMatchObject({
      type: 'chapter',
      'container-title': 'Your Humble Harbour',
    });
    expect(
      item(
        'Orla Pennick, "Shore Network Analysis," (2011) in Dara A. Eze, Encyclopedia of Shore Networks (London: 2003).',
      ),
    ).toMatchObject({ type: 'chapter', 'container-title': 'Encyclopedia of Shore Networks' });
  });

  it('reads `in Book, ed. Names (…)` without italics: the book, then its editors', () => {
    expect(
      item('Orla Pennick, "Shore Letters," in Harbour Lives, ed. Bo Chen (Hull: Quay Press, 2004), 12.'),
    ).toMatchObject({
      type: 'chapter',
      'container-title': 'Harbour Lives',
      editor: [{ family: 'Chen', given: 'Bo' }],
    });
  });

  it('leaves an unsigned report printed in a body’s papers a report', () => {
    expect(item('Report of the Harbour Board, in Papers of the Quay Council, vol. 2 (Hull, 1850), 4.').type).toBe(
      'report',
    );
  });
});

describe('a body’s name told from a person’s by its words', () => {
  it('reads a capitalised linking word or a possessive as a body’s name', () => {
    expect(parseNoteNames('Sailors Without Harbours,').names).toEqual([{ literal: 'Sailors Without Harbours' }]);
    expect(parseNoteNames('Orla Pennick and Sailors Without Harbours,').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { literal: 'Sailors Without Harbours' },
    ]);
    expect(parseNames('Mariners’ Quay Fellowship').names).toEqual([{ literal: 'Mariners’ Quay Fellowship' }]);
    expect(parseNoteNames('Ann O’Connor,').names).toEqual([{ family: 'O’Connor', given: 'Ann' }]);
  });

  it('reads an author whose whole name opens the title before a dash or a bar as a body', () => {
    expect(
      item("Kai Moana Roopu, 'Kai Moana Roopu - Harbour Data Charter', <https://kmr.example.org/charter/>.").author,
    ).toEqual([{ literal: 'Kai Moana Roopu' }]);
    expect(
      item("Quay Lights, 'Quay Lights | Tide Tables for the Harbour,' 2018, <https://quaylights.example.com/>.").author,
    ).toEqual([{ literal: 'Quay Lights' }]);
    expect(item("Orla Pennick, 'Orla’s Harbour Notes', <https://pennick.example.com/>.").author).toEqual([
      { family: 'Pennick', given: 'Orla' },
    ]);
  });

  it('reads an author whose name is the site’s, a word or two after it, as the body, and its page as a web page', () => {
    expect(
      item(
        'Palace de Quay, ‘Open Days: Tides, Dance, Design’, *Palace de Quay EN*, 13 June 2016, <https://quay.example/open>.',
      ),
    ).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'Palace de Quay' }],
      'container-title': 'Palace de Quay EN',
    });
    expect(
      item('Shorecom, ‘The Harbour Market Report’, *Shorecom*, 30 September 2016, <https://shorecom.example/report>.')
        .type,
    ).toBe('webpage');
    expect(
      item('Orla Pennick, ‘Tides Rise’, *The Evening Lamp*, 13 June 2016, <https://lamp.example/tides>.').type,
    ).toBe('article-newspaper');
  });
});

describe('an unmarked title’s volumes and edition', () => {
  it('leaves `, 3 vols.` and `, 2nd ed.` out of a title without italics', () => {
    expect(
      item('Orla Pennick, Harbour Memorials: Relating Chiefly to Tides, 3 vols. (Oxford: Quay Press, 1822), 3: 223.')
        .title,
    ).toBe('Harbour Memorials: Relating Chiefly to Tides');
    expect(item('Orla Pennick, Harbour Memorials, 2nd ed. (Oxford: Quay Press, 1822), 22.').title).toBe(
      'Harbour Memorials',
    );
  });
});

describe('slips of marking around a container', () => {
  it('takes a place and publisher run into a book’s italics back out of its name', () => {
    expect(
      item(
        "Orla Pennick, 'An Exorbitant Tide', in Bo Chen and Dara Eze (eds), *Research Handbook on Harbours, Cheltenham: Fell Quay,* 2017, p. 56.",
      )['container-title'],
    ).toBe('Research Handbook on Harbours');
    expect(
      item("Orla Pennick, 'Human Tides', in *The Harbour Handbook, Boca Raton:* Fell Press, 2003, pp. 11-20.")[
        'container-title'
      ],
    ).toBe('The Harbour Handbook');
    expect(
      item("Orla Pennick, 'Ethics', in *Ethics, Law: A Reader* (Hull: Fell Press, 2003), 4.")['container-title'],
    ).toBe('Ethics, Law: A Reader');
  });

  it('takes a volume and issue set in the journal’s italics out of its name', () => {
    expect(item("Orla Pennick, 'A Contextual Approach', *Shore Studies 140.4* (2011): 32--48.")).toMatchObject({
      'container-title': 'Shore Studies',
      volume: '140',
      issue: '4',
    });
  });

  it('opens a title with a low quote (`‚Title’`, `„Title“`)', () => {
    expect(
      item("Orla Pennick, ‚Collecting Harbour Data: Considerations', *Journal of Shore Health* 57 (2003): 68-73.")
        .title,
    ).toBe('Collecting Harbour Data: Considerations');
    expect(item('Orla Pennick, „Hafen und Gezeiten“, *Shore Review* 5 (2003): 1-9.').title).toBe('Hafen und Gezeiten');
  });
});

describe('an article’s title without quotes, and a suffix after initials', () => {
  it('reads the words between the names and the journal in italics as the article’s title', () => {
    expect(
      item(
        'Orla Pennick, Harbour Labour Studies Go Global: Toward a Tidal Turn, *International Journal of Shores* 11 (2017): 3934-3954.',
      ),
    ).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Pennick', given: 'Orla' }],
      title: 'Harbour Labour Studies Go Global: Toward a Tidal Turn',
      'container-title': 'International Journal of Shores',
    });
    // A quoted title after more names is left to the names: `A B, C D, and E F, 'Title', *Journal* 4 (2001)`.
    expect(
      item("Orla Pennick, Bo Chen, and Dara Eze, 'Tides of Shore', *Shore Review* 4 (2001): 1-9.").author,
    ).toHaveLength(3);
    // Three authors without the serial comma, then a book in italics and its year: no title is unmarked.
    expect(
      item('Orla Pennick, Bo Chen and Dara Eze, *The Small Book of Tides,* 2018, https://example.org/tides/.'),
    ).toMatchObject({
      author: [{ family: 'Pennick' }, { family: 'Chen' }, { family: 'Eze' }],
      title: 'The Small Book of Tides',
    });
  });

  it('keeps `Jr.` after initials without stops a suffix, first or later in a bibliography’s list', () => {
    expect(parseNames('Pennick, Orla H Jr.').names).toEqual([{ family: 'Pennick', given: 'Orla H', suffix: 'Jr.' }]);
    expect(parseNames('Chen, Bo, and Orla H Pennick Jr.').names).toEqual([
      { family: 'Chen', given: 'Bo' },
      { family: 'Pennick', given: 'Orla H', suffix: 'Jr.' },
    ]);
  });
});

describe('a journal’s issue numbered without a volume, and a book cited by its authors’ families', () => {
  it('reads `*Journal*, no. 19 (2009): 3–17` as a journal article, the issue and its extent', () => {
    expect(item('Orla Pennick, "Tides of the Sound," *Revista do Porto*, no. 1 (1966): 55--111.')).toMatchObject({
      type: 'article-journal',
      issue: '1',
      page: '55--111',
    });
  });

  it('reads `in Amory and Hall, *Book*, 43` as a chapter of that book', () => {
    expect(item('O. Pennick, "Reinventing the Shore," in Chen and Eze, *Colonial Harbours*, 43.')).toMatchObject({
      type: 'chapter',
      'container-title': 'Colonial Harbours',
    });
  });
});

describe('a volume and its page, not a film’s minute', () => {
  it('reads `1:45` after a work in several volumes from a press as a book’s place', () => {
    expect(item('Yan Abel, *Quay*, 2nd ed., 2 vols. (Hull: Quay Press, 2015), 1:45.').type).toBe('book');
    expect(item('Yan Abel, *Quay Nights* (Hull: Shore Films, 2015), 1:45.').type).toBe('motion_picture');
  });
});

describe('a journal’s whole issue in italics, no article’s title before it', () => {
  it('reads `*Shore Studies* 9, no. 3 (2008)` as the journal, with no title', () => {
    const found = item('*Journal of Shore Studies* 7, no. 2(1994) special issue edited by Dana Ruiz and Bo Chen');
    expect(found).toMatchObject({ type: 'article-journal', 'container-title': 'Journal of Shore Studies' });
    expect(found.title).toBeUndefined();
  });

  it('keeps a book’s title in italics before its volume and imprint', () => {
    expect(item('Ann Lee, *Salt Roads*, vol. 2 (Hull: Quay Press, 1994), 12.')).toMatchObject({
      type: 'book',
      title: 'Salt Roads',
    });
  });
});

describe('two parts of one book cited together', () => {
  it('reads `“A” & “B” in Book (…)` as the first part, a chapter of the book', () => {
    expect(
      item(
        'Dana Ruiz, "Tides at dawn on the quay" & "Salt at noon by the pier" in Harbour Lives of the Coast (Hull: Quay Press, 1650), 3-4, 9-10.',
      ),
    ).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Ruiz', given: 'Dana' }],
      title: 'Tides at dawn on the quay',
      'container-title': 'Harbour Lives of the Coast',
    });
  });
});

describe('a thesis’s chapter cited by both quoted titles', () => {
  it('takes the second quoted title, before the thesis’s genre, as the work’s', () => {
    expect(
      item(
        'Dana Ruiz, "The Night Ferry," "Keepers of the Quay," Ph.D. Dissertation, Shore University, Hull, 2019, 212-40.',
      ),
    ).toMatchObject({ type: 'thesis', title: 'Keepers of the Quay' });
    expect(
      item('Dana Ruiz, “The Night Ferry,” “Keepers of the Quay” (PhD diss., Shore University, 2019), 212–40.'),
    ).toMatchObject({ type: 'thesis', title: 'Keepers of the Quay' });
  });

  it('keeps a lone quoted thesis title', () => {
    expect(item('Dana Ruiz, "Keepers of the Quay," PhD diss., Shore University, 2019.')).toMatchObject({
      type: 'thesis',
      title: 'Keepers of the Quay',
    });
  });
});

describe('a plural’s apostrophe inside a title in straight single quotes', () => {
  it('closes the title at the later quote before its comma, not at `Masters’ Annual`', () => {
    expect(
      item("Orla Pennick, 'Tides of the Harbour Masters' Annual Survey', Quay Research Report, Harbour Trust (2011).")
        .title,
    ).toBe("Tides of the Harbour Masters' Annual Survey");
    // A possessive inside a title followed by italics still ends at its own quote.
    expect(item("Orla Pennick, 'The Masters' Tides', *Quay Review* 3 (2011): 4.").title).toBe("The Masters' Tides");
  });
});

describe('an address pasted between the names and the title (address-after-names.ts)', () => {
  it('reads the work after the address as if the address closed the citation', () => {
    expect(
      item(
        "Ann Lee, <https://www.quaydirect.example/article/pii/S0999>, 'Tides in Harbour Space: Notes by Quay Companies', *Quay Ledger Studies* 41.2 (2011): 212-230.",
      ),
    ).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Tides in Harbour Space: Notes by Quay Companies',
      'container-title': 'Quay Ledger Studies',
      page: '212-230',
      URL: 'https://www.quaydirect.example/article/pii/S0999',
    });
  });

  it('passes over a `!` left after the link', () => {
    expect(
      item(
        "Ann Lee, <https://www.quaydirect.example/article/pii/S0999#>!, 'Tides in Harbour Space', *Quay Ledger Studies* 41.2 (2011): 212-230.",
      ),
    ).toMatchObject({ type: 'article-journal', title: 'Tides in Harbour Space', page: '212-230' });
  });
});

describe('three editors or more, the `and` left out, before an unmarked title (unmarked-title.ts)', () => {
  it('runs the names to the editors’ role (`eds.`, or its slip `ed.s`) and reads the words after it as the title', () => {
    for (const role of ['eds.', 'ed.s'])
      expect(
        item(
          `Orla Mae Pennick, Bo Chen Ames, Kay Lee Brown-Eze, ${role}, Tides of the Quay: Studies on salt and harbours, (Hull: 2000).`,
        ),
      ).toMatchObject({
        type: 'book',
        editor: [
          { family: 'Pennick', given: 'Orla Mae' },
          { family: 'Ames', given: 'Bo Chen' },
          { family: 'Brown-Eze', given: 'Kay Lee' },
        ],
        title: 'Tides of the Quay: Studies on salt and harbours',
      });
  });
});

describe('a conjunction opening the author’s sentence before the names', () => {
  it('leaves `Although` out of the given name, with or without a role', () => {
    expect(
      item('Although Ann Lee, *The Quay Rolls* (Hull: Fell Press, 1971) names Bo Chen as the keeper, we disagree.')
        .author,
    ).toEqual([{ family: 'Lee', given: 'Ann' }]);
    expect(
      item('Though S. T. Lee (ed.), *The Quay Rolls*, 2 vols. (Hull: Fell Press, 1971) names the keeper.').editor,
    ).toEqual([{ family: 'Lee', given: 'S. T.' }]);
  });
});

describe('a company named as author', () => {
  it('keeps the full stop of its abbreviation (`Inc.`, `Ltd.`), as an initial keeps its own', () => {
    expect(item(`Quay, Inc., *Quay Maps*, version 4.30.54, iOS (Quay, Inc., 2017).`).author).toEqual([
      { literal: 'Quay, Inc.' },
    ]);
    expect(
      item(`Fell Ltd., ‘Annual Filing 2005’, 30 March 2005, <https://filings.example/fell/2005.htm>.`).author,
    ).toEqual([{ literal: 'Fell Ltd.' }]);
  });
});
