import { readBook } from '/work/wt-reader-docx/dist/read/index.js';
import { visit } from '/work/wt-reader-docx/node_modules/unist-util-visit/index.js';
const book = await readBook(process.argv[2]);
console.log('META', JSON.stringify({ ...book.metadata, description: book.metadata.description?.slice(0, 40) }));
for (const kind of ['front', 'body', 'back']) for (const d of book[kind]) {
  let defs = 0; visit(d.tree, 'footnoteDefinition', () => { defs++; });
  console.log(kind, d.role, JSON.stringify(d.title.slice(0, 70)), 'notes', defs, 'sections', d.sections.length, d.file.basename);
}
