/**
 * remark plugin: a word-processor export starts with a title page typed as plain lines
 * (institution, title, subtitle, a degree statement, "BY", author, date) before the first heading.
 * Read those lines into `file.data.titlePage` and remove them from the flow: the outputs typeset
 * their own title page from the metadata.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { titleCase } from '../title-case.js';
import { MONTHS } from '../../months.js';

export interface TitlePage {
  title?: string;
  subtitle?: string;
  authors: string[];
  date?: string;
  institution?: string;
  statement?: string;
}

declare module 'vfile' {
  interface DataMap {
    titlePage: TitlePage;
  }
}

const dateLine = new RegExp(`^(?:(${MONTHS.join('|')})\\s+)?(?:(\\d{1,2}),?\\s+)?(\\d{4})$`, 'i');
const institutionWords = /\b(university|college|institute|school|academy)\b/i;
const statementWords = /\b(thesis|dissertation|submitted|requirements?|degree|presented)\b/i;

/** A title page's line: short (a body paragraph runs longer). */
const maxLineLength = 120;
/** A title page's paragraph: a few lines at most. */
const maxLines = 8;
/** A page break in the source between two blocks (the page stage has dropped the break itself). */
const breakLine = /^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}[ \t]*$|\f|\\newpage\b|<div\b[^>]*page-break)/im;

export default function remarkTitlePage() {
  return (tree: Root, file: VFile) => {
    const source = file.value.toString();
    const first = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'html');
    if (first === -1) return;
    // Only what a title page is: plain short lines, before the first heading, page break, note or
    // anything but such a paragraph. Body text after them stays body text, word for word.
    const blocks: Paragraph[] = [];
    const paragraphs: string[][] = [];
    for (const node of tree.children.slice(first)) {
      if (node.type !== 'paragraph' || !plain(node)) break;
      const previous = blocks.at(-1);
      if (
        previous &&
        breakLine.test(source.slice(previous.position?.end.offset ?? 0, node.position?.start.offset ?? 0))
      )
        break;
      const lines = linesOf(node, source);
      if (lines.length === 0 || lines.length > maxLines || lines.some((line) => line.length > maxLineLength)) break;
      blocks.push(node);
      paragraphs.push(lines);
    }
    if (blocks.length === 0) return;
    const { page, unused } = titlePageOf(paragraphs);
    file.data.titlePage = page;
    const taken = blocks.filter((_, index) => !unused.has(index));
    tree.children = tree.children.filter((node) => !taken.includes(node as Paragraph));
  };
}

/** Text in emphasis and line breaks only: a call, a link or markup is body text. */
function plain(node: Paragraph): boolean {
  const ok = (child: PhrasingContent): boolean =>
    child.type === 'text' ||
    child.type === 'break' ||
    ((child.type === 'emphasis' || child.type === 'strong') && child.children.every(ok));
  return node.children.every(ok);
}

function linesOf(block: RootContent, source: string): string[] {
  const text = source.slice(block.position?.start.offset ?? 0, block.position?.end.offset ?? 0);
  return text
    .split('\n')
    .map((line) => line.replace(/\\$/, '').replace(/[*_]/g, '').trim())
    .filter(Boolean);
}

export function readTitlePage(paragraphs: string[][]): TitlePage {
  return titlePageOf(paragraphs).page;
}

/** The title page, and the paragraphs it has no place for (by index): those stay in the text. */
function titlePageOf(paragraphs: string[][]): { page: TitlePage; unused: Set<number> } {
  const page: TitlePage = { authors: [] };
  const rest: Array<{ lines: string[]; index: number }> = [];
  const unused = new Set<number>();
  for (const [index, lines] of paragraphs.entries()) {
    const byIndex = lines.findIndex((line) => /^by\b/i.test(line));
    if (byIndex !== -1) {
      const inline = lines[byIndex].replace(/^by\s*/i, '');
      const names = [inline, ...lines.slice(byIndex + 1)].filter(Boolean);
      for (const name of names) {
        const date = parseDate(name);
        if (date) page.date = date;
        else page.authors.push(...splitAuthors(name).map(titleCase));
      }
      if (byIndex > 0) rest.push({ lines: lines.slice(0, byIndex), index });
      continue;
    }
    if (!page.date && lines.length === 1 && parseDate(lines[0])) {
      page.date = parseDate(lines[0]);
      continue;
    }
    if (!page.statement && lines.some((line) => statementWords.test(line))) {
      page.statement = titleCase(lines.join(' '));
      continue;
    }
    rest.push({ lines, index });
  }
  for (const { lines, index } of rest) {
    if (!page.title && lines.length === 1 && institutionWords.test(lines[0]) && rest.length > 1) {
      page.institution ??= titleCase(lines[0]);
      continue;
    }
    if (!page.title) {
      const [title, ...subtitle] = lines;
      page.title = titleCase(title.replace(/:\s*$/, ''));
      if (subtitle.length) page.subtitle = titleCase(subtitle.join(' '));
      continue;
    }
    if (!page.subtitle) page.subtitle = titleCase(lines.join(' '));
    else unused.add(index);
  }
  return { page, unused };
}

function splitAuthors(line: string): string[] {
  return line.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
}

function parseDate(line: string): string | undefined {
  const match = dateLine.exec(line.trim());
  if (!match) return undefined;
  const [, month, day, year] = match;
  if (!month) return year;
  const monthNumber = String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0');
  return day ? `${year}-${monthNumber}-${day.padStart(2, '0')}` : `${year}-${monthNumber}`;
}
