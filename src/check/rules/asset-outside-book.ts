/**
 * An image the manuscript names outside its own folder (an absolute path, `..`, a symlink out)
 * would let an untrusted book read any file on the machine: it is refused and never read.
 */
import path from 'node:path';
import type { Html, Image } from 'mdast';
import { visit } from 'unist-util-visit';
import { isRemoteReference } from '../../assets/reference.js';
import { resolveAsset } from '../../assets/resolve.js';
import { divisions } from '../../book.js';
import type { Problem } from '../report.js';
import { problem, type Rule } from '../rule.js';

/** `src` of `<img>` in raw HTML. */
const rawImageSource = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * An image that resolves outside the manuscript's folder: an absolute path, a `..` that climbs
 * out, or a symlink to elsewhere. It would publish whatever file it names; the file is never read.
 */
export const assetOutsideBook: Rule = {
  id: 'asset-outside-book',
  description: "an image outside the manuscript's folder (absolute path, `..`, a symlink out); never read",
  severity: 'error',
  check(book) {
    const problems: Problem[] = [];
    for (const division of divisions(book)) {
      const dirs = [division.file.path ? path.dirname(division.file.path) : book.baseDir, book.baseDir];
      const flag = (node: Image | Html, url: string) => {
        if (isRemoteReference(url) || /^data:/i.test(url)) return;
        if (resolveAsset(url, dirs, book.baseDir).kind !== 'outside') return;
        problems.push(
          problem(this, division.file, node, {
            unexpected: `image \`${url}\` outside the book's folder`,
            expected: 'a file inside it',
            hint: "Copy the image into the manuscript's folder and refer to it by a relative path.",
          }),
        );
      };
      visit(division.tree, (node) => {
        if (node.type === 'image') flag(node, node.url);
        else if (node.type === 'html') {
          for (const match of node.value.matchAll(rawImageSource)) flag(node, match[1] ?? match[2] ?? match[3]);
        }
      });
    }
    return problems;
  },
};
