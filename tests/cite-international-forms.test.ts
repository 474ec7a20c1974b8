/**
 * International and European law's note forms (court-document.ts, treaty-signed.ts, the talk titles of
 * genre-word.ts, the body acronyms of names.ts, eu-case.ts, and the short names of treaties.ts's acts of the Union),
 * on made-up notes: a court's decision cited after its acronym, a treaty named without marks and dated by its
 * signing, a government's remarks titled as such, a body named after a state's or an international body's acronym,
 * and acts and judgments of the European Union. Every name, title and number here is made up.
 */
import { describe, expect, it } from 'vitest';
import { isOrganisation, parseNoteNames } from '../src/cite/names.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const parsed = (text: string) => parseFullCitation(marked(text));

describe('a court’s decision after its acronym', () => {
  it('reads a quoted decision naming the parties: the court its author, the last year of its title its date', () => {
    expect(
      parsed(
        'HCJ, “Request for Interpretation of the Judgment of 15 June 1962 in the Case Concerning the Quay (Shore v. Harbour), Order of 18 July 2011,” paras. 20–26, https://hcj.example.org/case/151.',
      ),
    ).toEqual({
      item: {
        type: 'legal_case',
        title:
          'Request for Interpretation of the Judgment of 15 June 1962 in the Case Concerning the Quay (Shore v. Harbour), Order of 18 July 2011',
        author: [{ literal: 'HCJ' }],
        issued: { 'date-parts': [[2011]] },
        URL: 'https://hcj.example.org/case/151',
      },
      locator: 'paras. 20–26',
      etAl: false,
    });
  });

  it('reads an italic case name after the court, dated by its judgment', () => {
    expect(parsed('HCC, *Prosecutor v. Ann Lee*, Judgment, doc. no. HCC-01/12-171, 27 September 2016.').item).toEqual({
      type: 'legal_case',
      title: 'Prosecutor v. Ann Lee',
      author: [{ literal: 'HCC' }],
      issued: { 'date-parts': [[2016]] },
    });
  });

  it('leaves a court’s other papers (no parties, no case) to the common grammar', () => {
    expect(parsed('HCC, “Annual Report of the Registry,” 2016.').item.type).not.toBe('legal_case');
  });
});

describe('a treaty named without marks, dated by its signing', () => {
  it('reads the name, the place and day of signing, and the address', () => {
    expect(
      parsed(
        'Convention (II) with Respect to the Harbours of the Sea and Its Annex: Regulations Concerning Quays, The Hague, 29 July 1899, https://treaties.example.org/150.',
      ),
    ).toEqual({
      item: {
        type: 'treaty',
        title: 'Convention (II) with Respect to the Harbours of the Sea and Its Annex: Regulations Concerning Quays',
        issued: { 'date-parts': [[1899]] },
        URL: 'https://treaties.example.org/150',
      },
      locator: null,
      etAl: false,
    });
  });

  it('reads the document that circulated it, and the articles cited without the author’s glosses', () => {
    expect(
      parsed(
        'Shore Statute of the Harbour Court, circulated as doc. no. A/Conf. 18/9, 17 July 1998, Art. 8.2.b (applying to ports) and Art. 8.2.e (to rivers).',
      ),
    ).toEqual({
      item: { type: 'treaty', title: 'Shore Statute of the Harbour Court', issued: { 'date-parts': [[1998]] } },
      locator: 'Art. 8.2.b and Art. 8.2.e',
      etAl: false,
    });
  });

  it('leaves a person’s book about a treaty alone', () => {
    expect(parsed('Ann Lee, *The Treaty of Quays* (Hull: Shore Press, 2004), 12.').item.type).toBe('book');
  });
});

describe('talks titled as such', () => {
  it('reads quoted remarks and a statement made at an occasion as talks, the site printing them not their container', () => {
    const remarks = parsed(
      'Ann Lee, “Remarks on the Harbour Treaty,” Shore Department of State, 17 March 2016, https://state.example.gov/remarks/254.',
    ).item;
    expect(remarks).toMatchObject({ type: 'speech', title: 'Remarks on the Harbour Treaty' });
    expect(remarks['container-title']).toBeUndefined();
    expect(
      parsed('HCC, “Statement of the Prosecutor, Ann Lee, at the Opening of the Hearing on the Quay,” 1 March 2016.')
        .item.type,
    ).toBe('speech');
  });

  it('leaves a statement that is no talk (`Statement of Principles`) alone', () => {
    expect(parsed('Shore Trust, “Statement of Principles for Harbours,” 2016.').item.type).not.toBe('speech');
  });
});

describe('a body named after an acronym', () => {
  it('reads `UN Secretary-General` and `US Congress` as bodies, not initials and a family name', () => {
    expect(isOrganisation('UN Secretary-General')).toBe(true);
    expect(parseNoteNames('US Congress').names).toEqual([{ literal: 'US Congress' }]);
    expect(parseNoteNames('JK Lee').names).toEqual([{ family: 'Lee', given: 'JK' }]);
  });
});

describe('European Union law, as OSCOLA cites it', () => {
  const regulation =
    'Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October 2022 on a Single Market for Harbour Services and amending Directive 2000/31/EC (Harbour Services Act) [2022] OJ L277/1 (HSA).';

  it('reads an act of the Union with the short name the author gives it, which later notes cite', () => {
    const { works, notes } = citedIn(regulation, 'HSA (n 1) art 26(1)(d).', 'ibid recital 68.');
    expect(works[0]).toMatchObject({
      type: 'legislation',
      title:
        'Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October 2022 on a Single Market for Harbour Services and amending Directive 2000/31/EC (Harbour Services Act)',
      issued: { 'date-parts': [[2022]] },
    });
    expect(notes).toEqual([[['full', 0, null]], [['short', 0, 'art 26(1)(d)']], [['ibid', 0, 'recital 68']]]);
  });

  it('reads a judgment by its case number, name and identifier, the paragraphs the place cited', () => {
    expect(
      parsed('Case C-40/17 *Shore ID GmbH & Co KG v Verbraucherzentrale Quay eV* EU:C:2019:629, paras 74–80.'),
    ).toEqual({
      item: {
        type: 'legal_case',
        title: 'Shore ID GmbH & Co KG v Verbraucherzentrale Quay eV',
        issued: { 'date-parts': [[2019]] },
      },
      locator: 'paras 74–80',
      etAl: false,
    });
    expect(parsed('Case C-5/98 *Lee v Chen* [2000] ECR I-123, para 4.')).toMatchObject({
      item: { type: 'legal_case', title: 'Lee v Chen', issued: { 'date-parts': [[2000]] } },
      locator: 'para 4',
    });
  });
});
