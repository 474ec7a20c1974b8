/**
 * A work's type from the shape of its citation (infer-type.ts, post.ts, sub-verbo.ts), each rule on
 * made-up citations: social-media posts known by a handle or a post's address (never by a platform's
 * name), entries cited `s.v.` or printed in a dictionary, a chapter whose book's facts name a press, a
 * person's document at a PDF's address, a writer's post at an `/@name/` address, a post cited by its handle alone
 * (handle-post.ts), a meeting said to be held somewhere, a journal named `International Journal of …`, a thesis whose
 * school the note leaves out, a paper given at a meeting named where a publisher would stand.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { isPostUrl, siteOfUrl } from '../src/cite/post.js';

const em = (text: string) => `${E0}${text}${E1}`;
const url = (text: string) => `${U0}${text}${U1}`;
const parse = (text: string) => parseFullCitation(text);

describe('social-media posts', () => {
  it('reads a post by the handle beside its author, its site named by its address’s host', () => {
    expect(
      parse(
        `Lee, Ann. @annlee. “Harbour lights tonight.” May 4, 2019. ${url('https://www.chirper.example/annlee/status/1122334455667788')}`,
      ).item,
    ).toMatchObject({
      type: 'post',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Harbour lights tonight',
      'container-title': 'Chirper',
    });
  });

  it('takes the site named in the handle’s place, after the author’s inverted name', () => {
    const { item } = parse(
      `Chen, Bo. Shorebook. “Dear neighbours of the quay.” June 1, 2020. ${url('https://shorebook.example/bo.chen/posts/99887766554433')}`,
    );
    expect(item).toMatchObject({
      type: 'post',
      author: [{ family: 'Chen', given: 'Bo' }],
      'container-title': 'Shorebook',
    });
    expect(item.genre).toBeUndefined();
  });

  it('reads a post by its address’s post number, its site named after the title', () => {
    expect(
      parse(
        `Eze, Dara. “The tide is in.” Shorebook. July 12, 2020. ${url('https://shorebook.example/story.php?story_id=3045065262196280&id=1000007')}`,
      ).item,
    ).toMatchObject({ type: 'post', title: 'The tide is in', 'container-title': 'Shorebook' });
    expect(
      parse(
        `Ann Lee, “Harbour lights tonight,” ${em('Chirper')}, May 4, 2019, ${url('https://chirper.example/annlee/status/112233445566')}.`,
      ).item,
    ).toMatchObject({ type: 'post', 'container-title': 'Chirper' });
  });

  it('reads Chicago’s handle in brackets after the name, and a kind of post after the title', () => {
    expect(
      parse(
        `Dara Eze (@daraeze), “The tide is in at last,” Chirper, April 12, 2015, ${url('https://chirper.example/daraeze/status/587321963853217792')}.`,
      ).item,
    ).toMatchObject({ type: 'post', author: [{ family: 'Eze', given: 'Dara' }], 'container-title': 'Chirper' });
    expect(
      parse(
        `Bo Chen, “Farewell to the quay,” Snapgram photo, April 1, 2016, ${url('https://snapgram.example/p/BDlf0Q/')}.`,
      ).item,
    ).toMatchObject({ type: 'post', 'container-title': 'Snapgram' });
    // A blog's post is no social-media post.
    for (const blog of ['blog post', 'Blog post'])
      expect(
        parse(
          `Ann Lee, “Harbour Lights,” ${blog}, May 4, 2019, ${url('https://quaynotes.example.org/harbour-lights')}.`,
        ).item.type,
      ).toBe('post-weblog');
  });

  it('knows a post’s address by its number, not by its host', () => {
    expect(isPostUrl('https://chirper.example/annlee/status/1319312471048552450?s=20')).toBe(true);
    expect(isPostUrl('https://shorebook.example/ann.lee/posts/2807204759599901')).toBe(true);
    // A profile, a newspaper's dated article and a blog's folder of posts are not one post.
    expect(isPostUrl('https://chirper.example/annlee')).toBe(false);
    expect(isPostUrl('https://news.example.com/2018/06/22/harbour-dues/')).toBe(false);
    expect(isPostUrl('https://shore.example.org/posts/2019-05-04-harbour')).toBe(false);
    expect(siteOfUrl('https://www.chirper.co.uk/annlee/status/1')).toBe('Chirper');
  });

  it('keeps a newspaper’s article with a dated address a newspaper’s article', () => {
    expect(
      parse(
        `Ann Lee, “Harbour Dues Rise,” ${em('The Quay Times')}, May 4, 2019, ${url('https://quay.example.com/2019/05/04/harbour-dues-rise')}.`,
      ).item.type,
    ).toBe('article-newspaper');
  });
});

describe('entries of reference works', () => {
  it('reads `s.v.`: the headword is the title, the work its container', () => {
    expect(parse(`${em('Dictionary of Shore Biography')}, s.v. “Lee, Ann.”`)).toEqual({
      item: { type: 'entry-dictionary', title: 'Lee, Ann', 'container-title': 'Dictionary of Shore Biography' },
      locator: null,
      etAl: false,
    });
    expect(
      parse(
        `${em('Encyclopaedia of the Sea')}, 3rd ed. (2011), s.v. “tide,” accessed May 4, 2019, ${url('https://sea.example.org/tide')}.`,
      ).item,
    ).toEqual({
      type: 'entry-encyclopedia',
      title: 'tide',
      'container-title': 'Encyclopaedia of the Sea',
      issued: { 'date-parts': [[2011]] },
      URL: 'https://sea.example.org/tide',
    });
    expect(
      parse(`Tidepedia, s.v. “Ebb and flow,” last modified May 4, 2019, ${url('https://tidepedia.example.org/Ebb')}.`)
        .item,
    ).toMatchObject({ type: 'entry', title: 'Ebb and flow', 'container-title': 'Tidepedia' });
  });

  it('reads a signed entry of a dictionary named without italics before its publisher', () => {
    expect(
      parse(
        `Bo Chen, “Ames, Dara (fl. 1602–1640)”, Dictionary of Shore Biography (Quay Press, 2004) Available from: ${url('https://dsb.example.org/view/article/4411')}.`,
      ).item.type,
    ).toBe('entry-dictionary');
  });
});

describe('chapters, books and blog posts', () => {
  it('reads a quoted title in an italic book whose facts name a press as a chapter, without `in`', () => {
    expect(
      parse(`Ann Lee, “Salt and Stone,” ${em('Harbour Essays')} (Hull, Quay University Press, 2009), 29–50.`).item,
    ).toMatchObject({ type: 'chapter', title: 'Salt and Stone', 'container-title': 'Harbour Essays' });
    // A journal's volume still makes it an article.
    expect(parse(`Ann Lee, “Salt and Stone,” ${em('Shore Review')} 12, no. 3 (2009): 29–50.`).item.type).toBe(
      'article-journal',
    );
  });

  it('reads MLA’s `vol.` after a container as a journal’s', () => {
    expect(parse(`Lee, Ann. "Salt." ${em('Shore Review')}, vol. 31, no. 3, 1998, pp. 23-41.`).item).toMatchObject({
      type: 'article-journal',
      'container-title': 'Shore Review',
    });
  });

  it('reads an issue’s number after a container called with `In` as a periodical’s, not a page’s note', () => {
    expect(
      parse(`“Log of a Voyage to the Quay.” Ed. by Bo Chen. In ${em('Revista da Costa')}, n. 3, 1939, 301.`).item.type,
    ).toBe('article-journal');
    expect(parse(`Ann Lee, “Salt,” in ${em('Tides')}, ed. Bo Chen (Hull: Quay Press, 2001), 45 n. 3.`).item.type).toBe(
      'chapter',
    );
  });

  it('reads an organisation’s italic title with its place and year, no press, as a report', () => {
    expect(parse(`Shore Watch Institute, ${em('Harbour Safety')} (Hull, 2019).`).item.type).toBe('report');
    // `———` repeats the author of the entry before: no organisation known.
    expect(parse(`———. ${em('Harbour Safety')}. Hull: Quay House, 2008.`).item.type).toBe('book');
    expect(parse(`Shore Watch Institute, ${em('Harbour Safety')} (Hull: Quay University Press, 2019).`).item.type).toBe(
      'book',
    );
  });

  it('reads a person’s italic title at a PDF’s address as a book, an organisation’s as a report', () => {
    expect(
      parse(`Ann Lee, ${em('Harbour Lights')}, ${url('https://quay.example.org/files/lee-harbour.pdf')}.`).item.type,
    ).toBe('book');
    expect(
      parse(`Shore Watch Institute, ${em('Harbour Lights')}, ${url('https://quay.example.org/files/harbour.pdf')}.`)
        .item.type,
    ).toBe('report');
    expect(parse(`Ann Lee, ${em('Harbour Lights')}, ${url('https://quay.example.org/harbour')}.`).item.type).toBe(
      'webpage',
    );
  });

  it('reads Chicago’s talk in brackets, `(paper presented at …)`, as a speech', () => {
    expect(
      parse('Ann Lee, “Salt” (paper presented at the Annual Meeting of the Shore Society, Hull, May 4, 2019).').item,
    ).toMatchObject({ type: 'speech', title: 'Salt', issued: { 'date-parts': [[2019, 5, 4]] } });
  });

  it('reads a paper prepared for a meeting as a speech, the meeting’s town after its days, then the page cited', () => {
    expect(
      parseFullCitation(
        'Bo Chen, ‘Harbour Dues’, paper prepared for 6th General Conference of the Shore Consortium, 25th-27th August 2011, Hull, pp. 3-7.',
      ),
    ).toMatchObject({ item: { type: 'speech', title: 'Harbour Dues' }, locator: '3-7' });
    expect(
      parseFullCitation('Ann Lee, ‘Salt’, paper presented at the Shore Workshop, 25–27 August 2011, Hull, p. 3.')
        .locator,
    ).toBe('3');
    // A paper prepared for a body, not a meeting, is no speech.
    expect(
      parseFullCitation('Ann Lee, ‘Salt’, paper prepared for the Harbour Board, Hull, 2011, p. 3.').item.type,
    ).not.toBe('speech');
  });

  it('reads a video by the word after its title, not by its host', () => {
    expect(
      parse(`“Tides at Dawn,” Vidtube video, 4:12, May 4, 2019, ${url('https://www.vidtube.example/watch?v=abc')}.`)
        .item.type,
    ).toBe('motion_picture');
  });

  it('reads a dated article at a writer’s own `/@name/` address as a blog’s post', () => {
    expect(
      parse(
        `Bo Chen, ‘Notes on the Quay’, ${em('Writers Hub')}, 1 February 2018, ${url('https://writers.example.com/@bochen/notes-on-the-quay-cda27d1fac1')}.`,
      ).item.type,
    ).toBe('post-weblog');
  });
});

describe('journals and blogs by their shape (journal-shape.ts, dated-post.ts)', () => {
  it('reads a name built as a journal’s, or a Roman volume before the issue, as a journal’s', () => {
    expect(
      parse(
        `Ann Lee, “Tides,” ${em('Journal of Shore Studies')}, November 1, 2014, ${url('https://shore.example.org/3-2/tides/')}.`,
      ).item.type,
    ).toBe('article-journal');
    expect(parse(`Ann Lee, “Tides,” ${em('Revista de Estudos Costeiros')}, May 2015.`).item.type).toBe(
      'article-journal',
    );
    expect(parse(`Bo Chen, “Tides,” ${em('Shore Quarterly')}, 2019.`).item.type).toBe('article-journal');
    expect(parse(`Ann Lee, “Tides,” ${em('Estudos Costeiros')} XXIV, no. 2 (March 2003): 145–65.`).item.type).toBe(
      'article-journal',
    );
    // A legislature's journal is its record; a day-dated paper of another name stays a newspaper's.
    expect(parse(`Ann Lee, “Tides,” ${em('Journal of the Senate of the Shore')}, May 4, 1880.`).item.type).toBe(
      'article-newspaper',
    );
  });

  it('reads a dated, unpublished-by-name title at an address filed by year and month as a blog’s post', () => {
    expect(
      parse(`Ann Lee, ‘Tides Rise’, 12 September 2014, ${url('https://annlee.example/2014/09/tides-rise-again/')}.`)
        .item.type,
    ).toBe('post-weblog');
    // A page without a date in its address stays a web page.
    expect(
      parse(`Ann Lee, ‘Tides Rise’, 12 September 2014, ${url('https://annlee.example/tides-rise-again/')}.`).item.type,
    ).toBe('webpage');
  });
});

describe('a work’s type from its imprint’s words (book-after-in.ts, volume-pages.ts, site-and-proceedings.ts)', () => {
  it('reads `“Title,” in Book, 1984` and `“Title” in Book (Place: Printer, 1657)` as chapters', () => {
    expect(parse('Ann Lee, “Tides,” in Raising the Harbour, 1984.').item).toMatchObject({
      type: 'chapter',
      'container-title': 'Raising the Harbour',
    });
    expect(
      parse(
        'Ann Lee, “Il mare/The sea” in Della Lingua Marina, or, A Sea Primer (London: Printed for B. Quill, 1657), 38–40.',
      ).item,
    ).toMatchObject({ type: 'chapter', 'container-title': 'Della Lingua Marina, or, A Sea Primer' });
    // Editors before the book are read by the editors' form, not as part of the book's name.
    expect(
      parse('Ann Lee, “Tides,” in Bo Chen and Dara Eze, ed.s, Harbour Networks (Leiden, 2016), 3.').item[
        'container-title'
      ],
    ).toBe('Harbour Networks');
  });

  it('reads a volume’s span of pages as no film’s minutes, a site by its `updated` date, an unitalicised proceedings', () => {
    expect(parse(`Ann Lee, ${em('Tide Tables of the Quay')} (Hull, 1905), 2:10–101.`).item.type).toBe('book');
    expect(parse(`Ann Lee, ${em('The Tide')} (Harbour Films, 2019), 6:24–6:47.`).item.type).toBe('motion_picture');
    expect(
      parse(
        `Ann Lee, ${em('Tide Atlas')} (Shore Lab, 2010, updated November 2020), ${url('https://shore.example.edu/atlas/')}.`,
      ).item.type,
    ).toBe('webpage');
    expect(
      parse('Ann Lee, “The Long Road,” Proceedings of the 12th Shore Meeting, Hull, (March 26-30 2012).').item.type,
    ).toBe('paper-conference');
    expect(parse('Ann Lee, Salt and Kin (Ph.D. dissertation, Quay University, September 2015).').item).toMatchObject({
      type: 'thesis',
      issued: { 'date-parts': [[2015]] },
    });
  });
});

describe('runs of italics side by side and a body’s page (split-runs.ts)', () => {
  it('reads `*Title in* *Book* *2001*` as a chapter of the book, its pages cited', () => {
    expect(
      parse(
        `Ann Lee and Bo Chen, ${em('Consent by Design in')} ${em('Shore and Usability')} ${em('2001')}, (2005): 503-530.`,
      ),
    ).toMatchObject({
      item: { type: 'chapter', title: 'Consent by Design', 'container-title': 'Shore and Usability' },
      locator: '503-530',
    });
    // Runs that are one title stay one.
    expect(parse(`Ann Lee, ${em('The')} ${em('Harbour Book')} (Hull: Quay Press, 2004).`).item.title).toBe(
      'The Harbour Book',
    );
  });

  it('reads `Body, Page, https://…` as the body’s page', () => {
    expect(parse(`Harbour Free School, About, ${url('https://harbourfree.example.org/about/')}`).item).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'Harbour Free School' }],
      title: 'About',
    });
  });
});

describe('a title’s first letter typed before its italics (letter-outside-italics.ts)', () => {
  it('reads `Orrin Ashdown, T*ides of the Quay*` as the title `Tides of the Quay`, the author whole', () => {
    expect(parse(`Orrin Ashdown, T${em('ides of the Quay')} (Hull: Quay Press, 1991).`).item).toMatchObject({
      type: 'book',
      author: [{ family: 'Ashdown', given: 'Orrin' }],
      title: 'Tides of the Quay',
    });
  });
});

describe('a post cited by its handle alone (Chicago 14.209)', () => {
  it('takes the handle as the author and the date’s year; the kind of post and the time are no names', () => {
    expect(
      parse(
        `@tidewatcher, Chirper post, 4 May 2019, 9:12AM, ${url('https://chirper.example/tidewatcher/status/912345678901234567')}.`,
      ).item,
    ).toEqual({
      type: 'post',
      author: [{ literal: '@tidewatcher' }],
      'container-title': 'Chirper',
      issued: { 'date-parts': [[2019, 5, 4]] },
      URL: 'https://chirper.example/tidewatcher/status/912345678901234567',
    });
  });

  it('leaves a handle before a quoted title to the other rules', () => {
    expect(parse('@tidewatcher, “Harbour lights tonight,” 4 May 2019.').item.title).toBe('Harbour lights tonight');
  });
});

describe('a meeting said to be held somewhere', () => {
  it('reads `*Name*, held at …, date` as the event, with or without an address', () => {
    expect(
      parse(
        `${em('Workshop on Harbour Data')}, held at the Quay Institute, Hull, 9 Dec 2015, ${url('http://quay.example/2015/')}.`,
      ).item.type,
    ).toBe('event');
    expect(parse(`For more, see: ${em('Quay Data Forum')}, held in Hull, 2016.`).item.type).toBe('event');
  });
});

describe('a journal’s name qualified before `Journal of`', () => {
  it('reads `International Journal of …` dated by its year alone as a journal, though `Journal` names newspapers too', () => {
    expect(
      parse(`Ann Lee, 'Showing Care in the Harbour', ${em('International Journal of Quay Law')} (forthcoming, 2018)`)
        .item.type,
    ).toBe('article-journal');
    expect(parse(`Ann Lee, 'Tides', ${em('Harbour Evening Journal')}, 4 May 2018.`).item.type).toBe(
      'article-newspaper',
    );
  });
});

describe('a thesis whose school the note leaves out', () => {
  it('reads `*Title*, MA thesis, 2018, https://…` as a thesis of that year, with no publisher', () => {
    expect(
      parse(`Bo Chen, ${em('Tides of the Quay')}, MA thesis, 2018, ${url('https://example.org/tides')}.`).item,
    ).toEqual({
      type: 'thesis',
      genre: 'MA thesis',
      author: [{ family: 'Chen', given: 'Bo' }],
      title: 'Tides of the Quay',
      issued: { 'date-parts': [[2018]] },
      URL: 'https://example.org/tides',
    });
  });
});

describe('a paper given at a meeting named where a publisher would stand', () => {
  it('reads `‘Title’, 8th Annual … Congress, June 2015, Place` as a paper of that meeting', () => {
    expect(
      parse("Ann Lee, 'Four Tides on the Quay', 8th Annual Harbour Law Congress, June 2015, Hull, England.").item,
    ).toMatchObject({
      type: 'paper-conference',
      title: 'Four Tides on the Quay',
      'container-title': '8th Annual Harbour Law Congress',
    });
    expect(parse("Ann Lee, 'Tides', Harbour Data Workshop, 4 May 2016, Hull.").item.type).toBe('paper-conference');
  });

  it('leaves a body or a legislature’s session named `Congress` a publisher', () => {
    expect(parse("'Tides Policy', Shore National Congress, 2012.").item.type).not.toBe('paper-conference');
    expect(parse("'Report on Tides', 111th Congress, 2009.").item.type).not.toBe('paper-conference');
  });
});

describe('a volume and a page past a clock’s reach (volume-pages.ts)', () => {
  it('reads `3:812` after a dictionary’s year as a volume’s page, `1:45` as a film’s minute', () => {
    expect(parse(`${em('Harbour Tide Dictionary')} (1902), 3:812.`).item.type).not.toBe('motion_picture');
    expect(parse(`Ann Lee, ${em('The Tide')} (Harbour Films, 2019), 1:45.`).item.type).toBe('motion_picture');
  });
});

describe('the medium a citation names (medium.ts)', () => {
  it('reads a programme whose brackets name a radio or television service as a broadcast', () => {
    expect(
      parse(
        `Ann Lee, ‘Tides: Walk to the Quay’, ${em('Harbour Lectures')} (Shore Radio 4, 28 November 1984), ${url('https://radio.example/p00/episodes/guide')}`,
      ).item,
    ).toMatchObject({ type: 'broadcast', title: 'Tides: Walk to the Quay', 'container-title': 'Harbour Lectures' });
    expect(parse(`Ann Lee, ${em('Logic by Boat')} (QXTV-TV, Shore Educational Television, 1962).`).item.type).toBe(
      'broadcast',
    );
    // A newspaper named after radio is a container, not a broadcaster.
    expect(parse(`Ann Lee, ‘Tides’, ${em('Shore Radio Times')}, 4 May 1984, 12.`).item.type).not.toBe('broadcast');
  });

  it('reads a recording on a sound medium as one (CSL `song`), its label the publisher', () => {
    expect(
      parse(`Quayhead, ${em('A Moon Shaped Harbour')}, Digital download (Fell Recordings Ltd, 2016).`).item,
    ).toMatchObject({
      type: 'song',
      title: 'A Moon Shaped Harbour',
      publisher: 'Fell Recordings Ltd',
    });
    expect(parse(`Bo Chen, ${em('Salt Songs')}, CD (Fell Records, 2007).`).item).toMatchObject({
      type: 'song',
      publisher: 'Fell Records',
    });
    // A book about records is a book.
    expect(parse(`Bo Chen, ${em('Salt Songs on Record')} (Hull: Quay Press, 2007).`).item.type).toBe('book');
  });
});

describe('a genre printed in words after the title (genre-word.ts)', () => {
  it('reads a lecture, a keynote or a paper presented as a talk given (CSL `speech`), its meeting no container', () => {
    const { item } = parse(
      `Ann Lee, ‘Quay and Shore: Partnering’ (Lecture, Harbour-Life-Design (HLD), Hull, 18 January 2015), ${url('https://video.example/watch?v=1')}.`,
    );
    expect(item).toMatchObject({ type: 'speech', title: 'Quay and Shore: Partnering' });
    expect(item['container-title']).toBeUndefined();
  });

  it('reads a press release as a report whose genre says so', () => {
    expect(
      parse(
        `Court of Harbours, ‘Judgment in Case C-1/12 Lee v Chen’, Press Release (Hull: Court of Harbours, 13 May 2014)`,
      ).item,
    ).toMatchObject({ type: 'report', genre: 'Press release', author: [{ literal: 'Court of Harbours' }] });
  });

  it('reads a film by the genres listed after its title, which are no publisher', () => {
    const { item } = parse(`Ann Lee, ${em('Psycho Tides')}, Horror, Mystery, Thriller, (1960).`);
    expect(item).toMatchObject({ type: 'motion_picture', title: 'Psycho Tides' });
    expect(item.publisher).toBeUndefined();
    expect(parse(`Bo Chen, ${em('The Clock Tower')}, Film, installation, 15 October 2010.`).item.type).toBe(
      'motion_picture',
    );
    // One word that is no film's own, or a genre inside a title, says nothing.
    expect(parse(`Bo Chen, ${em('Mystery of the Quay')} (Hull: Quay Press, 2010).`).item.type).toBe('book');
    expect(parse(`Bo Chen, ${em('Salt')}, Romance (Hull: Quay Press, 2010).`).item.type).not.toBe('motion_picture');
  });
});
