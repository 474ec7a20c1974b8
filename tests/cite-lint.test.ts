/**
 * The citation lint's rules, one fixture folder each (`tests/fixtures/cite-lint/RULE/`): a small
 * manuscript of invented notes holding the slip the rule reports (true positives) and the look-alikes
 * it must leave alone (true negatives: prose notes, lead-ins, fair short titles, home pages, …), and
 * `expected.json`, every `folio-cite` message the book gets (line, column, rule, severity, message
 * and the related place given as the message's cause). Also the rule table the README shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { citeBook } from '../src/cite/index.js';
import { citeRuleTable, citeRuleTableMarkdown, citeRules } from '../src/cite/lint.js';
import { readBook } from '../src/read/index.js';
import { repoRoot } from './helpers/corpus.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/cite-lint');

interface Expected {
  line: number;
  column: number;
  ruleId: string;
  severity: 'warning' | 'info';
  message: string;
  cause?: { line: number; column: number; message: string };
}

async function lint(folder: string): Promise<{ messages: Expected[]; raw: VFileMessage[] }> {
  const book = await readBook(path.join(folder, 'book.md'));
  citeBook(book);
  const raw = [...new Set(book.files)].flatMap((file) =>
    file.messages.filter((message) => message.source === 'folio-cite'),
  );
  const messages = raw.map((message) => {
    const cause = message.cause as VFileMessage | undefined;
    return {
      line: message.line!,
      column: message.column!,
      ruleId: message.ruleId!,
      severity: message.fatal === false ? ('warning' as const) : ('info' as const),
      message: message.reason,
      ...(cause ? { cause: { line: cause.line!, column: cause.column!, message: cause.reason } } : {}),
    };
  });
  return { messages, raw };
}

describe('citation lint rules', () => {
  it('has a fixture folder for every rule', () => {
    expect(readdirSync(fixtures).sort()).toEqual(citeRules.map((rule) => rule.id).sort());
  });

  for (const rule of citeRules) {
    const folder = path.join(fixtures, rule.id);
    const expected: Expected[] = existsSync(path.join(folder, 'expected.json'))
      ? JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8'))
      : [];

    it(`${rule.id}: ${expected.map((entry) => `${entry.ruleId} at ${entry.line}:${entry.column}`).join(', ')}`, async () => {
      const { messages, raw } = await lint(folder);
      expect(messages).toEqual(expected);
      // The rule's own slip is found, with its default severity, and only the rule's look-alikes are silent.
      const own = messages.filter((message) => message.ruleId === rule.id);
      expect(own.length).toBeGreaterThan(0);
      for (const message of own) expect(message.severity).toBe(rule.severity);
      for (const message of messages) expect(message.message).toMatch(/^Unexpected .+, expected .+/);
      // A related place is a message of its own, on the book's file.
      for (const message of raw.filter((entry) => entry.cause))
        expect((message.cause as VFileMessage).file).toBe(message.file);
    });
  }

  it('reads prose notes, acronyms, archives (fol., fl., a manuscript), works named before, a `;` in brackets, lead-ins and a bibliography chapter as no slips', async () => {
    const { messages } = await lint(path.join(fixtures, 'short-form-unmatched'));
    const lines = readFileSync(path.join(fixtures, 'short-form-unmatched/book.md'), 'utf8').split('\n');
    const flagged = new Set(messages.map((message) => lines[message.line - 1]));
    for (const quiet of [
      '[^6]: The tides',
      '[^7]: TWI',
      '[^8]: MS 12',
      '[^10]: Nakamura',
      '[^13]: Idris',
      '[^14]: See e.g.',
      '[^18]: Harbour Archive',
      '[^15]: Varga',
      '[^16]: Petrov',
      '[^17]: Varga',
    ]) {
      expect(
        lines.some((line) => line.startsWith(quiet)),
        quiet,
      ).toBe(true);
      expect([...flagged].some((line) => line.startsWith(quiet))).toBe(false);
    }
  });
});

describe('citation rule table', () => {
  it('gives every rule an id, a one-line description and a default severity', () => {
    const table = citeRuleTable();
    expect(new Set(table.map((row) => row.id)).size).toBe(table.length);
    for (const row of table) {
      expect(row.id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(row.description).not.toContain('\n');
      expect(['warning', 'info']).toContain(row.severity);
    }
    expect(table.find((row) => row.id === 'short-form-no-page')?.severity).toBe('info');
  });

  it('is the table the README shows between its cite-rules markers', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /<!-- generated:cite-rules\b[^>]*-->\n([\s\S]*?)\n<!-- \/generated:cite-rules -->/.exec(readme)?.[1];
    expect(block, 'README.md has no cite-rules block').toBeDefined();
    expect(block).toBe(citeRuleTableMarkdown());
  });
});
