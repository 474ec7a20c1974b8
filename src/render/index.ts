/**
 * The render stage: the book AST to one HTML fragment per part, shared by every writer.
 * Generated parts (half title, title page, copyright, contents, bibliography) are placed in the
 * conventional order around the manuscript's own divisions.
 */
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Book, Division } from '../book.js';
import type { DivisionRole } from '../config/schema.js';
import { renderDivision, type AssetRegistry } from './division.js';
import { serialise } from './serialise.js';
import { sanitize } from './sanitize.js';
import { roleFacts } from '../roles.js';
import { fillTemplate, metadataFields } from './templates.js';
import { renderToc } from './toc.js';
import type { Asset, RenderedBook, RenderedPart } from './types.js';

export interface RenderOptions {
  /** The bibliography as HTML (`<div class="csl-entry">` items), from the citation stage. */
  bibliographyHtml?: string;
}

export function renderBook(book: Book, options: RenderOptions = {}): RenderedBook {
  return assembleBook(book, renderDivisions(book), options);
}

/** The manuscript's own divisions, rendered (the costly part of rendering). */
export interface RenderedDivisions {
  frontEarly: RenderedPart[];
  frontLate: RenderedPart[];
  body: RenderedPart[];
  back: RenderedPart[];
  assets: Asset[];
  warnings: string[];
}

export function renderDivisions(book: Book): RenderedDivisions {
  const assets = createAssetRegistry();
  const warnings: string[] = [];

  const rendered = (division: Division): RenderedPart => {
    const { html, notes, reports } = renderDivision(division, assets, book.baseDir, book.config.keepGoing);
    for (const report of reports) {
      const message = division.file.message(report.reason, {
        place: report.place,
        ruleId: report.ruleId,
        source: 'folio-render',
      });
      warnings.push(String(message));
    }
    return {
      id: division.id,
      kind: division.kind,
      role: division.role,
      title: division.title,
      sections: division.sections,
      notes,
      html,
    };
  };

  return {
    frontEarly: book.front.filter((division) => roleFacts(division.role).beforeContents).map(rendered),
    frontLate: book.front.filter((division) => !roleFacts(division.role).beforeContents).map(rendered),
    body: book.body.map(rendered),
    back: book.back.map(rendered),
    assets: assets.list(),
    warnings,
  };
}

/** The manuscript's own parts, in book order. */
export function manuscriptParts(divisions: RenderedDivisions): RenderedPart[] {
  return [...divisions.frontEarly, ...divisions.frontLate, ...divisions.body, ...divisions.back];
}

/** The rendered divisions with the generated parts around them: title pages, contents, bibliography. */
export function assembleBook(book: Book, divisions: RenderedDivisions, options: RenderOptions = {}): RenderedBook {
  const { frontEarly, frontLate, body } = divisions;
  const warnings = [...divisions.warnings];
  const fields = metadataFields(book.metadata);
  const back = [...divisions.back];
  if (options.bibliographyHtml)
    back.push(bibliographyPart(options.bibliographyHtml, book.config.bibliography.title, warnings));

  const contents = [...frontLate, ...body, ...back];
  const generated = (role: 'halftitle' | 'titlepage' | 'copyright', title = ''): RenderedPart =>
    part(role, 'front', role, title, [], fillTemplate(role, fields), []);
  const toc = part('toc', 'front', 'toc', 'Contents', [], renderToc(contents), []);

  return {
    metadata: book.metadata,
    config: book.config,
    parts: [generated('halftitle'), generated('titlepage'), generated('copyright'), ...frontEarly, toc, ...contents],
    assets: divisions.assets,
    warnings,
  };
}

function part(
  id: string,
  kind: RenderedPart['kind'],
  role: DivisionRole,
  title: string,
  sections: RenderedPart['sections'],
  element: Element,
  notes: number[],
): RenderedPart {
  element.properties.id ??= id;
  return { id, kind, role, title, sections, notes, html: serialise(element) };
}

function bibliographyPart(html: string, title: string, warnings: string[]): RenderedPart {
  const entries = fromHtml(html, { fragment: true });
  for (const report of sanitize(entries)) warnings.push(`bibliography: ${report.reason}`);
  const semantics = roleFacts('bibliography');
  const element: Element = {
    type: 'element',
    tagName: 'section',
    properties: {
      className: ['part', 'part-bibliography'],
      id: 'bibliography',
      'epub:type': semantics.epubType,
      role: semantics.ariaRole,
    },
    children: [
      {
        type: 'element',
        tagName: 'h1',
        properties: { id: 'bibliography-title' },
        children: [{ type: 'text', value: title }],
      },
      ...(entries.children.filter((child) => child.type === 'element') as Element[]),
    ],
  };
  return part('bibliography', 'back', 'bibliography', title, [], element, []);
}

const mediaTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

function createAssetRegistry(): AssetRegistry {
  const byPath = new Map<string, Asset>();
  const usedNames = new Set<string>();
  return {
    add(sourcePath, mediaType) {
      const existing = byPath.get(sourcePath);
      if (existing) return existing.href;
      const extension = path.extname(sourcePath).toLowerCase();
      const stem = path.basename(sourcePath, path.extname(sourcePath)).replace(/[^A-Za-z0-9_-]+/g, '-') || 'image';
      let name = `${stem}${extension}`;
      for (let counter = 2; usedNames.has(name); counter++) name = `${stem}-${counter}${extension}`;
      usedNames.add(name);
      const asset: Asset = {
        href: `assets/${name}`,
        path: sourcePath,
        mediaType: mediaType ?? mediaTypes[extension] ?? 'application/octet-stream',
      };
      byPath.set(sourcePath, asset);
      return asset.href;
    },
    list: () => [...byPath.values()],
  };
}
