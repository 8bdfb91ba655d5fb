import { defineConfig } from 'vitest/config';

/** The interop suite: real clients in several languages, built on demand; not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/interop/**/*.test.ts'],
    // A first build of a Rust or Go client takes minutes on two cores; later runs reuse it.
    testTimeout: 20 * 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One client at a time: each already runs its seven scenarios in parallel.
    fileParallelism: false,
  },
});
