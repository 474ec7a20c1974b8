/**
 * Parts are serialised so the EPUB can take them as XHTML: void elements self-closed, attributes
 * quoted, raw HTML never passed through (it was parsed and sanitised before). One processor for
 * the generated parts; the divisions' pipeline ends in the same rehype-stringify settings.
 */
import type { Element } from 'hast';
import rehypeStringify, { type Options } from 'rehype-stringify';
import { unified } from 'unified';

export const xhtmlSerialisation: Options = {
  closeSelfClosing: true,
  closeEmptyElements: false,
  allowDangerousHtml: false,
};

const stringifier = unified().use(rehypeStringify, xhtmlSerialisation).freeze();

export function serialise(element: Element): string {
  return stringifier.stringify({ type: 'root', children: [element] });
}
