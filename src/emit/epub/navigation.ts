/**
 * Navigation: the EPUB 3 navigation document (the render stage's nested contents plus landmarks)
 * and an NCX with the same entries for EPUB 2 reading systems.
 */
import type { Section } from '../../book.js';
import { contentDocument } from './xhtml.js';
import { escapeXml, xmlDeclaration } from './xml.js';

export interface NavEntry {
  label: string;
  href: string;
  children: NavEntry[];
}

export interface Landmark {
  /** EPUB structural semantics term: `cover`, `titlepage`, `toc`, `bodymatter`, `bibliography`… */
  type: string;
  label: string;
  href: string;
}

export interface NavDocumentOptions {
  language: string;
  title: string;
  /** The contents as XHTML (`<nav epub:type="toc" role="doc-toc">`), links already pointing at files. */
  toc: string;
  landmarks: Landmark[];
  /** The print edition's pages (`<nav epub:type="page-list">`, page-list.ts), when the PDF was built with the EPUB. */
  pageList?: string;
}

export function navDocument(options: NavDocumentOptions): string {
  const items = options.landmarks.map(
    (landmark) =>
      `<li><a epub:type="${landmark.type}" href="${escapeXml(landmark.href)}">${escapeXml(landmark.label)}</a></li>`,
  );
  const landmarks = `<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden">
<h2 id="landmarks-title">Landmarks</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`;
  return contentDocument({
    language: options.language,
    title: options.title,
    bodyType: 'frontmatter',
    body: `${options.toc}\n${landmarks}${options.pageList ? `\n${options.pageList}` : ''}`,
  });
}

/** A part and its sections as nested entries, sections under the nearest shallower one. */
export function partEntry(label: string, file: string, sections: Section[]): NavEntry {
  const root: NavEntry = { label, href: file, children: [] };
  const stack: Array<{ depth: number; entry: NavEntry }> = [{ depth: 1, entry: root }];
  for (const section of sections) {
    while (stack.length > 1 && stack[stack.length - 1].depth >= section.depth) stack.pop();
    const entry: NavEntry = { label: section.title, href: `${file}#${section.id}`, children: [] };
    stack[stack.length - 1].entry.children.push(entry);
    stack.push({ depth: section.depth, entry });
  }
  return root;
}

export interface NcxOptions {
  identifier: string;
  title: string;
  entries: NavEntry[];
}

export function ncxDocument({ identifier, title, entries }: NcxOptions): string {
  let order = 0;
  let maxDepth = 1;
  const points = (list: NavEntry[], depth: number): string =>
    list
      .map((entry) => {
        const own = ++order;
        maxDepth = Math.max(maxDepth, depth);
        const children = entry.children.length ? `\n${points(entry.children, depth + 1)}` : '';
        return (
          `<navPoint id="navpoint-${own}"` +
          ` playOrder="${own}"><navLabel><text>${escapeXml(entry.label)}</text></navLabel><content src="` +
          `${escapeXml(entry.href)}" />${children}</navPoint>`
        );
      })
      .join('\n');
  const navMap = points(entries, 1);
  return `${xmlDeclaration}
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head>
<meta name="dtb:uid" content="${escapeXml(identifier)}" />
<meta name="dtb:depth" content="${maxDepth}" />
<meta name="dtb:totalPageCount" content="0" />
<meta name="dtb:maxPageNumber" content="0" />
</head>
<docTitle><text>${escapeXml(title)}</text></docTitle>
<navMap>
${navMap}
</navMap>
</ncx>
`;
}
