/**
 * Per-stage times of a Folio run, from the lines `--debug` prints (`[3.14 s] rendering`): a stage
 * lasts until the next one starts. Two kinds of line start a stage:
 * - progress lines (`[t s] stage`, one space). One that reports its progress (`laying out chapter
 *   by chapter: 2/5 parts`, `laying out page 3`) counts once, under the words before its colon or
 *   its page number;
 * - step lines of `--debug` (`[t s]   step`, indented), so that commands that print no progress
 *   (`check`, `bib`) and the EPUB's own steps get a row each. An indented line with a figure in it
 *   reports a result (a chunk's pages and seconds, bytes), not a step, and is skipped.
 * The closing `finished (start-up S s before the first line)` line gives the start-up (Node and the
 * imports, before the logger's clock starts) and the end of the last stage; what the command spends
 * before its first line is "until the first line", and what the process takes after `finished` is
 * "exit". Without that line (a failed run), what the lines do not cover is "outside the stages".
 */

/** Seconds per stage, in the order the stages first started. */
export type Stages = Array<{ stage: string; seconds: number }>;

export const startUpStage = 'start-up (Node, imports)';
export const beforeFirstLine = 'until the first line';
export const exitStage = 'exit';
export const outsideStages = 'outside the stages (start, last stage, exit)';

const timed = /^\[(\d+(?:\.\d+)?) s\]( +)(\S.*)$/;
const finished = /^finished \(start-up (\d+(?:\.\d+)?) s before the first line\)$/;

export function parseStages(stderr: string, wallSeconds: number): Stages {
  const starts: Array<{ stage: string; at: number }> = [];
  let end: { at: number; startUp: number } | undefined;
  for (const line of stderr.split('\n')) {
    const match = timed.exec(line);
    if (!match) continue;
    const at = Number(match[1]);
    const text = match[3].trim();
    const closing = finished.exec(text);
    if (closing) {
      end = { at, startUp: Number(closing[1]) };
      continue;
    }
    const step = match[2].length > 1;
    if (step && /\d/.test(text)) continue;
    const stage = step
      ? text
      : text
          .replace(/:.*$/, '')
          .replace(/\s*page \S+$/, '')
          .trim();
    if (starts.length && starts[starts.length - 1].stage === stage) continue;
    starts.push({ stage, at });
  }
  const totals = new Map<string, number>();
  const add = (stage: string, seconds: number) => totals.set(stage, (totals.get(stage) ?? 0) + Math.max(0, seconds));
  if (end) add(startUpStage, end.startUp);
  if (end && (starts[0]?.at ?? end.at) > 0) add(beforeFirstLine, starts[0]?.at ?? end.at);
  for (let index = 0; index < starts.length; index++) {
    const next = index + 1 < starts.length ? starts[index + 1].at : end?.at;
    if (next !== undefined) add(starts[index].stage, next - starts[index].at);
  }
  if (end) add(exitStage, wallSeconds - end.startUp - end.at);
  else add(outsideStages, wallSeconds - (starts.length ? starts[starts.length - 1].at : 0));
  return [...totals].map(([stage, seconds]) => ({ stage, seconds }));
}

/** The median seconds of each stage over several runs (a stage missing from a run counts 0 there). */
export function medianStages(runs: Stages[], median: (values: number[]) => number): Stages {
  const names: string[] = [];
  for (const run of runs) for (const { stage } of run) if (!names.includes(stage)) names.push(stage);
  return names.map((stage) => ({
    stage,
    seconds: median(runs.map((run) => run.find((entry) => entry.stage === stage)?.seconds ?? 0)),
  }));
}
