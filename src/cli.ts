/** The CLI's entry (`node --import tsx src/cli.ts …`; dist/cli/index.js calls the same runCli). */
import { runCli } from './cli-main.js';

await runCli();
