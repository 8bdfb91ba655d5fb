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
 * The program is plain JavaScript written into the directory at run time and run by the Node.js that runs this
 * tool (`process.execPath`): it needs neither this repository's node_modules nor `node` on PATH, so it works from
 * the bundle in dist/ too. It logs what it did (codes redacted, no tokens) to `consent-shim.log` in the directory.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { shellQuote } from './client-process.js';

/** Names clients (and the libraries they use) look up on PATH to open a browser. */
export const OPENER_NAMES = ['xdg-open', 'open', 'sensible-browser', 'x-www-browser', 'www-browser'] as const;
export const CONSENT_SHIM_LOG = 'consent-shim.log';
/** The program the stand-ins run, in the shim's directory. */
export const CONSENT_SHIM_PROGRAM = 'consent-shim.mjs';
/** The first argument that makes the program the worker, with the URL to open as the second. */
export const CONSENT_SHIM_WORKER_FLAG = '--sep-2207-consent-worker';
/** Upper bound on how long a worker keeps trying, whatever the scenario timeout. */
const MAX_DEADLINE_MS = 60_000;
/** Set to `1` to keep the temporary directories of client runs (and this log) for debugging. */
export const KEEP_TEMP_ENV = 'SEP_2207_KEEP_TEMP';

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
  const wrapper = `#!/bin/sh\nunset NODE_OPTIONS\nexec ${shellQuote(process.execPath)} ${shellQuote(program)} "$0" "$@"\n`;
  // Written at once, not one after another: this runs before every scenario, and waits add up on a busy machine.
  await Promise.all([
    writeFile(program, `const DEADLINE_MS = ${deadlineMs};\n${STAND_IN_PROGRAM}`, { mode: 0o644 }),
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

/** BROWSER and PATH entries are split on `:` and, by xdg-open and Python's webbrowser, on spaces. */
export function safeTempBase(): string {
  const base = tmpdir();
  return /^[\w./-]+$/.test(base) ? base : '/tmp';
}

export async function removeTempDir(dir: string): Promise<void> {
  if (process.env[KEEP_TEMP_ENV] === '1') return;
  await rm(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}

/**
 * The stand-in, run as `node consent-shim.mjs <name it was called by> <arguments...>`, or as the worker with
 * CONSENT_SHIM_WORKER_FLAG and the URL. Kept free of backticks and `${` so it can live in this template literal.
 */
const STAND_IN_PROGRAM = String.raw`// sep-2207-action headless consent shim (see src/engine/consent-shim.ts). Generated; safe to delete.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROGRAM = fileURLToPath(import.meta.url);
const DIR = dirname(PROGRAM);
const LOG = join(DIR, 'consent-shim.log');
const WORKER_FLAG = '--sep-2207-consent-worker';
const REQUEST_TIMEOUT_MS = 5000;
const MAX_REDIRECTS = 5;
const LOOPBACK_ADDRESSES = { '127.0.0.1': ['127.0.0.1'], localhost: ['127.0.0.1', '::1'], '[::1]': ['::1'] };
const NOT_LISTENING = new Set(['ECONNREFUSED', 'ECONNRESET', 'EADDRNOTAVAIL', 'ENETUNREACH', 'EAFNOSUPPORT', 'EHOSTUNREACH']);
const SECRET_PARAM = /^code$|token|secret|verifier|assertion|password/i;

function log(line) {
  try {
    appendFileSync(LOG, new Date().toISOString() + ' [' + process.pid + '] ' + line + '\n');
  } catch {
    // the run may be over and its directory gone
  }
}

function redact(url) {
  try {
    const copy = new URL(url);
    for (const key of [...copy.searchParams.keys()]) if (SECRET_PARAM.test(key)) copy.searchParams.set(key, 'REDACTED');
    return copy.href;
  } catch {
    return '(not a URL)';
  }
}

/** The URL when it is http(s) on a loopback host, else null. Decided on the parsed URL, before any connection. */
function loopbackUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return Object.hasOwn(LOOPBACK_ADDRESSES, url.hostname) ? url : null;
}

function describeHost(text) {
  try {
    const url = new URL(text);
    return url.protocol + '//' + url.host;
  } catch {
    return JSON.stringify(String(text).slice(0, 80));
  }
}

function errorCode(error) {
  if (error && error.code) return error.code;
  const inner = error && Array.isArray(error.errors) ? error.errors.find((item) => item && item.code) : undefined;
  return inner ? inner.code : undefined;
}

/** One GET to one address (no DNS: localhost means 127.0.0.1 then ::1), redirects not followed. */
function getOnce(url, address) {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      {
        host: address,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: url.pathname + url.search,
        method: 'GET',
        headers: { host: url.host, accept: 'text/html,*/*', 'user-agent': 'sep-2207-consent-shim' },
        servername: url.hostname === 'localhost' ? 'localhost' : undefined,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const result = { status: response.statusCode, location: response.headers.location };
        response.resume();
        response.once('end', () => resolve(result));
        response.once('close', () => resolve(result));
        response.once('error', () => resolve(result));
      },
    );
    request.once('timeout', () => request.destroy(new Error('no answer within ' + REQUEST_TIMEOUT_MS + ' ms')));
    request.once('error', reject);
    request.end();
  });
}

/** GETs url, retrying while nothing listens there yet, until the deadline or the end of the run. */
async function get(url, deadline) {
  const addresses = LOOPBACK_ADDRESSES[url.hostname];
  for (let attempt = 1; ; attempt += 1) {
    let lastError;
    for (const address of addresses) {
      try {
        return await getOnce(url, address);
      } catch (error) {
        lastError = error;
        if (!NOT_LISTENING.has(errorCode(error))) throw error;
      }
    }
    const pause = Math.min(50 * attempt, 250);
    if (Date.now() + pause > deadline) throw lastError;
    if (!existsSync(DIR)) throw new Error('the run is over');
    if (attempt === 1) log('nothing listening at ' + url.host + ' yet (' + errorCode(lastError) + '); retrying');
    await new Promise((done) => setTimeout(done, pause));
  }
}

/** Does what a browser does with the consent URL: request it and follow redirects, on loopback only. */
async function deliver(start) {
  const deadline = Date.now() + DEADLINE_MS;
  setTimeout(() => {
    log('gave up: deadline of ' + DEADLINE_MS + ' ms reached');
    process.exit(1);
  }, DEADLINE_MS + 1000).unref();
  let url = loopbackUrl(start);
  for (let hop = 0; url && hop <= MAX_REDIRECTS; hop += 1) {
    const response = await get(url, deadline);
    const location = response.location ? new URL(response.location, url).href : undefined;
    log('GET ' + redact(url.href) + ' -> ' + response.status + (location ? ' Location: ' + redact(location) : ''));
    if (response.status < 300 || response.status >= 400 || !location) return hop > 0 ? 0 : 1;
    url = loopbackUrl(location);
    if (!url) {
      log('not following a redirect off loopback, to ' + describeHost(location));
      return hop > 0 ? 0 : 1;
    }
  }
  if (url) log('stopped after ' + MAX_REDIRECTS + ' redirects');
  return 1;
}

function open(invokedAs, args) {
  const name = basename(invokedAs || 'browser');
  const target = args.find((arg) => /^[a-z][a-z0-9+.-]*:/i.test(arg));
  if (target === undefined) {
    process.stderr.write('sep-2207 consent shim (' + name + '): no URL among the arguments\n');
    log(name + ': no URL among ' + args.length + ' arguments');
    return process.exit(2);
  }
  if (!loopbackUrl(target)) {
    process.stderr.write(
      'sep-2207 consent shim (' + name + '): refusing to open ' + describeHost(target) +
        ': only http(s) URLs on 127.0.0.1, localhost or [::1] are opened in a conformance run\n',
    );
    log(name + ': refused ' + describeHost(target) + ' (not loopback); no request made');
    return process.exit(3);
  }
  log(name + ': opening ' + redact(target));
  const worker = spawn(process.execPath, [PROGRAM, WORKER_FLAG, target], { stdio: 'ignore' });
  worker.once('spawn', () => {
    worker.unref();
    process.exit(0);
  });
  worker.once('error', (error) => {
    process.stderr.write('sep-2207 consent shim (' + name + '): could not start: ' + error.message + '\n');
    log(name + ': could not start the worker: ' + error.message);
    process.exit(1);
  });
}

const [first, ...rest] = process.argv.slice(2);
if (first === WORKER_FLAG) {
  deliver(rest[0]).then(
    (code) => process.exit(code),
    (error) => {
      log('failed: ' + (errorCode(error) || (error && error.message) || String(error)));
      process.exit(1);
    },
  );
} else {
  open(first, rest);
}
`;
