/**
 * Images in the manuscript's raw HTML (`<img src="images/a.png">`) go through the same gate as
 * Markdown ones (see ../images.ts); a `srcset` or `<source>` pointing at local files is dropped (it
 * would be loaded unchecked by the browser laying out the PDF). Remote ones are left for the
 * sanitiser to drop.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isRemoteReference } from '../../assets/reference.js';
import { localImage, type AssetRegistry, type ImageContext } from '../images.js';

export interface RawImagesOptions {
  context: ImageContext;
  assets: AssetRegistry;
}

export default function rehypeRawImages({ context, assets }: RawImagesOptions) {
  return (tree: Root): void => {
    const known = new Set(assets.list().map((asset) => asset.href));
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'img' && element.tagName !== 'source') return;
      for (const name of ['srcSet', ...(element.tagName === 'source' ? ['src'] : [])]) {
        const value = element.properties[name];
        if (typeof value === 'string' && !isRemoteReference(value.trim())) delete element.properties[name];
        else if (Array.isArray(value) && !value.every((entry) => isRemoteReference(String(entry).trim())))
          delete element.properties[name];
      }
      const src = element.properties.src;
      if (
        element.tagName !== 'img' ||
        typeof src !== 'string' ||
        isRemoteReference(src) ||
        /^data:/i.test(src) ||
        known.has(src)
      )
        return;
      const href = localImage({ type: 'image', url: src, position: element.position }, context, assets);
      if (href === undefined) {
        // Left out of a draft: its description stays in the text.
        const alt = String(element.properties.alt ?? '');
        element.tagName = 'span';
        element.properties = { className: ['image-left-out'] };
        element.children = [{ type: 'text', value: alt }];
        return;
      }
      element.properties.src = href;
      known.add(href);
    });
  };
}
