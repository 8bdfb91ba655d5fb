/**
 * The output directory is made ready before any scenario starts, so that a run never ends with nothing written: an
 * unusable path is one clear error up front. Each missing level is created on its own (`mkdir` with `recursive` can
 * spin forever on some `/proc` paths on Node 20), and a probe file proves the directory takes files.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SettingsError } from './settings.js';

export async function prepareOutputDir(path: string, option: string): Promise<void> {
  const fail = (why: string): never => {
    throw new SettingsError(`Invalid ${option} '${path}': ${why}.`);
  };
  // From the path up to the first level that exists; every step shortens the path, so this ends.
  const missing: string[] = [];
  let existing = path;
  for (;;) {
    const found = await stat(existing).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : fail(reason(error)),
    );
    if (found) {
      if (!found.isDirectory()) fail(`${existing === path ? 'it' : `'${existing}'`} is not a directory`);
      break;
    }
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) fail('no part of it exists');
    existing = parent;
  }
  for (const level of missing) {
    await mkdir(level).catch((error: NodeJS.ErrnoException) =>
      error.code === 'EEXIST' ? undefined : fail(`cannot create '${level}' (${reason(error)})`),
    );
  }
  const probe = join(path, `.sep-2207-probe-${randomBytes(4).toString('hex')}`);
  await writeFile(probe, '').catch((error: NodeJS.ErrnoException) =>
    fail(`cannot write files in it (${reason(error)})`),
  );
  await rm(probe, { force: true });
}

const reason = (error: NodeJS.ErrnoException) => error.code ?? error.message;
