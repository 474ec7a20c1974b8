/**
 * Hugo's built-in `{{< figure src="…" title="…" caption="…" alt="…" >}}` shortcode, alone in its
 * paragraph: an image with its caption (a figure, see the README), so neither the picture nor a
 * note called in the caption is lost when the other template tags are dropped (template-tags.ts).
 * A site-root `src` (`/img/x.png`) is looked for in a `static/` folder beside the file (Hugo serves
 * it from the site's; copy it into the book's folder), never outside the book; an image that is not there leaves its
 * caption as a paragraph, with one warning.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FootnoteReference, Image, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';

const figure = /^\s*\{\{<\s*figure\s((?:[^>]|>(?!\}\}))*)>\}\}\s*$/;
const attribute = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g;
const call = /\[\^([^\]\s]+)\]/g;

/** The image's path relative to the file's folder, when the file is there. */
function locate(src: string, folder: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
  const relative = decodeURI(src.split(/[?#]/)[0]);
  const candidates: string[] = [];
  if (relative.startsWith('/')) {
    // Only inside the book's folder: nothing outside it is looked at (see src/assets/).
    candidates.push(path.join(folder, 'static', relative), path.join(folder, relative));
  } else {
    candidates.push(path.resolve(folder, relative));
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  return found && path.relative(folder, found).split(path.sep).join('/');
}

export function remarkHugoFigure() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    const folder = path.dirname(path.resolve(file.cwd, file.path));
    const missing: Array<{ src: string; place: Paragraph['position'] }> = [];
    tree.children.forEach((node, index) => {
      if (node.type !== 'paragraph') return;
      const { start, end } = node.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) return;
      const match = figure.exec(source.slice(start.offset, end.offset));
      if (!match) return;
      const attributes = new Map<string, string>();
      for (const [, name, double, single, bare] of match[1].matchAll(attribute))
        attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
      const url = attributes.get('src');
      if (!url) return;
      const captionSource = (attributes.get('caption') || attributes.get('title') || '').trim();
      const calls: FootnoteReference[] = [...captionSource.matchAll(call)].map(([, label]) => ({
        type: 'footnoteReference',
        identifier: label.toLowerCase(),
        label,
        position: node.position,
      }));
      const caption = captionSource.replace(call, '').replace(/\s+/g, ' ').trim();
      const found = locate(url, folder);
      if (!found) {
        missing.push({ src: url, place: node.position });
        const text = caption ? [{ type: 'text' as const, value: caption }] : [];
        tree.children[index] = {
          type: 'paragraph',
          children: [...text, ...calls],
          position: node.position,
          data: { hProperties: { className: ['caption'] } },
        };
        if (text.length === 0 && calls.length === 0)
          tree.children[index] = {
            type: 'paragraph',
            children: [{ type: 'text', value: attributes.get('alt') ?? '' }],
            position: node.position,
          };
        return;
      }
      const image: Image = {
        type: 'image',
        url: found,
        alt: attributes.get('alt') ?? caption,
        title: caption || null,
        position: node.position,
      };
      const paragraph: Paragraph = { type: 'paragraph', children: [image, ...calls], position: node.position };
      tree.children[index] = paragraph;
    });
    if (missing.length) {
      const message = file.message(
        `Unexpected figure image${missing.length === 1 ? '' : 's'} not found` +
          ` (${missing.length}, the first \`${missing[0].src}\`), expected the file beside` +
          ` the chapter or in Hugo's \`static/\`; caption kept as text`,
        { place: missing[0].place, ruleId: 'figure-missing', source: 'folio-read' },
      );
      message.fatal = false;
    }
  };
}
