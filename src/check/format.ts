import path from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { relocatePlace } from '../read/origin.js';
import type { CheckSummary } from './index.js';

export const checkFormats = ['text', 'json', 'github'] as const;
export type CheckFormat = (typeof checkFormats)[number];

interface FlatMessage {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
  /** Another place the message refers to (a duplicate's first definition). */
  cause?: { file: string; line: number; column: number; message: string };
}

function flatten(files: VFile[], cwd: string): FlatMessage[] {
  return files.flatMap((file) =>
    sortByPlace(located(file, files)).map((message) => ({
      file: path.relative(cwd, file.path) || file.path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity:
        message.fatal === true
          ? ('error' as const)
          : message.fatal === false
            ? ('warning' as const)
            : ('info' as const),
      ruleId: message.ruleId ?? 'unknown',
      message: message.reason,
      ...causeOf(message, cwd),
    })),
  );
}

export function formatCheck(format: CheckFormat, files: VFile[], summary: CheckSummary, cwd: string): string {
  if (format === 'json') return `${JSON.stringify({ summary, messages: flatten(files, cwd) }, null, 2)}\n`;
  if (format === 'github') {
    const lines = flatten(files, cwd).map(
      (message) =>
        `::${message.severity === 'info' ? 'notice' : message.severity}` +
        ` file=${message.file},line=${message.line},col=${message.column},title=${message.ruleId}::` +
        `${escapeGithub(message.message)}`,
    );
    return `${[...lines, summaryLine(summary)].join('\n')}\n`;
  }
  // Name files relative to `cwd`, as the json and github formats do (the reporter prints `path` as given).
  const withMessages = files
    .filter((file) => file.messages.length > 0)
    .map((file) =>
      Object.assign(new VFile({ path: path.relative(cwd, file.path) || file.path }), {
        messages: located(file, files),
      }),
    );
  const text = withMessages.length ? reporter(withMessages, { verbose: true }) : '';
  return `${text ? `${text}\n` : ''}${summaryLine(summary)}\n`;
}

/**
 * The file's messages as the author's file has their places: a `.txt` read from a PDF at its own
 * lines, a `.docx` with the paragraph and its words (read/origin.ts). Copies; the files keep theirs.
 */
function located(file: VFile, files: VFile[]): VFileMessage[] {
  return file.messages.map((message) => {
    const cause = message.cause instanceof VFileMessage ? message.cause : undefined;
    const causeFile = cause && files.find((other) => other.path === cause.file);
    if (!file.data.locate && !causeFile?.data.locate) return message;
    const copy = relocated(message, file);
    if (cause) copy.cause = causeFile ? relocated(cause, causeFile) : cause;
    return copy;
  });
}

function relocated(message: VFileMessage, file: VFile): VFileMessage {
  const { place, where } = relocatePlace(file, message.place);
  const copy = new VFileMessage(where ? `${message.reason} (${where})` : message.reason, {
    place,
    ruleId: message.ruleId,
    source: message.source,
  });
  copy.file = message.file;
  copy.fatal = message.fatal;
  copy.note = message.note;
  return copy;
}

function causeOf(message: VFileMessage, cwd: string): Pick<FlatMessage, 'cause'> {
  const cause = message.cause;
  if (!(cause instanceof VFileMessage)) return {};
  const file = cause.file ? path.relative(cwd, cause.file) || cause.file : '';
  return { cause: { file, line: cause.line ?? 1, column: cause.column ?? 1, message: cause.reason } };
}

function sortByPlace(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function summaryLine({ chapters, notes, errors, warnings }: CheckSummary): string {
  return (
    `${chapters} chapters, ${notes} notes: ${errors} error${errors === 1 ? '' : 's'},` +
    ` ${warnings} warning${warnings === 1 ? '' : 's'}`
  );
}

function escapeGithub(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
