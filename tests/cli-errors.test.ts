/**
 * Bad input: every mistake in what the user hands Folio is one line on stderr naming the file (and
 * line and column where there is one), exit code 2, no stack trace unless `--debug`.
 * Config fixtures are in tests/fixtures/cli-*; byte-level bad files are written to a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { repoRoot } from './helpers/corpus.js';

const fixtures = path.join(repoRoot, 'tests/fixtures');

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-cli-errors-'));
  await writeFile(path.join(tmp, 'empty.md'), '');
  await writeFile(path.join(tmp, 'blank.md'), ' \n\n\t\n');
  await writeFile(path.join(tmp, 'nul.md'), Buffer.from('# A\n\nab\u0000c\n', 'utf8'));
  // Latin-1 "é" (0xE9) where UTF-8 is expected.
  await writeFile(
    path.join(tmp, 'latin1.md'),
    Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' ok\n')]),
  );
  // Columns count characters, not bytes: "Åb" is two characters (three bytes) before the bad byte.
  await writeFile(
    path.join(tmp, 'late.md'),
    Buffer.concat([Buffer.from('# T\n\nok\n\u00c5b'), Buffer.from([0xff, 0x0a])]),
  );
  await writeFile(path.join(tmp, 'front-matter-only.md'), '---\ntitle: Nothing Else\n---\n');
  await writeFile(path.join(tmp, 'bad-yaml.md'), '---\ntitle: [unclosed\n---\n\n# A\n\nText.\n');
  await mkdir(path.join(tmp, 'empty-folder'));
  await mkdir(path.join(tmp, 'no-config'));
  await writeFile(path.join(tmp, 'no-config', 'chapter.md'), '# A\n\nText.\n');
  await mkdir(path.join(tmp, 'missing-chapter'));
  await writeFile(path.join(tmp, 'missing-chapter', 'folio.yaml'), 'title: A Book\nchapters:\n  - chapters/one.md\n');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** One line on stderr, exit 2, nothing on stdout. */
async function expectBadInput(argv: string[], cwd: () => string, line: string): Promise<void> {
  const result = await run(argv, cwd());
  expect(result.stderr).toBe(`${line}\n`);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
}

describe('bad manuscript files', () => {
  it.each<[string, string[], string]>([
    ['missing path', ['check', 'nowhere.md'], 'folio check: nowhere.md: No such file or directory'],
    ['empty file', ['check', 'empty.md'], 'folio check: empty.md: Unexpected empty file, expected a manuscript'],
    [
      'file of whitespace only',
      ['check', 'blank.md'],
      'folio check: blank.md: Unexpected empty file, expected a manuscript',
    ],
    [
      'binary file (NUL byte), with line and column',
      ['check', 'nul.md'],
      'folio check: nul.md:3:3: Unexpected binary content (NUL byte), expected UTF-8 text',
    ],
    [
      'invalid UTF-8, with line and column of the bad byte',
      ['check', 'latin1.md'],
      'folio check: latin1.md:3:4: Unexpected invalid UTF-8 byte sequence, expected UTF-8 text',
    ],
    [
      'invalid UTF-8 after multi-byte characters: the column counts characters',
      ['normalise', 'late.md'],
      'folio normalise: late.md:4:3: Unexpected invalid UTF-8 byte sequence, expected UTF-8 text',
    ],
    [
      'a manuscript with front matter and no text',
      ['check', 'front-matter-only.md'],
      'folio check: front-matter-only.md: Unexpected manuscript with no text, expected at least one chapter',
    ],
  ])('%s', async (_name, argv, line) => {
    await expectBadInput(argv, () => tmp, line);
  });

  it('a YAML syntax error in front matter, at its line in the file', async () => {
    const result = await run(['check', 'bad-yaml.md'], tmp);
    expect(result.stderr).toMatch(
      /^folio check: bad-yaml\.md:2:\d+: Unexpected YAML syntax \([A-Z_]+\), expected valid YAML\n$/,
    );
    expect(result.code).toBe(2);
  });
});

describe('bad flag values: the config schema checks them, as in folio.yaml', () => {
  it('a number out of range', async () => {
    await expectBadInput(
      ['pdf', 'x.md', '--workers', '0'],
      () => tmp,
      'folio pdf: Unexpected --workers `0`, expected a number at least 1',
    );
  });

  it('a word where a number or `auto` is expected', async () => {
    await expectBadInput(
      ['build', 'x.md', '--workers', 'many'],
      () => tmp,
      'folio build: Unexpected --workers `many`, expected "auto" or a number',
    );
  });

  it('a value not among the choices', async () => {
    await expectBadInput(
      ['pdf', 'x.md', '--layout', 'grid'],
      () => tmp,
      'folio pdf: Unexpected --layout `grid`, expected one of "single", "chapters", "auto"',
    );
  });
});

describe('bad configuration', () => {
  it.each<[string, string[], () => string, string]>([
    [
      'unknown key in folio.yaml: file:line:column and the key',
      ['check', '.'],
      () => path.join(fixtures, 'cli-unknown-key'),
      'folio check: folio.yaml:2:1: Unexpected config key `subtitel`, expected `subtitle`',
    ],
    [
      'unknown nested key in folio.yaml: the key and the table it is in',
      ['check', 'tests/fixtures/cli-unknown-nested-key'],
      () => repoRoot,
      'folio check: tests/fixtures/cli-unknown-nested-key/folio.yaml:6:3: Unexpected config key `colour` in `pdf`, expected one of `trim`, `print`, `bleed`, `cropMarks`, `pdfx`, `iccProfile`, `fonts`, `timeout`, `layout`, `workers`',
    ],
    [
      'wrong type for a key',
      ['check', '.'],
      () => path.join(fixtures, 'cli-wrong-type'),
      'folio check: folio.yaml:2:1: Unexpected value for `chapters`, expected a list',
    ],
    [
      'wrong type for a nested key',
      ['check', '.'],
      () => path.join(fixtures, 'cli-wrong-type-nested'),
      'folio check: folio.yaml:5:3: Unexpected value for `pdf.timeout`, expected a number',
    ],
    [
      'folio.yaml without chapters',
      ['check', '.'],
      () => path.join(fixtures, 'cli-no-chapters'),
      'folio check: folio.yaml:1:1: Unexpected config without chapters, expected a `chapters` list of Markdown files',
    ],
    [
      'a folder with no chapters and no folio.yaml',
      ['check', 'empty-folder'],
      () => tmp,
      'folio check: empty-folder: Unexpected folder with no chapters, expected folio.yaml or Markdown or Word chapter files',
    ],
    [
      'a chapter listed in folio.yaml that does not exist',
      ['check', 'missing-chapter'],
      () => tmp,
      'folio check: missing-chapter/chapters/one.md: No such file',
    ],
  ])('%s', async (_name, argv, cwd, line) => {
    await expectBadInput(argv, cwd, line);
  });

  it('unknown key in front matter: a warning at its line in the Markdown file, not a stop', async () => {
    const result = await run(['check', 'input.md', '--format', 'github'], path.join(fixtures, 'cli-front-matter-key'));
    expect(result.stdout).toContain(
      '::warning file=input.md,line=3,col=1,title=front-matter-key::Unexpected front matter key `subtitel`',
    );
    expect(result.code).toBe(0);
  });

  it('a folder of Markdown files without folio.yaml is read, with a note of what was guessed', async () => {
    const result = await run(['check', 'no-config', '--format', 'github'], tmp);
    expect(result.stdout).toBe(
      '::notice file=no-config/chapter.md,line=1,col=1,title=folder-guessed::Unexpected folder without folio.yaml, expected one listing the parts: read 1 file in name order, title from the folder’s name\n1 chapters, 0 notes: 0 errors, 0 warnings\n',
    );
    expect(result.code).toBe(0);
  });
});

describe('bad command lines', () => {
  it('unknown option: the parser message and the usage', async () => {
    const result = await run(['check', 'x.md', '--frobnicate'], tmp);
    expect(result.stderr).toBe(
      "folio check: Unknown option '--frobnicate'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--frobnicate\"\nusage: folio check [INPUT] [--format text|json|github]\n",
    );
    expect(result.code).toBe(2);
  });

  it('two inputs', async () => {
    await expectBadInput(
      ['check', 'a.md', 'b.md'],
      () => tmp,
      'folio check: Unexpected extra argument `b.md`, expected one INPUT',
    );
  });

  it('unknown command', async () => {
    const result = await run(['frobnicate'], tmp);
    expect(result.stderr).toMatch(/^folio: unknown command `frobnicate`, expected one of [a-z, ]+\n$/);
    expect(result.stderr).toContain(' check');
    expect(result.stderr).toContain(' normalise');
    expect(result.code).toBe(2);
  });
});

describe('--debug', () => {
  it('adds the stack after the same one-line message', async () => {
    const result = await run(['check', '.', '--debug'], path.join(fixtures, 'cli-unknown-key'));
    const [first, second, ...rest] = result.stderr.split('\n');
    expect(first).toBe('folio check: folio.yaml:2:1: Unexpected config key `subtitel`, expected `subtitle`');
    expect(second).toBe('FolioError: Unexpected config key `subtitel`, expected `subtitle`');
    expect(rest.some((line) => /^ {4}at .*parseConfig/.test(line))).toBe(true);
    expect(result.code).toBe(2);
  });

  it('no stack without it', async () => {
    const result = await run(['check', 'nul.md'], tmp);
    expect(result.stderr.split('\n')).toEqual([
      'folio check: nul.md:3:3: Unexpected binary content (NUL byte), expected UTF-8 text',
      '',
    ]);
    expect(result.stderr).not.toMatch(/\bat /);
  });
});

const built = path.join(repoRoot, 'dist/cli/main.js');
const describeBuilt = existsSync(built) ? describe : describe.skip;
if (!existsSync(built)) console.warn('[folio tests] skipping the child-process CLI tests: run `npx tsc -p .` first');

describeBuilt('the built CLI (node bin/folio.js) as a child process', () => {
  const folio = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'bin/folio.js'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('bad input: one line, exit 2', () => {
    const result = folio(['check', 'latin1.md'], tmp);
    expect(result.stderr).toBe(
      'folio check: latin1.md:3:4: Unexpected invalid UTF-8 byte sequence, expected UTF-8 text\n',
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('bad config: one line naming file, line, column and key, exit 2; a stack with --debug', () => {
    const cwd = path.join(fixtures, 'cli-unknown-nested-key');
    const plain = folio(['check'], cwd);
    // No INPUT: the default `manuscript` folder does not exist here.
    expect(plain.stderr).toBe('folio check: manuscript: No such file or directory\n');
    expect(plain.status).toBe(2);
    const result = folio(['check', '.'], cwd);
    expect(result.stderr).toBe(
      'folio check: folio.yaml:6:3: Unexpected config key `colour` in `pdf`, expected one of `trim`, `print`, `bleed`, `cropMarks`, `pdfx`, `iccProfile`, `fonts`, `timeout`, `layout`, `workers`\n',
    );
    expect(result.status).toBe(2);
    const debug = folio(['check', '.', '--debug'], cwd);
    expect(debug.stderr.split('\n')[0]).toBe(
      'folio check: folio.yaml:6:3: Unexpected config key `colour` in `pdf`, expected one of `trim`, `print`, `bleed`, `cropMarks`, `pdfx`, `iccProfile`, `fonts`, `timeout`, `layout`, `workers`',
    );
    expect(debug.stderr).toMatch(/\n {4}at /);
    expect(debug.status).toBe(2);
  });

  it('check errors: exit 1', () => {
    const result = folio(['check', 'input.md', '--format', 'github'], path.join(fixtures, 'check-missing-text'));
    expect(result.stdout.split('\n')[0]).toBe(
      '::error file=input.md,line=3,col=57,title=note-missing-text::Unexpected call of note 3 with no note text, expected a note text for it',
    );
    expect(result.status).toBe(1);
  });
});
