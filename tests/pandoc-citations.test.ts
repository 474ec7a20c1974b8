/**
 * `folio normalise --citations pandoc`: resolved citations as Pandoc citations with a CSL-JSON file
 * beside them, and the round trip through Pandoc's citeproc back to notes `folio bib` resolves.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSL_DIR } from '../src/cite/style-files.js';
import type { CitationResult, CslItem } from '../src/book.js';
import { cite, read } from '../src/pipeline.js';
import { run } from './helpers/cli.js';
import { describeWhen } from './helpers/available.js';
import { corpusAvailable, corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const fixture = path.join(repoRoot, 'tests/fixtures/pandoc-citations');
const style = path.join(CSL_DIR, 'styles/chicago-fullnote-bibliography.csl');
const pandocAvailable = (() => {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function exportPandoc(input: string): Promise<{ dir: string; markdown: string; items: CslItem[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'folio-pandoc-'));
  const result = await run(
    ['normalise', input, '--citations', 'pandoc', '-o', path.join(dir, 'book.md'), '--no-cache'],
    repoRoot,
  );
  expect(result.code, result.stderr).toBe(0);
  return {
    dir,
    markdown: await readFile(path.join(dir, 'book.md'), 'utf8'),
    items: JSON.parse(await readFile(path.join(dir, 'book.json'), 'utf8')),
  };
}

/** Pandoc regenerates the notes in Chicago full note; `folio bib` reads them back. */
async function roundTrip(dir: string): Promise<CitationResult> {
  // `-citations`: write the rendered notes, not the citations again; `-smart`: keep dashes as characters.
  execFileSync(
    'pandoc',
    [
      'book.md',
      '--citeproc',
      '--csl',
      style,
      '--metadata',
      'suppress-bibliography=true',
      '-t',
      'markdown-citations-smart',
      '-o',
      'regenerated.md',
    ],
    { cwd: dir },
  );
  const book = await read(path.join(dir, 'regenerated.md'), dir);
  return cite(book);
}

/** Same work: same id, or the same first name, year and most title words (ids may differ in a suffix). */
function sameWork(a: CslItem, b: CslItem): boolean {
  if (a.id === b.id) return true;
  const name = (item: CslItem) => {
    const first = ((item.author ?? item.editor) as Array<{ family?: string; literal?: string }> | undefined)?.[0];
    return (first?.family ?? first?.literal ?? '').toLowerCase();
  };
  const year = (item: CslItem) => (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const titleWords = (item: CslItem) =>
    new Set(
      String(item.title ?? '')
        .toLowerCase()
        .match(/\p{L}{4,}/gu) ?? [],
    );
  if (name(a) !== name(b) || year(a) !== year(b)) return false;
  const [wa, wb] = [titleWords(a), titleWords(b)];
  const shared = [...wa].filter((word) => wb.has(word)).length;
  return wa.size === 0 || wb.size === 0 || shared >= Math.min(wa.size, wb.size) / 2;
}

/** Same locator: citeproc writes `128–29` for `128-129`; both name the same pages. */
function sameLocator(a: string | null, b: string | null): boolean {
  const norm = (locator: string | null) =>
    locator === null
      ? null
      : locator
          .replace(/[–—]/g, '-')
          .replace(/\s+/g, '')
          .replace(
            /(\d+)-(\d+)/g,
            (_, from: string, to: string) =>
              `${from}-${to.length < from.length ? from.slice(0, from.length - to.length) + to : to}`,
          );
  return norm(a) === norm(b);
}

interface Share {
  total: number;
  same: number;
  misses: Record<'locator' | 'work' | 'none', number>;
}

function compare(original: CitationResult, regenerated: CitationResult): Share {
  const items = (result: CitationResult) => new Map(result.items.map((item) => [item.id, item]));
  const [before, after] = [items(original), items(regenerated)];
  const notes = new Map(regenerated.notes.map((note) => [note.note, note]));
  const share: Share = { total: 0, same: 0, misses: { locator: 0, work: 0, none: 0 } };
  for (const note of original.notes) {
    for (const citation of note.citations) {
      share.total++;
      const found = notes.get(note.note)?.citations ?? [];
      const works = found.filter((other) => sameWork(before.get(citation.id)!, after.get(other.id)!));
      if (works.some((other) => sameLocator(other.locator, citation.locator))) share.same++;
      else share.misses[works.length ? 'locator' : found.length ? 'work' : 'none']++;
    }
  }
  return share;
}

describe('normalise --citations pandoc', () => {
  let exported: Awaited<ReturnType<typeof exportPandoc>>;
  beforeAll(async () => {
    exported = await exportPandoc(fixture);
  });

  it('names the CSL-JSON file in the front matter and writes the works there', () => {
    expect(exported.markdown).toMatch(/^---\n[\s\S]*\nbibliography: book\.json\n---\n/);
    expect(exported.items.map((item) => item.id)).toEqual(['ortolan2011salt', 'pell2004quiet', 'varro2015salt']);
    expect(exported.items[0]).toMatchObject({
      type: 'book',
      title: 'The Salt Roads of Vell: A History',
      'title-short': 'Salt Roads',
    });
  });

  it("reads back in Folio: Pandoc's `bibliography:` is `bibliography.files`, the notes all there", async () => {
    const book = await read(path.join(exported.dir, 'book.md'), repoRoot);
    expect(book.config.bibliography.files).toEqual(['book.json']);
    expect(book.config.bibliography.style).toBe('chicago-fullnote-bibliography');
    const check = await run(['check', path.join(exported.dir, 'book.md'), '--no-cache'], repoRoot);
    expect(check.code, check.stderr).toBe(0);
  });

  it('writes each citation as a key and locator, several works as one citation, prose kept', () => {
    const notes = exported.markdown.split('\n').filter((line) => line.startsWith('[^'));
    expect(notes).toEqual([
      '[^1]: [See @ortolan2011salt, 12]',
      '[^2]: [@ortolan2011salt, 85-86]',
      '[^3]: [@pell2004quiet, 9; @ortolan2011salt, 40]',
      '[^4]: [On tides, see @varro2015salt, 12] Her data are from one season.',
      '[^5]: [@ortolan2011salt, 101]',
      '[^6]: [@ortolan2011salt]',
      '[^7]: These remarks are my own and cite nothing at all; write to \\@inesvarro.',
    ]);
  });

  it('keeps an Ibid. the resolver was unsure of as written, and the Ibid. after it', async () => {
    const { markdown } = await exportPandoc(path.join(repoRoot, 'tests/fixtures/epub-expand-ibid'));
    const notes = markdown.split('\n').filter((line) => /^\[\^[4-7]\]/.test(line));
    expect(notes).toEqual([
      '[^4]: [@ortolan2011salt, 3; @pell2004quiet, 9]',
      '[^5]: Ibid., 40.',
      '[^6]: Ibid., 41.',
      '[^7]: [@quill1999lanterns, 7]',
    ]);
  });

  it('refuses a citation format other than pandoc, and --citations without -o', async () => {
    expect((await run(['normalise', fixture, '--citations', 'biblatex', '-o', '/tmp/x.md'], repoRoot)).code).toBe(2);
    expect((await run(['normalise', fixture, '--citations', 'pandoc'], repoRoot)).code).toBe(2);
  });
});

describeWhen(pandocAvailable, 'pandoc', 'Pandoc round trip of hand-written citations', () => {
  it('regenerates the fixture notes, which resolve to the same works and locators', async () => {
    const original = await cite(await read(fixture, repoRoot));
    const { dir } = await exportPandoc(fixture);
    const share = compare(original, await roundTrip(dir));
    expect(share).toEqual({ total: 7, same: 7, misses: { locator: 0, work: 0, none: 0 } });
  });

  if (corpusAvailable) {
    it('resolves at least 90% of the thesis citations to the same work and locator', async () => {
      const original = await cite(await read(corpusPath, repoRoot));
      const { dir } = await exportPandoc(corpusPath);
      const share = compare(original, await roundTrip(dir));
      console.info(
        `[folio tests] Pandoc round trip on the thesis: ${share.same}/${share.total} same, misses ${JSON.stringify(share.misses)}`,
      );
      expect(share.total).toBe(1113);
      expect(share.same / share.total).toBeGreaterThanOrEqual(0.9);
    }, 300_000);
  }
});

describeCorpus('normalise --citations pandoc on the thesis', () => {
  it('rewrites the notes it can rebuild and keeps the rest as written', async () => {
    const { markdown, items } = await exportPandoc(corpusPath);
    expect(items).toHaveLength(247);
    expect(markdown.match(/^\[\^\d+\]: /gm)).toHaveLength(1085);
    expect(markdown.match(/\[@[a-z]/g)!.length).toBeGreaterThan(1000);
  }, 300_000);
});
