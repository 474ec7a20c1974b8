/**
 * Runs a command and measures its wall time and the peak memory (PSS) of its whole process tree
 * (Chromium's processes included), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  seconds: number;
  peakBytes: number;
  exitCode: number | null;
  /** What the command printed on stderr (its `--debug` stage lines, for bench/stages.ts). */
  stderr?: string;
}

export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Measurement> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-1_000_000);
  });
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
  }, 50);
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  clearTimeout(timeout);
  const seconds = (performance.now() - started) / 1000;
  if (exitCode !== 0)
    process.stderr.write(`  (${command} ${args.join(' ')} exited ${exitCode})\n${stderr.slice(-4000)}\n`);
  return { seconds, peakBytes, exitCode, stderr };
}

/**
 * Memory of `pid` and all its descendants: the sum of their proportional set sizes (PSS), so the
 * pages Chromium's processes share (its binary, the zygote's copy-on-write memory) count once
 * rather than once per process as a sum of resident sizes would.
 */
export function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += proportionalSetSize(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function proportionalSetSize(pid: number): number {
  try {
    const kib = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return Number(kib ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
