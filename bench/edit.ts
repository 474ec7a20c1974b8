/**
 * The "rebuild" cases: a copy of the thesis, built once, then one word of a body paragraph of
 * Chapter Three changed before each measured rebuild, through the CLI or a running `--watch`.
 *
 * Every edit swaps one word for another of the same length ("victorious"/"triumphant",
 * "conflict"/"struggle"), so the chapter keeps (nearly always) its page count. The Nth edit flips
 * the word at site ctz(N) (a Gray code), so each edit changes one word and every text is new: no
 * rebuild finds the whole manuscript in the parse cache. The copy gets its own cache, emptied
 * when it is prepared, so a previous `npm run bench` cannot have seen these texts either.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { treeMemory, type Measurement } from './measure.js';

const chapter = { from: '\n# *Chapter Three', to: '\n# *Chapter Four' };
const swaps: Array<[string, string]> = [
  ['victorious', 'triumphant'],
  ['conflict', 'struggle'],
];
/**
 * Pause before each edit of a watched copy, as between an author's saves: the watcher's spare browsers start
 * meanwhile.
 */
const settleMs = 2000;

export interface Rebuilds {
  /** `folio build` of the copy, PDF and EPUB only: the arguments of `bin/folio.js`, run by its first line. */
  args: string[];
  /** The copy's own cache. */
  env: NodeJS.ProcessEnv;
  /** Copies the thesis and builds it once (untimed); later calls do nothing. */
  prepare(): void;
  /** Applies the next one-word edit to the copy. */
  edit(): void;
  /** Starts `build --watch` on the copy, then measures `runs` edits each until both files are rewritten. */
  watch(runs: number, progress: (run: number) => void): Promise<Measurement[]>;
}

export function rebuilds(options: { corpus: string; work: string; root: string; folio: string }): Rebuilds {
  const dir = path.join(options.work, 'edit');
  const file = path.join(dir, 'thesis.md');
  const out = path.join(dir, 'out');
  const env = { FOLIO_CACHE_DIR: path.join(dir, 'cache') };
  const args = ['build', file, '--only', 'pdf,epub', '--out', out];
  let sites: Array<{ at: number; words: [string, string] }> | undefined;
  let edits = 0;

  const prepare = () => {
    if (sites) return;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(options.corpus, file);
    const found = findSites(readFileSync(file, 'utf8'));
    process.stderr.write(`\x1b[Kbuilding ${path.relative(options.root, file)} once\r`);
    const built = spawnSync(options.folio, [...args, '--quiet'], {
      cwd: options.root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (built.status !== 0)
      throw new Error(
        `${options.folio} ${args.join(' ')} --quiet exited ${built.status}:\n${built.stderr.slice(-4000)}`,
      );
    sites = found;
  };

  const edit = () => {
    prepare();
    edits++;
    const site = sites![31 - Math.clz32(edits & -edits)];
    if (!site) throw new Error(`the rebuild cases ran out of one-word edits after ${edits - 1}`);
    const text = readFileSync(file, 'utf8');
    const [word, other] = text.startsWith(site.words[0], site.at) ? site.words : [site.words[1], site.words[0]];
    if (!text.startsWith(word, site.at))
      throw new Error(`${file} changed under the benchmark: no \`${word}\` at ${site.at}`);
    writeFileSync(file, text.slice(0, site.at) + other + text.slice(site.at + word.length));
  };

  const watch = async (runs: number, progress: (run: number) => void): Promise<Measurement[]> => {
    prepare();
    const child = spawn(options.folio, [...args, '--watch'], {
      cwd: options.root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    /** Resolves true once `done` holds for the stderr printed since `from`, false on a timeout or an exit. */
    const until = (from: number, done: (printed: string) => boolean, timeoutMs: number) =>
      new Promise<boolean>((resolve) => {
        const check = () => done(stderr.slice(from)) && finish(true);
        const finish = (ok: boolean) => {
          child.stderr.off('data', check);
          clearTimeout(timer);
          resolve(ok);
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        child.stderr.on('data', check);
        exited.then(() => finish(false));
        check();
      });
    const wrote = (name: string) => new RegExp(`^wrote .*${name.replace('.', '\\.')}$`, 'm');
    const measurements: Measurement[] = [];
    try {
      if (!(await until(0, (printed) => printed.includes('watching for changes'), 600_000))) {
        throw new Error(`the watcher did not start:\n${stderr.slice(-4000)}`);
      }
      for (let run = 0; run < runs; run++) {
        progress(run);
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        const from = stderr.length;
        let peakBytes = 0;
        const sampler = setInterval(() => {
          if (child.pid) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
        }, 50);
        const started = performance.now();
        edit();
        const ok = await until(
          from,
          (printed) => wrote('book.pdf').test(printed) && wrote('book.epub').test(printed),
          600_000,
        );
        clearInterval(sampler);
        measurements.push({
          seconds: (performance.now() - started) / 1000,
          peakBytes,
          exitCode: ok ? 0 : null,
          stderr: '',
        });
        if (!ok) {
          process.stderr.write(`  (no rebuild after edit ${edits})\n${stderr.slice(from).slice(-4000)}\n`);
          break;
        }
      }
    } finally {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    return measurements;
  };

  return { args, env, prepare, edit, watch };
}

/** Where the swapped words stand in the body paragraphs of the chapter. */
function findSites(text: string): Array<{ at: number; words: [string, string] }> {
  const start = text.indexOf(chapter.from);
  const end = text.indexOf(chapter.to, start);
  if (start < 0 || end < 0)
    throw new Error(`the thesis has no \`${chapter.from.trim()}\` followed by \`${chapter.to.trim()}\``);
  const sites: Array<{ at: number; words: [string, string] }> = [];
  for (const words of swaps) {
    // Whole words in lines of prose (not headings, notes or rules).
    const pattern = new RegExp(`(?<=\\n\\p{L}[^\\n]*) ${words[0]} `, 'gu');
    for (const match of text.slice(start, end).matchAll(pattern)) sites.push({ at: start + match.index + 1, words });
  }
  if (sites.length < 8)
    throw new Error(
      `the thesis has only ${sites.length} of the words to swap` +
        ` (${swaps.flat().join(', ')}) in \`${chapter.from.trim()}\``,
    );
  return sites;
}
