/**
 * The one way into a manuscript: `readBook(input)` reads a manuscript folder (`folio.yaml` plus
 * chapter files, or chapter files alone) or a single Markdown or Word file, in either dialect,
 * into the normalised book AST.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Book, BookMetadata, Dialect, Division } from '../book.js';
import { parseConfig, validateConfig } from '../config/load.js';
import type { FolioConfig } from '../config/schema.js';
import { FolioError } from '../errors.js';
import { createReadCache, type ReadCache } from './cache.js';
import { applyChapterTitle } from './chapter-title.js';
import { assembleDivisions, splitDivisions, type DraftDivision } from './divisions.js';
import { readGuessedFolder } from './folder.js';
import { readFrontMatter } from './front-matter.js';
import { readManuscriptFile } from './manuscript-file.js';
import { placeNotes } from './notes.js';
import { chapterFrontMatter, frontMatterOf } from './read-file.js';
import { loadSource } from './source.js';

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

async function readFolder(folder: string, cwd: string, cache: ReadCache | undefined): Promise<Book> {
  const configPath = path.join(folder, configFileName);
  const display = path.relative(cwd, configPath) || configPath;
  const configFile = await loadSource(configPath, cwd).catch((error: unknown) => {
    if (error instanceof FolioError && error.message === 'No such file') return undefined;
    throw error;
  });
  if (!configFile) {
    const guessed = await readGuessedFolder(folder, cwd, (filePath) => readManuscriptFile(filePath, cwd, cache));
    return assemble(guessed.divisions, { ...guessed, baseDir: folder });
  }
  const config = parseConfig({ text: String(configFile.value), file: display });
  if (config.chapters.length === 0) {
    throw new FolioError('Unexpected config without chapters, expected a `chapters` list of Markdown files', {
      file: display,
      line: 1,
      column: 1,
    });
  }

  const files: Book['files'] = [];
  const drafts: DraftDivision[] = [];
  let dialect: Dialect = 'clean';
  for (const entry of [...config.front, ...config.chapters, ...config.back]) {
    const { file: relative, role } = typeof entry === 'string' ? { file: entry, role: undefined } : entry;
    const { file, tree, dialect: fileDialect } = await readManuscriptFile(path.resolve(folder, relative), cwd, cache);
    files.push(file);
    if (fileDialect === 'export') dialect = 'export';
    const { title, subtitle, authors } = chapterFrontMatter(tree, file, cwd).values;
    // A chapter's front matter that repeats the book's title speaks of the book.
    applyChapterTitle(tree, title === config.title ? { authors } : { title, subtitle, authors });
    drafts.push(...splitDivisions(tree, file, { dialect: fileDialect, role }));
  }
  const divisionsInOrder = assembleDivisions(drafts, { toc: files.flatMap((file) => file.data.toc ?? []) });
  const titlePage = files.find((file) => file.data.titlePage)?.data.titlePage ?? {};
  return assemble(divisionsInOrder, {
    config,
    dialect,
    baseDir: folder,
    files,
    metadata: metadataFrom(config, titlePage),
  });
}

async function readSingleFile(filePath: string, cwd: string, cache: ReadCache | undefined): Promise<Book> {
  const { file, tree, dialect } = await readManuscriptFile(filePath, cwd, cache);
  const display = path.relative(cwd, filePath) || filePath;
  const frontMatter = readFrontMatter(frontMatterOf(tree) ?? '', { file, display, firstLine: 2, strict: true });
  const config = validateConfig(
    frontMatter.values,
    (keys) => frontMatter.places.get(String(keys[0])) ?? { file: display, line: 1, column: 1 },
  );
  const drafts = splitDivisions(tree, file, { dialect });
  if (drafts.length === 0 || drafts.every((draft) => draft.children.length === 0)) {
    throw new FolioError('Unexpected manuscript with no text, expected at least one chapter', { file: display });
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

function assemble(all: Division[], rest: Pick<Book, 'config' | 'dialect' | 'baseDir' | 'files' | 'metadata'>): Book {
  placeNotes(all, rest.dialect);
  return {
    config: rest.config,
    dialect: rest.dialect,
    baseDir: rest.baseDir,
    files: rest.files,
    metadata: rest.metadata,
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
