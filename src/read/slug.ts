/** Lower-case, ASCII-friendly slugs, made unique with numeric suffixes. */
export class Slugger {
  private readonly seen = new Map<string, number>();

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
