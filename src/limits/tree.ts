/**
 * Refuses a parsed tree deeper than the tree walkers (recursive, like most of unified's) can go,
 * at the place it gets too deep. Walks with its own stack, so it cannot overflow itself.
 */
import path from 'node:path';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { FolioError } from '../errors.js';
import { limits } from './index.js';

export function checkTreeDepth(tree: Node, file: VFile): void {
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limits.treeDepth) {
      const start = node.position?.start;
      throw new FolioError(
        `Unexpected content nested more than ${limits.treeDepth} deep, expected shallower structure`,
        {
          file: file.path ? path.relative(file.cwd, file.path) || file.path : undefined,
          line: start?.line,
          column: start?.column,
        },
      );
    }
    for (const child of (node as Parent).children ?? []) stack.push([child, depth + 1]);
  }
}
