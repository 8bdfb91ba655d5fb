import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createClientHome } from '../../src/engine/client-home.js';
import { shellQuote } from '../../src/engine/client-process.js';
import {
  CONSENT_SHIM_PROGRAM,
  CONSENT_SHIM_WORKER_FLAG,
  createConsentShim,
  OPENER_NAMES,
  type ConsentShim,
} from '../../src/engine/consent-shim.js';
import { runSuite } from '../../src/engine/run-suite.js';
import { findScenario } from '../../src/scenarios/index.js';

const tempDir = mkdtempSync(join(tmpdir(), 'sep2207-consent-test-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/**
 * Preloaded into the stand-in when it is run directly: reports every outgoing connection and process start on
 * stderr, and stops the process before it could connect anywhere but loopback.
 */
const WATCHER = join(tempDir, 'watch-network.mjs');
writeFileSync(
  WATCHER,
  `import net from 'node:net';
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // Node passes its own callers' arguments already normalized, as [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  const host = options.host ?? 'localhost';
  process.stderr.write('CONNECT ' + host + ':' + options.port + '\\n');
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) process.exit(99);
  return connect.apply(this, args);
};
const spawnOriginal = childProcess.spawn;
childProcess.spawn = function (...args) {
  process.stderr.write('SPAWN ' + args[1]?.join(' ') + '\\n');
  return spawnOriginal.apply(this, args);
};
syncBuiltinESMExports();
`,
);

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  const start = performance.now();
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - start });
    });
  });
}

/**
 * Runs the shim's program directly under the network watcher (the wrappers unset NODE_OPTIONS, so no preload there).
 */
function runWatched(shim: ConsentShim, args: string[]): Promise<Finished> {
  return run(process.execPath, ['--import', WATCHER, join(shim.dir, CONSENT_SHIM_PROGRAM), ...args], process.env);
}

const servers: Server[] = [];
const shims: ConsentShim[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  for (const shim of shims.splice(0)) await shim.remove();
});

async function shim(options: Parameters<typeof createConsentShim>[0] = {}): Promise<ConsentShim> {
  const created = await createConsentShim({ deadlineMs: 10_000, ...options });
  shims.push(created);
  return created;
}

async function listen(server: Server, port = 0): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A loopback port that is free now (nothing listens on it until the test says so). */
async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  servers.splice(servers.indexOf(probe), 1);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A stand-in authorization server: every GET answers 302 to `location(port)`. */
async function redirectingServer(location: (port: number) => string): Promise<{ port: number; requests: string[] }> {
  const requests: string[] = [];
  let port = 0;
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(302, { location: location(port) }).end();
  });
  port = await listen(server);
  return { port, requests };
}

describe('createConsentShim: the environment', () => {
  it('puts the stand-ins first on PATH and points BROWSER at one of them', async () => {
    const made = await shim({ basePath: '/usr/local/bin:/usr/bin:/bin' });
    expect(made.env.PATH).toBe(`${made.dir}${delimiter}/usr/local/bin:/usr/bin:/bin`);
    expect(made.env.BROWSER).toBe(join(made.dir, 'www-browser'));
    expect(made.env.XDG_CURRENT_DESKTOP).toBe('X-Generic');
    expect(made.env.DISPLAY).toBe('');
    expect(made.env.WAYLAND_DISPLAY).toBe('');
    expect(made.env.BROWSER).toMatch(/^[\w./-]+$/); // xdg-open and Python split BROWSER on ':' and spaces
    for (const name of OPENER_NAMES) {
      expect(statSync(join(made.dir, name)).mode & 0o111).toBe(0o111);
    }
    const found = await run('/bin/sh', ['-c', 'command -v xdg-open; command -v open; command -v sensible-browser'], {
      ...process.env,
      ...made.env,
    });
    expect(found.stdout.trim().split('\n')).toEqual([
      join(made.dir, 'xdg-open'),
      join(made.dir, 'open'),
      join(made.dir, 'sensible-browser'),
    ]);
  });

  it('defaults to the PATH of this process, and removes its directory', async () => {
    const made = await shim();
    expect(made.env.PATH).toBe(`${made.dir}${delimiter}${process.env.PATH}`);
    expect(await made.readLog()).toBe('');
    await made.remove();
    expect(existsSync(made.dir)).toBe(false);
  });
});

describe('the stand-in opener', () => {
  it('exits at once, then follows the 302 to a callback that starts listening late', async () => {
    const callbackPort = await freePort();
    const authorization = await redirectingServer(
      (port) =>
        `http://localhost:${callbackPort}/oauth/callback?code=secret-code-123&state=st-1&iss=` +
        `${encodeURIComponent(`http://127.0.0.1:${port}`)}`,
    );
    const made = await shim();
    const url = `http://127.0.0.1:${authorization.port}/authorize?response_type=code&state=st-1&code_challenge=abc`;

    const opened = await run(join(made.dir, 'xdg-open'), [url], { ...process.env, ...made.env });
    expect(opened).toMatchObject({ code: 0, stderr: '' });
    expect(opened.ms).toBeLessThan(3000);

    // The client's listener comes up only now, after its "browser" has returned.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const delivered = new Promise<IncomingMessage>((resolve) => {
      const callback = createServer((req, res) => {
        resolve(req);
        res.end('Authorization successful');
      });
      void listen(callback, callbackPort);
    });
    const request = await Promise.race([
      delivered,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the callback was never delivered')), 10_000),
      ),
    ]);
    expect(authorization.requests).toEqual([url.slice(url.indexOf('/authorize'))]);
    expect(request.method).toBe('GET');
    expect(request.headers.host).toBe(`localhost:${callbackPort}`);
    const query = new URL(request.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      code: 'secret-code-123',
      state: 'st-1',
      iss: `http://127.0.0.1:${authorization.port}`,
    });

    await expect.poll(() => made.readLog(), { timeout: 5000 }).toMatch(/oauth\/callback.* -> 200/);
    const log = await made.readLog();
    expect(log).toContain('xdg-open: opening');
    expect(log).toContain(`nothing listening at localhost:${callbackPort} yet (ECONNREFUSED); retrying`);
    expect(log).toContain('code=REDACTED');
    expect(log).not.toContain('secret-code-123');
  });

  it('is what BROWSER names too', async () => {
    const callbackPort = await freePort();
    let hits = 0;
    await listen(
      createServer((_req, res) => {
        hits += 1;
        res.end('ok');
      }),
      callbackPort,
    );
    const authorization = await redirectingServer(() => `http://127.0.0.1:${callbackPort}/cb?code=c&state=s`);
    const made = await shim();
    const opened = await run(
      '/bin/sh',
      ['-c', '"$BROWSER" "$1"', 'sh', `http://127.0.0.1:${authorization.port}/authorize`],
      {
        ...process.env,
        ...made.env,
      },
    );
    expect(opened.code).toBe(0);
    await expect.poll(() => hits, { timeout: 5000 }).toBe(1);
    expect(await made.readLog()).toContain('www-browser: opening');
  });

  it.each([
    'http://10.255.255.1/',
    'https://example.com/authorize?client_id=x',
    'http://localhost.example.com/authorize',
    'http://127.0.0.1.nip.io/authorize',
    'http://[::ffff:10.0.0.1]/',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('refuses %s before any connection or worker, and says so on stderr', async (url) => {
    const made = await shim();
    const result = await runWatched(made, [join(made.dir, 'xdg-open'), url]);
    expect(result.code).toBe(3);
    expect(result.ms).toBeLessThan(3000);
    expect(result.stderr).toContain('sep-2207 consent shim (xdg-open): refusing to open');
    expect(result.stderr).toContain('only http(s) URLs on 127.0.0.1, localhost or [::1]');
    expect(result.stderr).not.toMatch(/CONNECT|SPAWN/);
    const log = await made.readLog();
    expect(log).toContain('(not loopback); no request made');
    expect(log).not.toContain('GET ');
  });

  it('refuses the same through the wrapper, at once', async () => {
    const made = await shim();
    const result = await run(join(made.dir, 'open'), ['http://10.255.255.1/'], { ...process.env, ...made.env });
    expect(result.code).toBe(3);
    expect(result.ms).toBeLessThan(3000);
    expect(result.stderr).toBe(
      'sep-2207 consent shim (open): refusing to open http://10.255.255.1: only http(s) URLs on 127.0.0.1, ' +
        'localhost or [::1] are opened in a conformance run\n',
    );
  });

  it('exits 2 when no argument is a URL', async () => {
    const made = await shim();
    const result = await run(join(made.dir, 'open'), ['-a', 'Safari'], { ...process.env, ...made.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no URL among the arguments');
  });
});

describe('the stand-in worker', () => {
  it('does not follow a redirect off loopback', async () => {
    const authorization = await redirectingServer(() => 'http://10.255.255.1/oauth/callback?code=c&state=s');
    const made = await shim();
    const result = await runWatched(made, [
      CONSENT_SHIM_WORKER_FLAG,
      `http://localhost:${authorization.port}/authorize`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`CONNECT 127.0.0.1:${authorization.port}`]);
    expect(authorization.requests).toHaveLength(1);
    expect(await made.readLog()).toContain('not following a redirect off loopback, to http://10.255.255.1');
  });

  it('stops retrying once the run is over (its directory removed)', async () => {
    const callbackPort = await freePort();
    const authorization = await redirectingServer(() => `http://127.0.0.1:${callbackPort}/cb?code=c`);
    const made = await shim({ deadlineMs: 30_000 });
    const start = performance.now();
    const worker = spawn(
      process.execPath,
      [
        join(made.dir, CONSENT_SHIM_PROGRAM),
        CONSENT_SHIM_WORKER_FLAG,
        `http://127.0.0.1:${authorization.port}/authorize`,
      ],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) => worker.once('exit', resolve));
    await expect.poll(() => made.readLog(), { timeout: 5000 }).toContain('retrying');
    await made.remove();
    expect(await exited).toBe(1);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('createClientHome', () => {
  it('makes a fresh HOME with XDG and profile directories, keeps tool caches, and removes it', async () => {
    const realHome = '/home/someone';
    const home = await createClientHome({ HOME: realHome, PATH: '/usr/bin', CARGO_HOME: '/opt/cargo' });
    try {
      expect(home.env.HOME).toBe(home.dir);
      expect(home.dir).not.toBe(homedir());
      expect(readdirSync(home.dir).sort()).toEqual(['.cache', '.config', '.local', 'AppData']);
      expect(home.env).toMatchObject({
        USERPROFILE: home.dir,
        XDG_CONFIG_HOME: join(home.dir, '.config'),
        XDG_CACHE_HOME: join(home.dir, '.cache'),
        XDG_DATA_HOME: join(home.dir, '.local/share'),
        XDG_STATE_HOME: join(home.dir, '.local/state'),
        APPDATA: join(home.dir, 'AppData/Roaming'),
        LOCALAPPDATA: join(home.dir, 'AppData/Local'),
        npm_config_cache: join(realHome, '.npm'),
        RUSTUP_HOME: join(realHome, '.rustup'),
        UV_CACHE_DIR: join(realHome, '.cache/uv'),
      });
      for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'APPDATA'] as const)
        expect(existsSync(home.env[name] as string)).toBe(true);
      expect(home.env).not.toHaveProperty('CARGO_HOME'); // the user's own setting is inherited as it is
      expect(home.env).not.toHaveProperty('PATH');
    } finally {
      await home.remove();
    }
    expect(existsSync(home.dir)).toBe(false);
  });
});

describe('runSuite: the client environment', () => {
  const scenarios = ['auth/offline-access-scope', 'auth/offline-access-not-supported'].map((name) =>
    findScenario(name)!,
  );
  /**
   * A client that records its environment and where `xdg-open` resolves, then exits 1 (no flow: a FAILURE, as
   * expected).
   */
  const command = `${shellQuote(process.execPath)} -e ${shellQuote(
    [
      "const { execSync } = require('node:child_process');",
      "const where = execSync('command -v xdg-open || true', { shell: '/bin/sh' }).toString().trim();",
      "const name = process.env.MCP_CONFORMANCE_SCENARIO.replace(/\\W/g, '_');",
      "require('node:fs').writeFileSync(require('node:path').join(process.env.ENV_OUT, name + '.json'), " +
        'JSON.stringify({ env: process.env, where }));',
      'process.exit(1);',
    ].join('\n'),
  )}`;

  async function environments(options: { consentShim?: boolean; isolateHome?: boolean }) {
    const out = mkdtempSync(join(tempDir, 'env-'));
    await runSuite({
      command,
      scenarios,
      specVersion: '2025-11-25',
      protocolVersion: '2025-11-25',
      timeoutMs: 10_000,
      concurrency: 2,
      env: { ENV_OUT: out },
      ...options,
    });
    return readdirSync(out)
      .sort()
      .map(
        (file) => JSON.parse(readFileSync(join(out, file), 'utf8')) as { env: Record<string, string>; where: string },
      );
  }

  it('gives each client run its own HOME and shim, first on PATH, and removes both afterwards', async () => {
    const runs = await environments({});
    expect(runs).toHaveLength(2);
    const [first, second] = runs as [(typeof runs)[number], (typeof runs)[number]];
    expect(first.env.HOME).not.toBe(second.env.HOME);
    for (const { env, where } of runs) {
      expect(env.HOME).not.toBe(process.env.HOME);
      expect(env.HOME).toMatch(/sep-2207-home-/);
      expect(env.XDG_CONFIG_HOME).toBe(join(env.HOME as string, '.config'));
      const shimDir = (env.PATH as string).split(delimiter)[0] as string;
      expect(shimDir).toMatch(/sep-2207-consent-/);
      expect(env.PATH).toBe(`${shimDir}${delimiter}${process.env.PATH}`);
      expect(where).toBe(join(shimDir, 'xdg-open'));
      expect(env.BROWSER).toBe(join(shimDir, 'www-browser'));
      expect(env.ENV_OUT).toBeTruthy(); // the caller's extras still arrive
      expect(existsSync(env.HOME as string)).toBe(false);
      expect(existsSync(shimDir)).toBe(false);
    }
  });

  it('leaves HOME and PATH alone when both are turned off', async () => {
    const runs = await environments({ consentShim: false, isolateHome: false });
    for (const { env } of runs) {
      expect(env.HOME).toBe(process.env.HOME);
      expect(env.PATH).toBe(process.env.PATH);
      expect(env.BROWSER).toBe(process.env.BROWSER);
    }
  });
});
