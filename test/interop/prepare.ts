/**
 * Builds one interop client and prints how to run it, as `key=value` lines for `$GITHUB_OUTPUT`: `command`, `cwd`,
 * `label` (`<id>@<version>`). Its extra environment, if any, goes to `$GITHUB_ENV` when that is set. Used by
 * `.github/workflows/sdk-interop.yml`, so the matrix runs each client exactly as `npm run interop` does.
 * Run: `node --import tsx test/interop/prepare.ts <client id>`.
 */
import { appendFileSync } from 'node:fs';
import { interopClients } from './registry.js';
import { ROOT } from './toolchain.js';

const id = process.argv[2];
const clients = await interopClients();
const client = clients.find((entry) => entry.id === id);
if (!client) {
  console.error(`usage: prepare.ts <client id>; known: ${clients.map((entry) => entry.id).join(', ')}`);
  process.exit(2);
}
const prepared = await client.prepare((line) => console.error(`[${client.id}] ${line}`));
if ('skip' in prepared) {
  console.error(`${client.id} cannot run here: ${prepared.skip}`);
  process.exit(1);
}
for (const [key, value] of Object.entries(prepared.env ?? {})) {
  if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `${key}=${value}\n`);
  else console.error(`needs ${key}=${value}`);
}
console.log(`command=${prepared.command}`);
console.log(`cwd=${prepared.cwd ?? ROOT}`);
console.log(`label=${client.id}@${client.version}`);
