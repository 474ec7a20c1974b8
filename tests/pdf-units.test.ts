import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedUrl, withTimeout } from '../src/emit/pdf/browser.js';
import {
  bookFontFaces,
  coveredCodePoints,
  fontStack,
  symbolFallback,
  uncoveredCharacters,
} from '../src/emit/pdf/fonts.js';
import { shiftContentCodes } from '../src/emit/pdf/font-codes.js';
import { hyphenateTree, isUnbreakable } from '../src/emit/pdf/hyphenate.js';
import { shiftComponents } from '../src/emit/pdf/truetype.js';
import { fontFamilyOf } from '../src/emit/pdf/post-render-checks.js';
import { inlineFootnotes } from '../src/emit/pdf/footnotes.js';
import { pageSetupCss } from '../src/emit/pdf/page-setup.js';
import { blockText, conservation, ligatureVariants, words } from '../src/emit/pdf/text.js';
import { handlerFiles, pagedHandlersScript } from '../src/emit/pdf/paged-handlers.js';
import { keepInterElementSpaces } from '../src/emit/pdf/spaces.js';
import { breakUrls, urlBreakPieces } from '../src/emit/pdf/urls.js';

const element = (html: string) => fromHtml(html, { fragment: true }).children[0] as Element;

describe('notes beside their calls', () => {
  const part = () =>
    element(
      '<section class="part"><p>Some words here.<sup><a class="noteref" id="noteref-7" href="#note-7">7</a></sup> More.</p>' +
        '<div class="footnotes"><aside class="footnote" id="note-7"><p><a class="note-backlink" href="#noteref-7">7.</a> First.</p><p>Second.</p></aside>' +
        '<aside class="footnote" id="note-8"><p><a class="note-backlink" href="#noteref-8">8.</a> Uncalled.</p></aside></div></section>',
    );

  it('moves each note after its call, glued to the word before it, and keeps uncalled notes', () => {
    const section = part();
    const result = inlineFootnotes(section);
    expect(result).toEqual({ moved: [7], orphans: [8] });
    const html = toHtml(section);
    expect(html).toContain(
      '<p>Some words <span class="noteref-glue">here.<sup><a class="noteref" id="noteref-7" href="#note-7">7</a></sup><span class="footnote" data-note-number="7"><span class="footnote-p"><a class="note-backlink" href="#noteref-7" id="note-7">7.</a> First.</span><span class="footnote-p">Second.</span></span></span> More.</p>',
    );
    expect(html).toContain('<aside class="footnote" id="note-8">');
    expect(html).not.toContain('<aside class="footnote" id="note-7">');
  });
});

describe('hyphenation', () => {
  it('inserts soft hyphens in words but never in URLs, numbers, code or headings', () => {
    const tree = element(
      '<div><h2>Extraordinary</h2><p>Internationalization matters, see https://example.com/internationalization and 1234567 or <code>hyphenation</code>.</p></div>',
    );
    hyphenateTree(tree, 'en');
    const html = toHtml(tree);
    expect(html).toContain('<h2>Extraordinary</h2>');
    expect(html).toContain('In\u00adter\u00adna\u00adtion\u00adal\u00adiza\u00adtion');
    expect(html).toContain('https://example.com/internationalization');
    expect(html).toContain('<code>hyphenation</code>');
    expect(isUnbreakable('1234567')).toBe(true);
    expect(isUnbreakable('www.example.org')).toBe(true);
  });

  it('follows lang: Russian patterns inside lang="ru"', () => {
    const tree = element('<p>text <span lang="ru">государственный</span></p>');
    hyphenateTree(tree, 'en');
    expect(toHtml(tree)).toMatch(/го\u00ad?су\u00ad?дар/);
  });
});

describe('URL breaks', () => {
  it('allows breaks after slashes and before dots, never inside the scheme or leaving a piece under 3 characters', () => {
    expect(urlBreakPieces('https://www.example.com/path/to-page?x=1')).toEqual([
      'https://',
      'www',
      '.example',
      '.com/',
      'path/',
      'to-page',
      '?x=1',
    ]);
    const tree = element('<p>See http://a.example.org/long/path.</p>');
    breakUrls(tree);
    expect(toHtml(tree)).toBe('<p>See http://<wbr>a.example<wbr>.org/<wbr>long/<wbr>path<wbr>.</p>');
  });

  it('breaks long runs without punctuation (tokens, encoded text) so no piece is wider than 12 characters and a few', () => {
    const token = 'E8756F556CB3E5348F10F87DFF63592AE5E52343D4EEF';
    const pieces = urlBreakPieces(`https://x.org/a?token=${token}`);
    expect(pieces.join('')).toBe(`https://x.org/a?token=${token}`);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(15);
    expect(urlBreakPieces('https://x.org/#:~:text=On%20July%2029%2C%20Azerbaijan')).toContain('%20Azerbaijan');
  });
});

describe('glyph codes shifted for a joined font', () => {
  it('raises the codes a shifted font shows, and nothing else', () => {
    const content = [
      '/Span <</ActualText <FEFF0041>>> BDC',
      'BT /F1 12 Tf <0001> Tj /F2 12 Tf <00010002> Tj [(\\000\\003) -20 <0004>] TJ ET',
      'q BT /F1 9 Tf ET Q BT <0005> Tj ET EMC',
    ].join('\n');
    const shifted = shiftContentCodes(Buffer.from(content, 'latin1'), new Map([['F2', 0x100]]))!.toString('latin1');
    expect(shifted).toBe(
      [
        '/Span <</ActualText <FEFF0041>>> BDC',
        'BT /F1 12 Tf <0001> Tj /F2 12 Tf <01010102> Tj [<0103> -20 <0104>] TJ ET',
        'q BT /F1 9 Tf ET Q BT <0105> Tj ET EMC',
      ].join('\n'),
    );
    expect(shiftContentCodes(Buffer.from('BT /F1 12 Tf <0001> Tj ET'), new Map([['F2', 1]]))).toBeUndefined();
  });

  it("moves a composite glyph's components with it, and leaves a simple glyph alone", () => {
    // Two components: glyph 3 (word arguments, a scale), then glyph 7 (byte arguments).
    const composite = Buffer.from(
      'ffff0000000000000000' + '0029' + '0003' + '00000000' + '4000' + '0002' + '0007' + '0000',
      'hex',
    );
    const moved = Buffer.from(shiftComponents(composite, 100));
    expect(moved.readUInt16BE(12)).toBe(103);
    expect(moved.readUInt16BE(22)).toBe(107);
    expect(Buffer.compare(moved.subarray(0, 12), composite.subarray(0, 12))).toBe(0);
    const simple = Buffer.from('0001000000000000000a000a', 'hex');
    expect(shiftComponents(simple, 100)).toBe(simple);
  });
});

describe('font coverage', () => {
  it('reads the character maps of the configured @fontsource fonts', () => {
    const { faces, missing } = bookFontFaces(['EB Garamond', 'Noto Serif', 'Noto Serif Armenian', 'No Such Font']);
    expect(missing).toEqual(['No Such Font']);
    const covered = coveredCodePoints(faces);
    for (const char of 'AéЖԱՃ։') expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    // The symbol fallback closes every stack; a character no face has is still reported.
    expect(covered.has('✓'.codePointAt(0)!)).toBe(true);
    const uncovered = uncoveredCharacters([{ where: 'chapter-1', text: 'Text 漢 and ✓ and\u00ad soft 🜁' }], covered);
    expect(uncovered.map((c) => c.char)).toEqual(['漢', '🜁']);
    expect(uncovered[0].firstIn).toBe('chapter-1');
  });

  it('ends every stack with a symbol font that shows the common signs the book faces lack', () => {
    expect(fontStack(['EB Garamond'])).toEqual(['EB Garamond', symbolFallback]);
    expect(fontStack([symbolFallback, 'EB Garamond'])).toEqual([symbolFallback, 'EB Garamond']);
    const { faces } = bookFontFaces(['EB Garamond']);
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['EB Garamond', symbolFallback]));
    const covered = coveredCodePoints(faces);
    const signs = '∗‡†§¶•‣※⁂±×÷−√≈∞≠≤≥∑∫∂∇∅∩∪⊂⊆∈∉∀∃∴∵∼≅≡∝∠⊥∥⊕⊗→←↔↑↓⇒⇔☐☑✓✗★☆■□▲△●○◆◇♠♥♦♣№℃½⅓¼⅛‰₂²′″™©®µΩℓℵ₀';
    expect(uncoveredCharacters([{ where: 'signs', text: signs }], covered)).toEqual([]);
    expect(pageSetupCss({ trim: '6x9in', bookTitle: 'T', fonts: ['EB Garamond'] })).toContain(
      '--folio-font-family: "EB Garamond", "DejaVu Sans", serif;',
    );
  });

  it('maps embedded font names to families', () => {
    const families = ['EB Garamond', 'Noto Serif', 'Noto Serif Armenian'];
    expect(fontFamilyOf('ABCDEF+EBGaramond-Italic', families)).toBe('EB Garamond');
    expect(fontFamilyOf('XYZABC+NotoSerifArmenian-Regular', families)).toBe('Noto Serif Armenian');
    expect(fontFamilyOf('GAAAAA+LiberationSerif', families)).toBeUndefined();
  });
});

describe('text conservation', () => {
  it('matches words across hyphenated line ends and reports what is missing', () => {
    expect(words('Exam\u00adple well-known\n1450-1800')).toEqual(['example', 'wellknown', '14501800']);
    const pdf = 'An exam\u2011\nple of the well-\nknown text, 14501800.';
    expect(conservation('An example of the well-known text, 1450-1800.', pdf).missingTotal).toBe(0);
    const lost = conservation('One two three four.', 'One two four.');
    expect(lost).toMatchObject({ expected: 4, found: 3, missingTotal: 1, missing: [{ word: 'three', count: 1 }] });
  });

  it('reads through what pdftotext does to a page foot, spaced capitals and ligatures', () => {
    // "se-" ends a page and is glued to the first note's number; the next page starts "curing".
    const source = 'They succeeded in securing the pass.\n65. Ibid.\nRAFFI wrote of the fire.';
    const pdf = 'They succeeded in se65. Ibid.\f\ncuring the pass.\nR AFFI wrote of the fre.';
    expect(conservation(source, pdf).missing).toEqual([]);
    // Glued tokens do not excuse a word whose rest is not there.
    expect(conservation('in securing the pass. 65. Ibid.', 'in se65. Ibid. the pass.').missing).toEqual([
      { word: 'securing', count: 1 },
    ]);
  });

  it('pairs a word cut at a page foot with a rest that starts with a ligature, when the note number is also a folio', () => {
    // "magni-" ends page 243 before note 1403; page 244 starts "ﬁed", read back as "fed". Page 1403
    // of a long book prints the folio 1403, so the number glued to "magni" is not missing.
    const source = 'timing magnified the impact. 1403. Ibid.';
    const pdf = 'timing magni1403. Ibid.\f\nfed the impact.\f1403\n';
    expect(conservation(source, pdf).missing).toEqual([]);
  });

  it('matches a word whose ligature reads back as its f alone, whole or cut at a soft hyphen, and counts it', () => {
    expect(ligatureVariants('office')).toEqual(['ofce', 'ofice', 'offce']);
    expect(ligatureVariants('muffle')).toEqual(['mufe', 'mufle', 'muffe']);
    expect(ligatureVariants('road')).toEqual([]);
    // Whole words: fi, ffi, ff, fl.
    const whole = conservation('The fire in the office, an offer to fly.', 'The fre in the ofce, an ofer to fy.');
    expect(whole).toMatchObject({ missing: [], missingTotal: 0, ligatureRepairs: 4 });
    // The line breaks at a soft hyphen just after the ligature: the head reads "fght", the rest "ing".
    const cut = conservation('The crews kept fighting the flood.', 'The crews kept fght\u2011\ning the food.');
    expect(cut).toMatchObject({ missing: [], expected: 6, found: 6, ligatureRepairs: 2 });
    // As written: no repair.
    expect(conservation('kept fighting', 'kept fight\u2011\ning')).toMatchObject({ missing: [], ligatureRepairs: 0 });
    // Letters lost that are not a ligature's stay missing.
    expect(conservation('kept fighting', 'kept fhting').missing).toEqual([{ word: 'fighting', count: 1 }]);
    expect(conservation('kept fighting', 'kept fiht\u2011\ning').missing).toEqual([{ word: 'fighting', count: 1 }]);
  });

  it('reads two words that pdftotext ran together at a hyphen the text keeps at a line end', () => {
    // A table cell ends in a stem `improv-`; pdftotext joins the next line's word to it.
    const source = 'land- district- improv-\nRailway Topic';
    expect(conservation(source, 'land- district- improvRailway Topic').missing).toEqual([]);
    expect(conservation('not-- changed. We', 'not-changed. We').missing).toEqual([]);
    // Only when both words are missing.
    expect(conservation('improv railway', 'improvrailway railway').missing).toEqual([{ word: 'improv', count: 1 }]);
  });

  it('pairs the pieces of words cut at page feet, a word with one way to cut first', () => {
    // "histori-" ends a page before note 298 and "cal" starts the next; "historian" was cut "his-" + "torian".
    const source = 'the historian wrote more historical 298. Note. Foot text.';
    const pdf = 'the his\nFoot text.\f\ntorian wrote an more histori298. Note.\f\ncal';
    expect(conservation(source, pdf).missing).toEqual([]);
  });

  it('reads a note number run into the word after it', () => {
    expect(conservation('the movement.1389 Miatsum was heard', 'the movement.1389Miatsum was heard').missing).toEqual(
      [],
    );
    expect(conservation('the movement. Miatsum was heard', 'the movement.1389Miatsum was heard').missing).toEqual([]);
    // Two calls around a word, the space after the first lost: "Hollow,17 quARTz18" read as one token.
    expect(conservation('the Hollow,17 quARTz18 and Vale', 'the Hollow,17quARTz18 and Vale').missing).toEqual([]);
    // A call run into a common word that is not missed elsewhere: "1840.38A" still gives back 38.
    expect(conservation('in 1840.38 A quay was built. A toll', 'in 1840.38A quay was built. A toll a').missing).toEqual(
      [],
    );
  });

  it('leaves out the pieces of a URL the manuscript breaks, and reads struck or inserted text inline', () => {
    // Hard-wrapped after a hyphen, cut by a tab, split by a paragraph break: the PDF prints it whole.
    const source =
      'Seen at https://lanterns.example.org/notes/the-\nquiet/2031/05/long-walk-to-the-\tharbour/?ref=7.\n' +
      'Also https://lanterns.example.org/shelf/very-long-\n\nkept-in-boxes/. ' +
      'Done at www.lanterns.example.org/a-\nquiet-harbour.html?at=dusk';
    const pdf =
      'Seen at https://lanterns.example.org/notes/thequiet/2031/05/long-walk-to-the-\nharbour/?ref=7.\n' +
      'Also https://lanterns.example.org/shelf/very-long-kept-\nin-boxes/. ' +
      'Done at www.lanterns.example.org/a-quiet-\nharbour.html?at=dusk';
    expect(conservation(source, pdf)).toMatchObject({ missing: [], expected: 5 });
    // Only a token with a slash, a query or the like continues a URL: the next word is still counted.
    expect(conservation('https://lanterns.example.org/a- harbour', 'https://lanterns.example.org/a-').missing).toEqual([
      { word: 'harbour', count: 1 },
    ]);
    // `weights <em>w</em><del>1</del>` is one word on the page, as in the HTML's text.
    expect(
      blockText(
        fromHtml('<p>weights <em>ω</em><del>1</del> and <ins>ω</ins>2</p>', { fragment: true })
          .children as ElementContent[],
      ),
    ).toBe('\nweights ω1 and ω2\n');
  });
});

describe('page setup', () => {
  it('mirrors the margins with the gutter inside and sets the trim', () => {
    const css = pageSetupCss({
      trim: '6x9in',
      bookTitle: 'A "Book"',
      fonts: ['EB Garamond'],
      bleed: true,
      cropMarks: true,
    });
    expect(css).toContain('size: 6in 9in;');
    expect(css).toMatch(/@page :left {\s+margin-left: 0.65in;\s+margin-right: 0.85in;/);
    expect(css).toMatch(/@page :right {\s+margin-left: 0.85in;\s+margin-right: 0.65in;/);
    expect(css).toContain('bleed: 0.125in;');
    expect(css).toContain('marks: crop;');
    expect(css).toContain('content: "A \\"Book\\"";');
    expect(pageSetupCss({ trim: 'A5', bookTitle: 'x', fonts: [] })).toContain('size: 148mm 210mm;');
  });
});

describe('Paged.js handlers', () => {
  const dir = new URL('../src/emit/pdf/handlers/', import.meta.url);

  it('joins every handler file, each checked by tsc, into one scope that registers the handlers last', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
    expect([...handlerFiles].sort()).toEqual(files.sort());
    for (const name of files) expect(readFileSync(new URL(name, dir), 'utf8').startsWith('// @ts-check\n')).toBe(true);
    expect(pagedHandlersScript.startsWith('(() => {\n')).toBe(true);
    expect(pagedHandlersScript).not.toContain('@ts-check');
    expect(pagedHandlersScript.trimEnd().split('\n').slice(-2)).toEqual([
      '  window.PagedPolyfill.registerHandlers(FolioFonts, FolioChecks, FolioSteps, FolioHidePages, FolioUnpainted, FolioFolios, FolioNotes, FolioBreaks);',
      '})();',
    ]);
    for (const name of [
      'FolioFonts',
      'FolioChecks',
      'FolioSteps',
      'FolioHidePages',
      'FolioUnpainted',
      'FolioFolios',
      'FolioNotes',
      'FolioBreaks',
    ])
      expect(pagedHandlersScript).toContain(`  class ${name} extends window.Paged.Handler {`);
    expect(() => new Function(pagedHandlersScript)).not.toThrow();
  });
});

describe('browser guard', () => {
  it('allows only file: (inside the allowed folders) and data: URLs', () => {
    expect(isAllowedUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedUrl('file:///tmp/book/styles/print.css', ['/tmp/book'])).toBe(true);
    expect(isAllowedUrl('file:///etc/passwd', ['/tmp/book'])).toBe(false);
    expect(isAllowedUrl('https://example.com/x.png')).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedUrl('ws://localhost/')).toBe(false);
  });

  it('abandons a stalled task with a clear error', async () => {
    let stopped = false;
    const never = new Promise<never>(() => {});
    await expect(withTimeout(never, 50, 'The PDF render', () => (stopped = true))).rejects.toThrow(
      /did not finish within 0 s \(config pdf.timeout\)/,
    );
    expect(stopped).toBe(true);
  });
});

describe('spaces between inline elements', () => {
  it('moves a lone space into the element before it, where Paged.js keeps it', () => {
    const tree = element(
      '<p>author of <em>Black</em> <em>Garden</em>, and <a class="note-backlink">65.</a> <em>Ibid.</em></p>',
    );
    expect(keepInterElementSpaces(tree)).toBe(2);
    expect(toHtml(tree)).toBe(
      '<p>author of <em>Black </em><em>Garden</em>, and <a class="note-backlink">65. </a><em>Ibid.</em></p>',
    );
  });

  it('moves spaces that end or start an inline element next to an inline element, which Paged.js drops', () => {
    // Two language runs of a word processor: the spaces end the first span, after its <em>.
    const tree = element(
      '<p><span lang="en-US"><em>Society for Lantern</em>  </span><span lang="en-US"><em>Keeping</em>, ' +
        '</span><span>\t<b>Harbour</b></span> and <span><i>Quay</i></span>, <span>  </span>end.</p>',
    );
    expect(keepInterElementSpaces(tree)).toBe(2);
    expect(toHtml(tree)).toBe(
      '<p><span lang="en-US"><em>Society for Lantern  </em></span><span lang="en-US"><em>Keeping</em>, ' +
        '</span><span><b>\tHarbour</b></span> and <span><i>Quay</i></span>, <span>  </span>end.</p>',
    );
    // Block edges are left alone: there the space separates nothing.
    const block = element('<div><p><em>Lantern</em>  </p>  <p>Quay</p></div>');
    expect(keepInterElementSpaces(block)).toBe(0);
  });
});
