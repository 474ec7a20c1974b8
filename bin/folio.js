#!/usr/bin/env -S node --no-regexp-tier-up
// Folio reads a book's notes with a few hundred regular expressions, most of them run on every note. By default V8
// interprets an expression's first runs and compiles it to machine code only later, compiling it twice; compiled at
// once (`--no-regexp-tier-up`), `folio bib` on a thesis of a thousand notes resolves its citations about a third
// faster (`npm run bench`). V8 takes the flag safely only as Node starts (set from here, once running, a build crashed
// about once in twenty), so it is in the line above, which `folio` and `npx folio` run by; `node bin/folio.js` runs
// without it, as fast as before.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
