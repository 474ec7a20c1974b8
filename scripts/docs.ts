/**
 * `npm run docs`: writes the README's generated tables (the `folio.yaml` keys from the config
 * schema, the check rules and the citation rules from the rules' own metadata) between their marker comments.
 * tests/readme.test.ts fails when the README is out of step with them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rules } from '../src/check/index.js';
import { ruleTable } from '../src/check/rule.js';
import { citeRuleTableMarkdown } from '../src/cite/lint.js';
import { configTable } from '../src/config/docs.js';

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

/** Each generated table, by the name its markers carry. */
export function generatedTables(): Record<string, string> {
  return {
    config: configTable(),
    'check-rules':
      `${ruleTable(rules)}\n| the citation rules | warning, info |` +
      ' citation lint: see [Citation warnings](#citation-warnings) |',
    'cite-rules': citeRuleTableMarkdown(),
  };
}

/** The README with every table between `<!-- generated:NAME … -->` and `<!-- /generated:NAME -->` rewritten. */
export function withTables(readme: string): string {
  let text = readme;
  for (const [name, table] of Object.entries(generatedTables())) {
    const start = new RegExp(`<!-- generated:${name}\\b[^>]*-->\\n`).exec(text);
    const end = text.indexOf(`<!-- /generated:${name} -->`);
    if (!start || end < start.index)
      throw new Error(`README.md lacks the markers <!-- generated:${name} --> … <!-- /generated:${name} -->`);
    text = `${text.slice(0, start.index + start[0].length)}${table}\n${text.slice(end)}`;
  }
  return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(readmePath, 'utf8');
  const after = withTables(before);
  if (after !== before) writeFileSync(readmePath, after);
  process.stdout.write(after === before ? 'README.md tables already up to date\n' : 'README.md tables rewritten\n');
}
