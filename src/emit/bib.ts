/**
 * `folio bib` outputs: the items as CSL-JSON (for Zotero and re-use), BibTeX, what each note cites,
 * and the bibliography rendered in the chosen style. Each file is written atomically.
 */
import path from 'node:path';
import type { BibliographyFormatter } from '../cite/bibliography-thread.js';
import type { FormatOptions } from '../cite/citeproc.js';
import type { CitationResult } from '../book.js';
import { writeFileAtomic } from '../atomic.js';

export interface BibliographyOutput extends FormatOptions {
  outDir: string;
  /** Title of bibliography.html. */
  title?: string;
  /** Formats the bibliography and the BibTeX on another thread (bibliography-thread.ts), citation-js loaded there alone. */
  formatter?: BibliographyFormatter;
}

export const bibliographyFiles = [
  'bibliography.json',
  'references.bib',
  'citations.json',
  'bibliography.html',
] as const;

/** Writes the four files and returns their paths. */
export async function writeBibliography(result: CitationResult, options: BibliographyOutput): Promise<string[]> {
  // Render first: a bad style or locale must fail before any file is replaced.
  const { style, locale, formatter } = options;
  const { html, bibtex } = formatter
    ? await formatter.formatFiles(result, { style, locale })
    : await import('../cite/citeproc.js').then(({ formatBibliography, formatBibtex }) => ({
        html: formatBibliography(result, { style, locale }),
        bibtex: formatBibtex(result),
      }));
  const contents: Record<(typeof bibliographyFiles)[number], string> = {
    'bibliography.json': `${JSON.stringify(result.items, null, 2)}\n`,
    'references.bib': bibtex.endsWith('\n') ? bibtex : `${bibtex}\n`,
    'citations.json': `${JSON.stringify(noteCitations(result), null, 2)}\n`,
    'bibliography.html': htmlPage(options.title ?? 'Bibliography', html),
  };
  const written: string[] = [];
  for (const name of bibliographyFiles) {
    const target = path.join(options.outDir, name);
    await writeFileAtomic(target, contents[name]);
    written.push(target);
  }
  return written;
}

/** One entry per note, exactly {note, kind, citations: [{id, form, locator}]}. */
function noteCitations(result: CitationResult) {
  return result.notes.map(({ note, kind, citations }) => ({
    note,
    kind,
    citations: citations.map(({ id, form, locator }) => ({ id, form, locator })),
  }));
}

function htmlPage(title: string, fragment: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escaped}</title>
<style>.csl-entry { padding-left: 2em; text-indent: -2em; margin: 0 0 0.5em; }</style>
</head>
<body>
<h1>${escaped}</h1>
${fragment.trim()}
</body>
</html>
`;
}
