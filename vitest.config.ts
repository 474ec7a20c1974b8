import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real Chromium renders and EPUBCheck runs take seconds each; the machine has 2 cores.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // (tests/setup/event-loop-turn.ts: the worker answers the runner between long synchronous tests.)
    setupFiles: ['tests/setup/event-loop-turn.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
