/**
 * `2:10–101`: a volume and a span of its pages, not a film's minutes. A film's cited span repeats the minute
 * and second (`6:24–6:47`); a span of pages after a volume ends in a bare page number, often past 59. A single
 * `3:812` is a volume's page too: a clock's seconds or minutes after a colon run in two figures, below 60.
 */
const VOLUME_PAGE_SPAN = /^\d+:\d+\s*(?:--|[-–—])\s*\d+$/;

/** Whether the locator is a volume's span of pages (`2:10–101`), never minutes. */
export function volumePages(locator: string): boolean {
  const trimmed = locator.trim();
  return VOLUME_PAGE_SPAN.test(trimmed) || /^\d+:(?!(?:[0-5]\d)(?::[0-5]\d)?\b)\d+\b/.test(trimmed);
}
