import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { FolioError } from '../errors.js';
import { yamlValue } from '../limits/yaml.js';
import { levenshtein } from '../cite/text.js';
import { yamlLibrary } from '../yaml-library.js';
import { expectedOf } from './issues.js';
import { configSchema, type FolioConfig } from './schema.js';

export interface ConfigSource {
  /** The YAML text. */
  text: string;
  /** File name for messages. */
  file: string;
  /** Line of `text`'s first line within `file` (front matter starts at line 2). */
  firstLine?: number;
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

/** YAML text parsed, with a way to place any of its nodes in the file. */
export interface ParsedYaml {
  document: Document.Parsed;
  /** The file, line and column of an offset into the YAML text. */
  at(offset: number): Place;
  /** Where the node at a key path starts (see findNode). */
  locate(path: PropertyKey[]): Place;
}

export function parseYaml(source: ConfigSource): ParsedYaml {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false });
  const offsetLines = (source.firstLine ?? 1) - 1;
  const at = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: source.file, line: line + offsetLines, column: col };
  };
  const locate = (path: PropertyKey[]) => at(findNode(document.contents as YamlNode | null, path)?.range?.[0] ?? 0);
  return { document, at, locate };
}

/** Parses and validates YAML config text; errors name the file, line, column and key. */
export function parseConfig(source: ConfigSource): FolioConfig {
  const yaml = parseYaml(source);
  if (yaml.document.errors.length > 0) {
    const error = yaml.document.errors[0];
    throw new FolioError(`Unexpected YAML syntax (${error.code}), expected valid YAML`, yaml.at(error.pos[0]));
  }
  const data = yamlValue(yaml.document, yaml.at(0)) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FolioError('Unexpected YAML value, expected a mapping of settings', yaml.at(0));
  }
  return validateConfig(data, yaml.locate);
}

/** Validates settings against the schema; `locate` places a key path in the file for the message. */
export function validateConfig(data: object, locate: (path: PropertyKey[]) => Place): FolioConfig {
  const parsed = configSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { path, message } = describeIssue(issue, data);
  throw new FolioError(message, locate(path));
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union') {
    // A value that has the shape of one of the forms (a mapping for `{file, role}`) is told what
    // that form wanted, at the key that is wrong, rather than every form at once.
    const value = valueAt(data, issue.path);
    const fitting = issue.errors.filter(
      (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
    );
    if (value !== null && typeof value === 'object' && fitting.length === 1 && fitting[0].length > 0) {
      const inner = fitting[0][0];
      return describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, data);
    }
  }
  const key = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys[0];
    const path = [...issue.path, unknown];
    const where = issue.path.length ? ` in \`${key}\`` : '';
    return {
      path,
      message: `Unexpected config key \`${unknown}\`${where}, expected ${knownKeys(issue.path, unknown)}`,
    };
  }
  if (issue.code === 'invalid_type' && issue.path.length > 1 && valueAt(data, issue.path) === undefined) {
    const parent = issue.path.slice(0, -1).join('.');
    const missing = String(issue.path[issue.path.length - 1]);
    return {
      path: issue.path.slice(0, -1),
      message: `Unexpected \`${parent}\` without \`${missing}\`, expected \`${missing}:\` with ${expectedOf(issue).replace(/^expected /, '')}`,
    };
  }
  return { path: issue.path, message: `Unexpected value for \`${key}\`, ${expectedOf(issue)}` };
}

/** The keys the schema takes at `path`: the one an unknown key is a slip for, else all of them. */
function knownKeys(path: PropertyKey[], unknown: string): string {
  const keys = Object.keys(shapeAt(configSchema, path));
  const near = keys.filter((known) => levenshtein(known.toLowerCase(), unknown.toLowerCase(), 2) <= 2);
  if (near.length === 1) return `\`${near[0]}\``;
  return `one of ${keys.map((known) => `\`${known}\``).join(', ')}`;
}

/** The object shape a schema has at a key path, through its optional, default and preprocess wrappers. */
function shapeAt(schema: z.ZodType, path: PropertyKey[]): Record<string, z.ZodType> {
  let def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  const unwrap = () => {
    for (;;) {
      const inner = def.innerType ?? def.out ?? def.element ?? def.options?.find((option) => option._zod.def.shape);
      if (!inner) return;
      def = inner._zod.def;
    }
  };
  unwrap();
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    const next = def.shape?.[String(segment)];
    if (!next) return {};
    def = next._zod.def;
    unwrap();
  }
  return (def.shape as Record<string, z.ZodType> | undefined) ?? {};
}

interface Wrapped {
  _zod: { def: SchemaDef };
}

interface SchemaDef {
  shape?: Record<string, Wrapped>;
  innerType?: Wrapped;
  out?: Wrapped;
  element?: Wrapped;
  options?: Wrapped[];
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, segment) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined,
    data,
  );
}

/** The YAML node at `path`; for a missing key, its parent; for an unknown key, the key itself. */
function findNode(root: YamlNode | null, path: PropertyKey[]): YamlNode | undefined {
  const { isMap, isSeq } = yamlLibrary();
  let node: YamlNode | null | undefined = root;
  for (const segment of path) {
    if (isMap(node)) {
      const pair: { key: unknown; value: unknown } | undefined = node.items.find(
        (item) => (item.key as { value?: unknown } | null)?.value === segment,
      );
      if (!pair) return node;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
      if (segment === path[path.length - 1]) return (pair.key as YamlNode) ?? node;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as YamlNode | undefined;
    } else {
      return node ?? undefined;
    }
  }
  return node ?? undefined;
}
