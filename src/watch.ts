import { watch, type FSWatcher } from 'node:fs';

/** Calls `onChange` (debounced) when a file of the manuscript changes; the output folder is ignored. */
export function watchManuscript(target: string, onChange: () => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (_event: string, name: string | Buffer | null) => {
    if (name && /(^|[\\/])(output|node_modules|\.git)([\\/]|$)|~$|\.swp$/.test(String(name))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  };
  return watch(target, { recursive: true }, schedule);
}
