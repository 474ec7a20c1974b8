/**
 * What a Word file's styles and numbering say about structure: which paragraph styles are headings
 * (by name, "heading 2", or by outline level), quotations or lists, whether a list is numbered, and
 * the document's default language.
 */
import type { Element } from '@xmldom/xmldom';
import { attribute, child, children, descendants } from './package.js';

export interface ParagraphStyle {
  /** 1–6 for a heading. */
  depth?: number;
  quote: boolean;
  list: boolean;
  /** Ordered when the style is a numbered list style. */
  numbered: boolean;
  name: string;
}

export interface Styles {
  paragraph(styleId: string | undefined): ParagraphStyle;
  /** Whether list `numId` at level `ilvl` is numbered (not bullets). */
  numbered(numId: string, ilvl: number): boolean;
  /** BCP 47 tag of the document's default language, when the styles give one. */
  language?: string;
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outline?: number;
}

export function readStyles(styles: Element | undefined, numbering: Element | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  for (const style of styles ? children(styles, 'style') : []) {
    const id = attribute(style, 'styleId');
    if (!id) continue;
    const outline = attribute(child(child(style, 'pPr') ?? style, 'outlineLvl'), 'val');
    raw.set(id, {
      name: (attribute(child(style, 'name'), 'val') ?? id).toLowerCase(),
      basedOn: attribute(child(style, 'basedOn'), 'val'),
      outline: outline === undefined ? undefined : Number(outline),
    });
  }
  const resolved = new Map<string, ParagraphStyle>();
  const paragraph = (styleId: string | undefined): ParagraphStyle => {
    if (!styleId) return { quote: false, list: false, numbered: false, name: 'normal' };
    const known = resolved.get(styleId);
    if (known) return known;
    const chain: RawStyle[] = [];
    for (let id: string | undefined = styleId; id && chain.length < 10; id = raw.get(id)?.basedOn) {
      const style = raw.get(id);
      if (!style) break;
      chain.push(style);
    }
    const name = chain[0]?.name ?? styleId.toLowerCase();
    let depth: number | undefined;
    for (const style of chain) {
      const heading = /^heading\s*(\d)$/.exec(style.name);
      if (heading) depth = Number(heading[1]);
      else if (style.name === 'title') depth = 1;
      else if (style.outline !== undefined && style.outline < 6) depth = style.outline + 1;
      if (depth !== undefined) break;
    }
    const names = chain.map((style) => style.name).concat(name);
    const result: ParagraphStyle = {
      depth: depth === undefined ? undefined : Math.min(6, Math.max(1, depth)),
      quote: names.some((entry) => /\bquote\b|\bquotation\b|block ?text/.test(entry)),
      list: names.some((entry) => /^list (bullet|number)/.test(entry)),
      numbered: names.some((entry) => /^list number/.test(entry)),
      name,
    };
    resolved.set(styleId, result);
    return result;
  };

  const abstractFormats = new Map<string, Map<number, string>>();
  for (const abstract of numbering ? children(numbering, 'abstractNum') : []) {
    const levels = new Map<number, string>();
    for (const level of children(abstract, 'lvl')) {
      levels.set(Number(attribute(level, 'ilvl') ?? 0), attribute(child(level, 'numFmt'), 'val') ?? 'decimal');
    }
    abstractFormats.set(attribute(abstract, 'abstractNumId') ?? '', levels);
  }
  const numToAbstract = new Map<string, string>();
  for (const num of numbering ? children(numbering, 'num') : []) {
    numToAbstract.set(attribute(num, 'numId') ?? '', attribute(child(num, 'abstractNumId'), 'val') ?? '');
  }
  const numbered = (numId: string, ilvl: number): boolean => {
    const format = abstractFormats.get(numToAbstract.get(numId) ?? '')?.get(ilvl);
    return format !== undefined && format !== 'bullet' && format !== 'none';
  };

  const defaults = styles ? descendants(styles, 'rPrDefault')[0] : undefined;
  const language = attribute(defaults ? descendants(defaults, 'lang')[0] : undefined, 'val');
  return { paragraph, numbered, language: language || undefined };
}
