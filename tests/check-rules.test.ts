/**
 * One failing fixture per footnote-integrity rule (tests/fixtures/check-<case>/input.md, invented
 * text): `folio check --format json`, run in-process, must report exactly one rule's message at
 * the exact line and column, and exit 1 (0 for warnings only). Also the text and github formats.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBook, rules } from '../src/check/index.js';
import { formatCheck } from '../src/check/format.js';
import { readBook } from '../src/read/index.js';
import { run } from './helpers/cli.js';
import { repoRoot } from './helpers/corpus.js';

const fixtures = path.join(repoRoot, 'tests/fixtures');

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

interface Case {
  fixture: string;
  dialect: 'clean' | 'export';
  code: number;
  summary: { chapters: number; notes: number; errors: number; warnings: number };
  /** `cause`: the other place a message refers to (a duplicate's first definition). */
  messages: Array<{
    line: number;
    column: number;
    severity: 'error' | 'warning';
    ruleId: string;
    message: string;
    cause?: { file: string; line: number; column: number; message: string };
  }>;
}

const cases: Case[] = [
  {
    fixture: 'check-missing-text',
    dialect: 'export',
    code: 1,
    summary: { chapters: 1, notes: 2, errors: 1, warnings: 0 },
    messages: [
      {
        line: 3,
        column: 57,
        severity: 'error',
        ruleId: 'note-missing-text',
        message: 'Unexpected call of note 3 with no note text, expected a note text for it',
      },
    ],
  },
  {
    // GFM leaves `[^b]` without a definition as plain text; the rule still finds it.
    fixture: 'check-missing-text-clean',
    dialect: 'clean',
    code: 1,
    summary: { chapters: 1, notes: 1, errors: 1, warnings: 0 },
    messages: [
      {
        line: 7,
        column: 28,
        severity: 'error',
        ruleId: 'note-missing-text',
        message: 'Unexpected call of note b with no note text, expected a note text for it',
      },
    ],
  },
  {
    fixture: 'check-missing-call',
    dialect: 'clean',
    code: 1,
    summary: { chapters: 1, notes: 2, errors: 1, warnings: 0 },
    messages: [
      {
        line: 11,
        column: 1,
        severity: 'error',
        ruleId: 'note-missing-call',
        message: 'Unexpected note text b that is never called, expected a call in the text',
      },
    ],
  },
  {
    fixture: 'check-duplicate',
    dialect: 'clean',
    code: 1,
    summary: { chapters: 1, notes: 1, errors: 1, warnings: 0 },
    messages: [
      {
        line: 11,
        column: 1,
        severity: 'error',
        ruleId: 'note-duplicate',
        message: 'Unexpected second note text a (first on line 9), expected each note once',
        cause: { file: 'input.md', line: 9, column: 1, message: 'First note text a' },
      },
    ],
  },
  {
    fixture: 'check-duplicate-call',
    dialect: 'export',
    code: 1,
    summary: { chapters: 1, notes: 2, errors: 1, warnings: 0 },
    messages: [
      {
        line: 3,
        column: 28,
        severity: 'error',
        ruleId: 'note-duplicate',
        message: 'Unexpected second call of note 1 (first on line 3), expected each number called once',
        cause: { file: 'input.md', line: 3, column: 9, message: 'First call of note 1' },
      },
    ],
  },
  {
    fixture: 'check-sequence',
    dialect: 'export',
    code: 1,
    summary: { chapters: 1, notes: 2, errors: 2, warnings: 0 },
    messages: [
      {
        line: 3,
        column: 30,
        severity: 'error',
        ruleId: 'note-sequence',
        message: 'Unexpected call number 3, expected 2',
      },
      {
        line: 9,
        column: 1,
        severity: 'error',
        ruleId: 'note-sequence',
        message: 'Unexpected note text number 3, expected 2',
      },
    ],
  },
  {
    fixture: 'check-empty',
    dialect: 'export',
    code: 1,
    summary: { chapters: 1, notes: 2, errors: 1, warnings: 0 },
    messages: [
      {
        line: 9,
        column: 1,
        severity: 'error',
        ruleId: 'note-empty',
        message: 'Unexpected empty note 2, expected note text',
      },
    ],
  },
  {
    fixture: 'check-empty-clean',
    dialect: 'clean',
    code: 1,
    summary: { chapters: 1, notes: 1, errors: 1, warnings: 0 },
    messages: [
      {
        line: 5,
        column: 1,
        severity: 'error',
        ruleId: 'note-empty',
        message: 'Unexpected empty note a, expected note text',
      },
    ],
  },
  {
    fixture: 'check-in-heading',
    dialect: 'clean',
    code: 1,
    summary: { chapters: 1, notes: 1, errors: 1, warnings: 0 },
    messages: [
      {
        line: 7,
        column: 13,
        severity: 'error',
        ruleId: 'note-in-heading',
        message:
          "Unexpected call of note a in a section heading, expected calls in running text or on the chapter's title",
      },
    ],
  },
  {
    fixture: 'check-title-note',
    dialect: 'clean',
    code: 0,
    summary: { chapters: 1, notes: 2, errors: 0, warnings: 0 },
    messages: [],
  },
  {
    fixture: 'check-continued',
    dialect: 'clean',
    code: 0,
    summary: { chapters: 1, notes: 1, errors: 0, warnings: 1 },
    messages: [
      {
        line: 7,
        column: 1,
        severity: 'warning',
        ruleId: 'note-continued',
        message:
          'Unexpected block quote at the margin right after note text 1, expected it indented four spaces to continue the note',
        cause: { file: 'input.md', line: 5, column: 1, message: 'Note text 1, which the quotation does not continue' },
      },
    ],
  },
  {
    fixture: 'check-unrecognised',
    dialect: 'clean',
    code: 0,
    summary: { chapters: 1, notes: 0, errors: 0, warnings: 1 },
    messages: [
      {
        line: 3,
        column: 15,
        severity: 'warning',
        ruleId: 'note-unrecognised',
        message:
          'Unexpected 4 note-like numbers left in the text (first `<sup>1</sup>`), expected them read as notes; read as clean Markdown (1 note-like line after page breaks, but not a run of called, rising note numbers)',
      },
    ],
  },
  {
    // Mass numbers before an element's symbol, consecutive as they are, are not note calls.
    fixture: 'check-unrecognised-isotopes',
    dialect: 'clean',
    code: 0,
    summary: { chapters: 1, notes: 1, errors: 0, warnings: 0 },
    messages: [],
  },
  {
    // A warning: reported, but the check passes.
    fixture: 'check-page',
    dialect: 'export',
    code: 0,
    summary: { chapters: 1, notes: 2, errors: 0, warnings: 1 },
    messages: [
      {
        line: 15,
        column: 1,
        severity: 'warning',
        ruleId: 'note-page',
        message: 'Unexpected note 1 on page 4, expected page 1 (its call’s) or 2',
        cause: { file: 'input.md', line: 3, column: 9, message: 'Call of note 1, on page 1' },
      },
    ],
  },
  {
    fixture: 'check-asset-outside',
    dialect: 'clean',
    code: 1,
    summary: { chapters: 1, notes: 0, errors: 1, warnings: 0 },
    messages: [
      {
        line: 9,
        column: 1,
        severity: 'error',
        ruleId: 'asset-outside-book',
        message: "Unexpected image `/etc/passwd` outside the book's folder, expected a file inside it",
      },
    ],
  },
  {
    // A DOI pasted after `http://`: no URL parser reads it; a well-formed autolink beside it is fine.
    fixture: 'check-link-malformed',
    dialect: 'clean',
    code: 0,
    summary: { chapters: 1, notes: 1, errors: 0, warnings: 1 },
    messages: [
      {
        line: 9,
        column: 72,
        severity: 'warning',
        ruleId: 'link-malformed',
        message:
          'Unexpected web address `http://doi:10.5555/hr.2001.45` that no URL parser reads, expected `https://doi.org/10.5555/hr.2001.45` for a DOI',
      },
    ],
  },
];

describe('check rules: one failing fixture each (folio check --format json)', () => {
  it('covers every rule', () => {
    const covered = new Set(cases.flatMap(({ messages }) => messages.map(({ ruleId }) => ruleId)));
    expect([...covered].sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  for (const { fixture, dialect, code, summary, messages } of cases) {
    it(`${fixture}: ${messages.map(({ ruleId }) => ruleId).join(', ')} at ${messages.map(({ line, column }) => `${line}:${column}`).join(', ')}`, async () => {
      const folder = path.join(fixtures, fixture);
      const expected = messages.map((message) => ({ file: 'input.md', ...message }));
      // The footnote checks alone: exactly these messages.
      const book = await readBook('input.md', { cwd: folder });
      expect(book.dialect).toBe(dialect);
      const checked = checkBook(book);
      expect(checked).toEqual(summary);
      expect(JSON.parse(formatCheck('json', book.files, checked, folder))).toEqual({ summary, messages: expected });
      // The command (which also lints citations; the fixtures' notes are prose, not citations).
      const result = await run(['check', 'input.md', '--format', 'json'], folder);
      expect(result.stderr).toBe('');
      const printed = JSON.parse(result.stdout) as { summary: typeof summary; messages: typeof expected };
      expect(printed.messages.filter(({ ruleId }) => rules.some((rule) => rule.id === ruleId))).toEqual(expected);
      expect(printed.summary.errors).toBe(summary.errors);
      expect(printed).toEqual({ summary, messages: expected });
      expect(result.code).toBe(code);
    });
  }

  it('reads escaped brackets `\\[^sic\\]` as text, not as calls (check-escaped-brackets)', async () => {
    const folder = path.join(fixtures, 'check-escaped-brackets');
    const result = await run(['check', 'input.md', '--format', 'json'], folder);
    const { summary, messages } = JSON.parse(result.stdout) as {
      summary: { notes: number; errors: number };
      messages: Array<{ ruleId: string }>;
    };
    expect(summary).toMatchObject({ notes: 1, errors: 0 });
    expect(messages.filter(({ ruleId }) => ruleId.startsWith('note-'))).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('passes a manuscript with sound notes: exit 0, no messages', async () => {
    const folder = path.join(fixtures, 'check-ok');
    const result = await run(['check', 'input.md', '--format', 'json'], folder);
    expect(JSON.parse(result.stdout)).toEqual({
      summary: { chapters: 1, notes: 1, errors: 0, warnings: 0 },
      messages: [],
    });
    expect(result.code).toBe(0);
    const text = await run(['check', 'input.md'], folder);
    expect(text.stdout).toBe('1 chapters, 1 notes: 0 errors, 0 warnings\n');
    expect(text.code).toBe(0);
  });
});

describe('check messages are vfile messages (readBook + checkBook)', () => {
  it('carries ruleId, source, fatal, place and hint', async () => {
    const folder = path.join(fixtures, 'check-missing-text');
    const book = await readBook('input.md', { cwd: folder });
    const summary = checkBook(book);
    expect(summary).toEqual({ chapters: 1, notes: 2, errors: 1, warnings: 0 });
    const [message, ...rest] = book.files[0].messages;
    expect(rest).toEqual([]);
    expect({
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      fatal: message.fatal,
      line: message.line,
      column: message.column,
      place: message.place,
      note: message.note,
    }).toEqual({
      reason: 'Unexpected call of note 3 with no note text, expected a note text for it',
      ruleId: 'note-missing-text',
      source: 'folio-check',
      fatal: true,
      line: 3,
      column: 57,
      // The whole `<sup>2</sup>`.
      place: { start: { line: 3, column: 57, offset: 71 }, end: { line: 3, column: 69, offset: 83 } },
      note: 'Add the note text, or remove the call.',
    });
    expect(formatCheck('json', book.files, summary, folder)).toBe(
      `${JSON.stringify(
        {
          summary: { chapters: 1, notes: 2, errors: 1, warnings: 0 },
          messages: [
            {
              file: 'input.md',
              line: 3,
              column: 57,
              severity: 'error',
              ruleId: 'note-missing-text',
              message: 'Unexpected call of note 3 with no note text, expected a note text for it',
            },
          ],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('a warning is not fatal', async () => {
    const book = await readBook('input.md', { cwd: path.join(fixtures, 'check-page') });
    checkBook(book);
    expect(book.files[0].messages.map((message) => [message.ruleId, message.fatal, message.note])).toEqual([
      [
        'note-page',
        false,
        'The note text may have been moved with the wrong page; check that it belongs to this call.',
      ],
    ]);
  });

  it('runs export-only rules on exports only', () => {
    expect(
      rules
        .filter((rule) => rule.dialect === 'export')
        .map((rule) => rule.id)
        .sort(),
    ).toEqual(['note-page', 'note-sequence']);
  });
});

describe('check output formats', () => {
  const folder = path.join(fixtures, 'check-missing-text');

  it('--format github prints one workflow command per message and the summary', async () => {
    const result = await run(['check', 'input.md', '--format', 'github'], folder);
    expect(result.stdout).toBe(
      '::error file=input.md,line=3,col=57,title=note-missing-text::Unexpected call of note 3 with no note text, expected a note text for it\n' +
        '1 chapters, 2 notes: 1 error, 0 warnings\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('--format github marks warnings as warnings', async () => {
    const result = await run(['check', 'input.md', '-f', 'github'], path.join(fixtures, 'check-page'));
    expect(result.stdout).toBe(
      '::warning file=input.md,line=15,col=1,title=note-page::Unexpected note 1 on page 4, expected page 1 (its call’s) or 2\n' +
        '1 chapters, 2 notes: 0 errors, 1 warning\n',
    );
    expect(result.code).toBe(0);
  });

  it('--format text (the default) prints the file, range, severity, message, rule, source, hint and summary', async () => {
    const result = await run(['check', 'input.md'], folder);
    expect(stripAnsi(result.stdout)).toBe(
      [
        'input.md',
        '3:57-3:69 error Unexpected call of note 3 with no note text, expected a note text for it note-missing-text folio-check',
        '  [note]:',
        '    Add the note text, or remove the call.',
        '',
        '✖ 1 error',
        '1 chapters, 2 notes: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });

  it('names files relative to the working directory in every format', async () => {
    const text = await run(['check', 'tests/fixtures/check-missing-text/input.md'], repoRoot);
    expect(stripAnsi(text.stdout).split('\n')[0]).toBe('tests/fixtures/check-missing-text/input.md');
    const github = await run(['check', 'tests/fixtures/check-missing-text/input.md', '--format', 'github'], repoRoot);
    expect(github.stdout.split('\n')[0]).toMatch(
      /^::error file=tests\/fixtures\/check-missing-text\/input\.md,line=3,col=57,/,
    );
  });

  it('refuses an unknown format with exit 2', async () => {
    const result = await run(['check', 'input.md', '--format', 'xml'], folder);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('folio check: Unexpected --format `xml`, expected one of text, json, github\n');
    expect(result.code).toBe(2);
  });
});
