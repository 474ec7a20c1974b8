/**
 * Hostile and broken manuscripts through the CLI: files outside the book are never read nor
 * published (asset-outside-book), a lying or oversized asset is refused, and input built to
 * crash or stall the parsers is refused with one line and exit 2 — never exit 70, never a hang.
 * Fixtures: tests/fixtures/hostile-*; the rest is generated into a temporary folder.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FolioError } from '../src/errors.js';
import { readBook } from '../src/read/index.js';
import { renderBook } from '../src/render/index.js';
import { run } from './helpers/cli.js';
import { repoRoot } from './helpers/corpus.js';
import { temporaryFolder } from './helpers/tmp.js';

const fixtures = path.join(repoRoot, 'tests/fixtures');
const secret = readFileSync(path.join(fixtures, 'hostile-outside/secret.txt'), 'utf8').trim();
const png = readFileSync(path.join(fixtures, 'hostile-outside/escaped.png'));

const tmp = temporaryFolder('folio-hostile-');

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A book folder in the temporary folder: `files` by relative path. */
async function book(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(tmp(), name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const config = (extra = '') =>
  `title: A Test Book\nauthors: [Test Author]\nlanguage: en\ndate: "2026-01-01"\nchapters:\n  - one.md\n${extra}`;

describe('files stay inside the book', () => {
  it('folio check: a `..` escape, an absolute path, a symlink out and a raw <img> out are located errors', async () => {
    const result = await run(['check', 'hostile-assets', '--format', 'json'], fixtures);
    const messages = (
      JSON.parse(result.stdout) as {
        messages: Array<{ file: string; line: number; column: number; ruleId: string; message: string }>;
      }
    ).messages;
    expect(messages.map(({ file, line, column, ruleId }) => `${file}:${line}:${column} ${ruleId}`)).toEqual([
      'hostile-assets/chapters/one.md:9:1 asset-outside-book',
      'hostile-assets/chapters/one.md:13:1 asset-outside-book',
      'hostile-assets/chapters/one.md:17:1 asset-outside-book',
      'hostile-assets/chapters/one.md:19:33 asset-outside-book',
    ]);
    expect(messages[1].message).toBe(
      "Unexpected image `/etc/passwd` outside the book's folder, expected a file inside it",
    );
    expect(result.code).toBe(1);
  });

  it('folio build writes nothing for such a book', async () => {
    const out = path.join(tmp(), 'out-assets');
    const result = await run(
      ['build', 'hostile-assets', '--only', 'epub,html', '--out', out, '--no-cache', '--quiet'],
      fixtures,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing written');
    expect(filesUnder(out)).toEqual([]);
  });

  it('even without the check, rendering refuses at the reference and never reads the file', async () => {
    const parsed = await readBook('hostile-assets', { cwd: fixtures });
    let error: unknown;
    try {
      renderBook(parsed);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FolioError);
    expect((error as FolioError).format()).toBe(
      "hostile-assets/chapters/one.md:9:1: Unexpected image `../../hostile-outside/secret.txt` outside the book's folder, expected a file inside it (asset-outside-book)",
    );
  });

  it('a cover or an embedded font outside the book: one line, exit 2', async () => {
    const dir = await book('cover-out', {
      'folio.yaml': config('cover: ../cover-secret.png\n'),
      'one.md': '# One\n\nText.\n',
    });
    await writeFile(path.join(tmp(), 'cover-secret.png'), png);
    const result = await run(['build', '.', '--only', 'epub', '--out', 'out', '--no-cache', '--quiet'], dir);
    expect(result.stderr).toBe(
      "folio build: Unexpected `cover` file `../cover-secret.png` outside the book's folder, expected a file inside it (asset-outside-book)\n",
    );
    expect(result.code).toBe(2);
    const fonts = await book('font-out', {
      'folio.yaml': config('epub:\n  fonts: [/etc/passwd.ttf]\n'),
      'one.md': '# One\n\nText.\n',
    });
    const font = await run(['build', '.', '--only', 'epub', '--out', 'out', '--no-cache', '--quiet'], fonts);
    expect(font.stderr).toBe(
      "folio build: Unexpected `epub.fonts` file `/etc/passwd.ttf` outside the book's folder, expected a file inside it (asset-outside-book)\n",
    );
    expect(font.code).toBe(2);
    expect(filesUnder(path.join(dir, 'out'))).toEqual([]);
  });

  it('the EPUB and the print HTML of a book with a booby-trapped SVG hold only its own, sanitised images', async () => {
    const out = path.join(tmp(), 'out-svg');
    const result = await run(
      ['build', 'hostile-svg/book.md', '--only', 'epub,html', '--out', out, '--no-cache'],
      fixtures,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('epub: assets/drawing.svg: removed from the SVG: event handler `onload`, <script>');
    const zip = await JSZip.loadAsync(await readFile(path.join(out, 'book.epub')));
    const entries = Object.keys(zip.files).filter((name) => !name.endsWith('/'));
    expect(entries.filter((name) => name.startsWith('OEBPS/assets/')).sort()).toEqual([
      'OEBPS/assets/dot.png',
      'OEBPS/assets/drawing.svg',
    ]);
    const svg = await zip.file('OEBPS/assets/drawing.svg')!.async('string');
    expect(svg).not.toMatch(/<script|onload|onclick|tracker\.invalid|javascript:|foreignObject/i);
    expect(svg).toContain('<rect x="5" y="5" width="40" height="40" />');
    expect(Buffer.compare(await zip.file('OEBPS/assets/dot.png')!.async('nodebuffer'), png)).toBe(0);
    const chapter = (
      await Promise.all(
        entries.filter((name) => name.endsWith('.xhtml')).map((name) => zip.file(name)!.async('string')),
      )
    ).join('\n');
    expect(chapter).toContain('src="assets/dot.png"');
    expect(chapter).not.toContain('srcset');
    for (const name of entries) expect(await zip.file(name)!.async('string')).not.toContain(secret);
    expect(
      filesUnder(path.join(out, 'assets'))
        .map((file) => path.basename(file))
        .sort(),
    ).toEqual(['dot.png', 'drawing.svg']);
    expect(readFileSync(path.join(out, 'assets/drawing.svg'), 'utf8')).not.toMatch(/<script/);
  });

  it('an image that is not what its name says: one located line, exit 2', async () => {
    const result = await run(
      [
        'build',
        'hostile-type/book.md',
        '--only',
        'epub',
        '--out',
        path.join(tmp(), 'out-type'),
        '--no-cache',
        '--quiet',
      ],
      fixtures,
    );
    expect(result.stderr).toBe(
      'folio build: hostile-type/book.md:11:1: Unexpected image `images/notes.png`: named PNG but holds no recognisable data, expected a PNG, JPEG, GIF, WebP or SVG image whose content matches its name\n',
    );
    expect(result.code).toBe(2);
  });

  it('a `data:` URL image: one located line, exit 2', async () => {
    const dir = await book('data-url', { 'book.md': '# One\n\nInline bytes:\n\n![dot](data:image/png;base64,AAAA)\n' });
    const result = await run(['build', 'book.md', '--only', 'epub', '--out', 'out', '--no-cache', '--quiet'], dir);
    expect(result.stderr).toBe(
      "folio build: book.md:5:1: Unexpected `data:` URL image, expected an image file inside the book's folder\n",
    );
    expect(result.code).toBe(2);
  });

  it('an image over 50 MB: one located line, exit 2', async () => {
    const dir = await book('huge-image', { 'book.md': '# One\n\nA picture:\n\n![huge](huge.png)\n', 'huge.png': png });
    await truncate(path.join(dir, 'huge.png'), 60 * 2 ** 20);
    const result = await run(['build', 'book.md', '--only', 'epub', '--out', 'out', '--no-cache', '--quiet'], dir);
    expect(result.stderr).toBe(
      'folio build: book.md:5:1: Unexpected image `huge.png` of 60 MB, expected at most 50 MB\n',
    );
    expect(result.code).toBe(2);
  });
});

describe('no crash, no runaway: refused with one line and exit 2', () => {
  /** Runs `folio ARGV` on `file` (written to the temporary folder) and gives the time it took. */
  async function refused(name: string, content: string | Uint8Array, argv = ['check']) {
    await writeFile(path.join(tmp(), name), content);
    const started = performance.now();
    const result = await run([...argv, name, '--no-cache'], tmp());
    return { ...result, seconds: (performance.now() - started) / 1000 };
  }

  it('5,000 nested block quotes', async () => {
    const result = await refused('deep-quotes.md', `# Deep\n\n${'> '.repeat(5000)}deep\n`);
    expect(result.stderr).toBe(
      'folio check: deep-quotes.md:3:129: Unexpected block quotes or lists nested more than 64 deep, expected fewer\n',
    );
    expect(result.code).toBe(2);
  });

  it('5,000 nested lists, and 300 levels of indented lists', async () => {
    const bullets = await refused('deep-list.md', `# Deep\n\n${'- '.repeat(5000)}deep\n`);
    expect(bullets.code).toBe(2);
    expect(bullets.stderr).toMatch(
      /^folio check: deep-list\.md:3:\d+: Unexpected block quotes or lists nested more than 64 deep, expected fewer\n$/,
    );
    const lines = Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- level`);
    const indented = await refused('deep-indent.md', `# Deep\n\n${lines.join('\n')}\n`);
    expect(indented.stderr).toMatch(
      /^folio check: deep-indent\.md:\d+:\d+: Unexpected content nested more than 256 deep, expected shallower structure\n$/,
    );
    expect(indented.code).toBe(2);
  });

  it('5,000 nested HTML elements and 5,000 nested emphases', async () => {
    const html = await refused('deep-html.md', `# Deep\n\n${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}\n`);
    expect(html.stderr).toBe(
      'folio check: deep-html.md:3:1281: Unexpected HTML elements nested more than 256 deep, expected fewer\n',
    );
    expect(html.code).toBe(2);
    const emphasis = await refused('deep-emphasis.md', `# Deep\n\n${'*a '.repeat(5000)}deep${' a*'.repeat(5000)}\n`);
    expect(emphasis.stderr).toBe(
      'folio check: deep-emphasis.md:3:1: Unexpected paragraph with more than 1000 emphasis marks, expected fewer\n',
    );
    expect(emphasis.code).toBe(2);
  });

  it('what only looks like it is accepted: code blocks full of marks, snake_case words, a long folio.yaml', async () => {
    const code = Array.from(
      { length: 800 },
      (_, index) => `my_var_${index} = other_${index} * 2 ** 3  # *x* _y_ <div>`,
    ).join('\n');
    const snake = Array.from({ length: 3000 }, () => 'snake_case_word').join(' ');
    const dir = await book('looks-hostile', {
      'folio.yaml': config(
        `description: >-\n${Array.from({ length: 1200 }, () => '  a *starred* line_with_underscores').join('\n')}\n`,
      ),
      'one.md': `# One\n\n\`\`\`python\n${code}\n\`\`\`\n\n${snake}\n`,
    });
    const result = await run(['check', '.', '--no-cache'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1 chapters, 0 notes: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });

  it('autolinks and email links by the hundred are not HTML elements left open', async () => {
    const links = Array.from(
      { length: 400 },
      (_, index) => `Source ${index}: <https://example.org/page/${index}> and <editor${index}@example.org>.`,
    );
    const dir = await book('many-autolinks', {
      'folio.yaml': config(''),
      'one.md': `# Links\n\n${links.join('\n\n')}\n`,
    });
    const result = await run(['check', '.', '--no-cache'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1 chapters, 0 notes: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });

  it('a line of 2 million characters', async () => {
    const result = await refused('long-line.md', `# Long\n\n${'word '.repeat(400_000)}\n`);
    expect(result.stderr).toBe(
      'folio check: long-line.md:3:1048577: Unexpected line of 2000000 characters, expected at most 1048576\n',
    );
    expect(result.code).toBe(2);
  });

  it('a million notes, refused in seconds: the file is too large; 150,000 in a smaller file pass the note limit', async () => {
    const notes = (count: number) => {
      const calls = Array.from({ length: count }, (_, index) => `Word.[^${index + 1}]`);
      const texts = Array.from({ length: count }, (_, index) => `[^${index + 1}]: A note.`);
      return `# Notes\n\n${calls.join('\n')}\n\n${texts.join('\n\n')}\n`;
    };
    const million = await refused('million-notes.md', notes(1_000_000));
    expect(million.stderr).toBe('folio check: million-notes.md: Unexpected file of 33.2 MB, expected at most 32 MB\n');
    expect(million.code).toBe(2);
    const many = await refused('many-notes.md', notes(150_000));
    expect(many.stderr).toBe(
      'folio check: many-notes.md:50003:1: Unexpected file with more than 50000 note calls and note texts, expected fewer (split the book into files)\n',
    );
    expect(many.code).toBe(2);
    expect(million.seconds + many.seconds).toBeLessThan(60);
  }, 120_000);

  it('a manuscript file over 32 MB is not even read', async () => {
    await writeFile(path.join(tmp(), 'huge.md'), '# Huge\n');
    await truncate(path.join(tmp(), 'huge.md'), 33 * 2 ** 20);
    const result = await run(['check', 'huge.md', '--no-cache'], tmp());
    expect(result.stderr).toBe('folio check: huge.md: Unexpected file of 33 MB, expected at most 32 MB\n');
    expect(result.code).toBe(2);
  });

  it('a binary blob inside a chapter', async () => {
    const blob = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
    const result = await refused(
      'blob.md',
      Buffer.concat([Buffer.from('# Chapter\n\nSome text.\n\n'), blob, Buffer.from('\n\nMore text.\n')]),
    );
    expect(result.stderr).toMatch(
      /^folio check: blob\.md:5:\d+: Unexpected (binary content \(NUL byte\)|invalid UTF-8 byte sequence), expected UTF-8 text\n$/,
    );
    expect(result.code).toBe(2);
    const noNul = Buffer.from(Array.from({ length: 4096 }, (_, index) => 0x80 + (index % 0x40)));
    const latin = await refused('blob2.md', Buffer.concat([Buffer.from('# Chapter\n\nText.\n'), noNul]));
    expect(latin.stderr).toBe(
      'folio check: blob2.md:4:1: Unexpected invalid UTF-8 byte sequence, expected UTF-8 text\n',
    );
    expect(latin.code).toBe(2);
  });

  it('a YAML bomb (aliases) in folio.yaml', async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const dir = await book('yaml-bomb', {
      'folio.yaml': `title: Bomb\n${levels.join('\n')}\nchapters: [one.md]\n`,
      'one.md': '# One\n\nText.\n',
    });
    const result = await run(['check', '.', '--no-cache'], dir);
    expect(result.stderr).toBe(
      'folio check: folio.yaml:1:1: Unexpected YAML aliases expanding past 100 copies, expected plain settings\n',
    );
    expect(result.code).toBe(2);
  });

  it('an image path with a bad percent-escape, normalised into another folder', async () => {
    const dir = await book('cafe', { 'book.md': '# Cafe\n\n![cafe](caf%E9.png)\n' });
    const result = await run(['normalise', 'book.md', '-o', 'other/dir/out.md', '--no-cache', '--quiet'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'other/dir/out.md'), 'utf8')).toContain('![cafe](../../caf%E9.png)');
    expect(statSync(path.join(dir, 'other/dir/out.md')).size).toBeGreaterThan(0);
  });
});
