/** Writers by output format (Pandoc's idea: a lookup table). Each lives in its own module. */
import type { Writer } from './types.js';

export const formats = ['html', 'pdf', 'epub'] as const;
export type Format = (typeof formats)[number];

export const writers: Partial<Record<Format, Writer>> = {};
