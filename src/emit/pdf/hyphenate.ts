/**
 * Soft hyphens (U+00AD) for print. Debian's Chromium ships no hyphenation dictionaries, so
 * `hyphens: auto` does nothing; instead the text gets discretionary hyphens from Liang's patterns
 * (npm `hyphen`) in the language of each run (`lang`), and the browser breaks only there.
 * Never inside URLs, e-mail addresses, numbers, code or headings.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Root } from 'hast';

export type Hyphenator = (text: string) => string;

export interface HyphenateOptions {
  /** Words shorter than this stay whole. Default 6. */
  minWordLength?: number;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, Hyphenator | undefined>();

/** Pattern sets by BCP 47 tag: `en` → `en-us`, `en-GB` → `en-gb`, `de` → `de-1996`; undefined when none. */
export function hyphenator(language: string, options: HyphenateOptions = {}): Hyphenator | undefined {
  const tag = language.toLowerCase();
  const key = `${tag}:${options.minWordLength ?? 6}`;
  if (cache.has(key)) return cache.get(key);
  const base = tag.split('-')[0];
  const aliases: Record<string, string> = {
    en: 'en-us',
    de: 'de-1996',
    el: 'el-monoton',
    sr: 'sr-cyrl',
    mn: 'mn-cyrl',
  };
  let found: Hyphenator | undefined;
  for (const candidate of [tag, aliases[tag], aliases[base], base]) {
    if (!candidate) continue;
    try {
      const patterns = require(`hyphen/${candidate}/index.js`) as {
        hyphenateSync(text: string, options: { minWordLength: number }): string;
      };
      const minWordLength = options.minWordLength ?? 6;
      found = (text) => patterns.hyphenateSync(text, { minWordLength });
      break;
    } catch {}
  }
  cache.set(key, found);
  return found;
}

/** Elements whose text is never hyphenated. */
const keepWhole = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  ...[1, 2, 3, 4, 5, 6].map((rank) => `h${rank}`),
  'script',
  'style',
  'svg',
  'math',
]);

/** A token that must not break at a hyphen: URLs, addresses, paths, anything with a digit, acronyms. */
export function isUnbreakable(token: string): boolean {
  return (
    /\d/.test(token) ||
    /:\/\/|^www\.|@|\//i.test(token) ||
    /\p{L}\.\p{L}{2,}/u.test(token) || // example.com, e.g. domain names
    /^[\p{Lu}\p{P}]+$/u.test(token) // acronyms and capitals
  );
}

/** Inserts soft hyphens in the text under `tree`, following `lang` attributes. Returns the number of words changed. */
export function hyphenateTree(tree: Root | Element, language: string, options: HyphenateOptions = {}): number {
  let changed = 0;
  const visit = (node: Root | Element, lang: string) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'element') {
        if (keepWhole.has(child.tagName) || hasClass(child, 'nohyphenate')) continue;
        const childLang = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
        // A link whose text is its address stays whole.
        if (
          child.tagName === 'a' &&
          typeof child.properties.href === 'string' &&
          /^[a-z]+:/i.test(child.properties.href)
        ) {
          const text = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
          if (isUnbreakable(text.trim())) continue;
        }
        visit(child, childLang);
      } else if (child.type === 'text') {
        const hyphenate = hyphenator(lang, options);
        if (!hyphenate) continue;
        child.value = child.value
          .split(/(\s+)/)
          .map((token) => {
            if (token.trim() === '' || isUnbreakable(token)) return token;
            const out = hyphenate(token);
            if (out !== token) changed++;
            return out;
          })
          .join('');
      }
    }
  };
  visit(tree, language);
  return changed;
}

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}
