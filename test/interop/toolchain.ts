/** Small helpers the clients' `prepare` steps share: run a build command, find a toolchain, cache by content hash. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const INTEROP = join(ROOT, 'test/interop');

/** The first of `names` on PATH that answers `--version` (or `version`), or null. */
export function findTool(names: string[], versionArgs: string[] = ['--version']): string | null {
  for (const name of names) {
    const probe = spawnSync(name, versionArgs, { stdio: 'ignore' });
    if (probe.status === 0) return name;
  }
  return null;
}

/** Runs a build step, streaming nothing; throws with the step's last output when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited ${code} in ${options.cwd}:\n${output}`)),
    );
  });
}

/** A hash of the files a build depends on: a build is redone only when one of them changed. */
export function contentHash(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Runs `build` unless `stamp` records the same hash and `output` exists; then records the hash. */
export async function cached(
  stamp: string,
  hash: string,
  output: string,
  build: () => Promise<void>,
): Promise<boolean> {
  if (existsSync(output) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  await build();
  writeFileSync(stamp, hash);
  return true;
}
