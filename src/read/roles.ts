import type { DivisionRole } from '../config/schema.js';

const roleByTitle: Array<[RegExp, DivisionRole]> = [
  [/^acknowledge?ments?\b/i, 'acknowledgements'],
  [/^author[’']?s[’']? note\b/i, 'authors-note'],
  [/^(a )?note (on|to) the (text|reader)\b/i, 'authors-note'],
  [/^preface\b/i, 'preface'],
  [/^foreword\b/i, 'foreword'],
  [/^dedication\b/i, 'dedication'],
  [/^epigraph\b/i, 'epigraph'],
  [/^introduction\b/i, 'introduction'],
  [/^(conclusions?|epilogue)\b/i, 'conclusion'],
  [/^afterword\b/i, 'afterword'],
  [/^appendix\b/i, 'appendix'],
  [/^(bibliography|references|works cited|sources)$/i, 'bibliography'],
];

export function roleFromTitle(title: string): DivisionRole {
  for (const [pattern, role] of roleByTitle) if (pattern.test(title.trim())) return role;
  return 'chapter';
}

const frontRoles = new Set<DivisionRole>([
  'halftitle', 'titlepage', 'copyright', 'toc', 'dedication', 'epigraph', 'acknowledgements', 'foreword', 'preface', 'authors-note',
]);
const bodyRoles = new Set<DivisionRole>(['introduction', 'chapter', 'conclusion', 'part']);

export const isFrontRole = (role: DivisionRole): boolean => frontRoles.has(role);
export const isBodyRole = (role: DivisionRole): boolean => bodyRoles.has(role);

/** Roles whose divisions print no title of their own. */
export const untitledRoles = new Set<DivisionRole>(['dedication', 'epigraph', 'halftitle', 'titlepage', 'copyright']);

/** Headings that name these roles ("Dedication") are labels, not text, and are not printed. */
export const roleLabels: Partial<Record<DivisionRole, string>> = {
  dedication: 'Dedication',
  epigraph: 'Epigraph',
};
