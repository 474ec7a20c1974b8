/**
 * The citeproc pass of restyled notes: one engine (citation-js) for the book's items, and for each
 * chapter its runs of citations in note order with their note's index, so the style's position
 * tracking (first, subsequent, Ibid.; positions.ts) sees the notes as a reader does, each chapter
 * starting afresh.
 * A citation whose work was a guess goes by as a stand-in item: it takes its place in the order
 * (an Ibid. cannot reach past it) without its guess being printed anywhere.
 */
import { plugins } from '@citation-js/core';
import type { CslItem } from '../../book.js';
import { DEFAULT_LOCALE, loadStyle, renderableItems, type FormatOptions } from '../citeproc.js';
import { cslLocator } from './locator.js';
import { assignPositions, type PositionedCite, type PositionedCitation } from './positions.js';

export interface CiteprocRun {
  /** The run's works in order (no id: a stand-in) and their locators as written. */
  cites: Array<{ id?: string; locator: string | null }>;
  /** What citeproc wrote for the run, as HTML (set by renderRuns). */
  html?: string;
}

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeCitationCluster(cites: PositionedCite[]): string;
  citation: { opt: Record<string, unknown> };
}

/** Sets each run's `html`; notes in reading order, `owner` their chapter. */
export function renderRuns(
  items: CslItem[],
  notes: Array<{ owner: number; resolved: { note: { number: number } }; runs: CiteprocRun[] }>,
  options: FormatOptions,
): void {
  const standIns: CslItem[] = [];
  const standIn = () => {
    const item: CslItem = { id: `folio-stand-in-${standIns.length + 1}`, type: 'book', title: '…' };
    standIns.push(item);
    return item.id;
  };
  const chapters = new Map<number, Array<{ citation: PositionedCitation; run: CiteprocRun }>>();
  for (const note of notes) {
    const chapter = chapters.get(note.owner) ?? [];
    chapters.set(note.owner, chapter);
    const noteIndex = Math.max(note.resolved.note.number, (chapter.at(-1)?.citation.noteIndex ?? 0) + 1);
    for (const run of note.runs) {
      const cites = run.cites.map(({ id, locator }) => ({ id: id ?? standIn(), ...cslLocator(locator) }));
      chapter.push({ citation: { noteIndex, cites }, run });
    }
  }
  if (![...chapters.values()].some((chapter) => chapter.length)) return;
  const style = loadStyle(options.style, options.locale);
  const all = [...renderableItems(items, style), ...standIns];
  const engine = plugins.config
    .get('@csl')
    .engine(all as never, style, options.locale ?? DEFAULT_LOCALE, 'html') as CiteprocEngine;
  engine.updateItems(all.map((item) => item.id));
  const distance = Number(engine.citation.opt['near-note-distance']) || 5;
  for (const chapter of chapters.values()) {
    // Each chapter starts afresh: its first citation of a work is full again.
    assignPositions(
      chapter.map(({ citation }) => citation),
      distance,
    );
    for (const { citation, run } of chapter) run.html = engine.makeCitationCluster(citation.cites);
  }
}
