/**
 * The YAML library, loaded the first time a book has YAML to read (its folio.yaml, front matter, a content folder's
 * `_index.md`): many manuscripts, word processors' exports above all, have none, and loading the library (a CommonJS
 * package of some seventy files, which the bundle leaves outside) took about 40 ms of every start.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);

export function yamlLibrary(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}
