/**
 * Cuts parsed manuscripts into the book's divisions (front matter, chapters, back matter), gives
 * every division and section a book-wide id, and brings section depths into line.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Division, Section } from '../book.js';
import type { DivisionRole } from '../config/schema.js';
import type { TocEntry } from './normalise/table-of-contents.js';
import { headingLabel, roleFacts } from '../roles.js';
import { roleFromTitle } from './roles.js';
import { generatedIds, Slugger } from './slug.js';

/** A division before ids, kinds and section depths are settled. */
export interface DraftDivision {
  role: DivisionRole;
  /** The heading that opens the division, if any (also the first node of `children`). */
  heading?: Heading;
  children: RootContent[];
  file: VFile;
}

export interface SplitOptions {
  /** Where a new division starts: at depth-1 headings only, or (export front matter) at any heading. */
  dialect: 'clean' | 'export';
  /** Role for the first division, when the config says what the file is. */
  role?: DivisionRole;
}

export function splitDivisions(tree: Root, file: VFile, options: SplitOptions): DraftDivision[] {
  const drafts: DraftDivision[] = [];
  let inBody = false;
  /** Note texts before the first heading (the foot of the file before's last page) join the first division. */
  const leadingNotes: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (drafts.length === 0 && node.type === 'footnoteDefinition') {
      leadingNotes.push(node);
      continue;
    }
    const opensDivision = node.type === 'heading' && (node.depth === 1 || (options.dialect === 'export' && !inBody));
    if (opensDivision) {
      const title = toString(node).trim();
      const role = drafts.length === 0 && options.role ? options.role : roleFromTitle(title);
      if (roleFacts(role).matter === 'body') inBody = true;
      drafts.push({ role, heading: node, children: [node], file });
      continue;
    }
    if (drafts.length === 0) drafts.push({ role: options.role ?? 'chapter', children: [], file });
    drafts[drafts.length - 1].children.push(node);
  }
  if (leadingNotes.length) {
    if (drafts.length === 0) drafts.push({ role: options.role ?? 'chapter', children: [], file });
    drafts[0].children.push(...leadingNotes);
  }
  const result = options.dialect === 'export' ? drafts.flatMap(splitDedication) : drafts;
  return result.map(dropRoleLabel);
}

/** An all-italic "Dedicated to …" paragraph at the end of an export's front matter is its own division. */
function splitDedication(draft: DraftDivision): DraftDivision[] {
  if (roleFacts(draft.role).matter !== 'front' || draft.role === 'dedication') return [draft];
  const index = draft.children.findIndex(
    (node) =>
      node.type === 'paragraph' &&
      node.children.length === 1 &&
      (node.children[0].type === 'emphasis' || node.children[0].type === 'strong') &&
      /^(dedicated to|in (loving )?memory|to my|for my)\b/i.test(toString(node).trim()),
  );
  if (index === -1) return [draft];
  const dedication: DraftDivision = { role: 'dedication', children: [draft.children[index]], file: draft.file };
  const rest = draft.children.filter((_, position) => position !== index);
  return [{ ...draft, children: rest }, dedication];
}

/** `# Dedication` in a clean manuscript names the role; the division itself is untitled. */
function dropRoleLabel(draft: DraftDivision): DraftDivision {
  const label = headingLabel(draft.role);
  if (!draft.heading || !label || toString(draft.heading).trim() !== label) return draft;
  return { ...draft, heading: undefined, children: draft.children.filter((node) => node !== draft.heading) };
}

export interface AssembleOptions {
  /** Entries of a hand-made contents: its level-2 titles are sections, whatever their `#` depth. */
  toc?: TocEntry[];
}

/** Settles kinds (front/body/back), ids, heading depths and sections of the drafts, in order. */
export function assembleDivisions(drafts: DraftDivision[], options: AssembleOptions = {}): Division[] {
  const slugger = new Slugger(generatedIds);
  const firstBody = drafts.findIndex((draft) => roleFacts(draft.role).matter === 'body');
  const lastBody = drafts.findLastIndex((draft) => roleFacts(draft.role).matter === 'body');
  const tocSections = new Set(
    (options.toc ?? []).filter((entry) => entry.level === 2).map((entry) => normaliseTitle(entry.title)),
  );
  let chapterNumber = 0;

  return drafts.map((draft, index) => {
    const kind: Division['kind'] =
      firstBody !== -1 && index < firstBody && roleFacts(draft.role).matter !== 'body'
        ? 'front'
        : lastBody !== -1 && index > lastBody && roleFacts(draft.role).matter !== 'body'
          ? 'back'
          : firstBody === -1 && roleFacts(draft.role).matter === 'front'
            ? 'front'
            : 'body';
    const title = draft.heading && !roleFacts(draft.role).untitled ? toString(draft.heading).trim() : '';
    const idBase = draft.role === 'chapter' ? `chapter-${++chapterNumber}` : draft.role;
    const id = slugger.slug(idBase);
    if (draft.heading) {
      draft.heading.depth = 1;
      setId(draft.heading, `${id}-title`);
    }
    const tree: Root = { type: 'root', children: draft.children };
    const position = spanOf(draft.children);
    if (position) tree.position = position;
    const sections = settleSections(draft, tocSections, slugger);
    return { id, kind, role: draft.role, title, tree, file: draft.file, sections };
  });
}

/**
 * Section depths follow the nesting of the headings, not their number of `#`s: a heading listed
 * in a hand-made contents is a section (depth 2), and every other heading sits one level below
 * the nearest heading above it with fewer `#`s, so depths never skip a level.
 */
function settleSections(draft: DraftDivision, tocSections: Set<string>, slugger: Slugger): Section[] {
  const headings = draft.children.filter((node): node is Heading => node.type === 'heading' && node !== draft.heading);
  const open: Array<{ written: number; depth: number }> = [];
  return (
    headings
      .map((heading) => {
        const title = toString(heading).trim();
        const written = heading.depth;
        while (open.length && open[open.length - 1].written >= written) open.pop();
        const listed = tocSections.has(normaliseTitle(title));
        const depth = listed || open.length === 0 ? 2 : Math.min(6, open[open.length - 1].depth + 1);
        if (listed) open.length = 0;
        open.push({ written, depth });
        heading.depth = depth as Heading['depth'];
        const id = slugger.slug(title);
        setId(heading, id);
        return { id, title, depth };
      })
      // An empty `## ` line names nothing to list in the contents or the navigation.
      .filter((section) => section.title !== '')
  );
}

function setId(heading: Heading, id: string): void {
  heading.data = { ...heading.data, id, hProperties: { ...heading.data?.hProperties, id } };
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function spanOf(nodes: RootContent[]): Root['position'] {
  const first = nodes.find((node) => node.position)?.position;
  const last = nodes.findLast((node) => node.position)?.position;
  return first && last ? { start: first.start, end: last.end } : undefined;
}
