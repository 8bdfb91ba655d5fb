/**
 * A fresh home directory per client run, so credentials a client caches in one scenario (mcp-remote keeps tokens
 * in ~/.mcp-auth, others under ~/.config or the XDG dirs) never leak into the next one, or in from the user's own.
 *
 * Toolchains and package caches keep their usual places (when the user has not set them already), so that
 * `npx`, `uvx`, `cargo run` or `go run` still find what is installed instead of downloading it for every scenario.
 * Not isolated: credentials in an OS keychain (Secret Service, macOS Keychain) or in an absolute path.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { removeTempDir, safeTempBase } from './temp-dir.js';

export interface ClientHome {
  readonly dir: string;
  /** HOME, the XDG base directories, Windows-style profile variables, and the kept tool locations. */
  readonly env: Record<string, string>;
  /** Removes the directory (kept when SEP_2207_KEEP_TEMP=1). */
  remove(): Promise<void>;
}

/** Fresh directories, relative to the fresh home. */
const FRESH_DIRS: Record<string, string> = {
  XDG_CONFIG_HOME: '.config',
  XDG_CACHE_HOME: '.cache',
  XDG_DATA_HOME: '.local/share',
  XDG_STATE_HOME: '.local/state',
  APPDATA: 'AppData/Roaming',
  LOCALAPPDATA: 'AppData/Local',
};

/** Where tools look by default, relative to the real home, or to the real XDG cache dir. */
function keptToolLocations(env: NodeJS.ProcessEnv, realHome: string): Record<string, string> {
  const cache = env.XDG_CACHE_HOME || join(realHome, '.cache');
  return {
    npm_config_cache: join(realHome, '.npm'),
    CARGO_HOME: join(realHome, '.cargo'),
    RUSTUP_HOME: join(realHome, '.rustup'),
    GOPATH: join(realHome, 'go'),
    GOCACHE: join(cache, 'go-build'),
    PYTHONUSERBASE: join(realHome, '.local'),
    PIP_CACHE_DIR: join(cache, 'pip'),
    UV_CACHE_DIR: join(cache, 'uv'),
    DENO_DIR: join(cache, 'deno'),
    BUN_INSTALL: join(realHome, '.bun'),
  };
}

export async function createClientHome(baseEnv: NodeJS.ProcessEnv = process.env): Promise<ClientHome> {
  const dir = await mkdtemp(join(safeTempBase(), 'sep-2207-home-'));
  const realHome = baseEnv.HOME || homedir();
  const env: Record<string, string> = { HOME: dir, USERPROFILE: dir };
  for (const [name, relative] of Object.entries(FRESH_DIRS)) env[name] = join(dir, relative);
  await Promise.all(Object.keys(FRESH_DIRS).map((name) => mkdir(env[name] as string, { recursive: true })));
  for (const [name, location] of Object.entries(keptToolLocations(baseEnv, realHome))) {
    if (!baseEnv[name]) env[name] = location;
  }
  return { dir, env, remove: () => removeTempDir(dir) };
}
