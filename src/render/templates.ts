/**
 * Generated parts (half title, title page, copyright page, contents) come from the HTML templates
 * in `templates/`, filled from the metadata through `data-field` attributes (see templates/README.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { BookMetadata } from '../book.js';

export const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

export type TemplateName = 'halftitle' | 'titlepage' | 'copyright' | 'toc';

export type TemplateFields = Record<string, string | string[] | undefined>;

export function fillTemplate(name: TemplateName, fields: TemplateFields, dir = templatesDir): Element {
  const tree = fromHtml(readFileSync(path.join(dir, `${name}.html`), 'utf8'), { fragment: true });
  const root = tree.children.find((child): child is Element => child.type === 'element');
  if (!root) throw new Error(`templates/${name}.html has no element`);
  fill(root, fields);
  return root;
}

function fill(parent: Root | Element, fields: TemplateFields): void {
  const out: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const field = child.properties.dataField;
    if (typeof field !== 'string') {
      fill(child, fields);
      out.push(child);
      continue;
    }
    const value = fields[field];
    const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => Boolean(item));
    delete child.properties.dataField;
    for (const text of values)
      out.push({ ...child, properties: { ...child.properties }, children: [{ type: 'text', value: text }] });
  }
  parent.children = out as typeof parent.children;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2021-05` → `May 2021`; `2026-11-01` → `November 1, 2026`. */
export function displayDate(date: string | undefined): string | undefined {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year;
  const name = monthNames[Number(month) - 1];
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

export function metadataFields(metadata: BookMetadata): TemplateFields {
  return { ...metadata, authors: metadata.authors, displayDate: displayDate(metadata.date) } as TemplateFields;
}
