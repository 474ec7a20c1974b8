#!/usr/bin/env bash
# The test command: system packages, the lint (Biome), a typecheck (sources, tests, bench) and build,
# then every vitest suite with real Chromium and EPUBCheck. Ends with a plain "N passed, N failed, N skipped" line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
npm run --silent lint || exit 1
npm run --silent compile || exit 1
npx tsc -p src/emit/pdf/handlers/tsconfig.json || exit 1
npx tsc -p tests/tsconfig.json || exit 1
npx tsc -p bench/tsconfig.json || exit 1
mkdir -p output
npx vitest run --reporter=default --reporter=json --outputFile.json=output/test-results.json "$@"
status=$?
node -e '
  const fs = require("node:fs");
  try {
    const r = JSON.parse(fs.readFileSync("output/test-results.json", "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  } catch { console.log("tests: 0 passed, 1 failed"); }
'
exit $status
