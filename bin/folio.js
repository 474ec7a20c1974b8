#!/usr/bin/env -S node --no-regexp-tier-up
// Folio reads a book's notes with a few hundred regular expressions, most of them run on every note. By default V8
// interprets an expression's first runs and compiles it to machine code only later, compiling it twice; compiled at
// once (`--no-regexp-tier-up`), `folio bib` on a thesis of a thousand notes resolves its citations about a third
// faster (`npm run bench`). V8 takes the flag safely only as Node starts (set from here, once running, a build crashed
// about once in twenty), so it is in the line above, which `folio` and `npx folio` run by; `node bin/folio.js` runs
// without it, as fast as before.
//
// The CLI runs from its bundle (scripts/bundle.ts: a few files instead of some six hundred modules, which Node loads
// in a fraction of the time), unless `tsc` has compiled dist/ since the bundle was made.
import { statSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);

function bundleIsCurrent() {
  try {
    return statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}

const { main } = await import(bundleIsCurrent() ? bundled.href : compiled.href);
process.exitCode = await main(process.argv.slice(2));
