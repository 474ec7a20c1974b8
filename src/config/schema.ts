import { z } from 'zod';

/** The roles a front- or back-matter division can play; they drive EPUB landmarks and PDF layout. */
export const divisionRoles = [
  'halftitle',
  'titlepage',
  'copyright',
  'toc',
  'dedication',
  'epigraph',
  'acknowledgements',
  'foreword',
  'preface',
  'authors-note',
  'introduction',
  'chapter',
  'conclusion',
  'afterword',
  'appendix',
  'bibliography',
  /** A part's title page ("Part One", a theme) between chapters. */
  'part',
  'colophon',
  /** Notes on contributors, biographies. */
  'contributors',
] as const;

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

/** A publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a year as a number, or a YAML timestamp. */
export const dateSchema = z.unknown().transform((value, context) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (datePattern.test(trimmed)) return trimmed;
    const stamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(trimmed);
    if (stamp && datePattern.test(stamp[1])) return stamp[1];
  }
  context.addIssue({ code: 'custom', message: `expected ${dateFormats}` });
  return z.NEVER;
});

export const trimSizes = ['6x9in', '5.5x8.5in', 'A5', 'letter'] as const;

/** `cover:` as a mapping: the printed full-wrap cover (`folio cover`) and the EPUB's cover image. */
const coverSchema = z.strictObject({
  /** Interior paper, for the spine width: `white` 0.002252 in per page, `cream` 0.0025 in. */
  paper: z.enum(['white', 'cream']).default('white'),
  /** Back cover text; the book's `description` when absent. */
  back: z.string().optional(),
  /** Background colour, `#rrggbb`. */
  background: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb').default('#1f2a38'),
  /** Text colour, `#rrggbb`; light or dark to suit the background when absent. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb').optional(),
  /** Background image across the whole wrap, bleed included (at least 300 ppi at that size). */
  image: z.string().optional(),
  /** EPUB cover image; generated from title and authors when absent. */
  epub: z.string().optional(),
});
export type CoverConfig = z.output<typeof coverSchema>;

/**
 * `folio.yaml` in a manuscript folder, or the YAML front matter of a single-file manuscript.
 * Every key is optional in a single file; a folder needs `chapters`.
 */
export const configSchema = z.strictObject({
  title: z.string().min(1).optional(),
  subtitle: z.string().min(1).optional(),
  /** One entry per author; each becomes its own `dc:creator`. */
  authors: z.array(z.string().min(1)).optional(),
  /** Shorthand for a single author. */
  author: z.string().min(1).optional(),
  /** BCP 47 tag of the book's main language. */
  language: z.string().min(2).default('en'),
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a year may be a number (`date: 2017`). */
  date: dateSchema.optional(),
  publisher: z.string().optional(),
  institution: z.string().optional(),
  /** A line such as "Senior honors thesis submitted to …" printed on the title page. */
  statement: z.string().optional(),
  description: z.string().optional(),
  rights: z.string().optional(),
  /** Stable identifier (ISBN, DOI or URN); derived from the content when absent. */
  identifier: z.string().optional(),
  /** Fixed modification time for reproducible EPUBs; derived from the source when absent. */
  modified: z.string().optional(),
  /** The cover settings; a bare path is short for `{ epub: path }`, the EPUB's cover image (relative to the manuscript). */
  cover: z.preprocess((value) => (typeof value === 'string' ? { epub: value } : value), coverSchema).optional(),
  front: z.array(divisionEntrySchema).default([]),
  chapters: z.array(divisionEntrySchema).default([]),
  back: z.array(divisionEntrySchema).default([]),
  bibliography: z
    .strictObject({
      /** Emit a bibliography chapter at the back of the PDF and EPUB. */
      include: z.boolean().default(true),
      /** CSL style name (from Debian's citation-style-language-styles) or a .csl path. */
      style: z.string().default('chicago-fullnote-bibliography'),
      locale: z.string().default('en-US'),
      title: z.string().default('Bibliography'),
    })
    .prefault({}),
  pdf: z
    .strictObject({
      trim: z.enum(trimSizes).default('6x9in'),
      /** Printer's file: no bookmarks, optional bleed and crop marks. */
      print: z.boolean().default(false),
      bleed: z.boolean().default(false),
      cropMarks: z.boolean().default(false),
      /** PDF/X standard of the printer's file. */
      pdfx: z.enum(['X-4', 'X-1a']).default('X-4'),
      /** CMYK output profile of the printer's file (relative to the manuscript); Ghostscript's default_cmyk.icc when absent. */
      iccProfile: z.string().optional(),
      /** Font families in order of preference; fallbacks cover scripts the first lacks. */
      fonts: z.array(z.string()).default(['EB Garamond', 'Noto Serif', 'Noto Serif Armenian']),
      /** Milliseconds before a stalled render is abandoned. */
      timeout: z.number().int().positive().default(300_000),
      /** `chapters`: each chapter laid out as its own Paged.js document (linear time); `single`: one flow. */
      layout: z.enum(['single', 'chapters']).default('chapters'),
      /** Browsers laying out chapters side by side (`chapters` layout): `auto` is one per core, at most 4. */
      workers: z.union([z.literal('auto'), z.number().int().min(1).max(16)]).default('auto'),
    })
    .prefault({}),
  epub: z
    .strictObject({
      /** Font files to embed; none by default, so the reading system's fonts are used. */
      fonts: z.array(z.string()).default([]),
      accessibilitySummary: z.string().optional(),
      /** Ibid. notes name their work in short form in the EPUB (a pop-up note has no previous note in view); print keeps Ibid. */
      expandIbid: z.boolean().default(true).describe('In the EPUB, write each certain Ibid. as the work\'s short form (Author, Short Title); the print edition keeps Ibid.'),
    })
    .prefault({}),
});

export type FolioConfigInput = z.input<typeof configSchema>;
export type FolioConfig = z.output<typeof configSchema>;
export type DivisionRole = z.infer<typeof divisionRoleSchema>;
export type DivisionEntry = z.infer<typeof divisionEntrySchema>;
