/**
 * Checks on the finished PDF: page count, notes on their call's page, text conservation between
 * the HTML and the PDF (Paged.js can silently clip text), fonts embedded and every character
 * shown in a book font; for the printer's file, the preflight (PDF/X keys, boxes, colour, fonts,
 * images).
 */
import { describeUncovered, uncoveredCharacters } from './fonts.js';
import type { PrintDocument } from './document.js';
import { pdfFonts, pdfPageCount, pdfPageTexts, type PdfFont } from './poppler.js';
import type { LayoutFacts } from './layout.js';
import { conservation, type Conservation } from './text.js';
import { preflight, type PreflightOptions } from '../preflight/index.js';
import { facesEmbeddedTwice } from '../preflight/rules/fonts.js';

export interface CheckResult {
  name: 'pages' | 'notes' | 'text' | 'fonts' | 'glyphs' | 'preflight';
  ok: boolean;
  summary: string;
  details: string[];
}

export interface CheckInput {
  layout: LayoutFacts;
  document: PrintDocument;
  /** The code points the book fonts cover (coveredCodePoints). */
  covered: ReadonlySet<number>;
  families: string[];
  /** The book's text, from the rendered HTML. */
  sourceText: string;
  /**
   * pdftotext's page texts when already known (chapter-by-chapter layout extracts them per chapter); else read from
   * the file.
   */
  pageTexts?: string[];
  /** The printer's file: preflight it as this PDF/X version and trim. */
  preflight?: PreflightOptions;
}

export interface PdfFacts {
  pages: number;
  fonts: PdfFont[];
  pageTexts: string[];
  conservation: Conservation;
}

export async function checkPdf(file: string, input: CheckInput): Promise<{ checks: CheckResult[]; facts: PdfFacts }> {
  const [pages, fonts, pageTexts] = await Promise.all([
    pdfPageCount(file),
    pdfFonts(file),
    input.pageTexts ?? pdfPageTexts(file),
  ]);
  const text = conservation(input.sourceText, pageTexts.join('\n'));
  const facts: PdfFacts = { pages, fonts, pageTexts, conservation: text };
  const checks = [
    pageCheck(facts, input),
    noteCheck(input),
    textCheck(text),
    fontCheck(fonts, input.families),
    glyphCheck(pageTexts, input),
  ];
  if (input.preflight) checks.push(await preflightCheck(file, input.preflight));
  return { checks, facts };
}

async function preflightCheck(file: string, options: PreflightOptions): Promise<CheckResult> {
  const report = await preflight(file, options);
  const problems = report.findings.filter((finding) => finding.severity !== 'info');
  const found = report.findings.filter((finding) => finding.severity === 'info').map((finding) => finding.message);
  const counts = [
    report.errors && `${report.errors} error${report.errors === 1 ? '' : 's'}`,
    report.warnings && `${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    name: 'preflight',
    ok: report.errors === 0,
    summary: `preflight: ${counts || 'print-ready'} (${found[0] ?? 'no PDF/X version'})`,
    details: [...problems.map((finding) => `${finding.severity}: ${finding.message}`), ...found.slice(1)],
  };
}

function pageCheck(facts: PdfFacts, input: CheckInput): CheckResult {
  const ok = facts.pages > 0 && facts.pages === input.layout.pages;
  return {
    name: 'pages',
    ok,
    summary: `${facts.pages} pages${ok ? '' : ` in the PDF, but Paged.js laid out ${input.layout.pages}`}`,
    details: [],
  };
}

function noteCheck(input: CheckInput): CheckResult {
  const expected = input.document.stats.notes;
  const placed = new Map(input.layout.notes.map((note) => [note.number, note]));
  const onPage = input.layout.notes.filter((note) => note.callPage > 0 && note.callPage === note.notePage).length;
  const details: string[] = [];
  for (const note of input.layout.notes) {
    if (note.callPage !== note.notePage)
      details.push(`note ${note.number}: called on page ${note.callPage}, printed on page ${note.notePage}`);
  }
  const lost = expected - placed.size;
  if (lost > 0) details.push(`${lost} note(s) not found at the foot of any page`);
  return {
    name: 'notes',
    ok: onPage === expected && lost === 0,
    summary: `notes on their call's page: ${onPage} of ${expected}`,
    details: details.slice(0, 20),
  };
}

function textCheck(text: Conservation): CheckResult {
  const percent = text.expected ? (100 * text.found) / text.expected : 100;
  return {
    name: 'text',
    ok: text.missingTotal === 0,
    summary:
      `text conservation: ${text.found} of ${text.expected} words (${percent.toFixed(2)}%)` +
      (text.ligatureRepairs
        ? `, ${text.ligatureRepairs} read with a ligature's letters after its f lost (\`fre\` for \`fire\`)`
        : ''),
    details: text.missing.length
      ? [`missing: ${text.missing.map((m) => (m.count > 1 ? `${m.word} ×${m.count}` : m.word)).join(', ')}`]
      : [],
  };
}

/** `ABCDEF+EBGaramond-Regular` belongs to `EB Garamond`. */
export function fontFamilyOf(name: string, families: string[]): string | undefined {
  const bare = name
    .replace(/^[A-Z]{6}\+/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const candidates = families.map((family) => ({ family, key: family.toLowerCase().replace(/[^a-z0-9]/g, '') }));
  candidates.sort((a, b) => b.key.length - a.key.length);
  return candidates.find((candidate) => bare.startsWith(candidate.key))?.family;
}

function fontCheck(fonts: PdfFont[], families: string[]): CheckResult {
  const notEmbedded = fonts.filter((font) => !font.embedded).map((font) => font.name);
  const foreign = fonts.filter((font) => !fontFamilyOf(font.name, families)).map((font) => font.name);
  const details = [...(notEmbedded.length ? [`not embedded: ${notEmbedded.join(', ')}`] : [])];
  // Fonts outside pdf.fonts come from SVG images or from characters the book fonts lack (the glyph check).
  const foreignNames = [...new Set(foreign.map((name) => name.replace(/^[A-Z]{6}\+/, '')))];
  if (foreign.length) details.push(`also used (images or fallback): ${foreignNames.join(', ')}`);
  // Each face once: the merge joins the chapters' subsets of one font file (font-merge.ts).
  const twice = facesEmbeddedTwice(fonts);
  for (const [face, names] of twice)
    details.push(`Unexpected face ${face} embedded ${names.length} times (${names.join(', ')}), expected once`);
  const used = [...new Set(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')))];
  const once = twice.size ? `${twice.size} face(s) more than once` : 'each face once';
  return {
    name: 'fonts',
    ok: notEmbedded.length === 0,
    summary: `fonts: ${fonts.length - notEmbedded.length} of ${fonts.length} embedded, ${once} (${used.join(', ')})`,
    details,
  };
}

function glyphCheck(pageTexts: string[], input: CheckInput): CheckResult {
  const covered = new Set(input.covered);
  // Chromium labels the hyphen it draws at a soft hyphen U+2010 or U+2011; the glyph is the font's own hyphen.
  for (const drawnHyphen of [0x2010, 0x2011]) covered.add(drawnHyphen);
  const uncovered = uncoveredCharacters(
    pageTexts.map((text, index) => ({ where: `page ${index + 1}`, text })),
    covered,
  );
  return {
    name: 'glyphs',
    ok: uncovered.length === 0,
    summary: uncovered.length
      ? `characters without a glyph in the book fonts: ${uncovered.length}`
      : 'every character has a glyph in the book fonts',
    details: uncovered.length ? [describeUncovered(uncovered, input.families)] : [],
  };
}

export function formatReport(checks: CheckResult[]): Array<{ ok: boolean; text: string }> {
  return checks.flatMap((check) => [
    { ok: check.ok, text: `  ${check.ok ? 'ok  ' : 'FAIL'} ${check.summary}` },
    ...check.details.map((detail) => ({ ok: check.ok, text: `       ${detail}` })),
  ]);
}
