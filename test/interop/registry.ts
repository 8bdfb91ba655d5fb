/**
 * Every interop client: each language folder's `clients.ts` exports `clients`. Found on disk, so a language's folder
 * is all it takes to add one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INTEROP } from './toolchain.js';
import type { ExpectedStatuses, InteropClient } from './types.js';

/** Languages in the order the README lists them. */
const LANGUAGE_ORDER = ['javascript', 'typescript', 'python', 'go', 'rust'];

export async function interopClients(): Promise<InteropClient[]> {
  const folders = readdirSync(INTEROP, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(INTEROP, entry.name, 'clients.ts')))
    .map((entry) => entry.name)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const modules = await Promise.all(
    folders.map(
      (folder) =>
        import(pathToFileURL(join(INTEROP, folder, 'clients.ts')).href) as Promise<{ clients: InteropClient[] }>,
    ),
  );
  return modules.flatMap((module) => module.clients);
}

const rank = (language: string) => LANGUAGE_ORDER.indexOf(language) + 1 || LANGUAGE_ORDER.length + 1;

export const expectedPath = (id: string) => join(INTEROP, 'expected', `${id}.json`);

export function readExpected(id: string): ExpectedStatuses | null {
  const path = expectedPath(id);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ExpectedStatuses) : null;
}
