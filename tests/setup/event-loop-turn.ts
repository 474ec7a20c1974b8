/**
 * A turn of the event loop after every test. Many suites here are long and synchronous (the CSL round trip, the
 * corpus books' citations), and vitest's worker answers the runner's calls only when its event loop turns: a worker
 * silent for 60 s fails a run whose tests all passed ("[vitest-worker]: Timeout calling "onTaskUpdate"", met on a
 * slow machine when a file's synchronous tests ran past a minute back to back).
 */
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
