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
 * A generator's config that names the site (Hugo's `title`, MkDocs' `site_name`) gives the book's
 * title when the front matter does not. When none of this finds chapters, the message says where Markdown was seen, so the user can
 * point Folio at it; when a content folder has several sections, it names them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { yamlValue } from '../limits/yaml.js';
import { yamlLibrary } from '../yaml-library.js';
import { FolioError } from '../errors.js';
import { manuscriptFiles } from './folder-files.js';

/**
 * A site generator: the config file that marks its root, its content folder, and where its config
 * names the site (a key path; none for a config that is code).
 */
const generators: Array<{ name: string; config: RegExp; content: string; title?: string[] }> = [
  { name: 'Hugo', config: /^(?:hugo|config)\.(?:toml|ya?ml|json)$/i, content: 'content', title: ['title'] },
  { name: 'MkDocs', config: /^mkdocs\.ya?ml$/i, content: 'docs', title: ['site_name'] },
  { name: 'Jekyll', config: /^_config\.ya?ml$/i, content: '_posts', title: ['title'] },
  { name: 'mdBook', config: /^book\.toml$/i, content: 'src', title: ['book', 'title'] },
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
  /** The site's title, as its generator's config gives it, and which config that is. */
  site?: { title: string; from: string };
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
    const configFile = generator && entries.find((entry) => entry.isFile() && generator.config.test(entry.name));
    const site =
      generator && configFile ? await siteTitle(path.join(root, configFile.name), generator.title) : undefined;
    let relative = start.folder;
    for (;;) {
      const folder = path.join(root, relative);
      const names = await manuscriptFiles(folder);
      if (names.length > 0) {
        const found = `\`${slashed(relative)}/\`, ${start.why}`;
        return { folder, names, found, site: site && configFile ? { title: site, from: configFile.name } : undefined };
      }
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

/** The title a generator's YAML, TOML or JSON config gives the site; none when it is unreadable. */
async function siteTitle(file: string, keys: string[] | undefined): Promise<string | undefined> {
  if (!keys) return undefined;
  const text = await readFile(file, 'utf8').catch(() => '');
  let data: unknown;
  try {
    data = /\.toml$/i.test(file)
      ? parseToml(text)
      : /\.json$/i.test(file)
        ? JSON.parse(text)
        : yamlValue(yamlLibrary().parseDocument(text), { file, line: 1, column: 1 });
  } catch {
    return undefined;
  }
  const value = keys.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    data,
  );
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function slashed(relative: string): string {
  return relative.split(path.sep).join('/');
}
