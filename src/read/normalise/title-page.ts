/**
 * remark plugin: a word-processor export starts with a title page typed as plain lines
 * (institution, title, subtitle, a degree statement, "BY", author, date) before the first heading.
 * Read those lines into `file.data.titlePage` and remove them from the flow: the outputs typeset
 * their own title page from the metadata.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { titleCase } from '../title-case.js';

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

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const dateLine = new RegExp(`^(?:(${months.join('|')})\\s+)?(?:(\\d{1,2}),?\\s+)?(\\d{4})$`, 'i');
const institutionWords = /\b(university|college|institute|school|academy)\b/i;
const statementWords = /\b(thesis|dissertation|submitted|requirements?|degree|presented)\b/i;

export default function remarkTitlePage() {
  return (tree: Root, file: VFile) => {
    const first = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'html');
    const end = tree.children.findIndex((node) => node.type === 'heading');
    const stop = end === -1 ? tree.children.length : end;
    const blocks = tree.children.slice(Math.max(first, 0), stop).filter((node) => node.type === 'paragraph');
    if (blocks.length === 0) return;
    const source = file.value.toString();
    const paragraphs = blocks.map((block) => linesOf(block, source));
    file.data.titlePage = readTitlePage(paragraphs);
    tree.children = tree.children.filter((node) => !blocks.includes(node as (typeof blocks)[number]));
  };
}

function linesOf(block: RootContent, source: string): string[] {
  const text = source.slice(block.position?.start.offset ?? 0, block.position?.end.offset ?? 0);
  return text
    .split('\n')
    .map((line) => line.replace(/\\$/, '').replace(/[*_]/g, '').trim())
    .filter(Boolean);
}

export function readTitlePage(paragraphs: string[][]): TitlePage {
  const page: TitlePage = { authors: [] };
  const rest: string[][] = [];
  for (const lines of paragraphs) {
    const byIndex = lines.findIndex((line) => /^by\b/i.test(line));
    if (byIndex !== -1) {
      const inline = lines[byIndex].replace(/^by\s*/i, '');
      const names = [inline, ...lines.slice(byIndex + 1)].filter(Boolean);
      for (const name of names) {
        const date = parseDate(name);
        if (date) page.date = date;
        else page.authors.push(...splitAuthors(name).map(titleCase));
      }
      if (byIndex > 0) rest.push(lines.slice(0, byIndex));
      continue;
    }
    if (lines.length === 1 && parseDate(lines[0])) {
      page.date = parseDate(lines[0]);
      continue;
    }
    if (lines.some((line) => statementWords.test(line))) {
      page.statement = titleCase(lines.join(' '));
      continue;
    }
    rest.push(lines);
  }
  for (const lines of rest) {
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
  }
  return page;
}

function splitAuthors(line: string): string[] {
  return line.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
}

function parseDate(line: string): string | undefined {
  const match = dateLine.exec(line.trim());
  if (!match) return undefined;
  const [, month, day, year] = match;
  if (!month) return year;
  const monthNumber = String(months.indexOf(month.toLowerCase()) + 1).padStart(2, '0');
  return day ? `${year}-${monthNumber}-${day.padStart(2, '0')}` : `${year}-${monthNumber}`;
}
