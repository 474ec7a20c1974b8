// `npm run score:outside`: the resolver scored on outside books (tests/outside/books.score.ts), apart from `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/outside/*.score.ts'],
    testTimeout: 300_000,
  },
});
