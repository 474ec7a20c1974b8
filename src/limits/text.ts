/**
 * Refuses manuscript text that would make the parsers run away (see limits in index.ts) before it is
 * parsed: one linear pass over the lines, reporting the first place a limit is passed.
 */
import { FolioError } from '../errors.js';
import { limits } from './index.js';

/** HTML elements that never hold others open: void elements and those the parser closes itself. */
const neverNested = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'sup',
  'sub',
]);

const containerMarker = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
/** Runs that may open or close emphasis: `_` inside a word (`snake_case`) cannot. */
const delimiterRun = /\*+|~+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
/** A code fence; a backtick fence's info string may not hold a backtick (then it is text). */
const fence = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const noteMark = /\[\^|<sup\b/gi;
/**
 * An HTML tag: its name ends at a space, `/` or `>`, so an autolink (`<https://…>`, `<a@b.org>`) is
 * not a tag left open.
 */
const htmlTag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/g;

/** `file` names the text in messages; YAML (folio.yaml) only gets the line-length limit. */
export function checkTextLimits(text: string, file: string): void {
  const markdown = !/\.ya?ml$/i.test(file);
  const refuse = (message: string, line: number, column = 1): never => {
    throw new FolioError(message, { file, line, column });
  };
  let line = 0;
  let notes = 0;
  let delimiters = 0;
  let htmlDepth = 0;
  /** The fence that opened the code block we are in (its content is not Markdown). */
  let openFence: string | undefined;
  for (let start = 0; start <= text.length; ) {
    line++;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > limits.lineCharacters) {
      refuse(
        `Unexpected line of ${end - start} characters, expected at most ${limits.lineCharacters}`,
        line,
        limits.lineCharacters + 1,
      );
    }
    const value = text.slice(start, end);
    start = end + 1;
    if (newline === -1) start = text.length + 1;
    if (!markdown) continue;
    const fenced = fence.exec(value)?.[1];
    if (openFence) {
      if (fenced && fenced[0] === openFence[0] && fenced.length >= openFence.length) openFence = undefined;
      continue;
    }
    if (fenced) {
      openFence = fenced;
      delimiters = 0;
      continue;
    }

    containerMarker.lastIndex = 0;
    let nesting = 0;
    while (containerMarker.test(value)) {
      if (++nesting > limits.lineNesting) {
        refuse(
          `Unexpected block quotes or lists nested more than ${limits.lineNesting} deep, expected fewer`,
          line,
          containerMarker.lastIndex,
        );
      }
    }

    if (value.trim() === '') delimiters = 0;
    else {
      delimiters += countMatches(value, delimiterRun);
      if (delimiters > limits.paragraphDelimiters) {
        refuse(
          `Unexpected paragraph with more than ${limits.paragraphDelimiters} emphasis marks, expected fewer`,
          line,
        );
      }
    }

    notes += countMatches(value, noteMark);
    if (notes > limits.noteMarks) {
      refuse(
        `Unexpected file with more than ${limits.noteMarks} note calls and note texts,` +
          ` expected fewer (split the book into files)`,
        line,
      );
    }

    if (value.includes('<')) {
      htmlTag.lastIndex = 0;
      for (let match = htmlTag.exec(value); match; match = htmlTag.exec(value)) {
        const [, closing, name, selfClosing] = match;
        if (selfClosing || neverNested.has(name.toLowerCase())) continue;
        htmlDepth = closing ? Math.max(0, htmlDepth - 1) : htmlDepth + 1;
        if (htmlDepth > limits.htmlNesting) {
          refuse(
            `Unexpected HTML elements nested more than ${limits.htmlNesting} deep, expected fewer`,
            line,
            match.index + 1,
          );
        }
      }
    }
  }
}

function countMatches(value: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(value)) count++;
  return count;
}
