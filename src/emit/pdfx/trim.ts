/** A trim size (`pdf.trim`) in points, from the page geometry's CSS lengths. */
import { pageGeometries, type Trim } from '../pdf/page-setup.js';

const pointsPer: Record<string, number> = { in: 72, mm: 72 / 25.4, cm: 72 / 2.54, pt: 1 };

export function cssPoints(length: string): number {
  const match = /^(\d*\.?\d+)(in|mm|cm|pt)$/.exec(length.trim());
  if (!match) throw new Error(`unexpected CSS length ${length}`);
  return Number(match[1]) * pointsPer[match[2]];
}

export function trimPoints(trim: Trim): { width: number; height: number } {
  const geometry = pageGeometries[trim];
  return { width: cssPoints(geometry.width), height: cssPoints(geometry.height) };
}
