import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { FolioError } from '../errors.js';
import { yamlValue } from '../limits/yaml.js';
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
  const { path, message } = describeIssue(issue);
  throw new FolioError(message, locate(path));
}

function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  const key = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys[0];
    const path = [...issue.path, unknown];
    const where = issue.path.length ? ` in \`${key}\`` : '';
    return { path, message: `Unexpected config key \`${unknown}\`${where}, expected one of the documented keys` };
  }
  return { path: issue.path, message: `Unexpected value for \`${key}\`, ${expectedOf(issue)}` };
}

/** The YAML node at `path`; for a missing key, its parent; for an unknown key, the key itself. */
function findNode(root: YamlNode | null, path: PropertyKey[]): YamlNode | undefined {
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
