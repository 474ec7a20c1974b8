/**
 * Per-stage times of a Folio run, from the lines `--debug` prints as each stage starts
 * (`[3.14 s] rendering`): a stage lasts until the next one starts. A stage that reports its
 * progress (`laying out chapter by chapter: 2/5 parts, page 8`, `laying out page 3`) counts once,
 * under the words before its colon or its page number. What the lines do not cover (Node's start and module loading before the logger exists,
 * the last stage, the exit) is the wall time less the stages, as "outside the stages".
 */

/** Seconds per stage, in the order the stages first started. */
export type Stages = Array<{ stage: string; seconds: number }>;

export const outsideStages = 'outside the stages (start, last stage, exit)';

export function parseStages(stderr: string, wallSeconds: number): Stages {
  const starts: Array<{ stage: string; at: number }> = [];
  for (const line of stderr.split('\n')) {
    // Progress lines only: the indented `[t s]   detail` lines of debug() are not stages.
    const match = /^\[(\d+(?:\.\d+)?) s\] (\S.*)$/.exec(line);
    if (!match) continue;
    const stage = match[2]
      .replace(/:.*$/, '')
      .replace(/\s*page \S+$/, '')
      .trim();
    if (starts.length && starts[starts.length - 1].stage === stage) continue;
    starts.push({ stage, at: Number(match[1]) });
  }
  const totals = new Map<string, number>();
  for (let index = 0; index + 1 < starts.length; index++) {
    const { stage, at } = starts[index];
    totals.set(stage, (totals.get(stage) ?? 0) + (starts[index + 1].at - at));
  }
  const covered = starts.length ? starts[starts.length - 1].at : 0;
  const stages: Stages = [...totals].map(([stage, seconds]) => ({ stage, seconds }));
  stages.push({ stage: outsideStages, seconds: Math.max(0, wallSeconds - covered) });
  return stages;
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
