/**
 * The one module ncc bundles into dist/main.js. The action (dist/index.js), the CLI (dist/cli/index.js) and the
 * reference client (dist/reference-client/index.js) are two-line stubs that call one of these, so they share one
 * bundle and every module is in dist/ once. The CLI is main.js itself (its `--version` and `--help` load nothing
 * more); the action and the reference client load their own chunks on demand (ncc splits the dynamic imports below
 * into chunks, shared where the programs meet).
 */
export { runCli } from '../src/cli-main.js';

/** dist/index.js: the action. */
export async function runAction(): Promise<void> {
  const { run } = await import('../src/action/main.js');
  await run();
}

/**
 * dist/reference-client/index.js: the reference client `npm start` runs in every scenario. It loads main.js (the
 * CLI's code) too, about 30 ms per start: the price of one copy of the MCP SDK in dist/.
 */
export async function runReferenceClient(): Promise<void> {
  const { main } = await import('../examples/clients/reference-client.js');
  await main();
}
