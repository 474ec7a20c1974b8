/**
 * German legal notes as German, Austrian and Swiss law writing cites (german-law.ts, classify/statute-provisions.ts,
 * same-printing.ts): decisions, commentaries, articles by periodical, year and first page, handbooks, parliament's
 * papers, `(Fn. 3)` short forms, `Lee, ebd.`, and a statute's provision, which cites no work. Every name, title,
 * periodical and file number here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { lintCitations } from '../src/cite/lint.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const kinds = (text: string) => classifyNote(marked(text)).map(({ kind }) => kind);

/** The fields labels record, of the work each note's first citation names. */
function firstWork(...notes: string[]) {
  const { works, notes: cited } = citedIn(...notes);
  return cited.map((citations) => {
    const [form, index, locator] = citations[0] ?? [];
    const item = works[index as number] as Record<string, unknown> | undefined;
    const names = (item?.author ?? []) as Array<Record<string, string>>;
    return {
      form,
      type: item?.type,
      authors: names.map(
        (name) => name.literal ?? [name['non-dropping-particle'], name.family].filter(Boolean).join(' '),
      ),
      title: item?.title ?? null,
      container: item?.['container-title'] ?? null,
      year: (item?.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0][0] ?? null,
      locator,
    };
  });
}

describe('a court’s decision', () => {
  it('by court, day and file number, then where it is printed and the page cited', () => {
    expect(firstWork('BGH, Urt. v. 12.3.2019 – VI ZR 123/18, KaiR 2019, 1234 (1236).')).toEqual([
      { form: 'full', type: 'legal_case', authors: [], title: null, container: 'KaiR', year: 2019, locator: '1236' },
    ]);
  });

  it('by its official report alone, or by court and periodical', () => {
    expect(firstWork('BVerfGE 65, 1 (43).', 'Vgl. BGH NJW 2015, 2248 Rn. 12.')).toEqual([
      { form: 'full', type: 'legal_case', authors: [], title: null, container: 'BVerfGE', year: null, locator: '43' },
      { form: 'full', type: 'legal_case', authors: [], title: null, container: 'NJW', year: 2015, locator: 'Rn. 12' },
    ]);
  });

  it('with its name in brackets or between dashes, its file number in brackets, the month in words', () => {
    expect(
      firstWork(
        'EuGH, Urt. v. 6.10.2015 – C-101/14 (Seehafen), Rn. 94.',
        'OLG Kiel, Urt. v. 17. Mai 2021 (7 U 41/20), - Teil-Ladeliste - Rn. 42.',
        'BGH, Beschl. v. 12. Juni 1968 (X ZB 22/66), - Blaue Möwe - juris Rn. 13 f.',
        'LG Neustadt, HafR, 2001, 318 (321), - Kaiordnung -.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Seehafen',
        container: null,
        year: 2015,
        locator: 'Rn. 94',
      },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Teil-Ladeliste',
        container: null,
        year: 2021,
        locator: 'Rn. 42',
      },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Blaue Möwe',
        container: null,
        year: 1968,
        locator: 'Rn. 13 f.',
      },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Kaiordnung',
        container: 'HafR',
        year: 2001,
        locator: '321',
      },
    ]);
  });

  it('with the file numbers of the federal administrative court, joined cases and the old Court of Justice', () => {
    expect(
      firstWork(
        'BVerwG, Urt. v. 19.02.2018 – 4 C 5.17, Tz. 36.',
        'EuGH, Urt. v. 08. 10. 2009 - C-71, 72/08, Tz. 41 - _Lee Hafen GbR u.a./Land Kiel_.',
        'EuGH, Urt. v. 22.10.2013 – C-305/12 Tz. 17 – _Brandt_.',
        'EuGH, Urt. v. 14.11.1967 - 9/66 – _Kommission/Kiel._',
        'EuG Urt. v. 15.03.2022 – T-618/19, KaiRS 2023, 7315 Rn. 61 ff.',
      ),
    ).toEqual([
      { form: 'full', type: 'legal_case', authors: [], title: null, container: null, year: 2018, locator: 'Tz. 36' },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Lee Hafen GbR u.a./Land Kiel',
        container: null,
        year: 2009,
        locator: 'Tz. 41',
      },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Brandt',
        container: null,
        year: 2013,
        locator: 'Tz. 17',
      },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Kommission/Kiel',
        container: null,
        year: 1967,
        locator: null,
      },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: null,
        container: 'KaiRS',
        year: 2022,
        locator: 'Rn. 61 ff.',
      },
    ]);
  });

  it('an Advocate General’s opinion, a soft hyphen before the dash', () => {
    expect(
      firstWork(
        'GA Brandt, Schlussanträge v. 21.11.2017 – C-58/16, Rn. 88.',
        'EuGH, Urt. v. 13.06.2018 – C-58/16, Rn. 57 \u00AD– _Seehafen_.',
      ),
    ).toEqual([
      { form: 'full', type: 'legal_case', authors: [], title: null, container: null, year: 2017, locator: 'Rn. 88' },
      {
        form: 'full',
        type: 'legal_case',
        authors: [],
        title: 'Seehafen',
        container: null,
        year: 2018,
        locator: 'Rn. 57',
      },
    ]);
  });

  it('cited again by its note: `BGH, (Fn. 1), Rn. 23`, the name telling two decisions of one note apart', () => {
    const { notes } = citedIn(
      'EuGH, Urt. v. 7. März 2003 (C-33/03), - Kaianlagen - Rn. 18; EuGH, Urt. v. 1. Juni 2015 (C-49/14), - Seehafen - Rn. 17.',
      'EuGH, (Fn. 1), - Seehafen - Rn. 27.',
      'BGH, Urt. v. 2. November 2009 (I ZR 87/07), Rn. 19.',
      'BGH, (Fn. 3), Rn. 23.',
    );
    expect(notes).toEqual([
      [
        ['full', 0, 'Rn. 18'],
        ['full', 1, 'Rn. 17'],
      ],
      [['short', 1, 'Rn. 27']],
      [['full', 2, 'Rn. 19']],
      [['short', 2, 'Rn. 23']],
    ]);
  });
});

describe('a commentary’s section', () => {
  it('by its commentator, `in:` the editors and the commentary, edition, provision and margin number', () => {
    expect(
      firstWork(
        'Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38.',
        'Vgl. *Lee*, in: *Chen*/*Eze* (Hrsg.), Kommentar zum Hafengesetz, 2. Aufl. 2019, § 12 Rn. 4 f.',
        '*Lee*, in: Brandt/Vogt, 5. Aufl. 2019, § 7 KaiG, Rn. 31.',
        '*Vogt*, in: *Brandt*/*Vogt*, KaiG, 6. Aufl. 2021, § 3 KaiG.',
        '_Lee/Eze_, in: Brandt/Vogt, Hafendatenrecht, 2014, S. 52.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee'],
        title: null,
        container: 'HafenG',
        year: 2020,
        locator: '§ 4 Rn. 38',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee'],
        title: null,
        container: 'Kommentar zum Hafengesetz',
        year: 2019,
        locator: '§ 12 Rn. 4 f.',
      },
      // (A commentary known by its editors' names: they are its name.)
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee'],
        title: null,
        container: 'Brandt/Vogt',
        year: 2019,
        locator: '§ 7 KaiG, Rn. 31',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Vogt'],
        title: null,
        container: 'KaiG',
        year: 2021,
        locator: '§ 3 KaiG',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee', 'Eze'],
        title: null,
        container: 'Hafendatenrecht',
        year: 2014,
        locator: '52',
      },
    ]);
  });

  it('by the commentary’s abbreviation and the commentator, or names and the statute as the Beck databases cite', () => {
    expect(
      firstWork(
        'MüKoHafG/Lee, 8. Aufl. 2020, § 823 Rn. 5.',
        'Chen/Eze/Lee, HafenG, § 4 Rn. 38.',
        '_Chen/Eze/Lee_, 6. Aufl. 2022, HafenG § 4 Rn. 21 f.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee'],
        title: null,
        container: 'MüKoHafG',
        year: 2020,
        locator: '§ 823 Rn. 5',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Chen', 'Eze', 'Lee'],
        title: null,
        container: 'HafenG',
        year: null,
        locator: '§ 4 Rn. 38',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Chen', 'Eze', 'Lee'],
        title: null,
        container: null,
        year: 2022,
        locator: 'HafenG § 4 Rn. 21 f.',
      },
    ]);
  });

  it('with the statute before the provision, as the Beck databases write it', () => {
    expect(
      firstWork(
        '_Vogt_, in: BeckOK HafenR, 41. Ed. 1.11.2022, KaiVO Art. 5 Rn. 19.',
        '_Vogt_, in: Brandt/Eze, KaiVO/HafenG, 4. Aufl. 2021, Kai VO Art. 7 Rn. 11.',
        'BeckOK HafenR/Lee, 38. Ed. 1.5.2021, KaiG § 3 Rn. 9.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'chapter',
        authors: ['Vogt'],
        title: null,
        container: 'BeckOK HafenR',
        year: 2022,
        locator: 'KaiVO Art. 5 Rn. 19',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Vogt'],
        title: null,
        container: 'KaiVO/HafenG',
        year: 2021,
        locator: 'Kai VO Art. 7 Rn. 11',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee'],
        title: null,
        container: 'BeckOK HafenR',
        year: 2021,
        locator: 'KaiG § 3 Rn. 9',
      },
    ]);
  });

  it('with a statute’s abbreviation beside the title or the edition, a name with `gen.`, `Rn` without its stop', () => {
    const { works, notes } = citedIn(
      'So: _Lee_, in: Chen/Eze gen. Vogt, Hafenrecht, KaiVO, 2019, Art. 81 Rn 3.',
      '_Brandt_, in: Lee/Chen, KaiVO HafenG, 2. Aufl. 2019, KaiVO, Art. 6 Nr. 3 KaiVO Rn. 27.',
    );
    expect(notes).toEqual([[['full', 0, 'Art. 81 Rn 3']], [['full', 1, 'Art. 6 Nr. 3 KaiVO Rn. 27']]]);
    expect(works[0]).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Lee' }],
      editor: [{ family: 'Chen' }, { family: 'Eze gen. Vogt' }],
      'container-title': 'Hafenrecht',
    });
    expect(works[1]).toMatchObject({ type: 'chapter', 'container-title': 'KaiVO HafenG', edition: '2' });
  });

  it('cited again at another provision is the same work', () => {
    const { notes } = citedIn(
      'Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38.',
      'Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 5 Rn. 2.',
    );
    expect(notes).toEqual([[['full', 0, '§ 4 Rn. 38']], [['full', 0, '§ 5 Rn. 2']]]);
  });
});

describe('an article by periodical, year and first page', () => {
  it('with or without its title; the page cited in brackets or after a comma, a margin number after it', () => {
    expect(
      firstWork(
        'Lee, KaiR 2020, 1417 (1419).',
        'So auch Brandt, Die Ladung im Seerecht, KaiR 2018, 112 (115) m.w.N.',
        '_Lee/v. Chen_, HafR 2022, 1611, 1614 Rn. 15.',
        '*Vogt*, Kaie als Daten, Harb Stud Law 2023, 655.',
        'Lee, AcH 210 (2010), 1 (5).',
        '*Eze*, Daten als Ladung, KR 2015, 264 (268) f.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Lee'],
        title: null,
        container: 'KaiR',
        year: 2020,
        locator: '1419',
      },
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Brandt'],
        title: 'Die Ladung im Seerecht',
        container: 'KaiR',
        year: 2018,
        locator: '115',
      },
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Lee', 'v. Chen'],
        title: null,
        container: 'HafR',
        year: 2022,
        locator: '1614 Rn. 15',
      },
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Vogt'],
        title: 'Kaie als Daten',
        container: 'Harb Stud Law',
        year: 2023,
        locator: null,
      },
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Lee'],
        title: null,
        container: 'AcH',
        year: 2010,
        locator: '5',
      },
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Eze'],
        title: 'Daten als Ladung',
        container: 'KR',
        year: 2015,
        locator: '268 f.',
      },
    ]);
  });

  it('cited again, its title left out, is the same work; another first page is another article', () => {
    const { notes } = citedIn(
      'Lee, Die Ladung im Seerecht, KaiR 2020, 1417 (1419).',
      'Lee, KaiR 2020, 1417 (1421).',
      'Lee, KaiR 2020, 2001 (2003).',
      '*Lee*, (Fn. 1), 1417 (1422) mwN.',
    );
    expect(notes).toEqual([
      [['full', 0, '1419']],
      [['full', 0, '1421']],
      [['full', 1, '2003']],
      [['short', 0, '1422']],
    ]);
  });
});

describe('handbooks, papers, short forms and Ibid.', () => {
  it('after German legal writing’s signals `s.a.`, `s. auch`, `a.A.:`, `so auch`, `ebenso`, `Vgl. hierzu`', () => {
    const cited = citedIn(
      'Vgl. zur Haftung: § 3 KaiG; s.a. _Lee_, ZHafR 2021, 634, 658.',
      '_Vogt_, ZHafR 2020, 12, 15; a.A.: _Chen-Eze_, in: Brandt/Vogt, KaiG, 2023, § 2 Rn. 73.',
      'A.A.: Brandt, in: Lee/Vogt, Hafenrecht, 2019, § 5 Rn. 35.',
      'so auch: _Eze_, HafR 2023, 376, 380.',
      'Vgl. hierzu _Lorenz_, HafR 2019, 67, 69 f.',
    );
    expect(cited.works.map((work) => [work.type, work.author])).toEqual([
      ['article-journal', [{ family: 'Lee' }]],
      ['article-journal', [{ family: 'Vogt' }]],
      ['chapter', [{ family: 'Chen-Eze' }]],
      ['chapter', [{ family: 'Brandt' }]],
      ['article-journal', [{ family: 'Eze' }]],
      ['article-journal', [{ family: 'Lorenz' }]],
    ]);
    // A person's initials in capitals are no signal.
    expect(citedIn('Vogt, *Kaie*, 4; A. A. Lee, *Die Kaie* (Kiel: Hafen, 1997).').works[0].author).toEqual([
      { family: 'Lee', given: 'A. A.' },
    ]);
  });

  it('a handbook by title, edition and year; a parliament’s paper by its designation', () => {
    expect(
      firstWork(
        'Lee, Hafenrecht, 2. Aufl. 2019, Rn. 12.',
        'So auch *Vogt*, Eigentum an Kaien, 2022, S. 71.',
        '*Brandt*/*Eze*, Seerecht, 7. Aufl. 2021, § 9 Rn. 4.',
        'BT-Drs. 19/1234, S. 12.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'book',
        authors: ['Lee'],
        title: 'Hafenrecht',
        container: null,
        year: 2019,
        locator: 'Rn. 12',
      },
      {
        form: 'full',
        type: 'book',
        authors: ['Vogt'],
        title: 'Eigentum an Kaien',
        container: null,
        year: 2022,
        locator: '71',
      },
      {
        form: 'full',
        type: 'book',
        authors: ['Brandt', 'Eze'],
        title: 'Seerecht',
        container: null,
        year: 2021,
        locator: '§ 9 Rn. 4',
      },
      {
        form: 'full',
        type: 'report',
        authors: [],
        title: 'BT-Drs. 19/1234',
        container: null,
        year: null,
        locator: '12',
      },
    ]);
  });

  it('`Lee, (Fn. 1), Rn. 40`, `Lee, a.a.O., S. 5`, and `Chen, ebd.` naming the previous note’s work it repeats', () => {
    const { notes } = citedIn(
      '*Lee*, in: Brandt/Vogt, 5. Aufl. 2019, § 7 KaiG, Rn. 31; *Chen*, in: *Eze*, KaiG, 6. Aufl. 2021, § 3 KaiG.',
      '*Lee*, (Fn. 1), Rn. 40.',
      '*Chen*, (Fn. 1), Rn. 26; *Lee*, (Fn. 1), Rn. 41.',
      '*Chen*, ebd. Rn. 15, 17.',
      'Ebd., Rn. 19.',
    );
    expect(notes).toEqual([
      [
        ['full', 0, '§ 7 KaiG, Rn. 31'],
        ['full', 1, '§ 3 KaiG'],
      ],
      [['short', 0, 'Rn. 40']],
      [
        ['short', 1, 'Rn. 26'],
        ['short', 0, 'Rn. 41'],
      ],
      [['ibid', 1, 'Rn. 15, 17']],
      [['ibid', 1, 'Rn. 19']],
    ]);
  });

  it('a body’s paper by its kind and number, the day it was adopted; the author’s words and a colon before a citation', () => {
    expect(
      firstWork(
        'Kai-Rat, Stellungnahme 3/2011 zum Begriff „Kaidaten“, angen. 14.05.2011, WP 88, S. 15.',
        'Vgl. zur Auslegung: _Lee/Chen_, in: Brandt/Vogt, KaiVO, 5. Aufl. 2021, Art. 8 Rn. 12.',
        'In diesem Sinne bereits: _Lee/Chen_, HafR 2020, 377, 379.',
      ),
    ).toEqual([
      {
        form: 'full',
        type: 'report',
        authors: ['Kai-Rat'],
        title: 'Stellungnahme 3/2011 zum Begriff „Kaidaten“',
        container: null,
        year: 2011,
        locator: '15',
      },
      {
        form: 'full',
        type: 'chapter',
        authors: ['Lee', 'Chen'],
        title: null,
        container: 'KaiVO',
        year: 2021,
        locator: 'Art. 8 Rn. 12',
      },
      {
        form: 'full',
        type: 'article-journal',
        authors: ['Lee', 'Chen'],
        title: null,
        container: 'HafR',
        year: 2020,
        locator: '379',
      },
    ]);
    expect(kinds('Vgl. zur Auslegung: *Lee/Chen*, in: Brandt/Vogt, KaiVO, 5. Aufl. 2021, Art. 8 Rn. 12.')).toEqual([
      'commentary',
      'full',
    ]);
    expect(kinds('Die Frage ist offen: so die h.M.')).toEqual(['commentary']);
    // (A colon inside a quoted title is the title's: one work, its names Lee's.)
    const quoted = firstWork(
      "Lee, Anna. 'Jurisdiction in the port: Vogt, Brandt, Eze in Kiel', *Shore Law Journal* 63 (2013), 196-224.",
    )[0];
    expect(quoted).toMatchObject({ form: 'full', authors: ['Lee'], container: 'Shore Law Journal' });
    expect(quoted.title).toContain('Jurisdiction in the port: Vogt, Brandt, Eze in Kiel');
  });

  it('leaves a short title and its year without a comma to German humanities’ short form', () => {
    expect(kinds('Vgl. Vogt, Eigentum an Kaien 2022, S. 71.')).toContain('short');
    expect(kinds('Vgl. Vogt, Eigentum an Kaien 2022, S. 71.')).not.toContain('full');
  });

  it('a statute’s provisions alone are the author’s words; an act’s short form in English stays one', () => {
    for (const note of [
      'Vgl. § 87a KaiG.',
      '§ 2 Abs. 2 KaiG, § 4 KaiG.',
      'Art. 6 Abs. 1 lit. a HafenVO i.V.m. § 26 KaiG.',
      'ErwGr. 3 S. 2 HafenVO.',
      'ErwGr. 27 S. 2 HafenVO: „*Sie könnten zu Akteuren werden, die den Austausch von Kaidaten erleichtern.*“',
      'Vgl. § 4 KaiG: „Die Kaie sind frei.“',
    ])
      expect(kinds(note), note).toEqual(['commentary']);
    expect(kinds('Article 7(3) HDR.')).toEqual(['short']);
  });
});

describe('the full-citation-repeated rule on a chapter in the manner of German legal writing', () => {
  const note = (number: number, text: string, owner: string) => ({ note: { number, text, spans: [] }, owner });
  const repeated = (owner: string, notes: string[]) =>
    lintCitations(resolveNotes(notes.map((text, index) => note(index + 1, text, owner)))).filter(
      (finding) => finding.ruleId === 'full-citation-repeated',
    );
  const legal = [
    'Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38; Vogt, Die Kaie, 2019, S. 12.',
    'Brandt, KaiR 2020, 1417 (1419); Vogt, Die Kaie, 2019, S. 14.',
    'Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 5 Rn. 2; Brandt, KaiR 2020, 1417 (1421).',
    'Vogt, Die Kaie, 2019, S. 20; Brandt, KaiR 2020, 1417 (1422).',
  ];

  it('is quiet where repeating full citations is the chapter’s habit', () => {
    expect(repeated('legal', legal)).toEqual([]);
  });

  it('still tells a Chicago chapter’s repeat of a titled work', () => {
    expect(
      repeated('chicago', [
        'Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 23.',
        'Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 40.',
      ]).length,
    ).toBe(1);
  });
});
