/**
 * `npm run bench`: Folio on the sample book (manuscript/), the thesis and synthetic books 4× and 8×
 * its length, beside baselines measured in the same run (a naive single-pass pagedjs-cli render of
 * the same HTML, WeasyPrint on that HTML and Pandoc for the EPUB). Prints medians of wall time and
 * of peak memory of the whole process tree, with ratios against each baseline, the median time of
 * each stage of Folio's PDF builds (from `--debug`), and writes output/bench/report.json. Never a
 * test: timings only mean something on an idle machine. The runs of the cases are interleaved (run
 * 1 of every case, then run 2…), so a machine that gets busier midway slows every case alike.
 * WeasyPrint is installed first when missing (`scripts/setup.sh --bench`, Debian's package).
 *
 *   npm run bench                 sample and thesis cases, 3 runs each
 *   npm run bench -- --runs 5     more runs
 *   npm run bench -- --large      also the 4× and 8× books (PDF), 1 run each unless --runs
 *   npm run bench -- --only pdf   only the cases whose name contains "pdf"
 *
 * Folio runs as its users run it, `bin/folio.js` executed by its first line (which gives Node its flags).
 * "(cold)" cases run with FOLIO_CACHE=0; "(cached)" ones reuse output/.cache, as a rebuild does, after
 * one untimed run that fills it (the cold runs leave it alone, so even `--runs 1` times a warm cache).
 * Below the tables, each target of issue 15 (and issue 11's for `folio bib`) with its measured ratio.
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
import { medianStages, parseStages, type Stages } from './stages.js';
import { repeatThesis } from './synthetic.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus/mountain-fortress.md');
const sample = path.join(root, 'manuscript');
const work = path.join(root, 'output/bench');
const folio = path.join(root, 'bin/folio.js');

interface Case {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Names of the cases this one is compared with (the first also for memory). */
  baselines?: string[];
  /** Folio with `--debug`: its stages are timed. */
  stages?: boolean;
  runs?: number;
  /** Untimed, before each run. */
  before?: () => void;
  /** Runs the command once, untimed, before its first timed run (a cached case fills the cache). */
  warm?: boolean;
  /** Measures all the runs itself, instead of running `command` once per run. */
  measureRuns?: (runs: number, progress: (run: number) => void) => Promise<Measurement[]>;
}

interface Row {
  name: string;
  runs: number;
  seconds: number;
  peakMiB: number;
  failures: number;
  versus: Array<{ baseline: string; time: number; memory: number }>;
  stages?: Stages;
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

/** WeasyPrint, the PDF peer, installed by the setup script when missing (the bench goes on without it if that fails). */
function ensureWeasyPrint(): boolean {
  if (available('weasyprint')) return true;
  try {
    execFileSync('bash', [path.join(root, 'scripts/setup.sh'), '--bench'], { stdio: 'inherit' });
  } catch {
    process.stderr.write('bench: WeasyPrint could not be installed; its rows are left out\n');
  }
  return available('weasyprint');
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) throw new Error(`the benchmark needs ${corpus}`);
  mkdirSync(work, { recursive: true });
  const weasyprint = ensureWeasyPrint();
  const books: Record<string, string> = { sample, '1x': corpus };
  if (large) {
    for (const factor of [4, 8]) {
      const file = path.join(work, `thesis-${factor}x.md`);
      writeFileSync(file, repeatThesis(readFileSync(corpus, 'utf8'), factor));
      books[`${factor}x`] = file;
    }
  }
  // The HTML the baselines lay out: Folio's own print HTML of the same book.
  for (const [size, file] of Object.entries(books)) {
    execFileSync(folio, ['html', file, '--out', path.join(work, `html-${size}`), '--quiet'], {
      stdio: 'inherit',
    });
  }

  const noCache = { FOLIO_CACHE: '0' };
  const cases: Case[] = [
    {
      name: 'check thesis (cold)',
      command: folio,
      args: ['check', corpus, '--debug'],
      env: noCache,
      stages: true,
    },
    {
      name: 'check thesis (cached)',
      command: folio,
      args: ['check', corpus, '--debug'],
      baselines: ['check thesis (cold)'],
      stages: true,
      warm: true,
    },
    {
      name: 'bib thesis',
      command: folio,
      args: ['bib', corpus, '--out', path.join(work, 'bib'), '--quiet', '--debug'],
      env: noCache,
      stages: true,
    },
    {
      name: 'epub thesis (cold)',
      command: folio,
      args: ['epub', corpus, '--out', path.join(work, 'epub'), '--quiet', '--debug'],
      env: noCache,
      baselines: available('pandoc') ? ['pandoc epub thesis'] : undefined,
      stages: true,
    },
    {
      name: 'epub thesis (cached)',
      command: folio,
      args: ['epub', corpus, '--out', path.join(work, 'epub'), '--quiet', '--debug'],
      baselines: available('pandoc') ? ['pandoc epub thesis'] : undefined,
      stages: true,
      warm: true,
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
    const runs = size === '1x' || size === 'sample' ? undefined : (runsArg ?? 1);
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
    const peer = `weasyprint ${size}`;
    if (weasyprint) {
      cases.push({
        name: peer,
        command: 'weasyprint',
        args: [html, path.join(work, `weasyprint-${size}.pdf`)],
        runs,
        baselines: [naive],
      });
    }
    const baselines = weasyprint ? [peer, naive] : [naive];
    const pdfArgs = ['pdf', file, '--out', path.join(work, `pdf-${size}`), '--quiet', '--debug'];
    cases.push({
      name: `folio pdf ${size} (cold)`,
      command: folio,
      args: pdfArgs,
      env: noCache,
      runs,
      baselines,
      stages: true,
    });
    if (size === '1x')
      cases.push({
        name: `folio pdf ${size} (cached)`,
        command: folio,
        args: pdfArgs,
        runs,
        baselines,
        stages: true,
        warm: true,
      });
  }
  const edits = rebuilds({ corpus, work, root, folio });
  cases.push(
    {
      name: 'rebuild pdf+epub after one-word edit (cli)',
      command: folio,
      args: [...edits.args, '--quiet'],
      env: edits.env,
      before: edits.edit,
    },
    {
      name: 'rebuild pdf+epub after one-word edit (watch)',
      command: folio,
      args: [...edits.args, '--watch'],
      env: edits.env,
      measureRuns: edits.watch,
    },
  );

  const selected = cases.filter(
    (candidate) =>
      !only ||
      candidate.name.includes(only) ||
      cases.some((other) => other.baselines?.includes(candidate.name) && other.name.includes(only)),
  );
  const runsOf = (benchCase: Case) => benchCase.runs ?? runsArg ?? 3;
  const measured = new Map<Case, Measurement[]>(selected.map((benchCase) => [benchCase, []]));
  // Interleaved: run 1 of every case, then run 2…; a case that measures its own runs goes last.
  const rounds = Math.max(0, ...selected.map(runsOf));
  for (let run = 0; run < rounds; run++) {
    for (const benchCase of selected) {
      if (benchCase.measureRuns || run >= runsOf(benchCase)) continue;
      if (run === 0 && benchCase.warm) {
        process.stderr.write(`\x1b[K${benchCase.name}: filling the cache\r`);
        await measure(benchCase.command, benchCase.args, { cwd: root, env: benchCase.env, timeoutMs: 3_600_000 });
      }
      benchCase.before?.();
      process.stderr.write(`\x1b[K${benchCase.name}: run ${run + 1}/${runsOf(benchCase)}\r`);
      measured
        .get(benchCase)!
        .push(
          await measure(benchCase.command, benchCase.args, { cwd: root, env: benchCase.env, timeoutMs: 3_600_000 }),
        );
    }
  }
  for (const benchCase of selected) {
    if (!benchCase.measureRuns) continue;
    const runs = runsOf(benchCase);
    const progress = (run: number) => process.stderr.write(`\x1b[K${benchCase.name}: run ${run + 1}/${runs}\r`);
    measured.set(benchCase, await benchCase.measureRuns(runs, progress));
  }
  process.stderr.write('\x1b[K');
  const rows: Row[] = selected.map((benchCase) => {
    const measurements = measured.get(benchCase)!;
    return {
      name: benchCase.name,
      runs: measurements.length,
      seconds: median(measurements.map((m) => m.seconds)),
      peakMiB: median(measurements.map((m) => m.peakBytes)) / 2 ** 20,
      failures: measurements.filter((m) => m.exitCode !== 0).length,
      versus: [],
      stages: benchCase.stages
        ? medianStages(
            measurements.map((m) => parseStages(m.stderr, m.seconds)),
            median,
          )
        : undefined,
    };
  });
  for (const row of rows) {
    for (const baselineName of cases.find((benchCase) => benchCase.name === row.name)?.baselines ?? []) {
      const baseline = rows.find((candidate) => candidate.name === baselineName);
      if (baseline)
        row.versus.push({
          baseline: baseline.name,
          time: row.seconds / baseline.seconds,
          memory: row.peakMiB / baseline.peakMiB,
        });
    }
  }

  const seconds = (name: string) => rows.find((row) => row.name === name && row.failures < row.runs)?.seconds;
  const targets = targetsOf(seconds);
  const report = {
    date: new Date().toISOString(),
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    rows,
    targets,
  };
  writeFileSync(path.join(work, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = [
    ['case', 'runs', 'median s', 'peak MiB', 'failed', 'vs baselines (time, memory)'],
    ...rows.map((row) => [
      row.name,
      String(row.runs),
      row.seconds.toFixed(2),
      row.peakMiB.toFixed(0),
      String(row.failures),
      row.versus
        .map((versus) => `${versus.time.toFixed(2)}×, ${versus.memory.toFixed(2)}× of ${versus.baseline}`)
        .join('; '),
    ]),
  ];
  printTable(table);
  // Per-stage medians of Folio's runs (check, bib, EPUB, PDF): one column per case.
  const staged = rows.filter((row) => row.stages);
  if (staged.length) {
    const names: string[] = [];
    for (const row of staged) for (const { stage } of row.stages!) if (!names.includes(stage)) names.push(stage);
    console.log('\nmedian s per stage');
    printTable([
      ['stage', ...staged.map((row) => row.name)],
      ...names.map((stage) => [
        stage,
        ...staged.map((row) => row.stages!.find((entry) => entry.stage === stage)?.seconds.toFixed(2) ?? ''),
      ]),
    ]);
  }
  if (targets.length) {
    console.log('\ntargets');
    printTable([
      ['target', 'measured', 'goal', 'met'],
      ...targets.map((target) => [
        target.name,
        `${target.measured.toFixed(2)}${target.unit}`,
        `≤ ${target.goal}${target.unit}`,
        target.measured <= target.goal ? 'yes' : 'no',
      ]),
    ]);
  }
  console.log(`\nreport: ${path.relative(root, path.join(work, 'report.json'))}`);
}

interface Target {
  name: string;
  measured: number;
  goal: number;
  unit: string;
}

/** The issues' targets (15: speed against the peers; 11: `folio bib`), each with what this run measured; those whose cases ran. */
function targetsOf(seconds: (name: string) => number | undefined): Target[] {
  const ratio = (name: string, of: string, over: string, goal: number, factor = 1): Target[] => {
    const folio = seconds(of);
    const peer = seconds(over);
    return folio !== undefined && peer ? [{ name, measured: folio / (factor * peer), goal, unit: '×' }] : [];
  };
  const bib = seconds('bib thesis');
  return [
    ...ratio('sample PDF (cold) / WeasyPrint', 'folio pdf sample (cold)', 'weasyprint sample', 1),
    ...ratio('thesis PDF (cold) / WeasyPrint', 'folio pdf 1x (cold)', 'weasyprint 1x', 0.45),
    ...ratio('4× thesis PDF (cold) / 4 × thesis PDF (linear)', 'folio pdf 4x (cold)', 'folio pdf 1x (cold)', 1, 4),
    ...ratio('thesis EPUB (cold) / Pandoc EPUB', 'epub thesis (cold)', 'pandoc epub thesis', 1),
    ...(bib !== undefined ? [{ name: 'folio bib on the thesis (issue 11)', measured: bib, goal: 3, unit: ' s' }] : []),
  ];
}

function printTable(table: string[][]): void {
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
  for (const line of table)
    console.log(
      line
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
}

await main();
