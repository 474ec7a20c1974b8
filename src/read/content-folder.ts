/**
 * Where a folder without `folio.yaml` keeps its chapters. A user points Folio at a site's root as
 * readily as at its chapters, so one general rule finds them:
 * 1. a site generator's config file beside its content folder names it (Hugo's `hugo.toml` or
 *    `config.toml` → `content/`, MkDocs' `mkdocs.yml` → `docs/`, Jekyll's `_config.yml` →
 *    `_posts/`, mdBook's `book.toml` → `src/`, Docusaurus → `docs/`);
 * 2. else the folder itself, when it holds Markdown or Word files;
 * 3. else the first conventional content folder in it (`content/`, `docs/`, `_posts/`, `src/`,
 *    `manuscript/`, `chapters/`);
 * 4. a content folder with no files of its own but one sub-folder that holds them (a Hugo section
 *    such as `content/articles/`) gives way to that sub-folder.
 * When none of this finds chapters, the message says where Markdown was seen, so the user can
 * point Folio at it; when a content folder has several sections, it names them.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FolioError } from '../errors.js';
import { manuscriptFiles } from './folder-files.js';

/** A site generator: the config file that marks its root, and its content folder. */
const generators: Array<{ name: string; config: RegExp; content: string }> = [
  { name: 'Hugo', config: /^(?:hugo|config)\.(?:toml|ya?ml|json)$/i, content: 'content' },
  { name: 'MkDocs', config: /^mkdocs\.ya?ml$/i, content: 'docs' },
  { name: 'Jekyll', config: /^_config\.ya?ml$/i, content: '_posts' },
  { name: 'mdBook', config: /^book\.toml$/i, content: 'src' },
  { name: 'Docusaurus', config: /^docusaurus\.config\.[cm]?[jt]s$/i, content: 'docs' },
];

/** Folders that hold a site's or a book's text by convention, most specific first. */
const conventional = ['content', 'docs', '_posts', 'src', 'manuscript', 'chapters'];

/** Folders never searched: hidden ones, installed packages, and what generators build or theme with. */
const skipped =
  /^(?:\..*|node_modules|public|_site|site|build|dist|themes|layouts|archetypes|static|assets|resources)$/i;

/** How deep the search for Markdown goes below the folder given. */
const depth = 3;

export interface ContentFolder {
  /** The folder whose files are the chapters. */
  folder: string;
  /** Its files, in natural name order. */
  names: string[];
  /** How it was found, for the info line ("`content/articles`, Hugo's content folder"); none for the folder given. */
  found?: string;
}

export async function locateContent(root: string, display: string): Promise<ContentFolder> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const generator = generators.find(
    (candidate) =>
      folders.has(candidate.content) && entries.some((entry) => entry.isFile() && candidate.config.test(entry.name)),
  );
  const own = await manuscriptFiles(root);
  let start: { folder: string; why: string } | undefined;
  if (generator) start = { folder: generator.content, why: `the ${generator.name} content folder` };
  else if (own.length > 0) return { folder: root, names: own };
  else {
    const name = conventional.find((candidate) => folders.has(candidate));
    if (name) start = { folder: name, why: 'a content folder' };
  }
  if (start) {
    let relative = start.folder;
    for (;;) {
      const folder = path.join(root, relative);
      const names = await manuscriptFiles(folder);
      if (names.length > 0) return { folder, names, found: `\`${slashed(relative)}/\`, ${start.why}` };
      const below = await holding(folder, depth - 1);
      const sections = [...new Set(below.map((hit) => hit.relative.split('/')[0]))];
      if (sections.length !== 1) {
        if (sections.length > 1) {
          throw new FolioError(
            `Unexpected content folder \`${slashed(relative)}/\` with several sections (${sections
              .map((section) => `\`${section}/\``)
              .join(', ')}), expected folio.yaml listing the chapters, or the path of one section`,
            { file: display },
          );
        }
        break;
      }
      relative = path.join(relative, sections[0]);
    }
  }
  const seen = await holding(root, depth);
  const where = seen.length
    ? `; Markdown or Word files are in ${seen
        .slice(0, 4)
        .map((hit) => `\`${hit.relative}/\` (${hit.count})`)
        .join(', ')}${seen.length > 4 ? ` and ${seen.length - 4} more folders` : ''}: give Folio one of those folders`
    : '';
  throw new FolioError(
    `Unexpected folder with no chapters, expected folio.yaml or Markdown or Word chapter files${where}`,
    { file: display },
  );
}

/** Folders below `folder` (to `levels` deep) that hold manuscript files, with how many, shallowest first. */
async function holding(folder: string, levels: number): Promise<Array<{ relative: string; count: number }>> {
  const found: Array<{ relative: string; count: number; level: number }> = [];
  const visit = async (relative: string, level: number): Promise<void> => {
    if (level > levels) return;
    const entries = await readdir(path.join(folder, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.filter((each) => each.isDirectory() && !skipped.test(each.name))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const count = (await manuscriptFiles(path.join(folder, child))).length;
      if (count > 0) found.push({ relative: child, count, level });
      await visit(child, level + 1);
    }
  };
  await visit('', 1);
  return found.sort((a, b) => a.level - b.level || a.relative.localeCompare(b.relative));
}

function slashed(relative: string): string {
  return relative.split(path.sep).join('/');
}
