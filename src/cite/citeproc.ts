/**
 * Rendering with citation-js: the bibliography (HTML fragment for the book and bibliography.html),
 * BibTeX, and every note's citations in one citeproc pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { FolioError } from '../errors.js';
import { CSL_DIR, DEFAULT_LOCALE, DEFAULT_STYLE } from './style-files.js';

export { DEFAULT_LOCALE, DEFAULT_STYLE } from './style-files.js';
import type { CitationResult, CslItem } from '../book.js';

export interface FormatOptions {
  /** A style name from the CSL styles folder, or a path to a .csl file. */
  style?: string;
  /** A locale such as `en-US`. */
  locale?: string;
}

const registered = new Set<string>();
/** The styles whose XML names CSL 1.0.2's `hearing` type (the others print a hearing as the `bill` they know). */
const hearingStyles = new Set<string>();

/** Registers the style (and locale) with citation-js once; returns the style's registered name. */
export function loadStyle(style = DEFAULT_STYLE, locale = DEFAULT_LOCALE): string {
  const csl = plugins.config.get('@csl');
  const isPath = extname(style) === '.csl' || style.includes('/');
  const name = isPath ? `file:${style}` : style;
  if (!registered.has(name)) {
    const path = isPath ? style : `${CSL_DIR}/styles/${style}.csl`;
    if (!existsSync(path)) {
      throw new FolioError(
        isPath
          ? `Cannot find CSL style file ${style}`
          : `Cannot find CSL style \`${style}\` in ${CSL_DIR}/styles (install` +
              ` citation-style-language-styles or give a .csl path)`,
      );
    }
    const xml = readFileSync(path, 'utf8');
    if (/\bhearing\b/.test(xml)) hearingStyles.add(name);
    csl.styles.add(name, sectionSignWithSection(keepParticlesInPlace(xml)));
    registered.add(name);
  }
  const localeKey = `locale:${locale}`;
  if (!registered.has(localeKey)) {
    const path = `${CSL_DIR}/locales/locales-${locale}.xml`;
    if (existsSync(path)) csl.locales.add(locale, readFileSync(path, 'utf8'));
    else if (!csl.locales.has(locale)) throw new FolioError(`Cannot find CSL locale ${locale} in ${CSL_DIR}/locales`);
    registered.add(localeKey);
  }
  return name;
}

/**
 * Styles that demote particles print "Waal, Thomas de"; English usage, and the author, write
 * "de Waal, Thomas" and file it under D.
 */
function keepParticlesInPlace(xml: string): string {
  return xml.replace(/demote-non-dropping-particle="[^"]*"/, 'demote-non-dropping-particle="never"');
}

/**
 * Chicago's styles print a statute's `§` beside its volume and code whether or not a section is given (a comment in
 * the style awaits CSL's section label), so an Act cited in its volume of statutes read `12 Shore Statutes at Large §
 * (1861)`. The sign and the section are grouped, so the sign goes when the section is missing.
 */
function sectionSignWithSection(xml: string): string {
  return xml.replace(
    /(<text term="section" form="symbol"\/>\s*<text variable="section"\/>)/g,
    '<group delimiter=" ">$1</group>',
  );
}

/**
 * Items as citeproc should see them: tweets and non-Latin titles must not be title-cased; and for a style (its
 * registered name) written before CSL 1.0.2, a hearing is a `bill`, the congressional document it knows (without it
 * Chicago's quoted the hearing's title like an article's).
 */
export function renderableItems(items: CslItem[], style?: string): CslItem[] {
  return items.map((item) => {
    const copy: CslItem = { ...item, 'citation-key': item.id };
    if (item.type === 'hearing' && style !== undefined && !hearingStyles.has(style)) copy.type = 'bill';
    if (
      typeof item.title === 'string' &&
      (item.type === 'post' || /[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]/u.test(item.title))
    ) {
      copy.title = `<span class="nocase">${escapeHtml(item.title)}</span>`;
    }
    return copy;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The bibliography as an HTML fragment: `<div class="csl-bib-body">` of `<div class="csl-entry">`s. */
export function formatBibliography(result: CitationResult, options: FormatOptions = {}): string {
  if (result.items.length === 0) return '<div class="csl-bib-body"></div>\n';
  const style = loadStyle(options.style, options.locale);
  return new Cite(renderableItems(result.items, style)).format('bibliography', {
    format: 'html',
    template: style,
    lang: options.locale ?? DEFAULT_LOCALE,
  }) as string;
}

export function formatBibtex(result: CitationResult): string {
  return new Cite(
    renderableItems(result.items).map(({ title, ...item }) => ({ ...item, title: plainTitle(title) })),
  ).format('bibtex') as string;
}

function plainTitle(title: unknown): unknown {
  return typeof title === 'string'
    ? title
        .replace(/<span class="nocase">([\s\S]*)<\/span>/, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    : title;
}

/**
 * Every note's citations rendered in the style, in one citeproc pass over all notes (so Ibid. and
 * short forms come out as the style decides). Returns note number → HTML.
 */
export function formatNotes(result: CitationResult, options: FormatOptions = {}): Map<number, string> {
  const style = loadStyle(options.style, options.locale);
  const engine = plugins.config
    .get('@csl')
    .engine(renderableItems(result.items, style) as never, style, options.locale ?? DEFAULT_LOCALE, 'html');
  const citations = result.notes
    .filter((note) => note.citations.length)
    .map((note) => ({
      citationID: `note-${note.note}`,
      citationItems: note.citations.map((citation) => ({
        id: citation.id,
        ...(citation.locator ? { locator: citation.locator } : {}),
      })),
      properties: { noteIndex: note.note },
    }));
  const rendered = engine.rebuildProcessorState(citations, 'html') as Array<[string, number, string]>;
  return new Map(rendered.map(([, noteIndex, html]) => [noteIndex, html]));
}

export function styleLabel(style = DEFAULT_STYLE): string {
  return extname(style) === '.csl' ? basename(style, '.csl') : style;
}
