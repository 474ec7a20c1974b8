/**
 * DAISY Ace, the EPUB accessibility checker, run through its Puppeteer runner against the system's
 * Chromium (Folio never downloads a browser). Ace is a development dependency: `npm run ace`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FolioError } from '../../errors.js';

export interface AceViolation {
  rule: string;
  impact: string;
  document: string;
  description: string;
}

export interface AceResult {
  violations: AceViolation[];
  reportDir: string;
}

const systemChromium = '/usr/bin/chromium';

export async function runAce(epubPath: string, reportDir: string): Promise<AceResult> {
  const cli = resolveAce();
  const env = { ...process.env };
  if (!env.PUPPETEER_EXECUTABLE_PATH && existsSync(systemChromium)) env.PUPPETEER_EXECUTABLE_PATH = systemChromium;
  // Ace gives the browser 5 s to start; a loaded machine's Chromium can take longer.
  env.ACE_TIMEOUT_INITIAL ??= '60000';
  const { code, output } = await run(
    process.execPath,
    [cli, '--silent', '--force', '--outdir', reportDir, epubPath],
    env,
  );
  const reportPath = path.join(reportDir, 'report.json');
  if (code !== 0 || !existsSync(reportPath)) {
    throw new FolioError(`Ace failed (exit ${code}) on ${epubPath}: ${output.trim().split('\n').slice(-3).join(' ')}`);
  }
  const report = JSON.parse(await readFile(reportPath, 'utf8')) as AceReport;
  return { violations: violations(report), reportDir };
}

function resolveAce(): string {
  try {
    return createRequire(import.meta.url).resolve('@daisy/ace/bin/ace-puppeteer.js');
  } catch {
    throw new FolioError(
      'Ace is not installed; run `PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install -D @daisy/ace`',
    );
  }
}

interface AceAssertion {
  'earl:test'?: { 'dct:title'?: string; 'earl:impact'?: string };
  'earl:result'?: { 'earl:outcome'?: string; 'dct:description'?: string };
  'earl:testSubject'?: { url?: string };
  assertions?: AceAssertion[];
}
type AceReport = AceAssertion;

function violations(report: AceReport): AceViolation[] {
  const found: AceViolation[] = [];
  const walk = (assertion: AceAssertion, document: string) => {
    const subject = assertion['earl:testSubject']?.url ?? document;
    if (assertion['earl:result']?.['earl:outcome'] === 'fail' && assertion['earl:test']) {
      found.push({
        rule: assertion['earl:test']['dct:title'] ?? 'unknown',
        impact: assertion['earl:test']['earl:impact'] ?? 'unknown',
        document: subject,
        description: assertion['earl:result']['dct:description'] ?? '',
      });
    }
    for (const child of assertion.assertions ?? []) walk(child, subject);
  };
  walk(report, '');
  return found;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
