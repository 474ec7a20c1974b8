/**
 * Folio's Paged.js handlers as the page gets them: the files in handlers/ (plain browser JavaScript,
 * one handler class each, type-checked through handlers/tsconfig.json) joined into one script that
 * registers them. It is injected after Paged.js (the Printer's `additionalScripts`, the preview's
 * page); the book's HTML itself carries no script. The files share the script's scope, so the
 * helpers of lines.js come before breaks.js, which uses them, and register.js comes last.
 *
 * tsc compiles only TypeScript, so the files are read from the package's `src/` folder: this module
 * sits at the same depth in `src/` (tests) and `dist/` (the CLI), so one relative path finds them
 * from either.
 */
import { readFileSync } from 'node:fs';

/** The handler files, in the order they go into the script. */
export const handlerFiles = [
  'fonts.js',
  'checks.js',
  'steps.js',
  'hide-pages.js',
  'unpainted.js',
  'folios.js',
  'notes.js',
  'lines.js',
  'breaks.js',
  'register.js',
];

const handlersDir = new URL('../../../src/emit/pdf/handlers/', import.meta.url);

/** One file as it goes into the script: without its `// @ts-check` line, indented into the wrapper. */
function handlerSource(name: string): string {
  const text = readFileSync(new URL(name, handlersDir), 'utf8').replace(/^\/\/ @ts-check\n/, '');
  return text.replace(/\n+$/, '').replace(/^(?=.)/gm, '  ');
}

/** The page script: every handler file inside one function scope, so nothing leaks into the page's globals. */
export const pagedHandlersScript = `(() => {\n${handlerFiles.map(handlerSource).join('\n\n')}\n})();\n`;
