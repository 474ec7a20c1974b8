import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface Problem {
  file: VFile;
  node: Node | undefined;
  ruleId: string;
  severity: 'error' | 'warning';
  /** "Unexpected …, expected …" */
  reason: string;
  /** What to do about it. */
  hint?: string;
}

export const checkSource = 'folio-check';

/** Files a problem as a vfile message (fatal for errors), the way unified tools report. */
export function report(problem: Problem): VFileMessage {
  const message = problem.file.message(problem.reason, {
    place: problem.node?.position,
    ruleId: problem.ruleId,
    source: checkSource,
  });
  message.fatal = problem.severity === 'error' ? true : false;
  if (problem.hint) message.note = problem.hint;
  return message;
}
