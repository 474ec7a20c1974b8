/**
 * An export's pages parsed on two cores. Its pages parse on their own (pages.ts), so when many are
 * left to parse (a cold build of a long export), a worker thread (pages-worker.ts) parses the last
 * ones while this thread parses the first; the worker's trees come back as pages.ts keeps them
 * (serialised, by page key) and the file's tree is assembled from both as from the parse cache.
 * The trees are the same whoever parsed them: the worker runs the same parser (parse.ts). With
 * fewer than four logical processors, a short export, or no compiled worker at hand (tests run the
 * TypeScript sources), every page is parsed here.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { pageKey, parseByPages, type PageText, type PageTrees } from './pages.js';

/** What the worker is asked to parse: each page's key, text, and whether it opens the file. */
export interface PageRequest {
  key: string;
  text: string;
  first: boolean;
}

/** Below this much text to parse, starting a worker (a thread and the parser's modules) costs more than it saves. */
export const sharedFromChars = 96 * 1024;

/**
 * Fewer logical processors than this, and every page is parsed here. Two are often one core's two hyperthreads (a
 * cloud machine's two vCPUs, like the one `npm run bench` runs on, where two busy threads ran at 1.2 times the speed
 * of one): there a worker, which loads the parser and warms its code all over again, made `folio bib` on the thesis
 * 0.2 s slower, and the read of a book four times as long no faster.
 */
export const sharedFromProcessors = 4;

/**
 * The worker's share of the text: less than half, since it first loads the parser's modules while
 * this thread is already parsing.
 */
const workerShare = 0.42;

const workerFile = fileURLToPath(new URL('./pages-worker.js', import.meta.url));

/**
 * The file's tree from its pages, those `known` taken from there, the others parsed by `parse`,
 * on this thread and, for a long export on a machine of `processors` enough, on a worker. `parsed`, when given,
 * receives every page's tree for the parse cache.
 */
export async function parsePagesShared(
  text: string,
  pages: PageText[],
  parse: (page: PageText) => Root,
  known: PageTrees,
  parsed?: PageTrees,
  processors = availableParallelism(),
): Promise<Root> {
  const missing = pages.filter((page) => !known.has(pageKey(page)));
  const total = missing.reduce((sum, page) => sum + page.text.length, 0);
  if (total < sharedFromChars || processors < sharedFromProcessors || !existsSync(workerFile))
    return parseByPages(text, pages, parse, known, parsed);
  // The last pages, up to the worker's share of the text, go to the worker.
  let cut = missing.length;
  for (let share = 0; cut > 1 && share + missing[cut - 1].text.length <= total * workerShare; )
    share += missing[--cut].text.length;
  const theirs = missing.slice(cut);
  const fromWorker = parseOnWorker(theirs);
  const mine = new Map(missing.slice(0, cut).map((page) => [page, parse(page)]));
  const fromThem = await fromWorker;
  return parseByPages(
    text,
    pages,
    (page) => mine.get(page) ?? parse(page),
    fromThem.size ? new Map([...known, ...fromThem]) : known,
    parsed,
  );
}

/** The pages' trees parsed by a worker; empty when the worker fails (this thread then parses them). */
function parseOnWorker(pages: PageText[]): Promise<PageTrees> {
  const requests: PageRequest[] = pages.map((page) => ({
    key: pageKey(page),
    text: page.text,
    first: page.offset === 0,
  }));
  return new Promise<PageTrees>((resolve) => {
    const worker = new Worker(workerFile, { workerData: requests });
    const done = (trees: PageTrees) => {
      resolve(trees);
      void worker.terminate();
    };
    worker.once('message', (entries: Array<[string, Uint8Array]>) => done(new Map(entries)));
    worker.once('error', () => done(new Map()));
    worker.once('exit', () => done(new Map()));
  });
}
