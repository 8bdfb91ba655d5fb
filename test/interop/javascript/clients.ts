/** Published MCP clients from the npm registry, pinned as devDependencies, run exactly as their users run them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shellQuote } from '../../../src/engine/client-process.js';
import { ROOT } from '../toolchain.js';
import type { InteropClient } from '../types.js';

/** The installed version of a devDependency, which must be the one package.json pins. */
export function pinnedVersion(name: string): string {
  const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
    .devDependencies[name];
  if (pinned !== installed.version) throw new Error(`${name}: package.json pins ${pinned}, node_modules has ${installed.version}`);
  return installed.version;
}

const node = shellQuote(process.execPath);

export const clients: InteropClient[] = [
  {
    id: 'mcp-remote',
    name: 'mcp-remote (mcp-remote-client)',
    version: pinnedVersion('mcp-remote'),
    language: 'javascript',
    kind: 'published',
    homepage: 'https://www.npmjs.com/package/mcp-remote',
    // It opens the browser for consent with the `open` package (xdg-open here): only the consent shim gets it through.
    prepare: async () => ({ command: `${node} node_modules/mcp-remote/dist/client.js` }),
    notes: {},
  },
];
