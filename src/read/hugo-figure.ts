/**
 * Hugo's built-in `{{< figure src="…" title="…" caption="…" alt="…" >}}` shortcode, alone in its
 * paragraph: an image with its caption (a figure, see the README), so neither the picture nor a
 * note called in the caption is lost when the other template tags are dropped (template-tags.ts).
 */
import type { FootnoteReference, Image, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';

const figure = /^\s*\{\{<\s*figure\s((?:[^>]|>(?!\}\}))*)>\}\}\s*$/;
const attribute = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g;
const call = /\[\^([^\]\s]+)\]/g;

export function remarkHugoFigure() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    tree.children.forEach((node, index) => {
      if (node.type !== 'paragraph') return;
      const { start, end } = node.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) return;
      const match = figure.exec(source.slice(start.offset, end.offset));
      if (!match) return;
      const attributes = new Map<string, string>();
      for (const [, name, double, single, bare] of match[1].matchAll(attribute)) attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
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
      const image: Image = { type: 'image', url, alt: attributes.get('alt') ?? caption, title: caption || null, position: node.position };
      const paragraph: Paragraph = { type: 'paragraph', children: [image, ...calls], position: node.position };
      tree.children[index] = paragraph;
    });
  };
}
