/** The temporary directories of a client run (fresh HOME, consent shim, pipes): where they go, how they go away. */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

/** Set to `1` to keep the temporary directories of client runs (and the consent shim's log) for debugging. */
export const KEEP_TEMP_ENV = 'SEP_2207_KEEP_TEMP';

/** BROWSER and PATH entries are split on `:` and, by xdg-open and Python's webbrowser, on spaces. */
export function safeTempBase(): string {
  const base = tmpdir();
  return /^[\w./-]+$/.test(base) ? base : '/tmp';
}

export async function removeTempDir(dir: string): Promise<void> {
  if (process.env[KEEP_TEMP_ENV] === '1') return;
  await rm(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
