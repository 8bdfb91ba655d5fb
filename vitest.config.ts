import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The interop suite builds and runs real clients in several languages: `npm run interop`, not `npm test`.
    exclude: ['test/interop/**', '**/node_modules/**'],
    // Integration tests start real client processes and servers; two cores share them.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
