/**
 * The place cited given with the work's own volume before it, as Chicago's Ibid. gives a case's: `Lee v. Chen, 156
 * F.3d 851, 853.` then `Ibid., 156:855.` The volume is the work's, already read; the page after it is the place.
 * A volume other than the work's (`Ibid., 2:15` of a work in several volumes) stays part of the place cited.
 */
export function withoutOwnVolume(locator: string | null, volume: unknown): string | null {
  if (locator === null || typeof volume !== 'string') return locator;
  const match = /^(\d+):\s*(\d+(?:\s*[-–]\s*\d+)?)$/.exec(locator);
  return match && match[1] === volume ? match[2] : locator;
}
