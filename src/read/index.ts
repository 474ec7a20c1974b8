/**
 * The one way into a manuscript: `readBook(input)` reads a manuscript folder (`folio.yaml` plus
 * chapter files) or a single Markdown file, in either dialect, into the normalised book AST.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Book, BookMetadata, Dialect, Division } from '../book.js';
import { parseConfig } from '../config/load.js';
import type { FolioConfig } from '../config/schema.js';
import { FolioError } from '../errors.js';
import { assembleDivisions, splitDivisions, type DraftDivision } from './divisions.js';
import { placeNotes } from './notes.js';
import { createReadCache, type ReadCache } from './cache.js';
import { parseByPages, pagesOf, type PageText, type PageTrees } from './pages.js';
import { detectDialect, normaliseExport, parseExportPage, parseMarkdown } from './parse.js';
import { loadSource } from './source.js';
import { applyChapterTitle } from './chapter-title.js';
import { closeFrontMatterFence } from './front-matter-fence.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { remarkTemplateTags } from './template-tags.js';
import { validateConfig } from '../config/load.js';
import { VFile as SourceFile } from 'vfile';
import { checkTreeDepth } from '../limits/tree.js';

export const configFileName = 'folio.yaml';

export interface ReadOptions {
  cwd?: string;
  /** Folder for the parse cache (see cache.ts); no caching when absent. */
  cacheDir?: string;
}

export async function readBook(input: string, options: ReadOptions = {}): Promise<Book> {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, input);
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new FolioError('No such file or directory', { file: input });
  const cache = options.cacheDir ? createReadCache(path.resolve(cwd, options.cacheDir)) : undefined;
  return info.isDirectory() ? readFolder(target, cwd, cache) : readSingleFile(target, cwd, cache);
}

/** Parses a file in its dialect and undoes an export's quirks, or takes the result from the cache. */
async function parseFile(file: VFile, dialect: Dialect, cache: ReadCache | undefined): Promise<Root> {
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
  return closed === text ? file : new SourceFile({ path: file.path, cwd: file.cwd, value: closed });
}

/** Parses a file and takes out what is not Markdown (template tags); messages are filed anew on every read. */
async function readTree(file: VFile, dialect: Dialect, cache: ReadCache | undefined): Promise<Root> {
  const tree = await parseFile(file, dialect, cache);
  remarkTemplateTags()(tree, file);
  return tree;
}

/** The file's YAML front matter, when it opens with one. */
function frontMatterOf(tree: Root): string | undefined {
  return tree.children[0]?.type === 'yaml' ? tree.children[0].value : undefined;
}

/** An export, parsed page by page when there is a cache (see pages.ts): pages unchanged since the file was last parsed come from it. */
async function parseExport(source: VFile, file: VFile, cache: ReadCache | undefined): Promise<Root> {
  const text = String(source.value);
  const pages = cache && pagesOf(text);
  if (!cache || !pages) return parseMarkdown(source, 'export');
  const parsed: PageTrees = new Map();
  const parse = (page: PageText) => parseExportPage(page.text, page.offset === 0);
  const tree = parseByPages(text, pages, parse, await cache.getPages(file), parsed);
  await cache.setPages(file, parsed);
  return tree;
}

async function readFolder(folder: string, cwd: string, cache: ReadCache | undefined): Promise<Book> {
  const configPath = path.join(folder, configFileName);
  const display = path.relative(cwd, configPath) || configPath;
  const configFile = await loadSource(configPath, cwd).catch(async (error: unknown) => {
    if (error instanceof FolioError && error.message === 'No such file') {
      const markdownFiles = (await readdir(folder)).filter((name) => /\.(md|markdown)$/i.test(name));
      throw new FolioError(
        markdownFiles.length
          ? `Unexpected manuscript folder without ${configFileName}, expected a ${configFileName} listing the chapters`
          : `Unexpected folder with no chapters, expected ${configFileName} and Markdown chapter files`,
        { file: path.relative(cwd, folder) || folder },
      );
    }
    throw error;
  });
  const config = parseConfig({ text: String(configFile.value), file: display });
  if (config.chapters.length === 0) {
    throw new FolioError('Unexpected config without chapters, expected a `chapters` list of Markdown files', {
      file: display,
      line: 1,
      column: 1,
    });
  }

  const files: VFile[] = [];
  const drafts: DraftDivision[] = [];
  let dialect: Dialect = 'clean';
  for (const entry of [...config.front, ...config.chapters, ...config.back]) {
    const { file: relative, role } = typeof entry === 'string' ? { file: entry, role: undefined } : entry;
    const file = await loadSource(path.resolve(folder, relative), cwd);
    files.push(file);
    const fileDialect = detectDialect(file);
    if (fileDialect === 'export') dialect = 'export';
    const tree = await readTree(file, fileDialect, cache);
    applyChapterTitle(tree, chapterFrontMatter(tree, file, cwd).values);
    drafts.push(...splitDivisions(tree, file, { dialect: fileDialect, role }));
  }
  const divisionsInOrder = assembleDivisions(drafts, { toc: files.flatMap((file) => file.data.toc ?? []) });
  const titlePage = files.find((file) => file.data.titlePage)?.data.titlePage ?? {};
  return assemble(divisionsInOrder, { config, dialect, baseDir: folder, files, metadata: metadataFrom(config, titlePage) });
}

async function readSingleFile(filePath: string, cwd: string, cache: ReadCache | undefined): Promise<Book> {
  const file = await loadSource(filePath, cwd);
  const dialect = detectDialect(file);
  const tree = await readTree(file, dialect, cache);
  const display = path.relative(cwd, filePath) || filePath;
  const frontMatter = readFrontMatter(frontMatterOf(tree) ?? '', { file, display, firstLine: 2, strict: true });
  const config = validateConfig(frontMatter.values, (keys) => frontMatter.places.get(String(keys[0])) ?? { file: display, line: 1, column: 1 });
  const drafts = splitDivisions(tree, file, { dialect });
  if (drafts.length === 0 || drafts.every((draft) => draft.children.length === 0)) {
    throw new FolioError('Unexpected manuscript with no text, expected at least one chapter', {
      file: path.relative(cwd, filePath) || filePath,
    });
  }
  const divisionsInOrder = assembleDivisions(drafts, { toc: file.data.toc });
  const titlePage = file.data.titlePage ?? { authors: [] };
  const fallbackTitle = path.basename(filePath).replace(/\.[^.]+$/, '');
  return assemble(divisionsInOrder, {
    config,
    dialect,
    baseDir: path.dirname(filePath),
    files: [file],
    metadata: metadataFrom(config, { ...titlePage, title: titlePage.title ?? fallbackTitle }),
  });
}

/** A chapter file's front matter: what it says of the chapter; never fatal (it is not the book's config). */
function chapterFrontMatter(tree: Root, file: VFile, cwd: string): FrontMatter {
  const text = frontMatterOf(tree);
  if (text === undefined) return { values: {}, places: new Map() };
  return readFrontMatter(text, { file, display: path.relative(cwd, file.path) || file.path, firstLine: 2, strict: false });
}

function assemble(
  all: Division[],
  rest: Pick<Book, 'config' | 'dialect' | 'baseDir' | 'files' | 'metadata'>,
): Book {
  placeNotes(all, rest.dialect);
  return {
    ...rest,
    front: all.filter((division) => division.kind === 'front'),
    body: all.filter((division) => division.kind === 'body'),
    back: all.filter((division) => division.kind === 'back'),
  };
}

/** Config wins over what the manuscript's own title page says. */
function metadataFrom(config: FolioConfig, found: Partial<BookMetadata>): BookMetadata {
  const authors = config.authors ?? (config.author ? [config.author] : undefined) ?? found.authors ?? [];
  return {
    title: config.title ?? found.title ?? 'Untitled',
    subtitle: config.subtitle ?? found.subtitle,
    authors,
    language: config.language,
    date: config.date ?? found.date,
    publisher: config.publisher,
    institution: config.institution ?? found.institution,
    statement: config.statement ?? found.statement,
    description: config.description,
    rights: config.rights,
    identifier: config.identifier,
    modified: config.modified,
  };
}
