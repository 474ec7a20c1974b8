/** A division's role from its title, when the manuscript does not name it (the roles themselves: src/roles.ts). */
import type { DivisionRole } from '../roles.js';

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
