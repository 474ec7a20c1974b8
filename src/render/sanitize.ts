/**
 * Keeps raw HTML from a manuscript harmless: scripts, frames, forms and styles are removed, event
 * handlers and `javascript:` links dropped, and remote resources never referenced (so never
 * fetched). Each removal is reported as a warning at its place in the source.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Position } from 'unist';

export interface SanitizeReport {
  reason: string;
  place?: Position;
  ruleId: 'unsafe-html' | 'remote-resource';
}

const removedWithContent = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
]);

const resourceAttributes = ['src', 'srcSet', 'poster', 'data', 'background'];
const remote = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

export function sanitize(tree: Root | Element): SanitizeReport[] {
  const reports: SanitizeReport[] = [];
  clean(tree);
  return reports;

  function clean(parent: Root | Element): void {
    const kept: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'comment') continue;
      if (child.type === 'raw') {
        reports.push({
          reason: 'Unexpected raw HTML that could not be parsed, expected well-formed HTML',
          place: child.position,
          ruleId: 'unsafe-html',
        });
        continue;
      }
      if (child.type !== 'element') {
        kept.push(child);
        continue;
      }
      if (removedWithContent.has(child.tagName)) {
        reports.push({
          reason: `Unexpected \`<${child.tagName}>\` in the manuscript, expected text markup only (removed)`,
          place: child.position,
          ruleId: 'unsafe-html',
        });
        continue;
      }
      if (child.tagName === 'img' && isRemote(child.properties.src)) {
        reports.push({
          reason:
            `Unexpected remote image \`${String(child.properties.src)}\`, expected a local` +
            ` file (not fetched; alt text kept)`,
          place: child.position,
          ruleId: 'remote-resource',
        });
        const alt = String(child.properties.alt ?? '');
        if (alt) kept.push({ type: 'text', value: alt });
        continue;
      }
      cleanAttributes(child);
      clean(child);
      kept.push(child);
    }
    parent.children = kept as typeof parent.children;
  }

  function cleanAttributes(element: Element): void {
    for (const name of Object.keys(element.properties)) {
      const value = element.properties[name];
      if (/^on/i.test(name)) {
        reports.push({
          reason:
            `Unexpected event handler \`${name.toLowerCase()}\` on \`<${element.tagName}>\`,` +
            ` expected no scripts (removed)`,
          place: element.position,
          ruleId: 'unsafe-html',
        });
        delete element.properties[name];
      } else if (name === 'href' && /^\s*(javascript|vbscript|data):/i.test(String(value))) {
        reports.push({
          reason: `Unexpected script link on \`<${element.tagName}>\`, expected a URL (removed)`,
          place: element.position,
          ruleId: 'unsafe-html',
        });
        delete element.properties[name];
      } else if (resourceAttributes.includes(name) && isRemote(value)) {
        reports.push({
          reason: `Unexpected remote resource \`${String(value)}\`, expected a local file (removed, not fetched)`,
          place: element.position,
          ruleId: 'remote-resource',
        });
        delete element.properties[name];
      } else if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(String(value))) {
        reports.push({
          reason: `Unexpected style that loads resources on \`<${element.tagName}>\`, expected plain styling (removed)`,
          place: element.position,
          ruleId: 'remote-resource',
        });
        delete element.properties[name];
      }
    }
  }
}

function isRemote(value: unknown): boolean {
  return typeof value === 'string' && remote.test(value.trim());
}
