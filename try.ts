import { readBook } from './src/read/index.ts';
import { divisions } from './src/book.ts';
import { visit } from 'unist-util-visit';
const book = await readBook('/work/shared/corpus/mountain-fortress.md');
const defs = new Set<number>(); const refs = new Set<number>();
for (const d of divisions(book)) visit(d.tree, (n: any) => { if (n.type === 'footnoteDefinition') defs.add(n.data.number); if (n.type === 'footnoteReference') refs.add(n.data.number); });
const missD = [], missR = [];
for (let i = 1; i <= 1085; i++) { if (!defs.has(i)) missD.push(i); if (!refs.has(i)) missR.push(i); }
console.log('missing defs', missD, 'missing refs', missR, defs.size, refs.size);
