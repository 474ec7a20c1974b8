import * as z from 'zod';
import { findDate } from '../cite/text.js';
import { divisionRoles } from '../roles.js';

/** The roles a division can play (src/roles.ts); they drive EPUB landmarks and PDF layout. */
export { divisionRoles };

/**
 * A key's documentation, read by `npm run docs` for the README's config table: what it means and,
 * when the schema's default does not say it, what happens when it is absent.
 */
export function doc(description: string, absent?: string): { description: string; absent?: string } {
  return absent === undefined ? { description } : { description, absent };
}

export const divisionRoleSchema = z.enum(divisionRoles);

const divisionEntrySchema = z.union([
  z.string().min(1),
  z.strictObject({
    file: z.string().min(1),
    role: divisionRoleSchema.optional(),
  }),
]);

/** What a date may be written as; a timestamp keeps its day. */
export const dateFormats = 'YYYY, YYYY-MM or YYYY-MM-DD';
const datePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** `YYYY`, `YYYY-MM`, or `YYYY-MM-DD` of a day the month has (not 31 February). */
function isDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  return day === undefined || new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** A date written in words, as Pandoc's `date:` often is ("4 March 2017", "March 4, 2017", "Sept. 2017"). */
function writtenDate(text: string): string | undefined {
  const found = findDate(text);
  if (found?.index !== 0 || found.length !== text.length) return undefined;
  return found.parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/**
 * A publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a year as a number, a YAML timestamp, or a
 * date in English words ("4 March 2017").
 */
export const dateSchema = z.unknown().transform((value, context) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (isDate(trimmed)) return trimmed;
    const stamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(trimmed);
    if (stamp && isDate(stamp[1])) return stamp[1];
    const written = writtenDate(trimmed);
    if (written && isDate(written)) return written;
  }
  context.addIssue({ code: 'custom', message: `expected ${dateFormats}` });
  return z.NEVER;
});

/**
 * A text field: a number YAML typed as one (`title: 1984`, `identifier: 9780262033848`) is the text
 * the author wrote.
 */
const text = (min = 0) =>
  z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().min(min));

export const trimSizes = ['6x9in', '5.5x8.5in', 'A5', 'letter'] as const;

/** `cover:` as a mapping: the printed full-wrap cover (`folio cover`) and the EPUB's cover image. */
const coverSchema = z.strictObject({
  paper: z
    .enum(['white', 'cream'])
    .default('white')
    .meta(doc('interior paper for the spine width: `white` (0.002252 in a page) or `cream` (0.0025 in)')),
  back: z.string().optional().meta(doc('back cover text (blank lines separate paragraphs)', '`description`')),
  background: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb')
    .default('#1f2a38')
    .meta(doc('print cover background colour, `#rrggbb`')),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb')
    .optional()
    .meta(doc('print cover text colour, `#rrggbb`', 'light or dark to suit')),
  image: z
    .string()
    .optional()
    .meta(doc('background image across the whole wrap, bleed included (PNG, JPEG at 300 ppi or more, or SVG)')),
  epub: z.string().optional().meta(doc("the EPUB's cover image", 'generated')),
});
export type CoverConfig = z.output<typeof coverSchema>;

/**
 * `folio.yaml` in a manuscript folder, or the YAML front matter of a single-file manuscript.
 * Every key is optional in a single file; a folder needs `chapters`.
 */
export const configSchema = z.strictObject({
  title: text(1).optional().meta(doc("the book's title", 'from the title page')),
  subtitle: text(1).optional().meta(doc("the book's subtitle", 'from the title page')),
  authors: z
    .array(z.string().min(1))
    .optional()
    .meta(doc('one entry per author; each becomes its own `dc:creator`', 'from the title page')),
  author: text(1).optional().meta(doc('shorthand for a single author')),
  language: z.string().min(2).default('en').meta(doc("BCP 47 tag of the book's main language")),
  date: dateSchema
    .optional()
    .meta(doc('publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a year may be a number: `date: 2017`)')),
  publisher: text().optional().meta(doc('the publisher, for the title and copyright pages and the EPUB')),
  institution: text().optional().meta(doc('the institution (a thesis), for the title page')),
  statement: text()
    .optional()
    .meta(doc('a line such as "Senior honors thesis submitted to …" printed on the title page')),
  description: text().optional().meta(doc("the book's description, for the EPUB and the back cover")),
  rights: text().optional().meta(doc('the rights statement, for the copyright page and the EPUB')),
  identifier: text().optional().meta(doc('stable identifier: ISBN, DOI or URN', 'derived from the content')),
  modified: z
    .string()
    .optional()
    .meta(doc('fixed modification time, for reproducible EPUBs', 'derived from the source')),
  keepGoing: z
    .boolean()
    .default(false)
    .meta(doc('build despite check errors (a draft): the errors are printed and the exit code is 1')),
  cover: z
    .preprocess((value) => (typeof value === 'string' ? { epub: value } : value), coverSchema)
    .optional()
    .meta(doc("the cover settings below; a bare path is short for `cover.epub`, the EPUB's cover image", 'generated')),
  front: z.array(divisionEntrySchema).default([]).meta(doc('front matter files in order, entries as in `chapters`')),
  chapters: z
    .array(divisionEntrySchema)
    .default([])
    .meta(
      doc(
        `chapter files in order; an entry is a path or \`{file, role}\` (roles:` +
          ` ${divisionRoles.map((role) => `\`${role}\``).join(', ')})`,
      ),
    ),
  back: z.array(divisionEntrySchema).default([]).meta(doc('back matter files in order, entries as in `chapters`')),
  bibliography: z
    .preprocess(
      // Pandoc's `bibliography:` names data files: a path or a list is short for `bibliography.files`.
      (value) => (typeof value === 'string' || Array.isArray(value) ? { files: [value].flat() } : value),
      z.strictObject({
        include: z.boolean().default(true).meta(doc('print the bibliography at the back of the PDF and EPUB')),
        style: z
          .string()
          .default('chicago-fullnote-bibliography')
          .meta(doc("CSL style name (Debian's citation-style-language-styles) or a `.csl` path")),
        locale: z.string().default('en-US').meta(doc('CSL locale')),
        title: z.string().default('Bibliography').meta(doc('heading of the bibliography')),
        files: z
          .array(z.string())
          .default([])
          .meta(
            doc(
              "Pandoc's bibliography data files (`bibliography: refs.json`, a path or a list," +
                ' is short for this), as `folio normalise --citations pandoc` writes; kept for' +
                ' Pandoc: Folio reads the citations from the notes',
            ),
          ),
      }),
    )
    .prefault({}),
  notes: z
    .strictObject({
      restyle: z
        .boolean()
        .default(false)
        .meta(
          doc(
            'write every citation Folio is sure of again in `bibliography.style` (citeproc: first' +
              ' full, then short, Ibid. where the style says); an author-date style moves notes' +
              ' that hold only citations into the text',
          ),
        ),
    })
    .prefault({}),
  pdf: z
    .strictObject({
      trim: z.enum(trimSizes).default('6x9in').meta(doc('trim size: `6x9in`, `5.5x8.5in`, `A5` or `letter`')),
      print: z
        .boolean()
        .default(false)
        .meta(doc("the printer's file: PDF/X, no bookmarks, optional bleed and crop marks")),
      bleed: z.boolean().default(false).meta(doc("0.125 in bleed (the printer's file only)")),
      cropMarks: z.boolean().default(false).meta(doc("crop marks (the printer's file only)")),
      pdfx: z.enum(['X-4', 'X-1a']).default('X-4').meta(doc("the printer's file's standard: `X-4` or `X-1a`")),
      iccProfile: z
        .string()
        .optional()
        .meta(
          doc(
            "CMYK output profile of the printer's file (relative to the manuscript)",
            "Ghostscript's `default_cmyk.icc`",
          ),
        ),
      fonts: z
        .array(z.string())
        .default(['EB Garamond', 'Noto Serif', 'Noto Serif Armenian'])
        .meta(doc('font families in order of preference; fallbacks cover scripts the first lacks')),
      timeout: z.number().int().positive().default(300_000).meta(doc('milliseconds before a stalled render fails')),
      layout: z
        .enum(['single', 'chapters', 'auto'])
        .default('auto')
        .meta(
          doc(
            "`chapters`: each chapter laid out on its own, then merged (linear in the book's" +
              ' length, cached per chapter); `single`: one Paged.js flow; `auto`: `single` for a' +
              ' short book (under 20,000 words), else `chapters`',
          ),
        ),
      workers: z
        .union([z.literal('auto'), z.number().int().min(1).max(16)])
        .default('auto')
        .meta(
          doc(
            'browsers laying out chapters side by side (1 to 16): `auto` is one per core, at' +
              ' most 4 (each takes a few hundred MiB)',
          ),
        ),
    })
    .prefault({}),
  epub: z
    .strictObject({
      fonts: z.array(z.string()).default([]).meta(doc("font files to embed; the reading system's fonts by default")),
      accessibilitySummary: z.string().optional().meta(doc("the EPUB's accessibility summary", 'generated')),
      ace: z
        .boolean()
        .default(false)
        .meta(doc("check the EPUB's accessibility with DAISY Ace after writing it; fail on a violation")),
      expandIbid: z
        .boolean()
        .default(true)
        .meta(
          doc(
            'in the EPUB, a certain Ibid. names its work in short form (a pop-up note has no' +
              ' previous note in view); print keeps Ibid.',
          ),
        ),
    })
    .prefault({}),
});

export type FolioConfigInput = z.input<typeof configSchema>;
export type FolioConfig = z.output<typeof configSchema>;
export type DivisionRole = z.infer<typeof divisionRoleSchema>;
export type DivisionEntry = z.infer<typeof divisionEntrySchema>;
