import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Dialect } from '../book.js';
import remarkHeadingEmphasis from './normalise/heading-emphasis.js';
import remarkPageNotes from './normalise/page-notes.js';
import remarkSupCalls from './normalise/sup-calls.js';
import remarkTableOfContents from './normalise/table-of-contents.js';
import remarkTitlePage from './normalise/title-page.js';
import remarkUnescapeUrls from './normalise/unescape-urls.js';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
/** Exports use none of GFM's syntax (their notes are `<sup>`), and plain CommonMark parses a third faster. */
const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The word-processor export's quirks, undone in order; each plugin handles one. */
const exportNormalisers = unified()
  .use(remarkSupCalls)
  .use(remarkPageNotes)
  .use(remarkUnescapeUrls)
  .use(remarkHeadingEmphasis)
  .use(remarkTableOfContents)
  .use(remarkTitlePage);

export function parseMarkdown(file: VFile, dialect: Dialect = 'clean'): Root {
  return (dialect === 'export' ? commonmark : markdown).parse(file);
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
