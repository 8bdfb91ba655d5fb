/**
 * Runs the reference client and the fixture clients as real processes against the mock servers and asserts on the
 * recorded transcript: what each client actually sent on the wire.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Exchange, Transcript } from '../../src/model.js';
import { startMockServers, type MockServersConfig } from '../../src/mock/mock-servers.js';

const CLIENT_TIMEOUT_MS = 20_000;
const clientPath = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
const REFERENCE = clientPath('examples/clients/reference-client.ts');
const GREEDY = clientPath('test/fixtures/clients/greedy-offline-access.ts');
const NO_GRANT_TYPES = clientPath('test/fixtures/clients/no-grant-types.ts');
const CRASH = clientPath('test/fixtures/clients/crash-before-authorize.ts');

const base: MockServersConfig = {
  authorizationServer: {
    scopesSupported: ['mcp:basic', 'offline_access'],
    metadataLocation: 'oauth',
    clientIdMetadataDocumentSupported: true,
    refreshTokenPolicy: 'static',
    refreshTokenRequiresConsent: false,
    withheldScopes: [],
    defaultScopes: ['mcp:basic'],
    accessTokenExpiresIn: 3600,
  },
  mcpServer: { scopesSupported: ['mcp:basic'] },
  accessTokenUses: 1000,
};
const notSupported: MockServersConfig = {
  ...base,
  authorizationServer: { ...base.authorizationServer, scopesSupported: ['mcp:basic', 'mcp:read'] },
  mcpServer: { scopesSupported: ['mcp:basic', 'mcp:read'] },
};
const withRefresh = (refreshTokenPolicy: MockServersConfig['authorizationServer']['refreshTokenPolicy']) => ({
  ...base,
  authorizationServer: { ...base.authorizationServer, refreshTokenPolicy },
  accessTokenUses: 3,
});

interface Run {
  exitCode: number | null;
  timedOut: boolean;
  stderr: string;
  durationMs: number;
  transcript: Transcript;
  serverUrl: string;
  issuedRefreshTokens: string[];
  issuedAccessTokens: string[];
}

async function runClient(file: string, config: MockServersConfig, scenario: string): Promise<Run> {
  const servers = await startMockServers(config);
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', file, servers.serverUrl], {
      env: { ...process.env, MCP_CONFORMANCE_SCENARIO: scenario, MCP_CONFORMANCE_PROTOCOL_VERSION: '2025-11-25' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CLIENT_TIMEOUT_MS);
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    clearTimeout(timer);
    return {
      exitCode,
      timedOut,
      stderr,
      durationMs: Math.round(performance.now() - started),
      transcript: servers.recorder.exchanges,
      serverUrl: servers.serverUrl,
      issuedRefreshTokens: servers.store.issuedRefreshTokens(),
      issuedAccessTokens: [...servers.store.accessTokens.keys()],
    };
  } finally {
    await servers.stop();
  }
}

// --- transcript helpers ---------------------------------------------------------------------------------------

const at = (run: Run, endpoint: Exchange['endpoint']) =>
  run.transcript.filter((exchange) => exchange.endpoint === endpoint);
const form = (exchange: Exchange): Record<string, string | string[]> =>
  exchange.body.kind === 'form' ? exchange.body.value : {};
const json = (exchange: Exchange): Record<string, unknown> =>
  exchange.body.kind === 'json' && typeof exchange.body.value === 'object' && exchange.body.value !== null
    ? (exchange.body.value as Record<string, unknown>)
    : {};
const scopesOf = (value: unknown) => (typeof value === 'string' ? value.split(' ').filter(Boolean) : []);
const tokenRequests = (run: Run, grantType: string) =>
  at(run, 'token').filter((exchange) => form(exchange).grant_type === grantType);
const mcpMethod = (exchange: Exchange) => json(exchange).method;

/** JSON-RPC messages in an MCP response, whether it came as JSON or as an SSE stream. */
function rpcMessages(exchange: Exchange): unknown[] {
  if (exchange.response.kind === 'json') return [exchange.response.value].flat();
  if (exchange.response.kind !== 'text') return [];
  return exchange.response.value
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => JSON.parse(line.slice(5)) as unknown);
}

function expectEchoCallsSucceeded(run: Run) {
  const answered = at(run, 'mcp')
    .filter((exchange) => mcpMethod(exchange) === 'tools/call' && exchange.status === 200)
    .flatMap((exchange) => rpcMessages(exchange))
    .map((message) => JSON.stringify(message));
  for (const text of ['hello 1', 'hello 2', 'hello 3'])
    expect(answered.some((message) => message.includes(text))).toBe(true);
  expect(at(run, 'mcp').some((exchange) => mcpMethod(exchange) === 'tools/list' && exchange.status === 200)).toBe(true);
}

/** Refresh tokens go only to the token endpoint in a POST body; no token ever appears in a URL. */
function expectNoTokenLeaks(run: Run) {
  for (const exchange of run.transcript) {
    const url = `${exchange.path} ${JSON.stringify(exchange.query)}`;
    for (const token of [...run.issuedRefreshTokens, ...run.issuedAccessTokens]) expect(url).not.toContain(token);
    if (exchange.endpoint === 'token') continue;
    const sent = JSON.stringify([exchange.headers, exchange.body]);
    for (const token of run.issuedRefreshTokens) expect(sent).not.toContain(token);
  }
  for (const exchange of at(run, 'token')) expect(exchange.method).toBe('POST');
}

function expectResourceOnEveryTokenRequest(run: Run) {
  expect(at(run, 'token').length).toBeGreaterThan(0);
  for (const exchange of at(run, 'token')) expect(form(exchange).resource).toBe(run.serverUrl);
}

function expectCleanExit(run: Run) {
  expect(run.timedOut, run.stderr).toBe(false);
  expect(run.exitCode, run.stderr).toBe(0);
}

// --- tests -----------------------------------------------------------------------------------------------------

// Every client run is its own process with its own mock servers, so all of them run at once.
describe.concurrent('clients on the wire', { timeout: 45_000 }, () => {
  describe('reference client', () => {
    it(
      'registers for refresh tokens and asks for offline_access ' + '(with prompt=consent) when the AS lists it',
      async () => {
        const run = await runClient(REFERENCE, base, 'auth/offline-access-scope');
        expectCleanExit(run);
        const [register] = at(run, 'register');
        expect(json(register!).grant_types).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
        expect(json(register!).token_endpoint_auth_method).toBe('none');
        const authorizations = at(run, 'authorize');
        expect(authorizations).toHaveLength(1);
        expect(scopesOf(authorizations[0]!.query.scope)).toEqual(
          expect.arrayContaining(['mcp:basic', 'offline_access']),
        );
        expect(authorizations[0]!.query.prompt).toBe('consent');
        expect(authorizations[0]!.query.resource).toBe(run.serverUrl);
        expect(tokenRequests(run, 'authorization_code')).toHaveLength(1);
        expect(tokenRequests(run, 'refresh_token')).toHaveLength(0);
        expectResourceOnEveryTokenRequest(run);
        expectEchoCallsSucceeded(run);
        expectNoTokenLeaks(run);
        expect(run.stderr).not.toMatch(/\b(at|rt|code)-[A-Za-z0-9_-]{10,}/);
      },
    );

    it('does not ask for offline_access when the AS does not list it', async () => {
      const run = await runClient(REFERENCE, notSupported, 'auth/offline-access-not-supported');
      expectCleanExit(run);
      const authorizations = at(run, 'authorize');
      expect(authorizations).toHaveLength(1);
      expect(scopesOf(authorizations[0]!.query.scope)).toEqual(['mcp:basic', 'mcp:read']);
      expect(authorizations[0]!.query.prompt).toBeUndefined();
      expect(json(at(run, 'register')[0]!).grant_types).toContain('refresh_token');
      expectResourceOnEveryTokenRequest(run);
      expectEchoCallsSucceeded(run);
    });

    it('refreshes with resource and the newest rotated token when the access token expires mid-session', async () => {
      const run = await runClient(REFERENCE, withRefresh('rotate'), 'auth/refresh-token-rotation');
      expectCleanExit(run);
      const refreshes = tokenRequests(run, 'refresh_token');
      expect(refreshes.length).toBeGreaterThanOrEqual(2);
      expect(at(run, 'authorize')).toHaveLength(1);
      let latest: unknown;
      for (const exchange of at(run, 'token')) {
        if (form(exchange).grant_type === 'refresh_token') expect(form(exchange).refresh_token).toBe(latest);
        expect(exchange.status).toBe(200);
        if (exchange.response.kind === 'json')
          latest = (exchange.response.value as { refresh_token?: string }).refresh_token;
      }
      expectResourceOnEveryTokenRequest(run);
      expectEchoCallsSucceeded(run);
      expectNoTokenLeaks(run);
    });

    it('re-authorizes once after invalid_grant and never re-presents a refused refresh token', async () => {
      const run = await runClient(REFERENCE, withRefresh('invalid_grant'), 'auth/refresh-token-invalid-grant');
      expectCleanExit(run);
      const refreshes = tokenRequests(run, 'refresh_token');
      expect(refreshes.length).toBeGreaterThanOrEqual(1);
      expect(refreshes.every((exchange) => exchange.status === 400)).toBe(true);
      const presented = refreshes.map((exchange) => form(exchange).refresh_token);
      expect(new Set(presented).size).toBe(presented.length);
      // One authorization at the start, then one per refused refresh: no loop.
      expect(at(run, 'authorize')).toHaveLength(1 + refreshes.length);
      expectResourceOnEveryTokenRequest(run);
      expectEchoCallsSucceeded(run);
    });

    it('re-authorizes, and never sends a refresh grant, when no refresh token is issued', async () => {
      const run = await runClient(REFERENCE, withRefresh('none'), 'auth/refresh-token-not-issued');
      expectCleanExit(run);
      expect(tokenRequests(run, 'refresh_token')).toHaveLength(0);
      expect(at(run, 'authorize').length).toBeGreaterThanOrEqual(2);
      expectEchoCallsSucceeded(run);
    });
  });

  describe('fixture clients', () => {
    it('greedy-offline-access asks for offline_access although the AS does not list it', async () => {
      const run = await runClient(GREEDY, notSupported, 'auth/offline-access-not-supported');
      expectCleanExit(run);
      const [authorization] = at(run, 'authorize');
      expect(scopesOf(authorization!.query.scope)).toContain('offline_access');
      expect(json(at(run, 'register')[0]!).grant_types).toContain('refresh_token');
    });

    it('no-grant-types registers without grant_types', async () => {
      const run = await runClient(NO_GRANT_TYPES, base, 'auth/offline-access-scope');
      expectCleanExit(run);
      const register = json(at(run, 'register')[0]!);
      expect(register).not.toHaveProperty('grant_types');
      expect(register.token_endpoint_auth_method).toBe('none');
      expect(scopesOf(at(run, 'authorize')[0]!.query.scope)).toContain('offline_access');
    });

    it('crash-before-authorize exits 2 after the first 401, before authorizing', async () => {
      const run = await runClient(CRASH, base, 'auth/offline-access-scope');
      expect(run.timedOut).toBe(false);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('crash-before-authorize');
      expect(run.transcript.map((exchange) => [exchange.endpoint, exchange.status])).toEqual([['mcp', 401]]);
      expect(at(run, 'authorize')).toHaveLength(0);
    });
  });
});
