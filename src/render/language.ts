/**
 * Marks runs of Armenian and Cyrillic text with `lang`, so readers, screen readers and fonts
 * handle them (the book's own language covers the rest).
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface ScriptLanguage {
  /** BCP 47 tag put on runs of this script. */
  lang: string;
  /** One character of the script. */
  letter: string;
}

export const defaultScripts: ScriptLanguage[] = [
  { lang: 'hy', letter: '[\\u0531-\\u058F\\uFB13-\\uFB17]' },
  { lang: 'ru', letter: '[\\u0400-\\u052F]' },
];

export function tagLanguages(tree: Root | Element, scripts: ScriptLanguage[] = defaultScripts): void {
  const patterns = scripts.map(({ lang, letter }) => ({
    lang,
    run: new RegExp(`${letter}+(?:[\\s\\p{P}\\p{N}]+${letter}+)*`, 'gu'),
  }));
  const any = new RegExp(scripts.map((script) => script.letter).join('|'), 'u');
  walk(tree);

  function walk(parent: Root | Element): void {
    if (parent.type === 'element' && parent.properties.lang) return;
    const children: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'text' && any.test(child.value)) children.push(...split(child));
      else {
        if (child.type === 'element') walk(child);
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  }

  function split(text: Text): ElementContent[] {
    const runs: Array<{ start: number; end: number; lang: string }> = [];
    for (const { lang, run } of patterns) {
      for (const match of text.value.matchAll(run))
        runs.push({ start: match.index, end: match.index + match[0].length, lang });
    }
    runs.sort((a, b) => a.start - b.start);
    const out: ElementContent[] = [];
    let cursor = 0;
    for (const { start, end, lang } of runs) {
      if (start < cursor) continue;
      if (start > cursor) out.push({ type: 'text', value: text.value.slice(cursor, start) });
      out.push({
        type: 'element',
        tagName: 'span',
        properties: { lang },
        children: [{ type: 'text', value: text.value.slice(start, end) }],
      });
      cursor = end;
    }
    if (cursor < text.value.length) out.push({ type: 'text', value: text.value.slice(cursor) });
    return out;
  }
}
