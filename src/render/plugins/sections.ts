/**
 * The part's content is flat after conversion; readers, the contents and the EPUB want its
 * structure: each `h2` and what follows it (and `h3` within) goes in a `<section class="section">`.
 * The notes container stays after the content, outside every section.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';

export default function rehypeSections() {
  return (tree: Root, file: VFile): void => {
    const notes = file.data.notesContainer;
    const content = tree.children.filter(
      (child): child is ElementContent => child.type !== 'doctype' && child !== notes,
    );
    tree.children = [...nestSections(content), ...(notes ? [notes] : [])];
  };
}

function nestSections(nodes: ElementContent[], depth = 2): ElementContent[] {
  const out: ElementContent[] = [];
  let current: Element | undefined;
  for (const node of nodes) {
    const headingDepth = node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;
    if (headingDepth !== undefined && headingDepth <= depth) {
      if (current) current.children = nestSections(current.children, depth + 1);
      current = undefined;
      if (headingDepth === depth) {
        current = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['section', `section-${depth}`] },
          children: [node],
        };
        out.push(current);
        continue;
      }
    }
    if (current) current.children.push(node);
    else out.push(node);
  }
  if (current) current.children = nestSections(current.children, depth + 1);
  return out.filter((node) => !(node.type === 'text' && node.value.trim() === '' && out.length > 1));
}
