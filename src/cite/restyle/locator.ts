/**
 * A locator as the author wrote it (`175`, `pp. 4–5`, `n. 12`, `chap. 3`) as citeproc wants it: the
 * label apart (`page` unless a word says otherwise), so the style writes its own label or none.
 */

/** Written labels and the CSL locator type they stand for. */
const LABELS: Array<[RegExp, string]> = [
  [/^(?:pp?|pages?)\.?\s+/i, 'page'],
  [/^(?:nn?|notes?)\.?\s+/i, 'note'],
  [/^(?:chaps?|chapters?|ch)\.?\s+/i, 'chapter'],
  [/^(?:vols?|volumes?)\.?\s+/i, 'volume'],
  [/^(?:§§?|secs?\.?|sections?)\s*/i, 'section'],
  [/^(?:paras?|paragraphs?)\.?\s+/i, 'paragraph'],
  [/^(?:figs?|figures?)\.?\s+/i, 'figure'],
  [/^(?:cols?|columns?)\.?\s+/i, 'column'],
  [/^(?:lines?|ll?)\.?\s+/i, 'line'],
  [/^(?:fols?|folios?|ff?)\.?\s+/i, 'folio'],
];

export interface CslLocator {
  locator: string;
  label: string;
}

/** The locator and its label; undefined for none. */
export function cslLocator(written: string | null): CslLocator | undefined {
  const text = written?.replace(/[[\]]/g, '').trim();
  if (!text) return undefined;
  for (const [pattern, label] of LABELS) {
    const match = pattern.exec(text);
    if (match && text.length > match[0].length) return { locator: text.slice(match[0].length).trim(), label };
  }
  return { locator: text, label: 'page' };
}
