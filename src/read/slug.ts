/**
 * Ids of the parts the renderer generates around the manuscript's own (src/render/index.ts: half
 * title, title page, copyright, contents, bibliography and its heading): a division or section of
 * the manuscript never takes one, so ids stay unique across the whole book (a chapter's own
 * "Bibliography" section is `bibliography-2`).
 */
export const generatedIds = [
  'halftitle',
  'titlepage',
  'copyright',
  'toc',
  'bibliography',
  'bibliography-title',
] as const;

/** Lower-case, ASCII-friendly slugs, made unique with numeric suffixes; `reserved` ids are taken from the start. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  constructor(reserved: readonly string[] = []) {
    for (const id of reserved) this.seen.set(id, 1);
  }

  slug(text: string, fallback = 'section'): string {
    const base =
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’'`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || fallback;
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  }
}
