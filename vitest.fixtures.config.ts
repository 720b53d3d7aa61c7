import { defineConfig } from 'vitest/config';

// Real `astro build` runs, one per bad-content case: slow, so kept apart from the unit tests.
export default defineConfig({
  test: { include: ['tests/fixtures/**/*.test.ts'], environment: 'node', testTimeout: 180_000, fileParallelism: false },
});
