import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Dialect } from '../book.js';
import { weighDialect } from './dialect.js';
import { opensFrontMatter } from './front-matter-fence.js';
import remarkAttributeLines from './normalise/attribute-lines.js';
import remarkBracketedSpans from './normalise/bracketed-spans.js';
import remarkCaretCalls from './normalise/caret-calls.js';
import remarkEmptyComments from './normalise/empty-comments.js';
import remarkNumberedNotes from './normalise/numbered-notes.js';
import remarkPageBreaks from './normalise/page-breaks.js';
import remarkHeadingEmphasis from './normalise/heading-emphasis.js';
import remarkInlineNotes from './normalise/inline-notes.js';
import remarkLazyNumbers from './normalise/lazy-numbers.js';
import remarkPageNotes from './normalise/page-notes.js';
import remarkRefusedStrong from './normalise/refused-strong.js';
import remarkSupCalls from './normalise/sup-calls.js';
import remarkTableOfContents from './normalise/table-of-contents.js';
import remarkTitlePage from './normalise/title-page.js';
import remarkUnescapeUrls from './normalise/unescape-urls.js';
import remarkUrlCalls from './normalise/url-calls.js';
import remarkWrappedUrls from './normalise/wrapped-urls.js';
import remarkSubSup from './sub-sup.js';

/** `~x~` is Pandoc's subscript (see sub-sup.ts), not strikethrough: only `~~x~~` strikes through. */
const gfm = { singleTilde: false };
const markdown = unified().use(remarkParse).use(remarkGfm, gfm).use(remarkFrontmatter, ['yaml']);
/** A file whose opening `---` nothing closes (see front-matter-fence.ts). */
const markdownWithoutFrontMatter = unified().use(remarkParse).use(remarkGfm, gfm);
/**
 * Exports never mean indented code, setext headings (`---` is a page break there, even right under a
 * line of text) or HTML blocks; switching those off makes parsing safer and a third faster. Of GFM
 * they keep what cannot be mistaken for an export's text: footnotes `[^x]` and tables (link
 * definitions and fenced code are CommonMark's own); not literal autolinks or strikethrough.
 */
function remarkExportSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable(), {
    disable: { null: ['codeIndented', 'setextUnderline', 'htmlFlow'] },
  });
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
}
const exportMarkdown = unified().use(remarkParse).use(remarkExportSyntax).use(remarkFrontmatter, ['yaml']);
/**
 * A page of an export after its first (front matter only opens a file), or an export whose opening `---` nothing
 * closes.
 */
const exportPageMarkdown = unified().use(remarkParse).use(remarkExportSyntax);

/** The word-processor export's quirks, undone in order; each plugin handles one. */
const exportNormalisers = unified()
  .use(remarkAttributeLines)
  .use(remarkPageBreaks)
  .use(remarkSupCalls)
  .use(remarkCaretCalls)
  .use(remarkNumberedNotes)
  .use(remarkPageNotes)
  .use(remarkUnescapeUrls)
  .use(remarkHeadingEmphasis)
  .use(remarkTableOfContents)
  .use(remarkTitlePage)
  .use(remarkBracketedSpans);

/**
 * Clean Markdown's own extensions beyond GFM: a hard-wrapped note's line that opens with a number and a full stop,
 * given back to the note (micromark starts a list there); a note call a bare URL took into its address, given back;
 * bare URLs hard-wrapped over a line end, joined; a bare URL's escaped
 * underscores (`s\_pv\_8.pdf`, as Pandoc writes them: GFM keeps the backslashes in a literal link) unescaped;
 * Pandoc's bracketed spans (`[text]{.underline}`) read as their text; Pandoc's subscripts and superscripts (before
 * inline notes, which may hold them) and inline notes `^[…]`; `normalise`'s empty comments.
 */
const cleanNormalisers = unified()
  .use(remarkLazyNumbers)
  .use(remarkUrlCalls)
  .use(remarkWrappedUrls)
  .use(remarkUnescapeUrls, { bareOnly: true })
  .use(remarkBracketedSpans)
  .use(remarkRefusedStrong)
  .use(remarkSubSup)
  .use(remarkInlineNotes)
  .use(remarkEmptyComments);

export function parseMarkdown(file: VFile, dialect: Dialect = 'clean'): Root {
  const frontMatter = opensFrontMatter(String(file.value));
  if (dialect === 'export') return (frontMatter ? exportMarkdown : exportPageMarkdown).parse(file);
  return cleanNormalisers.runSync((frontMatter ? markdown : markdownWithoutFrontMatter).parse(file), file) as Root;
}

/** A page of an export (see pages.ts): the first may open with front matter, the others cannot. */
export function parseExportPage(text: string, first: boolean): Root {
  return (first && opensFrontMatter(text) ? exportMarkdown : exportPageMarkdown).parse(text);
}

/** The file's dialect, from evidence across it (see dialect.ts); the evidence is kept in `file.data`. */
export function detectDialect(file: VFile): Dialect {
  const evidence = weighDialect(String(file.value));
  file.data.dialectEvidence = evidence;
  return evidence.dialect;
}

export function normaliseExport(tree: Root, file: VFile): Root {
  return exportNormalisers.runSync(tree, file) as Root;
}
