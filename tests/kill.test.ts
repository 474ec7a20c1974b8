/**
 * Outputs are never half-written: builds are SIGKILLed (with every process they started, Chromium
 * included) at random moments (fixed seed) while making the EPUB and the PDF; the previous output
 * must stay byte for byte, or be the complete new one, and the next build must succeed and leave no
 * temporary file behind. A read-only output folder is one line and exit 2 (run as an unprivileged
 * user when the tests run as root, who may write anywhere). Runs the built CLI (`npx tsc -p .`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/corpus.js';
import { random } from './helpers/random.js';

const bin = path.join(repoRoot, 'bin/folio.js');
const built = existsSync(path.join(repoRoot, 'dist/cli/main.js'));
const describeBuilt = built ? describe : describe.skip;
if (!built) console.warn('[folio tests] skipping the kill tests: run `npx tsc -p .` first');

const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' };

function start(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  child.stdout?.resume();
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

/** The process and every process below it (Chromium is started in its own process group). */
function processTree(pid: number): number[] {
  const table = spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout;
  const children = new Map<number, number[]>();
  for (const line of table.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

function killTree(pid: number): void {
  for (const member of processTree(pid)) {
    try {
      process.kill(member, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Starts `folio ARGS`, kills it and everything it started when `when` resolves (or lets it finish first). */
async function killDuring(
  args: string[],
  cwd: string,
  when: (child: ChildProcess, output: () => string) => Promise<void>,
) {
  const child = start(args, cwd);
  const result = finished(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const done = result.then(() => 'finished' as const);
  const fired = await Promise.race([when(child, () => stderr).then(() => 'kill' as const), done]);
  if (fired === 'kill') killTree(child.pid!);
  return result;
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-kill-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function writeBook(dir: string, sentence: string): Promise<void> {
  await mkdir(path.join(dir, 'images'), { recursive: true });
  await cp(path.join(repoRoot, 'tests/fixtures/hostile-outside/escaped.png'), path.join(dir, 'images/dot.png'));
  await writeFile(
    path.join(dir, 'folio.yaml'),
    'title: A Book Killed Mid-Build\nauthors: [Test Author]\nlanguage: en\ndate: "2026-01-01"\nchapters:\n  - one.md\n  - two.md\n',
  );
  await writeFile(
    path.join(dir, 'one.md'),
    `# One\n\n${sentence} A call.[^a]\n\n![a dot](images/dot.png "A dot")\n\n[^a]: A note in plain words.\n`,
  );
  await writeFile(path.join(dir, 'two.md'), `# Two\n\n${'More words for the second chapter. '.repeat(40)}\n`);
}

describeBuilt('killed builds leave the previous outputs whole', () => {
  it('EPUB: SIGKILL at random moments; book.epub is the old file or the whole new one; the next build succeeds', async () => {
    const dir = path.join(tmp, 'epub');
    await writeBook(dir, 'The first version of the text.');
    const first = await finished(start(['build', '.', '--only', 'epub', '--out', 'out'], dir));
    expect(first.code).toBe(0);
    const previous = readFileSync(path.join(dir, 'out/book.epub'));

    await writeBook(dir, 'The second version, with other words.');
    const started = performance.now();
    const reference = await finished(start(['build', '.', '--only', 'epub', '--out', 'reference', '--no-cache'], dir));
    const duration = performance.now() - started;
    expect(reference.code).toBe(0);
    const next = readFileSync(path.join(dir, 'reference/book.epub'));
    expect(Buffer.compare(next, previous)).not.toBe(0);

    const moments = random(16);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const delay = moments() * duration;
      const result = await killDuring(
        ['build', '.', '--only', 'epub', '--out', 'out'],
        dir,
        () => new Promise((resolve) => setTimeout(resolve, delay)),
      );
      const now = readFileSync(path.join(dir, 'out/book.epub'));
      const state = now.equals(previous) ? 'previous' : now.equals(next) ? 'new' : 'corrupt';
      outcomes.push(`${Math.round(delay)} ms: ${result.signal ?? `exit ${result.code}`}, ${state}`);
      expect(state, outcomes.join('; ')).not.toBe('corrupt');
    }
    expect(
      outcomes.some((outcome) => outcome.includes('SIGKILL')),
      outcomes.join('; '),
    ).toBe(true);

    const after = await finished(start(['build', '.', '--only', 'epub', '--out', 'out'], dir));
    expect(after.code, after.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out/book.epub')).equals(next)).toBe(true);
    expect(temporaries(path.join(dir, 'out'))).toEqual([]);
  }, 600_000);

  it('PDF: SIGKILL while Chromium lays it out; book.pdf is left as it was; the next build succeeds', async () => {
    const dir = path.join(tmp, 'pdf');
    await writeBook(dir, 'A text to be laid out.');
    await mkdir(path.join(dir, 'out'), { recursive: true });
    // Whatever the previous build left: it must survive byte for byte.
    const previous = Buffer.from("%PDF-1.7\n% the previous build's book.pdf\n%%EOF\n");
    await writeFile(path.join(dir, 'out/book.pdf'), previous);
    const moments = random(70);
    const extra = moments() * 3000;
    const killed = await killDuring(['build', '.', '--only', 'pdf', '--out', 'out'], dir, async (_child, output) => {
      while (!/laying out|merging|checking the PDF/.test(output()))
        await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, extra));
    });
    const now = readFileSync(path.join(dir, 'out/book.pdf'));
    if (killed.signal === 'SIGKILL') expect(now.equals(previous)).toBe(true);
    else expect(now.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const after = await finished(start(['build', '.', '--only', 'pdf', '--out', 'out'], dir));
    expect(after.code, after.stderr).toBe(0);
    const pdf = readFileSync(path.join(dir, 'out/book.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(pdf.equals(previous)).toBe(false);
    expect(temporaries(path.join(dir, 'out'))).toEqual([]);
  }, 600_000);

  it('a read-only output folder: one line, exit 2, the previous output untouched', async () => {
    const dir = path.join(tmp, 'read-only');
    await writeBook(dir, 'Text for a folder nobody may write to.');
    await mkdir(path.join(dir, 'out'), { recursive: true });
    await writeFile(path.join(dir, 'out/book.epub'), 'previous');
    await chmod(path.join(dir, 'out'), 0o555);
    await chmod(tmp, 0o755);
    // root may write anywhere: run as nobody then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(
      process.execPath,
      [bin, 'build', '.', '--only', 'epub', '--out', 'out', '--no-cache', '--quiet'],
      { cwd: dir, env, encoding: 'utf8', ...asUser },
    );
    expect(result.stderr).toBe(
      'folio build: out/book.epub: Unexpected read-only or forbidden output folder (EACCES), expected a folder Folio may write to\n',
    );
    expect(result.status).toBe(2);
    expect(readFileSync(path.join(dir, 'out/book.epub'), 'utf8')).toBe('previous');
    await chmod(path.join(dir, 'out'), 0o755);
  }, 300_000);
});
