import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real client processes and servers; two cores share them.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
