/**
 * What a check rule is, and the one way a rule words a problem: "Unexpected X, expected Y", with the
 * rule's id and severity, and any other place it refers to (a duplicate's first definition) as the
 * message's `cause`, as unified's lint rules do.
 */
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Book } from '../book.js';
import type { NotesIndex } from './notes-index.js';
import type { Problem, ProblemCause } from './report.js';

/** A check rule: looks at the book and returns problems; never changes the book. */
export interface Rule {
  id: string;
  /** One line for the README's rule table. */
  description: string;
  /** How bad its problems are: errors stop a build, warnings do not. */
  severity: 'error' | 'warning';
  /** Rules that only make sense for word-processor exports. */
  dialect?: 'export';
  check(book: Book, notes: NotesIndex): Problem[];
}

export interface ProblemWords {
  /** What was found, after "Unexpected". */
  unexpected: string;
  /** What should be there, after "expected". */
  expected: string;
  /** What to do about it. */
  hint?: string;
  /** Another place the problem refers to, with what is there (`first note text a`). */
  related?: { reason: string; place: Position | Point | undefined; file?: VFile };
}

/** A problem of `rule` at `node` in `file`, in the house wording. */
export function problem(rule: Rule, file: VFile, node: Node | undefined, words: ProblemWords): Problem {
  const { related } = words;
  const cause: ProblemCause | undefined = related?.place
    ? { reason: related.reason, place: related.place, file: related.file ?? file }
    : undefined;
  return {
    file,
    node,
    ruleId: rule.id,
    severity: rule.severity,
    reason: `Unexpected ${words.unexpected}, expected ${words.expected}`,
    ...(words.hint ? { hint: words.hint } : {}),
    ...(cause ? { cause } : {}),
  };
}

/** The README's rule table: each rule's id, severity and what it finds, from the rules themselves. */
export function ruleTable(rules: Array<Pick<Rule, 'id' | 'description' | 'severity' | 'dialect'>>): string {
  const rows = rules.map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.severity} |` +
      ` ${rule.dialect ? `${rule.dialect}: ` : ''}${rule.description.replace(/\|/g, '\\|')}` +
      ` |`,
  );
  return ['| rule | severity | finds |', '| --- | --- | --- |', ...rows].join('\n');
}
