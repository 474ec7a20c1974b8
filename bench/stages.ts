/**
 * Per-stage times of a Folio command, from the lines `--debug` prints (`[1.23 s] rendering`): each
 * stage lasts from its line to the next, start-up (Node and the imports, before the logger) is what
 * the closing `finished` line reports, and "exit" is what the process took after that line. The medians
 * of each stage over the runs show which stage holds a case's time.
 */
import { median, type Measurement } from './measure.js';

export interface Stage {
  name: string;
  seconds: number;
}

const line = /^\[(\d+(?:\.\d+)?) s\]\s+(.*)$/;
const finished = /^finished \(start-up (\d+(?:\.\d+)?) s before the first line\)$/;

/** The stages of one run, from its stderr and wall time. */
export function stagesOf(stderr: string, wallSeconds: number): Stage[] {
  const events = stderr
    .split('\n')
    .map((text) => line.exec(text.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ at: Number(match[1]), name: match[2].trim() }));
  const last = events.findIndex((event) => finished.test(event.name));
  if (last < 0) return [];
  const startUp = Number(finished.exec(events[last].name)![1]);
  const stages: Stage[] = [{ name: 'start-up (Node, imports)', seconds: startUp }];
  // A command that says nothing until it has read the manuscript (check, bib).
  if (events[0].at > 0) stages.push({ name: 'until the first line', seconds: events[0].at });
  for (let index = 0; index < last; index++)
    stages.push({ name: events[index].name, seconds: events[index + 1].at - events[index].at });
  stages.push({ name: 'exit', seconds: Math.max(0, wallSeconds - startUp - events[last].at) });
  return stages;
}

/** Median seconds of each stage over the runs, in the order of the first run (a stage absent from a run counts 0). */
export function medianStages(measurements: Measurement[]): Stage[] {
  const runs = measurements.map((measurement) => stagesOf(measurement.stderr ?? '', measurement.seconds));
  const names = [...new Set(runs.flatMap((stages) => stages.map((stage) => stage.name)))];
  return names.map((name) => ({
    name,
    seconds: median(
      runs.map((stages) => stages.filter((stage) => stage.name === name).reduce((a, s) => a + s.seconds, 0)),
    ),
  }));
}

/** `  stage  1.23 s` lines under a case's name. */
export function formatStages(caseName: string, stages: Stage[]): string[] {
  if (!stages.length) return [];
  const width = Math.max(...stages.map((stage) => stage.name.length));
  return [
    `${caseName}, median per stage:`,
    ...stages.map((s) => `  ${s.name.padEnd(width)}  ${s.seconds.toFixed(2)} s`),
  ];
}
