/**
 * The one module ncc bundles into dist/main.js. The action (dist/index.js) and the CLI (dist/cli/index.js) are
 * two-line stubs that call one of these, so they share one bundle and every module of theirs is in dist/ once. The
 * CLI is main.js itself (its `--version` and `--help` load nothing more); the action loads its own chunks on demand
 * (ncc splits the dynamic import below into chunks, and the mock servers' into chunks both share).
 */
export { runCli } from '../src/cli-main.js';

/** dist/index.js: the action. */
export async function runAction(): Promise<void> {
  const { run } = await import('../src/action/main.js');
  await run();
}
