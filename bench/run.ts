/**
 * `npm run bench`: Folio on the thesis and on synthetic books 4× and 8× its length, beside
 * baselines measured in the same run (a naive single-pass pagedjs-cli render of the same HTML,
 * WeasyPrint on that HTML and Pandoc for the EPUB, when installed). Prints medians of wall time
 * and of peak memory of the whole process tree, with ratios against the baseline, and writes
 * output/bench/report.json. Never a test: timings only mean something on an idle machine.
 *
 *   npm run bench                 thesis cases, 3 runs each
 *   npm run bench -- --runs 5     more runs
 *   npm run bench -- --large      also the 4× and 8× books (PDF), 1 run each unless --runs
 *   npm run bench -- --only pdf   only the cases whose name contains "pdf"
 *
 * "(cold)" cases run with FOLIO_CACHE=0; "(cached)" ones reuse output/.cache, as a rebuild does.
 * "rebuild" cases build a copy of the thesis once (untimed), then time PDF+EPUB rebuilds after a
 * one-word edit in Chapter Three (bench/edit.ts): "(cli)" runs `folio build` after each edit,
 * "(watch)" edits under a running `folio build --watch` and times from the write of the file until
 * it has printed `wrote` for both files (its 150 ms debounce included). The copy and its own cache
 * live in output/bench/edit, made afresh by each `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuilds } from './edit.js';
import { measure, median, type Measurement } from './measure.js';
import { formatStages, medianStages, type Stage } from './stages.js';
import { repeatThesis } from './synthetic.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus/mountain-fortress.md');
const work = path.join(root, 'output/bench');
const folio = path.join(root, 'bin/folio.js');

interface Case {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Name of the case this one is compared with. */
  baseline?: string;
  runs?: number;
  /** Untimed, before each run. */
  before?: () => void;
  /** Run with `--debug` and report the median time of each stage (bench/stages.ts). */
  stages?: boolean;
  /** Measures all the runs itself, instead of running `command` once per run. */
  measureRuns?: (runs: number, progress: (run: number) => void) => Promise<Measurement[]>;
}

interface Row {
  name: string;
  runs: number;
  seconds: number;
  peakMiB: number;
  failures: number;
  versus?: { baseline: string; time: number; memory: number };
  stages?: Stage[];
}

const argv = process.argv.slice(2);
const runsArg = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : undefined;
const large = argv.includes('--large');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;

function available(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) throw new Error(`the benchmark needs ${corpus}`);
  mkdirSync(work, { recursive: true });
  const books: Record<string, string> = { '1x': corpus };
  if (large) {
    for (const factor of [4, 8]) {
      const file = path.join(work, `thesis-${factor}x.md`);
      writeFileSync(file, repeatThesis(readFileSync(corpus, 'utf8'), factor));
      books[`${factor}x`] = file;
    }
  }
  // The HTML the baselines lay out: Folio's own print HTML of the same book.
  for (const [size, file] of Object.entries(books)) {
    execFileSync('node', [folio, 'html', file, '--out', path.join(work, `html-${size}`), '--quiet'], {
      stdio: 'inherit',
    });
  }

  const noCache = { FOLIO_CACHE: '0' };
  const cases: Case[] = [
    {
      name: 'check thesis (cold)',
      command: 'node',
      args: [folio, 'check', corpus, '--debug'],
      env: noCache,
      stages: true,
    },
    {
      name: 'check thesis (cached)',
      command: 'node',
      args: [folio, 'check', corpus, '--debug'],
      baseline: 'check thesis (cold)',
      stages: true,
    },
    {
      name: 'bib thesis',
      command: 'node',
      args: [folio, 'bib', corpus, '--out', path.join(work, 'bib'), '--quiet', '--debug'],
      env: noCache,
      stages: true,
    },
    {
      name: 'epub thesis (cold)',
      command: 'node',
      args: [folio, 'epub', corpus, '--out', path.join(work, 'epub'), '--quiet', '--debug'],
      env: noCache,
      baseline: available('pandoc') ? 'pandoc epub thesis' : undefined,
      stages: true,
    },
    {
      name: 'epub thesis (cached)',
      command: 'node',
      args: [folio, 'epub', corpus, '--out', path.join(work, 'epub'), '--quiet', '--debug'],
      baseline: available('pandoc') ? 'pandoc epub thesis' : undefined,
      stages: true,
    },
  ];
  if (available('pandoc')) {
    cases.push({
      name: 'pandoc epub thesis',
      command: 'pandoc',
      args: [corpus, '-o', path.join(work, 'pandoc.epub'), '--metadata', 'title=Mountain Fortress'],
    });
  }
  for (const [size, file] of Object.entries(books)) {
    const html = path.join(work, `html-${size}`, 'book.html');
    const runs = size === '1x' ? undefined : (runsArg ?? 1);
    const naive = `pagedjs-cli single pass ${size}`;
    cases.push({
      name: naive,
      command: 'node',
      args: [
        path.join(root, 'node_modules/pagedjs-cli/src/cli.js'),
        html,
        '-o',
        path.join(work, `naive-${size}.pdf`),
        '--timeout',
        '1800000',
        '--browserArgs',
        '--no-sandbox,--disable-gpu,--disable-background-networking,--allow-file-access-from-files',
      ],
      env: { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' },
      runs,
    });
    if (available('weasyprint')) {
      cases.push({
        name: `weasyprint ${size}`,
        command: 'weasyprint',
        args: [html, path.join(work, `weasyprint-${size}.pdf`)],
        runs,
        baseline: naive,
      });
    }
    const pdfArgs = [folio, 'pdf', file, '--out', path.join(work, `pdf-${size}`), '--quiet'];
    cases.push({
      name: `folio pdf ${size} (cold)`,
      command: 'node',
      args: pdfArgs,
      env: noCache,
      runs,
      baseline: naive,
    });
    if (size === '1x')
      cases.push({ name: `folio pdf ${size} (cached)`, command: 'node', args: pdfArgs, runs, baseline: naive });
  }
  const edits = rebuilds({ corpus, work, root, folio });
  cases.push(
    {
      name: 'rebuild pdf+epub after one-word edit (cli)',
      command: 'node',
      args: [...edits.args, '--quiet'],
      env: edits.env,
      before: edits.edit,
    },
    {
      name: 'rebuild pdf+epub after one-word edit (watch)',
      command: 'node',
      args: [...edits.args, '--watch'],
      env: edits.env,
      measureRuns: edits.watch,
    },
  );

  const rows: Row[] = [];
  for (const benchCase of cases.filter(
    (candidate) =>
      !only ||
      candidate.name.includes(only) ||
      cases.some((other) => other.baseline === candidate.name && other.name.includes(only)),
  )) {
    const runs = benchCase.runs ?? runsArg ?? 3;
    const progress = (run: number) => process.stderr.write(`${benchCase.name}: run ${run + 1}/${runs}\r`);
    const measurements: Measurement[] = benchCase.measureRuns ? await benchCase.measureRuns(runs, progress) : [];
    for (let run = 0; run < runs && !benchCase.measureRuns; run++) {
      benchCase.before?.();
      progress(run);
      measurements.push(
        await measure(benchCase.command, benchCase.args, { cwd: root, env: benchCase.env, timeoutMs: 3_600_000 }),
      );
    }
    process.stderr.write('\x1b[K');
    rows.push({
      name: benchCase.name,
      runs,
      seconds: median(measurements.map((m) => m.seconds)),
      peakMiB: median(measurements.map((m) => m.peakBytes)) / 2 ** 20,
      failures: measurements.filter((m) => m.exitCode !== 0).length,
      stages: benchCase.stages ? medianStages(measurements) : undefined,
    });
  }
  for (const row of rows) {
    const baselineName = cases.find((benchCase) => benchCase.name === row.name)?.baseline;
    const baseline = rows.find((candidate) => candidate.name === baselineName);
    if (baseline)
      row.versus = {
        baseline: baseline.name,
        time: row.seconds / baseline.seconds,
        memory: row.peakMiB / baseline.peakMiB,
      };
  }

  const report = {
    date: new Date().toISOString(),
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    rows,
  };
  writeFileSync(path.join(work, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = [
    ['case', 'runs', 'median s', 'peak MiB', 'failed', 'vs baseline (time, memory)'],
    ...rows.map((row) => [
      row.name,
      String(row.runs),
      row.seconds.toFixed(2),
      row.peakMiB.toFixed(0),
      String(row.failures),
      row.versus ? `${row.versus.time.toFixed(2)}×, ${row.versus.memory.toFixed(2)}× of ${row.versus.baseline}` : '',
    ]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
  for (const line of table)
    console.log(
      line
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
  for (const row of rows) if (row.stages?.length) console.log(`\n${formatStages(row.name, row.stages).join('\n')}`);
  console.log(`\nreport: ${path.relative(root, path.join(work, 'report.json'))}`);
}

await main();
