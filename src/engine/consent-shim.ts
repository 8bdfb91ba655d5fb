/**
 * The headless consent shim: stands in for the browser that published MCP clients open for consent, so they run
 * unmodified in CI. Per client run it makes a temporary directory of executables named like the usual openers
 * (`xdg-open`, `open`, `sensible-browser`, ...), to go first on the client's PATH, with `BROWSER` pointing at one.
 *
 * What a stand-in does with a URL, as a browser would: GET it without following redirects, then follow the
 * `Location` (the mock `/authorize` approves at once with a 302 to the client's loopback callback), retrying while
 * nothing listens there yet, since many clients open their callback listener late. It only ever connects to
 * loopback: any other host is refused, before any request, with a line on stderr and a non-zero exit.
 *
 * It returns at once: the opener checks the URL, starts a worker process that does the requests, and exits 0.
 * Openers are often awaited (Python's `webbrowser` waits for `$BROWSER`; `open(url, {wait: true})`), and a client
 * that starts its callback listener only after the opener returns would otherwise stall against its own browser.
 * The worker stays in the opener's process group, so the harness's timeout kills it with the client; openers
 * spawned detached (the `open` package does that) escape the group, so the worker also has its own deadline and
 * stops as soon as the run's directory is removed.
 *
 * The program (consent-shim-program.ts) is written into the directory at run time from its compiled source and run
 * by the Node.js that runs this tool (`process.execPath`): it needs neither this repository's node_modules nor
 * `node` on PATH, so it works from the bundle in dist/ too. It logs what it did (codes redacted, no tokens) to
 * `consent-shim.log` in the directory.
 */
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { ConsentShimProgram } from './consent-shim-program.js';
import { shellQuote } from './shell.js';
import { removeTempDir, safeTempBase } from './temp-dir.js';

/** Names clients (and the libraries they use) look up on PATH to open a browser. */
export const OPENER_NAMES = ['xdg-open', 'open', 'sensible-browser', 'x-www-browser', 'www-browser'] as const;
export const CONSENT_SHIM_LOG = 'consent-shim.log';
/** The program the stand-ins run, in the shim's directory. */
export const CONSENT_SHIM_PROGRAM = 'consent-shim.mjs';
/** The first argument that makes the program the worker, with the URL to open as the second. */
export const CONSENT_SHIM_WORKER_FLAG = '--sep-2207-consent-worker';
/** Upper bound on how long a worker keeps trying, whatever the scenario timeout. */
const MAX_DEADLINE_MS = 60_000;

export interface ConsentShimOptions {
  /** The PATH the client would otherwise get; the stand-ins go in front of it. */
  basePath?: string;
  /** How long a worker may keep trying to deliver (the scenario timeout is a good value). Capped at 60 s. */
  deadlineMs?: number;
}

export interface ConsentShim {
  /** The directory holding the stand-ins, the program and the log. */
  readonly dir: string;
  /**
   * Environment to merge over the client's: PATH (stand-ins first), BROWSER, and desktop hints blanked so that
   * `xdg-open` takes its generic path (which honours BROWSER) instead of a desktop's own opener and real browser.
   */
  readonly env: Record<string, string>;
  readonly logFile: string;
  /** The log so far ('' when nothing was opened). */
  readLog(): Promise<string>;
  /** Removes the directory; a worker still running notices and stops. Kept when SEP_2207_KEEP_TEMP=1. */
  remove(): Promise<void>;
}

export async function createConsentShim(options: ConsentShimOptions = {}): Promise<ConsentShim> {
  const dir = await mkdtemp(join(safeTempBase(), 'sep-2207-consent-'));
  const program = join(dir, CONSENT_SHIM_PROGRAM);
  const deadlineMs = Math.min(Math.max(options.deadlineMs ?? 20_000, 1_000), MAX_DEADLINE_MS);
  // One wrapper, under every name; it passes its own name on so the log says which one the client ran.
  // NODE_OPTIONS is the client's business (it may load a loader from its own cwd), never the stand-in's.
  const node = shellQuote(process.execPath);
  const wrapper = `#!/bin/sh\nunset NODE_OPTIONS\nexec ${node} ${shellQuote(program)} "$0" "$@"\n`;
  // Written at once, not one after another: this runs before every scenario, and waits add up on a busy machine.
  await Promise.all([
    writeFile(program, consentShimProgramSource(deadlineMs), { mode: 0o644 }),
    ...OPENER_NAMES.map(async (name) => {
      const file = join(dir, name);
      await writeFile(file, wrapper);
      await chmod(file, 0o755);
    }),
  ]);
  const basePath = options.basePath ?? process.env.PATH ?? '';
  const logFile = join(dir, CONSENT_SHIM_LOG);
  return {
    dir,
    logFile,
    env: {
      PATH: basePath === '' ? dir : `${dir}${delimiter}${basePath}`,
      BROWSER: join(dir, 'www-browser'),
      // xdg-open: `X-Generic` selects its generic opener, which tries BROWSER; with a display it would first ask
      // the desktop's URL handler (a real browser on a developer's machine).
      XDG_CURRENT_DESKTOP: 'X-Generic',
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
    },
    readLog: () => readFile(logFile, 'utf8').catch(() => ''),
    remove: () => removeTempDir(dir),
  };
}

/**
 * The stand-in program's file: an ES module that imports what ConsentShimProgram needs from Node.js, defines the
 * class from its own source text, and runs it on its arguments
 * (`node consent-shim.mjs <name it was called by> <arguments...>`, or the worker flag and the URL).
 */
export function consentShimProgramSource(deadlineMs: number): string {
  const settings = { logName: CONSENT_SHIM_LOG, workerFlag: CONSENT_SHIM_WORKER_FLAG, deadlineMs };
  return `// sep-2207-action headless consent shim (see src/engine/consent-shim-program.ts). Generated; safe to delete.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Compilers that keep function names (esbuild, under tsx and Vitest) may call this helper inside the class.
const __name = (target) => target;
const ConsentShimProgram = ${ConsentShimProgram.toString()};

const program = fileURLToPath(import.meta.url);
const dir = dirname(program);
const { logName, ...settings } = ${JSON.stringify(settings)};
new ConsentShimProgram(
  { spawn, appendFileSync, existsSync, http, https, basename },
  { ...settings, program, dir, log: join(dir, logName) },
).main(process.argv.slice(2));
`;
}
