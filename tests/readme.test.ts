/**
 * The README's generated tables (the `folio.yaml` keys, the check rules) are what the schema and
 * the rules say today: run `npm run docs` after changing either, or this fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/check/index.js';
import { citeRuleTable } from '../src/cite/lint.js';
import { configSchema } from '../src/config/schema.js';
import { generatedTables, readmePath, withTables } from '../scripts/docs.js';

const readme = readFileSync(readmePath, 'utf8');

describe('README tables (npm run docs)', () => {
  it('are in step with the schema and the rules', () => {
    expect(withTables(readme)).toBe(readme);
  });

  it('name exactly the rules that exist: the check rules and the ids the citation lint reports', () => {
    const tables = generatedTables();
    const named = [...`${tables['check-rules']}\n${tables['cite-rules']}`.matchAll(/^\| `([a-z-]+)` \|/gm)].map(
      (match) => match[1],
    );
    expect(named).toEqual([...rules.map((rule) => rule.id), ...citeRuleTable().map((rule) => rule.id)]);
    expect(named).not.toContain('repeated-full-citation');
    for (const rule of rules) expect(['error', 'warning']).toContain(rule.severity);
  });

  it('give every folio.yaml key a row, nested keys by their path', () => {
    const table = generatedTables().config;
    for (const key of Object.keys(configSchema.shape)) expect(table).toContain(`| \`${key}`);
    expect(table).toContain('| `pdf.workers` | `auto` | `--workers` |');
    expect(table).toContain('| `cover.paper` | `white` |  |');
  });
});
