/**
 * A manuscript file's YAML front matter, as authors have it: Folio's own keys, Pandoc's keys, and
 * the common keys of other tools (Hugo, Jekyll, MkDocs, a publisher's own metadata) mapped to
 * Folio's fields where it has one (see `mappedKeys`), and everything else ignored with one warning
 * per file. YAML as Jekyll, Pandoc and most tools write it, or TOML between `+++` lines as Hugo
 * does. `folio.yaml` itself stays strict (config/load.ts).
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { yamlValue } from '../limits/yaml.js';
import type { VFile } from 'vfile';
import { parseYaml, validateConfig, type Place } from '../config/load.js';
import { expectedOf } from '../config/issues.js';
import { configSchema, type FolioConfig } from '../config/schema.js';
import { escapeRegExp } from '../cite/text.js';
import { FolioError } from '../errors.js';
import { isTomlFrontMatter } from './front-matter-fence.js';
import { lineValues } from './front-matter-lines.js';
import { authorNames, mappedKeys, plainValue } from './front-matter-keys.js';

export const frontMatterSource = 'folio-read';

export interface FrontMatterOptions {
  /** The file the front matter opens: warnings go on it. */
  file: VFile;
  /** The file's name in messages. */
  display: string;
  /** Line of the YAML's first line in the file (2, under the opening `---`). */
  firstLine: number;
  /**
   * The front matter is the book's settings (a single-file manuscript): a YAML syntax error or a
   * wrong value of one of Folio's own keys stops reading. Otherwise (a chapter of a folder) they
   * are warnings and the value is left out.
   */
  strict: boolean;
}

export interface FrontMatter {
  /** Folio's settings from the front matter, own keys and mapped ones, each valid. */
  values: Partial<FolioConfig>;
  /** Where each of `values` was written (for messages about it). */
  places: Map<string, Place>;
  /** The file's place among its siblings, from Hugo's `weight` or a docs theme's `nav_order`. */
  order?: number;
}

/** Keys that only order a site's pages; read for a folder's order, never warned about. */
const orderKeys = new Set(['weight', 'nav-order', 'order', 'sidebar-position']);

const ownKeys = new Set(Object.keys(configSchema.shape));
type Shape = typeof configSchema.shape;

export function readFrontMatter(text: string, options: FrontMatterOptions): FrontMatter {
  // (None at all: nothing to read, and the YAML library is left unloaded, yaml-library.ts.)
  if (!text.trim()) return { values: {}, places: new Map() };
  if (isTomlFrontMatter(String(options.file.value))) {
    const toml = readToml(text, options);
    return toml ? settings(toml.data, toml.locate, options) : { values: {}, places: new Map() };
  }
  const yaml = parseYaml({ text, file: options.display, firstLine: options.firstLine });
  let data: Record<string, unknown>;
  let locate: (key: string) => Place;
  /** What reading the front matter had to work round, said in one warning. */
  let syntax: { reason: string; place: Place } | undefined;
  if (yaml.document.errors.length > 0) {
    const error = yaml.document.errors[0];
    const reason = `Unexpected YAML syntax (${error.code}), expected valid YAML`;
    if (options.strict) throw new FolioError(reason, yaml.at(error.pos[0]));
    const lines = lineValues(text);
    syntax = { reason: `${reason}: front matter read as \`Key: value\` lines`, place: yaml.at(error.pos[0]) };
    data = lines.values;
    locate = (key) => ({ file: options.display, line: (lines.lines.get(key) ?? 0) + options.firstLine, column: 1 });
  } else {
    const js: unknown = yamlValue(yaml.document, yaml.at(0)) ?? {};
    if (typeof js !== 'object' || js === null || Array.isArray(js)) {
      if (options.strict) throw new FolioError('Unexpected YAML value, expected a mapping of settings', yaml.at(0));
      warn(
        options.file,
        'Unexpected front matter that is not a mapping, expected `key: value` lines; ignored',
        yaml.at(0),
        'front-matter-syntax',
      );
      return { values: {}, places: new Map() };
    }
    data = js as Record<string, unknown>;
    locate = (key) => yaml.locate([key]);
  }
  return settings(data, locate, options, syntax);
}

/**
 * Hugo's TOML front matter (`+++` fences) as a plain object, each key placed at its line; a syntax
 * error stops a single file and is a warning (the front matter left out) in a folder's chapter.
 */
function readToml(
  text: string,
  options: FrontMatterOptions,
): { data: Record<string, unknown>; locate: (key: string) => Place } | undefined {
  const lines = text.split(/\r?\n/);
  const locate = (key: string): Place => {
    const index = lines.findIndex((line) => new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*=`).test(line));
    return { file: options.display, line: Math.max(index, 0) + options.firstLine, column: 1 };
  };
  try {
    return { data: { ...parseToml(text) }, locate };
  } catch (error) {
    const { line = 1, column = 1 } = error instanceof TomlError ? error : {};
    const reason = `Unexpected TOML syntax (${String((error as Error).message).split('\n')[0]}), expected valid TOML`;
    const place = { file: options.display, line: line - 1 + options.firstLine, column };
    if (options.strict) throw new FolioError(reason, place);
    warn(options.file, `${reason}; front matter ignored`, place, 'front-matter-syntax');
    return undefined;
  }
}

/** Folio's settings from the front matter's data: own keys, mapped keys, and one warning for the rest. */
function settings(
  data: Record<string, unknown>,
  locate: (key: string) => Place,
  options: FrontMatterOptions,
  syntax?: { reason: string; place: Place },
): FrontMatter {
  const own: Record<string, unknown> = {};
  const mapped: Array<{ key: string; target: keyof Shape; value: unknown }> = [];
  const ignored: string[] = [];
  let order: number | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || value === '') continue;
    if (orderKeys.has(normaliseKey(key)) && !ownKeys.has(key)) {
      const number = typeof value === 'number' ? value : Number(String(value).trim());
      if (Number.isFinite(number)) {
        order = number;
        continue;
      }
    }
    if (ownKeys.has(key)) {
      own[key] = key === 'author' || key === 'authors' ? (authorNames(value) ?? value) : value;
      continue;
    }
    const normalised = normaliseKey(key);
    const target =
      mappedKeys.get(normalised) ??
      (ownKeys.has(normalised) ? (normalised === 'author' ? 'authors' : (normalised as keyof Shape)) : undefined);
    if (target) mapped.push({ key, target, value });
    else ignored.push(key);
  }

  const values: Record<string, unknown> = {};
  const places = new Map<string, Place>();
  // Folio's own `author` is one name; from other tools it may be a list, so it becomes `authors`.
  if (Array.isArray(own.author)) {
    own.authors ??= own.author;
    delete own.author;
  }
  if (options.strict) {
    const config = validateConfig(own, (path) => locate(String(path[0])));
    for (const key of Object.keys(own)) {
      values[key] = config[key as keyof FolioConfig];
      places.set(key, locate(key));
    }
  } else {
    for (const [key, value] of Object.entries(own)) take(key, key as keyof Shape, value);
  }
  for (const { key, target, value } of mapped) {
    if (target in values) continue;
    const converted = target === 'authors' ? authorNames(value) : plainValue(value);
    if (converted === undefined) {
      ignored.push(key);
      continue;
    }
    take(key, target, converted);
  }
  if (ignored.length > 0) {
    const names = ignored.map((key) => `\`${key}\``).join(', ');
    const plural = ignored.length === 1 ? 'key' : 'keys';
    const reason =
      `Unexpected front matter ${plural} ${names}, expected Folio's or Pandoc's keys` +
      ` (title, subtitle, author, date, lang, abstract, rights, publisher …); ignored`;
    warn(
      options.file,
      syntax ? `${syntax.reason}; ${reason.replace(/^U/, 'u')}` : reason,
      syntax?.place ?? locate(ignored[0]),
      'front-matter-key',
    );
  } else if (syntax) {
    warn(options.file, syntax.reason, syntax.place, 'front-matter-syntax');
  }
  return { values: values as Partial<FolioConfig>, places, order };

  /** Validates one value against the schema's field; a wrong one is left out with a warning. */
  function take(key: string, target: keyof Shape, value: unknown): void {
    const field = configSchema.shape[target];
    const parsed = field.safeParse(value);
    if (parsed.success) {
      values[target] = parsed.data;
      places.set(target, locate(key));
      return;
    }
    const expected = expectedOf(parsed.error.issues[0]);
    const as = key === target ? '' : ` (read as \`${target}\`)`;
    warn(options.file, `Unexpected value for \`${key}\`${as}, ${expected}; ignored`, locate(key), 'front-matter-value');
  }
}

/** `Article-title`, `article_title` and `article title` are one key. */
function normaliseKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function warn(file: VFile, reason: string, place: Place, ruleId: string): void {
  const message = file.message(reason, {
    place: { line: place.line, column: place.column },
    ruleId,
    source: frontMatterSource,
  });
  message.fatal = false;
}
