import type { DivisionRole } from '../config/schema.js';

export interface PartSemantics {
  /** EPUB 3 structural semantics vocabulary term. */
  epubType: string;
  /** DPUB-ARIA role, when one fits. */
  role?: string;
  /** Human label for untitled parts and landmarks. */
  label: string;
}

const table: Record<DivisionRole, PartSemantics> = {
  halftitle: { epubType: 'halftitlepage', label: 'Half title' },
  titlepage: { epubType: 'titlepage', label: 'Title page' },
  copyright: { epubType: 'copyright-page', label: 'Copyright' },
  toc: { epubType: 'toc', role: 'doc-toc', label: 'Contents' },
  dedication: { epubType: 'dedication', role: 'doc-dedication', label: 'Dedication' },
  epigraph: { epubType: 'epigraph', role: 'doc-epigraph', label: 'Epigraph' },
  acknowledgements: { epubType: 'acknowledgments', role: 'doc-acknowledgments', label: 'Acknowledgements' },
  foreword: { epubType: 'foreword', role: 'doc-foreword', label: 'Foreword' },
  preface: { epubType: 'preface', role: 'doc-preface', label: 'Preface' },
  'authors-note': { epubType: 'preamble', label: "Author's Note" },
  introduction: { epubType: 'introduction', role: 'doc-introduction', label: 'Introduction' },
  chapter: { epubType: 'chapter', role: 'doc-chapter', label: 'Chapter' },
  conclusion: { epubType: 'conclusion', role: 'doc-conclusion', label: 'Conclusion' },
  afterword: { epubType: 'afterword', role: 'doc-afterword', label: 'Afterword' },
  appendix: { epubType: 'appendix', role: 'doc-appendix', label: 'Appendix' },
  bibliography: { epubType: 'bibliography', role: 'doc-bibliography', label: 'Bibliography' },
  part: { epubType: 'part', role: 'doc-part', label: 'Part' },
  colophon: { epubType: 'colophon', role: 'doc-colophon', label: 'Colophon' },
  contributors: { epubType: 'contributors', label: 'Contributors' },
};

export function partSemantics(role: DivisionRole): PartSemantics {
  return table[role];
}
