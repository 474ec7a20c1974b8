/**
 * The roles a division can play, said once: one row per role with everything the stages need to
 * know about it (where it goes, whether it prints its title, how it is laid out, its EPUB and
 * DPUB-ARIA semantics). The config schema, the reader, the render stage and the writers all read
 * this table; none keeps a list of roles of its own.
 */

export interface RoleFacts {
  /** Where a division of this role goes when the manuscript does not say. */
  matter: 'front' | 'body' | 'back';
  /** Prints no title of its own (a heading naming it is a label). */
  untitled: boolean;
  /** Laid out on a display page: no running head, no folio, no hyphenation. */
  display: boolean;
  /** In print only; the EPUB leaves it out. */
  printOnly: boolean;
  /** Printed before the contents (the rest of the front matter follows them). */
  beforeContents: boolean;
  /** A heading that only names the role ("# Dedication") is a label, not text: not printed. */
  namedByHeading: boolean;
  /** EPUB 3 structural semantics vocabulary term. */
  epubType: string;
  /** DPUB-ARIA role, when one fits. */
  ariaRole?: string;
  /** Human label for untitled parts and landmarks. */
  label: string;
}

const front = {
  matter: 'front',
  untitled: false,
  display: false,
  printOnly: false,
  beforeContents: false,
  namedByHeading: false,
} as const;
const body = { ...front, matter: 'body' } as const;
const back = { ...front, matter: 'back' } as const;
const displayPage = { ...front, untitled: true, display: true } as const;

export const roleTable = {
  halftitle: { ...displayPage, printOnly: true, epubType: 'halftitlepage', label: 'Half title' },
  titlepage: { ...displayPage, epubType: 'titlepage', label: 'Title page' },
  copyright: { ...displayPage, epubType: 'copyright-page', label: 'Copyright' },
  toc: { ...front, epubType: 'toc', ariaRole: 'doc-toc', label: 'Contents' },
  dedication: {
    ...displayPage,
    beforeContents: true,
    namedByHeading: true,
    epubType: 'dedication',
    ariaRole: 'doc-dedication',
    label: 'Dedication',
  },
  epigraph: {
    ...displayPage,
    beforeContents: true,
    namedByHeading: true,
    epubType: 'epigraph',
    ariaRole: 'doc-epigraph',
    label: 'Epigraph',
  },
  acknowledgements: {
    ...front,
    epubType: 'acknowledgments',
    ariaRole: 'doc-acknowledgments',
    label: 'Acknowledgements',
  },
  foreword: { ...front, epubType: 'foreword', ariaRole: 'doc-foreword', label: 'Foreword' },
  preface: { ...front, epubType: 'preface', ariaRole: 'doc-preface', label: 'Preface' },
  'authors-note': { ...front, epubType: 'preamble', label: "Author's Note" },
  introduction: { ...body, epubType: 'introduction', ariaRole: 'doc-introduction', label: 'Introduction' },
  chapter: { ...body, epubType: 'chapter', ariaRole: 'doc-chapter', label: 'Chapter' },
  conclusion: { ...body, epubType: 'conclusion', ariaRole: 'doc-conclusion', label: 'Conclusion' },
  afterword: { ...back, epubType: 'afterword', ariaRole: 'doc-afterword', label: 'Afterword' },
  appendix: { ...back, epubType: 'appendix', ariaRole: 'doc-appendix', label: 'Appendix' },
  bibliography: { ...back, epubType: 'bibliography', ariaRole: 'doc-bibliography', label: 'Bibliography' },
  /** A part's title page ("Part One", a theme) between chapters. */
  part: { ...body, epubType: 'part', ariaRole: 'doc-part', label: 'Part' },
  colophon: { ...back, epubType: 'colophon', ariaRole: 'doc-colophon', label: 'Colophon' },
  /** Notes on contributors, biographies. */
  contributors: { ...back, epubType: 'contributors', label: 'Contributors' },
} satisfies Record<string, RoleFacts>;

export type DivisionRole = keyof typeof roleTable;

/** Every role, in the table's order (the config schema's enum). */
export const divisionRoles = Object.keys(roleTable) as [DivisionRole, ...DivisionRole[]];

export function roleFacts(role: DivisionRole): RoleFacts {
  return roleTable[role];
}

/** The label a heading naming this role carries ("Dedication"), for roles named by their heading only. */
export function headingLabel(role: DivisionRole): string | undefined {
  const facts = roleFacts(role);
  return facts.namedByHeading ? facts.label : undefined;
}
