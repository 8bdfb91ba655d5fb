/**
 * The one module ncc bundles into dist/main.js. Each program in dist/ is a two-line stub that calls one of these, so
 * the action, the CLI and the reference client share one bundle: every module is in dist/ once, and each program
 * loads only its own chunks (the dynamic imports below are split by ncc into chunks shared where the programs meet).
 */

/** dist/index.js: the action (src/index.ts runs it when loaded). */
export async function runAction(): Promise<void> {
  await import('../src/index.js');
}

/** dist/cli/index.js: the CLI (src/cli.ts runs it when loaded, with process.argv). */
export async function runCli(): Promise<void> {
  await import('../src/cli.js');
}

/** dist/reference-client/index.js: the reference client `npm start` runs in every scenario. */
export async function runReferenceClient(): Promise<void> {
  const { main } = await import('../examples/clients/reference-client.js');
  await main();
}
