import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Calls `onChange` (debounced) when a file of the manuscript changes; the output folder is ignored. */
export function watchManuscript(target: string, onChange: () => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (_event: string, name: string | Buffer | null) => {
    if (name && /(^|[\\/])(output|node_modules|\.git)([\\/]|$)|~$|\.swp$/.test(String(name))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  };
  // A single file is watched through its folder: editors (and sed -i) save by replacing the file,
  // and a watch on the file itself would stay on the replaced one.
  if (statSync(target).isFile()) {
    const name = path.basename(target);
    return watch(path.dirname(target), (event, changed) => {
      if (changed && String(changed) === name) schedule(event, changed);
    });
  }
  return watch(target, { recursive: true }, schedule);
}
