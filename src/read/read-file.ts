/**
 * One manuscript file read into a tree: parsed in its dialect (through the parse cache), then
 * tidied of what is not Markdown or what other tools write differently. Shared by every way into a
 * manuscript (a single file, a folder with or without `folio.yaml`).
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { Dialect } from '../book.js';
import type { ReadCache } from './cache.js';
import { remarkByline } from './byline.js';
import { closeFrontMatterFence } from './front-matter-fence.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { remarkGluedHeadings } from './glued-headings.js';
import { remarkHeadingBreaks } from './heading-breaks.js';
import { remarkHugoFigure } from './hugo-figure.js';
import { pagesOf, type PageText, type PageTrees } from './pages.js';
import { parsePagesShared, sharedFromChars } from './pages-thread.js';
import { normaliseExport, parseExportPage, parseMarkdown } from './parse.js';
import { checkTreeDepth } from '../limits/tree.js';
import { remarkLigatures } from './normalise/ligatures.js';
import { remarkLineEndHyphens } from './normalise/line-end-hyphens.js';
import { remarkSmartDashes } from './smart-dashes.js';
import { remarkTemplateTags } from './template-tags.js';
import { remarkUnclosedFrontMatter } from './unclosed-front-matter.js';

/** Parses a file in its dialect and undoes an export's quirks, or takes the result from the cache. */
export async function parseFile(file: VFile, dialect: Dialect, cache: ReadCache | undefined): Promise<Root> {
  const cached = await cache?.get(file, dialect);
  if (cached) {
    Object.assign(file.data, cached.data);
    return cached.tree;
  }
  const source = parseable(file);
  const parsed = dialect === 'export' ? await parseExport(source, file, cache) : parseMarkdown(source, dialect);
  checkTreeDepth(parsed, file);
  const tree = dialect === 'export' ? normaliseExport(parsed, file) : parsed;
  await cache?.set(file, dialect, { tree, data: file.data });
  return tree;
}

/** The text the parser reads: the file's, with a Pandoc `...` front-matter fence as `---` (same positions). */
function parseable(file: VFile): VFile {
  const text = String(file.value);
  const closed = closeFrontMatterFence(text);
  return closed === text ? file : new VFile({ path: file.path, cwd: file.cwd, value: closed });
}

/**
 * An export, parsed page by page (see pages.ts) when there is a cache (pages unchanged since the file was last parsed
 * come from it) or when it is long enough to share its pages with another core (pages-thread.ts).
 */
async function parseExport(source: VFile, file: VFile, cache: ReadCache | undefined): Promise<Root> {
  const text = String(source.value);
  const pages = (cache || text.length >= sharedFromChars) && pagesOf(text);
  if (!pages) return parseMarkdown(source, 'export');
  const parse = (page: PageText) => parseExportPage(page.text, page.offset === 0);
  if (!cache) return parsePagesShared(text, pages, parse, new Map());
  const parsed: PageTrees = new Map();
  const tree = await parsePagesShared(text, pages, parse, await cache.getPages(file), parsed);
  await cache.setPages(file, parsed);
  return tree;
}

/**
 * Parses a file and tidies what is not Markdown (template tags) or is written the way other tools
 * accept (`#Heading`, `<br>` closing a heading). These run on every read, outside the cache, so
 * their messages are filed anew each time.
 */
export async function readTree(file: VFile, dialect: Dialect, cache: ReadCache | undefined): Promise<Root> {
  const tree = await parseFile(file, dialect, cache);
  remarkHugoFigure()(tree, file);
  remarkTemplateTags()(tree, file);
  remarkUnclosedFrontMatter()(tree, file);
  remarkSmartDashes()(tree, file);
  remarkLigatures()(tree);
  remarkLineEndHyphens()(tree);
  if (dialect === 'clean') remarkGluedHeadings()(tree, file);
  remarkHeadingBreaks()(tree);
  if (dialect === 'clean') remarkByline()(tree);
  return tree;
}

/** The file's YAML front matter, when it opens with one. */
export function frontMatterOf(tree: Root): string | undefined {
  return tree.children[0]?.type === 'yaml' ? tree.children[0].value : undefined;
}

/** A chapter file's front matter: what it says of the chapter; never fatal (it is not the book's config). */
export function chapterFrontMatter(tree: Root, file: VFile, cwd: string): FrontMatter {
  const text = frontMatterOf(tree);
  if (text === undefined) return { values: {}, places: new Map() };
  return readFrontMatter(text, {
    file,
    display: path.relative(cwd, file.path) || file.path,
    firstLine: 2,
    strict: false,
  });
}
