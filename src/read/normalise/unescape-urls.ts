/**
 * remark plugin: word processors export underscores in URLs as `\\_`, which Markdown reads as a
 * backslash followed by a live `_`; Pandoc writes a bare address's underscores so too, and GFM's
 * literal autolink keeps the backslashes in the address (clean Markdown runs this plugin on those).
 * Remove those stray backslashes from link destinations, and rebuild link text that is itself a URL
 * from the source (its live underscores may have been read as emphasis, which would eat them).
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isBare } from './wrapped-urls.js';

const strayBackslashes = /\\+(?=[_*~#])/g;
const urlLike = /^[a-z][a-z+.-]*:\/\//i;

export interface UnescapeUrlsOptions {
  /**
   * Only bare addresses (GFM's literal autolinks): in clean Markdown a link written `[text](url)` has its
   * escapes read by CommonMark already, and one written `<url>` keeps what its author typed.
   */
  bareOnly?: boolean;
}

export default function remarkUnescapeUrls(options: UnescapeUrlsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'link', (link) => {
      if (options.bareOnly && !isBare(source, link)) return;
      link.url = link.url.replace(strayBackslashes, '');
      const text = bracketedText(link, source);
      if (text !== undefined && urlLike.test(text)) {
        const value = text.replace(strayBackslashes, '').replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
        const first = link.children[0];
        link.children = [
          {
            type: 'text',
            value,
            position: first?.position
              ? {
                  start: first.position.start,
                  end: link.children[link.children.length - 1].position?.end ?? first.position.end,
                }
              : undefined,
          },
        ];
        return;
      }
      for (const child of link.children) {
        if (child.type === 'text' && urlLike.test(child.value)) child.value = child.value.replace(strayBackslashes, '');
      }
    });
  };
}

/** The raw text of an inline link `[text](url)`, or undefined for autolinks and references. */
function bracketedText(link: Link, source: string): string | undefined {
  const start = link.position?.start.offset;
  const end = link.position?.end.offset;
  if (start === undefined || end === undefined || source[start] !== '[') return undefined;
  const raw = source.slice(start, end);
  const close = raw.lastIndexOf('](');
  return close === -1 ? undefined : raw.slice(1, close);
}
