import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Dialect } from '../book.js';
import remarkHeadingEmphasis from './normalise/heading-emphasis.js';
import remarkPageNotes from './normalise/page-notes.js';
import remarkSupCalls from './normalise/sup-calls.js';
import remarkTableOfContents from './normalise/table-of-contents.js';
import remarkTitlePage from './normalise/title-page.js';
import remarkUnescapeUrls from './normalise/unescape-urls.js';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
/**
 * Exports use none of GFM's syntax (their notes are `<sup>`). They never mean indented code,
 * setext headings (`---` is a page break there, even right under a line of text), link reference
 * definitions or HTML blocks either; switching those off makes parsing safer and a third faster.
 */
function remarkExportSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    disable: { null: ['codeIndented', 'setextUnderline', 'definition', 'htmlFlow'] },
  });
}
const exportMarkdown = unified().use(remarkParse).use(remarkExportSyntax).use(remarkFrontmatter, ['yaml']);
/** A page of an export after its first: front matter only opens a file. */
const exportPageMarkdown = unified().use(remarkParse).use(remarkExportSyntax);

/** The word-processor export's quirks, undone in order; each plugin handles one. */
const exportNormalisers = unified()
  .use(remarkSupCalls)
  .use(remarkPageNotes)
  .use(remarkUnescapeUrls)
  .use(remarkHeadingEmphasis)
  .use(remarkTableOfContents)
  .use(remarkTitlePage);

export function parseMarkdown(file: VFile, dialect: Dialect = 'clean'): Root {
  return (dialect === 'export' ? exportMarkdown : markdown).parse(file);
}

/** A page of an export (see pages.ts): the first may open with front matter, the others cannot. */
export function parseExportPage(text: string, first: boolean): Root {
  return (first ? exportMarkdown : exportPageMarkdown).parse(text);
}

/** A word-processor export has `<sup>N</sup>` calls and `---` page breaks followed by note texts. */
export function detectDialect(file: VFile): Dialect {
  const text = String(file.value);
  return /<sup>\s*\d+\s*<\/sup>/i.test(text) && /^---[ \t]*\r?\n\s*\r?\n?<sup>\s*\d+\s*<\/sup>/m.test(text)
    ? 'export'
    : 'clean';
}

export function normaliseExport(tree: Root, file: VFile): Root {
  return exportNormalisers.runSync(tree, file) as Root;
}
