#!/usr/bin/env node
// Folio reads a book's notes with a few hundred regular expressions, most of them run on every note. By default V8
// interprets an expression's first runs and compiles it to machine code only later, compiling it twice; compiled at
// once, `folio bib` on a thesis of a thousand notes resolves its citations about a third faster (`npm run bench`).
// The flag must be set before the first expression is compiled, so before Folio's modules load.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
