/**
 * An SVG image from the manuscript, made harmless: scripts, `<foreignObject>`, event handlers,
 * `javascript:` links, references to anything outside the file (`href="http://…"`, `url(…)` to
 * another file, `@import`) and a doctype (which could declare entities) are removed. A clean SVG
 * is returned byte for byte; only a changed one is serialised again.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface SanitisedSvg {
  data: Uint8Array;
  /** What was removed, one phrase each (empty when the SVG was clean). */
  removed: string[];
}

const removedElements = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'handler',
  'listener',
  'audio',
  'video',
  'set',
  'animate',
]);
/** An href that stays inside the file: a fragment. */
const local = /^\s*#/;
/** `url(…)` to anything but a fragment, or `@import`. */
const externalStyle = /url\s*\(\s*['"]?\s*(?!#)[^)\s]|@import/i;

export function sanitiseSvg(bytes: Uint8Array): SanitisedSvg {
  const text = Buffer.from(bytes).toString('utf8');
  const removed: string[] = [];
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) removed.push('a doctype');
  const tree = fromHtml(text.replace(/^\uFEFF/, '').replace(/^\s*<\?xml[^>]*\?>/, ''), { fragment: true });
  clean(tree, removed);
  if (removed.length === 0) return { data: bytes, removed };
  const svg = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  const serialised = toHtml(svg ?? { type: 'root', children: [] }, {
    space: 'svg',
    closeSelfClosing: true,
    closeEmptyElements: true,
  });
  return { data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${serialised}\n`), removed };
}

function clean(parent: Root | Element, removed: string[]): void {
  parent.children = parent.children.filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    const name = child.tagName.toLowerCase();
    if (removedElements.has(name)) {
      removed.push(`<${child.tagName}>`);
      return false;
    }
    if (name === 'style') {
      const css = child.children.map((node) => (node.type === 'text' ? node.value : '')).join('');
      if (externalStyle.test(css)) {
        removed.push('a <style> that loads resources');
        return false;
      }
    }
    for (const [key, value] of Object.entries(child.properties)) {
      const attribute = key.toLowerCase();
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (attribute.startsWith('on')) {
        removed.push(`event handler \`${attribute}\``);
        delete child.properties[key];
      } else if ((attribute === 'href' || attribute === 'xlinkhref' || attribute === 'src') && !local.test(text)) {
        removed.push(`reference \`${text.slice(0, 80)}\``);
        delete child.properties[key];
      } else if (attribute === 'style' && externalStyle.test(text)) {
        removed.push('a style that loads resources');
        delete child.properties[key];
      } else if (typeof value === 'string' && externalStyle.test(value) && /url\s*\(/i.test(value)) {
        removed.push(`reference in \`${attribute}\``);
        delete child.properties[key];
      }
    }
    clean(child, removed);
    return true;
  });
}
