/** Check problems become vfile messages on the source files (fatal for errors), the way unified tools report. */
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/** Another place a problem refers to, filed as the message's `cause` (a message of its own). */
export interface ProblemCause {
  reason: string;
  place: Position | Point;
  file: VFile;
}

export interface Problem {
  file: VFile;
  node: Node | undefined;
  ruleId: string;
  severity: 'error' | 'warning';
  /** "Unexpected …, expected …" */
  reason: string;
  /** What to do about it. */
  hint?: string;
  cause?: ProblemCause;
}

export const checkSource = 'folio-check';

export function report(problem: Problem): VFileMessage {
  const cause = problem.cause && causeMessage(problem.cause, problem.ruleId);
  const message = problem.file.message(problem.reason, {
    place: problem.node?.position,
    ruleId: problem.ruleId,
    source: checkSource,
    ...(cause ? { cause } : {}),
  });
  message.fatal = problem.severity === 'error';
  if (problem.hint) message.note = problem.hint;
  return message;
}

function causeMessage(cause: ProblemCause, ruleId: string): VFileMessage {
  const message = new VFileMessage(cause.reason, { place: cause.place, ruleId, source: checkSource });
  message.file = cause.file.path;
  return message;
}
