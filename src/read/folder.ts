/**
 * A manuscript folder without `folio.yaml` (or a site's content folder in it, content-folder.ts):
 * its Markdown (and Word) files in natural name order (`2` before `10`), or by the `weight` every file's front matter gives (Hugo), the parts' roles
 * guessed from their headings and file names, the book's metadata from what every file's front
 * matter agrees on. One info message on the first file says what was guessed.
 */
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { BookMetadata, Dialect, Division } from '../book.js';
import type { FolioConfig } from '../config/schema.js';
import { validateConfig } from '../config/load.js';
import { applyChapterTitle, type ChapterFields } from './chapter-title.js';
import { assembleDivisions, splitDivisions, type DraftDivision } from './divisions.js';
import type { FrontMatter } from './front-matter.js';
import { guessRole } from './guess-roles.js';
import { chapterFrontMatter } from './read-file.js';
import { locateContent } from './content-folder.js';
import type { ManuscriptFile } from './manuscript-file.js';

export { manuscriptFiles } from './folder-files.js';

export interface GuessedBook {
  divisions: Division[];
  files: VFile[];
  dialect: Dialect;
  config: FolioConfig;
  metadata: BookMetadata;
}

type Reader = (filePath: string) => Promise<ManuscriptFile>;

/** Book-level fields: taken when every file's front matter agrees on them. */
const bookFields = [
  'title',
  'subtitle',
  'authors',
  'date',
  'language',
  'publisher',
  'rights',
  'description',
  'identifier',
  'institution',
] as const;

export async function readGuessedFolder(folder: string, cwd: string, read: Reader): Promise<GuessedBook> {
  const display = path.relative(cwd, folder) || folder;
  const content = await locateContent(folder, display);
  // A Word file beside Markdown of the same name is the same chapter in two forms: the Markdown is read.
  const stem = (name: string) => name.replace(/\.[^.]+$/, '').toLowerCase();
  const twins = content.names.filter(
    (name) => /\.docx$/i.test(name) && content.names.some((other) => other !== name && stem(other) === stem(name)),
  );
  const names = content.names.filter((name) => !twins.includes(name));
  const manuscripts = await Promise.all(names.map((name) => read(path.join(content.folder, name))));
  const items = manuscripts.map((manuscript) => ({
    ...manuscript,
    frontMatter: chapterFrontMatter(manuscript.tree, manuscript.file, cwd),
  }));

  const weights = items.map((item) => item.frontMatter.order);
  const byWeight = items.length > 1 && weights.every((weight) => typeof weight === 'number');
  if (byWeight) items.sort((a, b) => (a.frontMatter.order ?? 0) - (b.frontMatter.order ?? 0));

  const shared = sharedValues(
    items.map((item) => item.frontMatter),
    opensWithTitle(items[0].tree),
  );
  const drafts: DraftDivision[] = [];
  const dropped: string[] = twins.map((name) => `${name} (Markdown of the same name read instead)`);
  const guessed: string[] = [];
  let dialect: Dialect = 'clean';
  for (const item of items) {
    if (item.dialect === 'export') dialect = 'export';
    applyChapterTitle(item.tree, chapterFields(item.frontMatter, shared));
    const fileDrafts = splitDivisions(item.tree, item.file, { dialect: item.dialect });
    fileDrafts.forEach((draft, index) => {
      const title = draft.heading ? toString(draft.heading).trim() : '';
      const role = guessRole({
        title,
        stem: index === 0 ? (item.file.stem ?? '') : '',
        role: draft.role,
        onlyHeading: isOnlyHeading(draft),
      });
      const name = title || item.file.basename || '';
      if (role === 'drop') {
        dropped.push(name);
        return;
      }
      if (role !== draft.role) guessed.push(`${name} → ${role}`);
      drafts.push({ ...draft, role });
    });
  }
  // Notes on contributors are back matter wherever their file sorts.
  const ordered = [
    ...drafts.filter((draft) => draft.role !== 'contributors'),
    ...drafts.filter((draft) => draft.role === 'contributors'),
  ];
  const divisions = assembleDivisions(ordered, { toc: items.flatMap((item) => item.file.data.toc ?? []) });
  const files = items.map((item) => item.file);

  const config = validateConfig(shared, () => ({ file: display, line: 1, column: 1 }));
  const chapterAuthors = [...new Set(items.flatMap((item) => item.frontMatter.values.authors ?? []))];
  const titlePage: Partial<BookMetadata> = files.find((file) => file.data.titlePage)?.data.titlePage ?? {};
  const title = config.title ?? content.site?.title ?? titlePage.title;
  const metadata: BookMetadata = {
    title: title ?? path.basename(path.resolve(folder)),
    subtitle: config.subtitle ?? titlePage.subtitle,
    authors: config.authors ?? titlePage.authors ?? chapterAuthors,
    language: config.language,
    date: config.date ?? titlePage.date,
    publisher: config.publisher,
    institution: config.institution ?? titlePage.institution,
    statement: titlePage.statement,
    description: config.description,
    rights: config.rights,
    identifier: config.identifier,
  };

  const titleFrom = config.title
    ? 'from the front matter'
    : content.site
      ? `from ${content.site.from}`
      : titlePage.title
        ? 'from the title page'
        : 'from the folder’s name';
  const said = [
    `${files.length} file${files.length === 1 ? '' : 's'}${content.found ? ` of ${content.found},` : ''} in` +
      ` ${byWeight ? 'the order of their front matter’s `weight`' : 'name order'}`,
    `title ${titleFrom}`,
    guessed.length ? `roles guessed: ${guessed.join('; ')}` : '',
    dropped.length ? `left out: ${dropped.join('; ')}` : '',
  ].filter(Boolean);
  const info = files[0].info(
    `Unexpected folder without folio.yaml, expected one listing the parts: read ${said.join(', ')}`,
    {
      place: { line: 1, column: 1 },
      ruleId: 'folder-guessed',
      source: 'folio-read',
    },
  );
  info.fatal = undefined;
  return { divisions, files, dialect, config, metadata };
}

/** A division that is only its heading: a part's title page between chapters. */
function isOnlyHeading(draft: DraftDivision): boolean {
  return (
    draft.heading !== undefined &&
    draft.children.every((node) => node === draft.heading || node.type === 'yaml' || node.type === 'html')
  );
}

/**
 * The book's metadata from its files' front matter: a field every file that gives it agrees on (a
 * publisher repeats the book's title in each file), or one only the first file gives. When the
 * first file opens with its own `#` heading, its front matter does not title that chapter, so it
 * speaks for the book (a title page's or an introduction's front matter) whatever the others say.
 * A field that differs from file to file (each chapter's own title) is the chapters'.
 */
function sharedValues(all: FrontMatter[], firstSpeaksForBook: boolean): Record<string, unknown> {
  const shared: Record<string, unknown> = {};
  for (const field of bookFields) {
    const givers = all.filter((frontMatter) => frontMatter.values[field] !== undefined);
    if (givers.length === 0) continue;
    const first = JSON.stringify(givers[0].values[field]);
    const agree = givers.every((frontMatter) => JSON.stringify(frontMatter.values[field]) === first);
    const fromFirst = givers[0] === all[0];
    if ((agree && (givers.length > 1 || fromFirst)) || (fromFirst && firstSpeaksForBook)) {
      shared[field] = givers[0].values[field];
    }
  }
  return shared;
}

/** The file's text opens with a `#` heading (after its front matter). */
function opensWithTitle(tree: Root): boolean {
  const first = tree.children.find((node) => node.type !== 'yaml');
  return first?.type === 'heading' && first.depth === 1;
}

/** What a file's front matter says of its chapter, less what it says of the whole book. */
function chapterFields(frontMatter: FrontMatter, shared: Record<string, unknown>): ChapterFields {
  const { title, subtitle, authors } = frontMatter.values;
  const own = <T>(field: string, value: T) =>
    value === undefined || JSON.stringify(value) === JSON.stringify(shared[field]) ? undefined : value;
  return { title: own('title', title), subtitle: own('subtitle', subtitle), authors: own('authors', authors) };
}
