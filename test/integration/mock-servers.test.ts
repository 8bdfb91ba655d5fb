/**
 * The mock authorization server and MCP server over real HTTP on 127.0.0.1: binding, discovery metadata, dynamic
 * registration, /authorize, /token and every refresh-token policy, bearer checks and MCP on the protected resource,
 * the transcript, Client ID Metadata Document fetches, and stop(). Statuses, bodies and transcript entries are exact.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthorizationServerConfig } from '../../src/mock/authorization-server.js';
import { startMockServers, type MockServers, type MockServersConfig } from '../../src/mock/mock-servers.js';
import type { Exchange } from '../../src/model.js';
import { authorizationServer, UNLIMITED_USES } from '../../src/scenarios/types.js';

// ---------------------------------------------------------------------------------------------------------------
// Harness

/** Never contacted: the mock only puts it in a Location header. */
const REDIRECT_URI = 'http://127.0.0.1:9/callback';
const MCP_ACCEPT = 'application/json, text/event-stream';
const PROTOCOL_VERSION = '2025-11-25';
const STOP_BOUND_MS = 900; // below the servers' 1 s keep-alive timeout, so waiting for it would fail

const running = new Set<MockServers>();
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  await Promise.all([...running].map((servers) => servers.stop()));
  running.clear();
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

interface StartOptions {
  as?: Partial<AuthorizationServerConfig>;
  mcpScopes?: string[];
  accessTokenUses?: number;
  authorizationServerOrigin?: MockServersConfig['authorizationServerOrigin'];
}

function config(options: StartOptions = {}): MockServersConfig {
  return {
    authorizationServer: authorizationServer(options.as ?? {}),
    mcpServer: { scopesSupported: options.mcpScopes ?? ['mcp:basic'] },
    accessTokenUses: options.accessTokenUses ?? UNLIMITED_USES,
    authorizationServerOrigin: options.authorizationServerOrigin,
  };
}

async function start(options: StartOptions = {}): Promise<MockServers> {
  const servers = await startMockServers(config(options));
  running.add(servers);
  return servers;
}

async function stop(servers: MockServers): Promise<void> {
  running.delete(servers);
  await servers.stop();
}

const portOf = (url: string) => Number(new URL(url).port);
const prmUrl = (servers: MockServers) =>
  `${new URL(servers.serverUrl).origin}/.well-known/oauth-protected-resource/mcp`;

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

/** An RFC 6749 §5.2 error: JSON with exactly `error` and a non-empty `error_description`. */
async function expectOAuthError(response: Response, status: number, error: string): Promise<string> {
  expect(response.status).toBe(status);
  const body = await jsonOf(response);
  expect(Object.keys(body).sort()).toEqual(['error', 'error_description']);
  expect(body.error).toBe(error);
  expect(typeof body.error_description).toBe('string');
  expect((body.error_description as string).length).toBeGreaterThan(0);
  return body.error_description as string;
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  });
}

function postForm(
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params).toString(),
    redirect: 'manual',
  });
}

const clientMetadata = (overrides: Record<string, unknown> = {}) => ({
  client_name: 'mock-servers test client',
  redirect_uris: [REDIRECT_URI],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: 'none',
  ...overrides,
});

async function register(servers: MockServers, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await postJson(`${servers.authorizationServerUrl}/register`, clientMetadata(overrides));
  expect(response.status).toBe(201);
  return ((await response.json()) as { client_id: string }).client_id;
}

function authorize(servers: MockServers, params: Record<string, string | undefined>): Promise<Response> {
  const url = new URL(`${servers.authorizationServerUrl}/authorize`);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return fetch(url, { redirect: 'manual' });
}

function locationOf(response: Response): URL {
  const location = response.headers.get('location');
  expect(location).not.toBeNull();
  return new URL(location as string);
}

interface Grant {
  clientId: string;
  code: string;
  verifier: string;
  resource: string;
}

/** Registers a client (unless given one) and runs /authorize with S256, returning the code. */
async function authorizationCode(
  servers: MockServers,
  options: { clientId?: string; scope?: string; prompt?: string; resource?: string } = {},
): Promise<Grant> {
  const clientId = options.clientId ?? (await register(servers));
  const { verifier, challenge } = pkce();
  const resource = options.resource ?? servers.serverUrl;
  const response = await authorize(servers, {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'st-1',
    scope: options.scope,
    prompt: options.prompt,
    resource,
  });
  expect(response.status).toBe(302);
  const code = locationOf(response).searchParams.get('code');
  expect(code).toMatch(/^code-/);
  return { clientId, code: code as string, verifier, resource };
}

function exchange(servers: MockServers, grant: Grant, overrides: Record<string, string> = {}): Promise<Response> {
  return postForm(`${servers.authorizationServerUrl}/token`, {
    grant_type: 'authorization_code',
    code: grant.code,
    code_verifier: grant.verifier,
    client_id: grant.clientId,
    redirect_uri: REDIRECT_URI,
    resource: grant.resource,
    ...overrides,
  });
}

interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

async function tokens(
  servers: MockServers,
  options: { scope?: string; prompt?: string } = {},
): Promise<{ grant: Grant; body: TokenResponse }> {
  const grant = await authorizationCode(servers, options);
  const response = await exchange(servers, grant);
  expect(response.status).toBe(200);
  return { grant, body: (await response.json()) as TokenResponse };
}

function refresh(servers: MockServers, grant: Grant, refreshToken: string, extra: Record<string, string> = {}) {
  return postForm(`${servers.authorizationServerUrl}/token`, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: grant.clientId,
    resource: grant.resource,
    ...extra,
  });
}

let rpcId = 0;

function mcpPost(
  servers: MockServers,
  token: string | undefined,
  message: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const isRequest = !String(message.method).startsWith('notifications/');
  return postJson(
    servers.serverUrl,
    { jsonrpc: '2.0', ...(isRequest ? { id: ++rpcId } : {}), ...message },
    {
      accept: MCP_ACCEPT,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  );
}

const initializeMessage = {
  method: 'initialize',
  params: {
    protocolVersion: PROTOCOL_VERSION,
    capabilities: {},
    clientInfo: { name: 'mock-servers-test', version: '1.0.0' },
  },
};

/** The JSON-RPC message of a response, whether it came as JSON or as one SSE `message` event. */
async function rpcMessage(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    const data = text
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6));
    expect(data).toHaveLength(1);
    return JSON.parse(data[0] as string) as Record<string, unknown>;
  }
  return JSON.parse(text) as Record<string, unknown>;
}

async function initializeSession(servers: MockServers, token: string): Promise<string> {
  const response = await mcpPost(servers, token, initializeMessage);
  expect(response.status).toBe(200);
  const sessionId = response.headers.get('mcp-session-id');
  expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
  await response.text();
  return sessionId as string;
}

function accessToken(servers: MockServers): string {
  return servers.store.issueAccessToken('test-client', ['mcp:basic'], servers.serverUrl).token;
}

function last(servers: MockServers): Exchange {
  const exchanges = servers.recorder.exchanges;
  const found = exchanges[exchanges.length - 1];
  if (!found) throw new Error('the transcript is empty');
  return found;
}

/** The error a TCP connection attempt ends with, or `connected`. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
    cleanups.push(() => void socket.destroy());
  });
}

/** A throwaway loopback HTTP server for Client ID Metadata Documents. */
async function documentServer(
  handler: (path: string) => { status: number; body: string },
): Promise<{ url: (path: string) => string; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const { status, body } = handler(req.url ?? '');
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: (path) => `http://127.0.0.1:${port}${path}`, requests };
}

async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function timed(action: () => Promise<void>): Promise<number> {
  const begin = performance.now();
  await action();
  return performance.now() - begin;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Binding

describe('binding', () => {
  it('binds both servers to 127.0.0.1 on ephemeral ports that differ per start', async () => {
    const [first, second] = await Promise.all([start(), start()]);
    if (!first || !second) throw new Error('not started');
    for (const servers of [first, second]) {
      expect(servers.authorizationServerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(servers.serverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    }
    const ports = [first, second].flatMap((servers) => [
      portOf(servers.authorizationServerUrl),
      portOf(servers.serverUrl),
    ]);
    for (const port of ports) expect(port).toBeGreaterThan(1023);
    expect(new Set(ports).size).toBe(4);
    expect((await fetch(`${first.authorizationServerUrl}/.well-known/oauth-authorization-server`)).status).toBe(200);
    expect((await fetch(prmUrl(second))).status).toBe(200);
  });

  it('is not reachable through another loopback alias, and releases its ports on stop', async () => {
    const servers = await start();
    const ports = [portOf(servers.authorizationServerUrl), portOf(servers.serverUrl)];
    for (const port of ports) {
      expect(await tryConnect('127.0.0.1', port)).toBe('connected');
      expect(await tryConnect('127.0.0.2', port)).toBe('ECONNREFUSED');
    }
    await stop(servers);
    for (const port of ports) expect(await tryConnect('127.0.0.1', port)).toBe('ECONNREFUSED');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Discovery metadata

describe('authorization server metadata and protected resource metadata', () => {
  it('serves RFC 8414 metadata with the configured scopes, S256 and CIMD support', async () => {
    const servers = await start({ as: { scopesSupported: ['mcp:basic', 'offline_access'] } });
    const as = servers.authorizationServerUrl;
    const response = await fetch(`${as}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({
      issuer: as,
      authorization_endpoint: `${as}/authorize`,
      token_endpoint: `${as}/token`,
      registration_endpoint: `${as}/register`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_post', 'client_secret_basic'],
      scopes_supported: ['mcp:basic', 'offline_access'],
      authorization_response_iss_parameter_supported: true,
      client_id_metadata_document_supported: true,
    });
    await expectOAuthError(await fetch(`${as}/.well-known/openid-configuration`), 404, 'not_found');
    expect(servers.recorder.exchanges.map((e) => [e.server, e.endpoint, e.path, e.status])).toEqual([
      ['authorization-server', 'as-metadata', '/.well-known/oauth-authorization-server', 200],
      ['authorization-server', 'oidc-metadata', '/.well-known/openid-configuration', 404],
    ]);
  });

  it('reports client_id_metadata_document_supported: false when configured so', async () => {
    const servers = await start({ as: { clientIdMetadataDocumentSupported: false } });
    const body = await jsonOf(await fetch(`${servers.authorizationServerUrl}/.well-known/oauth-authorization-server`));
    expect(body.client_id_metadata_document_supported).toBe(false);
    expect(body.scopes_supported).toEqual(['mcp:basic']);
  });

  it('with openid-only metadata, answers 404 at the RFC 8414 path and serves OIDC discovery', async () => {
    const servers = await start({
      as: { metadataLocation: 'openid-only', scopesSupported: ['openid', 'offline_access', 'mcp:basic'] },
    });
    const as = servers.authorizationServerUrl;
    await expectOAuthError(await fetch(`${as}/.well-known/oauth-authorization-server`), 404, 'not_found');
    const response = await fetch(`${as}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(body).toMatchObject({
      issuer: as,
      authorization_endpoint: `${as}/authorize`,
      token_endpoint: `${as}/token`,
      registration_endpoint: `${as}/register`,
      scopes_supported: ['openid', 'offline_access', 'mcp:basic'],
      code_challenge_methods_supported: ['S256'],
      client_id_metadata_document_supported: true,
      jwks_uri: `${as}/jwks`,
      prompt_values_supported: ['none', 'login', 'consent'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect(servers.recorder.exchanges.map((e) => [e.endpoint, e.status])).toEqual([
      ['as-metadata', 404],
      ['oidc-metadata', 200],
    ]);
  });

  it('serves Protected Resource Metadata for /mcp naming the authorization server', async () => {
    const servers = await start({ mcpScopes: ['mcp:basic', 'mcp:write'] });
    const response = await fetch(prmUrl(servers));
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({
      resource: servers.serverUrl,
      authorization_servers: [servers.authorizationServerUrl],
      scopes_supported: ['mcp:basic', 'mcp:write'],
      bearer_methods_supported: ['header'],
      resource_name: 'sep-2207-action mock MCP server',
    });
    expect(last(servers)).toMatchObject({
      seq: 1,
      server: 'mcp-server',
      endpoint: 'prm',
      method: 'GET',
      path: '/.well-known/oauth-protected-resource/mcp',
      status: 200,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Dynamic client registration

describe('dynamic client registration', () => {
  it('answers 201 echoing the metadata with a distinctive client_id, and records the body', async () => {
    const servers = await start();
    const metadata = clientMetadata({ scope: 'mcp:basic offline_access' });
    const before = Math.floor(Date.now() / 1000);
    const response = await postJson(`${servers.authorizationServerUrl}/register`, metadata);
    expect(response.status).toBe(201);
    const body = await jsonOf(response);
    expect(body).toEqual({
      ...metadata,
      client_id: expect.stringMatching(/^client-[A-Za-z0-9_-]{24}$/),
      client_id_issued_at: expect.any(Number),
    });
    expect(body.client_id_issued_at as number).toBeGreaterThanOrEqual(before);
    expect(body.client_id_issued_at as number).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(body).not.toHaveProperty('client_secret');
    expect(last(servers)).toMatchObject({
      endpoint: 'register',
      method: 'POST',
      body: { kind: 'json', value: metadata },
      status: 201,
      response: { kind: 'json', value: body },
    });
    const second = await register(servers);
    expect(second).not.toBe(body.client_id);
  });

  it('issues a client secret for confidential auth methods and counts it as a secret', async () => {
    const servers = await start();
    const response = await postJson(
      `${servers.authorizationServerUrl}/register`,
      clientMetadata({ token_endpoint_auth_method: 'client_secret_post' }),
    );
    expect(response.status).toBe(201);
    const body = await jsonOf(response);
    expect(body.token_endpoint_auth_method).toBe('client_secret_post');
    expect(body.client_secret).toMatch(/^secret-/);
    expect(body.client_secret_expires_at).toBe(0);
    expect(servers.store.issuedSecrets()).toContain(body.client_secret);
  });

  it.each([
    ['missing', {}],
    ['empty', { redirect_uris: [] }],
    ['not strings', { redirect_uris: [42] }],
  ])('rejects %s redirect_uris with 400 invalid_redirect_uri', async (_name, redirect) => {
    const servers = await start();
    const { redirect_uris: _omitted, ...rest } = clientMetadata();
    const response = await postJson(`${servers.authorizationServerUrl}/register`, { ...rest, ...redirect });
    await expectOAuthError(response, 400, 'invalid_redirect_uri');
    expect(last(servers)).toMatchObject({ endpoint: 'register', status: 400, body: { kind: 'json' } });
  });

  it('rejects a body that is not JSON with a JSON 400 and records it as text', async () => {
    const servers = await start();
    const response = await fetch(`${servers.authorizationServerUrl}/register`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'redirect_uris=http://127.0.0.1:9/callback',
    });
    await expectOAuthError(response, 400, 'invalid_client_metadata');
    expect(last(servers)).toMatchObject({
      endpoint: 'register',
      status: 400,
      body: { kind: 'text', value: 'redirect_uris=http://127.0.0.1:9/callback', truncated: false },
      response: { kind: 'json', value: { error: 'invalid_client_metadata' } },
    });
  });

  it('rejects a JSON array as registration metadata', async () => {
    const servers = await start();
    await expectOAuthError(
      await postJson(`${servers.authorizationServerUrl}/register`, [clientMetadata()]),
      400,
      'invalid_client_metadata',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. /authorize

describe('/authorize', () => {
  it('redirects with code, state and iss, and keeps the grant in the store', async () => {
    const servers = await start({ as: { scopesSupported: ['mcp:basic', 'offline_access'] } });
    const clientId = await register(servers);
    const { challenge } = pkce();
    const params = {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'xyz',
      scope: 'mcp:basic offline_access',
      prompt: 'consent',
      resource: servers.serverUrl,
    };
    const response = await authorize(servers, params);
    expect(response.status).toBe(302);
    const location = locationOf(response);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect([...location.searchParams.keys()].sort()).toEqual(['code', 'iss', 'state']);
    const code = location.searchParams.get('code') as string;
    expect(code).toMatch(/^code-[A-Za-z0-9_-]{24}$/);
    expect(location.searchParams.get('state')).toBe('xyz');
    expect(location.searchParams.get('iss')).toBe(servers.authorizationServerUrl);
    expect(servers.store.codes.get(code)).toEqual({
      code,
      clientId,
      redirectUri: REDIRECT_URI,
      resource: servers.serverUrl,
      codeChallenge: challenge,
      scope: ['mcp:basic', 'offline_access'],
      prompt: 'consent',
      used: false,
    });
    expect(last(servers)).toMatchObject({
      endpoint: 'authorize',
      method: 'GET',
      path: '/authorize',
      query: params,
      body: { kind: 'none' },
      status: 302,
      responseHeaders: { location: location.toString() },
    });
  });

  it('keeps a query already in the redirect URI and grants the default scopes when none are asked', async () => {
    const servers = await start({ as: { defaultScopes: ['mcp:basic', 'mcp:read'] } });
    const redirectUri = 'http://127.0.0.1:9/cb?tenant=a';
    const clientId = await register(servers, { redirect_uris: [redirectUri] });
    const response = await authorize(servers, {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
    });
    expect(response.status).toBe(302);
    const location = locationOf(response);
    expect(location.searchParams.get('tenant')).toBe('a');
    expect(location.searchParams.has('state')).toBe(false);
    const code = location.searchParams.get('code') as string;
    expect(servers.store.codes.get(code)?.scope).toEqual(['mcp:basic', 'mcp:read']);
  });

  it.each([
    ['without PKCE', { code_challenge: undefined, code_challenge_method: undefined }, 'invalid_request'],
    ['with a challenge but no method', { code_challenge_method: undefined }, 'invalid_request'],
    ['with PKCE plain', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['with response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['without response_type', { response_type: undefined }, 'unsupported_response_type'],
  ])('redirects %s with an error and no code', async (_name, overrides, error) => {
    const servers = await start();
    const clientId = await register(servers);
    const response = await authorize(servers, {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
      state: 'st-9',
      ...overrides,
    });
    expect(response.status).toBe(302);
    const location = locationOf(response);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('error_description')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('st-9');
    expect(location.searchParams.get('iss')).toBe(servers.authorizationServerUrl);
    expect(location.searchParams.has('code')).toBe(false);
    expect(servers.store.codes.size).toBe(0);
  });

  it('answers 400 without redirecting to a redirect_uri the client did not register', async () => {
    const servers = await start();
    const clientId = await register(servers);
    const response = await authorize(servers, {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: 'http://127.0.0.1:9/elsewhere',
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
    });
    await expectOAuthError(response, 400, 'invalid_request');
    expect(response.headers.get('location')).toBeNull();
    expect(servers.store.codes.size).toBe(0);
  });

  it.each([
    ['no client_id', { client_id: undefined }],
    ['no redirect_uri', { redirect_uri: undefined }],
    ['a redirect_uri that is not a URL', { redirect_uri: 'not a url' }],
  ])('answers 400 without redirecting for %s', async (_name, overrides) => {
    const servers = await start();
    const response = await authorize(servers, {
      response_type: 'code',
      client_id: 'some-client',
      redirect_uri: REDIRECT_URI,
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
      ...overrides,
    });
    await expectOAuthError(response, 400, 'invalid_request');
    expect(response.headers.get('location')).toBeNull();
  });

  it('treats a repeated parameter as absent and records it as an array', async () => {
    const servers = await start();
    const clientId = await register(servers);
    const url = new URL(`${servers.authorizationServerUrl}/authorize`);
    url.search = new URLSearchParams([
      ['response_type', 'code'],
      ['client_id', clientId],
      ['redirect_uri', REDIRECT_URI],
      ['code_challenge', pkce().challenge],
      ['code_challenge_method', 'S256'],
      ['code_challenge_method', 'S256'],
    ]).toString();
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(locationOf(response).searchParams.get('error')).toBe('invalid_request');
    expect(last(servers).query.code_challenge_method).toEqual(['S256', 'S256']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. /token: the authorization_code grant and malformed token requests

describe('/token authorization_code grant', () => {
  it('exchanges a code for Bearer tokens, never cached', async () => {
    const servers = await start({ as: { accessTokenExpiresIn: 120 } });
    const grant = await authorizationCode(servers, { scope: 'mcp:basic' });
    const response = await exchange(servers, grant);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await jsonOf(response);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^at-[A-Za-z0-9_-]{24}$/),
      token_type: 'Bearer',
      expires_in: 120,
      scope: 'mcp:basic',
      refresh_token: expect.stringMatching(/^rt-[A-Za-z0-9_-]{24}$/),
    });
    expect(servers.store.codes.get(grant.code)?.used).toBe(true);
    expect(servers.store.accessTokens.get(body.access_token as string)).toEqual({
      token: body.access_token,
      clientId: grant.clientId,
      scope: ['mcp:basic'],
      resource: servers.serverUrl,
      usesLeft: UNLIMITED_USES,
      expiresAt: Infinity,
      declaredExpiresIn: undefined,
    });
    expect(servers.store.refreshTokens.get(body.refresh_token as string)).toMatchObject({
      clientId: grant.clientId,
      grantedScope: ['mcp:basic'],
      resource: servers.serverUrl,
      state: 'active',
      replacedBy: undefined,
    });
    expect(last(servers)).toMatchObject({
      endpoint: 'token',
      method: 'POST',
      body: {
        kind: 'form',
        value: {
          grant_type: 'authorization_code',
          code: grant.code,
          code_verifier: grant.verifier,
          client_id: grant.clientId,
          redirect_uri: REDIRECT_URI,
          resource: servers.serverUrl,
        },
      },
      status: 200,
      response: { kind: 'json', value: body },
    });
  });

  it(
    'accepts a code exchange without resource, client_id and ' + 'redirect_uri, keeping the authorized resource',
    async () => {
      const servers = await start();
      const grant = await authorizationCode(servers);
      const response = await postForm(`${servers.authorizationServerUrl}/token`, {
        grant_type: 'authorization_code',
        code: grant.code,
        code_verifier: grant.verifier,
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as TokenResponse;
      expect(servers.store.accessTokens.get(body.access_token)?.resource).toBe(servers.serverUrl);
    },
  );

  it('rejects a wrong code_verifier with invalid_grant, and the failed attempt uses up the code', async () => {
    const servers = await start();
    const grant = await authorizationCode(servers);
    const wrong = await exchange(servers, grant, { code_verifier: pkce().verifier });
    expect(wrong.headers.get('cache-control')).toBe('no-store');
    expect(await expectOAuthError(wrong, 400, 'invalid_grant')).toMatch(/PKCE/);
    await expectOAuthError(await exchange(servers, grant), 400, 'invalid_grant');
    expect(servers.store.accessTokens.size).toBe(0);
  });

  it('rejects a missing code_verifier with invalid_grant', async () => {
    const servers = await start();
    const grant = await authorizationCode(servers);
    const { code_verifier: _omitted, ...withoutVerifier } = {
      grant_type: 'authorization_code',
      code: grant.code,
      code_verifier: grant.verifier,
      client_id: grant.clientId,
    };
    await expectOAuthError(
      await postForm(`${servers.authorizationServerUrl}/token`, withoutVerifier),
      400,
      'invalid_grant',
    );
  });

  it('accepts a code once: reuse is invalid_grant', async () => {
    const servers = await start();
    const grant = await authorizationCode(servers);
    expect((await exchange(servers, grant)).status).toBe(200);
    expect(await expectOAuthError(await exchange(servers, grant), 400, 'invalid_grant')).toMatch(/already used/);
    expect(servers.store.accessTokens.size).toBe(1);
  });

  it('rejects an unknown code with invalid_grant', async () => {
    const servers = await start();
    const grant = await authorizationCode(servers);
    await expectOAuthError(await exchange(servers, grant, { code: 'code-nope' }), 400, 'invalid_grant');
  });

  it.each([
    ['another client_id', { client_id: 'client-other' }, 'invalid_grant'],
    ['another redirect_uri', { redirect_uri: 'http://127.0.0.1:9/other' }, 'invalid_grant'],
    ['another resource', { resource: 'http://127.0.0.1:9/other-mcp' }, 'invalid_target'],
  ])('rejects %s than the authorization request used', async (_name, overrides, error) => {
    const servers = await start();
    const grant = await authorizationCode(servers);
    await expectOAuthError(await exchange(servers, grant, overrides), 400, error);
    expect(servers.store.accessTokens.size).toBe(0);
  });

  it('rejects a JSON body with 400 invalid_request, and records it as JSON', async () => {
    const servers = await start();
    const grant = await authorizationCode(servers);
    const payload = { grant_type: 'authorization_code', code: grant.code, code_verifier: grant.verifier };
    const response = await postJson(`${servers.authorizationServerUrl}/token`, payload);
    expect(response.headers.get('cache-control')).toBe('no-store');
    await expectOAuthError(response, 400, 'invalid_request');
    expect(last(servers)).toMatchObject({ endpoint: 'token', status: 400, body: { kind: 'json', value: payload } });
    expect(servers.store.codes.get(grant.code)?.used).toBe(false);
  });

  it('rejects a POST without a body with 400 invalid_request', async () => {
    const servers = await start();
    await expectOAuthError(
      await fetch(`${servers.authorizationServerUrl}/token`, { method: 'POST' }),
      400,
      'invalid_request',
    );
    expect(last(servers).body).toEqual({ kind: 'none' });
  });

  it.each(['GET', 'PUT'])('answers %s /token with 405 and Allow: POST', async (method) => {
    const servers = await start();
    const response = await fetch(
      `${servers.authorizationServerUrl}/token?grant_type=refresh_token&refresh_token=rt-x`,
      { method },
    );
    expect(response.headers.get('allow')).toBe('POST');
    await expectOAuthError(response, 405, 'invalid_request');
    expect(last(servers)).toMatchObject({
      endpoint: 'token',
      method,
      query: { grant_type: 'refresh_token', refresh_token: 'rt-x' },
      status: 405,
    });
  });

  it.each([
    ['an unknown grant_type', { grant_type: 'password' }],
    ['client_credentials', { grant_type: 'client_credentials' }],
    ['no grant_type', {}],
  ])('answers %s with unsupported_grant_type', async (_name, params) => {
    const servers = await start();
    await expectOAuthError(
      await postForm(`${servers.authorizationServerUrl}/token`, params),
      400,
      'unsupported_grant_type',
    );
  });

  it('treats a repeated grant_type as absent and records the form value as an array', async () => {
    const servers = await start();
    const response = await fetch(`${servers.authorizationServerUrl}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&grant_type=refresh_token&refresh_token=rt-x',
    });
    await expectOAuthError(response, 400, 'unsupported_grant_type');
    expect(last(servers).body).toEqual({
      kind: 'form',
      value: { grant_type: ['refresh_token', 'refresh_token'], refresh_token: 'rt-x' },
    });
  });

  it('with policy none issues no refresh token at all', async () => {
    const servers = await start({ as: { refreshTokenPolicy: 'none' } });
    const { body } = await tokens(servers);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
    expect(servers.store.refreshTokens.size).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Refresh policies

describe('/token refresh_token grant', () => {
  it('static: the same refresh token keeps working, with a new access token each time', async () => {
    const servers = await start({ as: { refreshTokenPolicy: 'static' } });
    const { grant, body } = await tokens(servers);
    const refreshToken = body.refresh_token as string;
    const accessTokens = new Set([body.access_token]);
    for (let i = 0; i < 3; i += 1) {
      const response = await refresh(servers, grant, refreshToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const refreshed = (await jsonOf(response)) as unknown as TokenResponse;
      expect(refreshed).toEqual({
        access_token: expect.stringMatching(/^at-/),
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'mcp:basic',
        refresh_token: refreshToken,
      });
      accessTokens.add(refreshed.access_token);
    }
    expect(accessTokens.size).toBe(4);
    expect(servers.store.refreshTokens.size).toBe(1);
    expect(last(servers).body).toEqual({
      kind: 'form',
      value: {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: grant.clientId,
        resource: servers.serverUrl,
      },
    });
  });

  it(
    'rotate: every refresh returns a new refresh token, the old ' + 'one is invalid_grant, the newest survives a reuse',
    async () => {
      const servers = await start({ as: { refreshTokenPolicy: 'rotate' } });
      const { grant, body } = await tokens(servers);
      const rt1 = body.refresh_token as string;

      const first = await refresh(servers, grant, rt1);
      expect(first.status).toBe(200);
      const rt2 = ((await first.json()) as TokenResponse).refresh_token as string;
      expect(rt2).toMatch(/^rt-/);
      expect(rt2).not.toBe(rt1);

      expect(await expectOAuthError(await refresh(servers, grant, rt1), 400, 'invalid_grant')).toMatch(/rotated/);

      // No family revocation: the newest token still works after the old one was replayed.
      const second = await refresh(servers, grant, rt2);
      expect(second.status).toBe(200);
      const rt3 = ((await second.json()) as TokenResponse).refresh_token as string;
      expect(new Set([rt1, rt2, rt3]).size).toBe(3);
      await expectOAuthError(await refresh(servers, grant, rt2), 400, 'invalid_grant');
      expect((await refresh(servers, grant, rt3)).status).toBe(200);

      const store = servers.store.refreshTokens;
      expect(store.get(rt1)).toMatchObject({ state: 'rotated', replacedBy: rt2 });
      expect(store.get(rt2)).toMatchObject({ state: 'rotated', replacedBy: rt3 });
      expect(store.get(rt3)).toMatchObject({
        state: 'rotated',
        grantedScope: ['mcp:basic'],
        resource: servers.serverUrl,
      });
      expect(servers.store.issuedRefreshTokens()).toHaveLength(4);
    },
  );

  it('invalid_grant: issues a refresh token, then answers every refresh with invalid_grant', async () => {
    const servers = await start({ as: { refreshTokenPolicy: 'invalid_grant' } });
    const { grant, body } = await tokens(servers);
    expect(body.refresh_token).toMatch(/^rt-/);
    for (let i = 0; i < 2; i += 1) {
      const response = await refresh(servers, grant, body.refresh_token as string);
      expect(response.headers.get('cache-control')).toBe('no-store');
      await expectOAuthError(response, 400, 'invalid_grant');
    }
    expect(servers.store.accessTokens.size).toBe(1);
  });

  it('none: a refresh grant with any token is invalid_grant', async () => {
    const servers = await start({ as: { refreshTokenPolicy: 'none' } });
    const { grant } = await tokens(servers);
    await expectOAuthError(await refresh(servers, grant, 'rt-made-up'), 400, 'invalid_grant');
  });

  it('rejects an unknown refresh token and one presented by another client with invalid_grant', async () => {
    const servers = await start();
    const { grant, body } = await tokens(servers);
    await expectOAuthError(await refresh(servers, grant, 'rt-unknown'), 400, 'invalid_grant');
    await expectOAuthError(
      await refresh(servers, grant, body.refresh_token as string, { client_id: 'client-someone-else' }),
      400,
      'invalid_grant',
    );
  });

  it('refuses a refresh scope wider than granted, allows a narrower one, and keeps the original grant', async () => {
    const servers = await start({ as: { scopesSupported: ['mcp:basic', 'mcp:read', 'mcp:write'] } });
    const { grant, body } = await tokens(servers, { scope: 'mcp:basic mcp:read' });
    expect(body.scope).toBe('mcp:basic mcp:read');
    const rt = body.refresh_token as string;

    await expectOAuthError(await refresh(servers, grant, rt, { scope: 'mcp:basic mcp:write' }), 400, 'invalid_scope');

    const narrower = await refresh(servers, grant, rt, { scope: 'mcp:read' });
    expect(narrower.status).toBe(200);
    const narrowBody = (await narrower.json()) as TokenResponse;
    expect(narrowBody.scope).toBe('mcp:read');
    expect(servers.store.accessTokens.get(narrowBody.access_token)?.scope).toEqual(['mcp:read']);

    const full = await refresh(servers, grant, rt, { scope: 'mcp:read mcp:basic' });
    expect(full.status).toBe(200);
    expect(((await full.json()) as TokenResponse).scope).toBe('mcp:read mcp:basic');

    const omitted = await refresh(servers, grant, rt);
    expect(((await omitted.json()) as TokenResponse).scope).toBe('mcp:basic mcp:read');
  });

  it('withheldScopes: grants less than asked, and a refresh may not ask for the withheld scope', async () => {
    const servers = await start({ as: { scopesSupported: ['mcp:basic', 'mcp:admin'], withheldScopes: ['mcp:admin'] } });
    const { grant, body } = await tokens(servers, { scope: 'mcp:basic mcp:admin' });
    expect(body.scope).toBe('mcp:basic');
    expect(servers.store.codes.get(grant.code)?.scope).toEqual(['mcp:basic']);
    expect(servers.store.refreshTokens.get(body.refresh_token as string)?.grantedScope).toEqual(['mcp:basic']);
    await expectOAuthError(
      await refresh(servers, grant, body.refresh_token as string, { scope: 'mcp:admin' }),
      400,
      'invalid_scope',
    );
  });

  it.each([
    ['offline_access without prompt=consent', 'mcp:basic offline_access', undefined, false],
    ['prompt=consent without offline_access', 'mcp:basic', 'consent', false],
    ['offline_access with prompt=login', 'mcp:basic offline_access', 'login', false],
    ['offline_access with prompt=consent', 'openid mcp:basic offline_access', 'consent', true],
  ])('refreshTokenRequiresConsent: %s', async (_name, scope, prompt, issued) => {
    const servers = await start({
      as: {
        metadataLocation: 'openid-only',
        scopesSupported: ['openid', 'mcp:basic', 'offline_access'],
        refreshTokenRequiresConsent: true,
      },
    });
    const { body } = await tokens(servers, { scope, prompt });
    expect(body.scope).toBe(scope);
    expect('refresh_token' in body).toBe(issued);
    expect(servers.store.refreshTokens.size).toBe(issued ? 1 : 0);
  });

  it('sets deliveredAt once the response carrying a refresh token is delivered', async () => {
    const servers = await start({ as: { refreshTokenPolicy: 'rotate' } });
    const { grant, body } = await tokens(servers);
    const rt1 = servers.store.refreshTokens.get(body.refresh_token as string);
    await vi.waitFor(() => expect(rt1?.deliveredAt).toBeTypeOf('number'), { timeout: 1000, interval: 5 });
    const tokenExchange = last(servers);
    expect(rt1?.deliveredAt).toBeGreaterThanOrEqual(tokenExchange.receivedAt);
    expect(rt1?.deliveredAt).toBeLessThanOrEqual(servers.recorder.now());

    const response = await refresh(servers, grant, rt1?.token as string);
    const rt2 = servers.store.refreshTokens.get(((await response.json()) as TokenResponse).refresh_token as string);
    await vi.waitFor(() => expect(rt2?.deliveredAt).toBeTypeOf('number'), { timeout: 1000, interval: 5 });
    expect(rt2?.deliveredAt).toBeGreaterThanOrEqual(rt1?.deliveredAt as number);
  });

  it('static: deliveredAt keeps the first delivery time across refreshes', async () => {
    const servers = await start();
    const { grant, body } = await tokens(servers);
    const record = servers.store.refreshTokens.get(body.refresh_token as string);
    await vi.waitFor(() => expect(record?.deliveredAt).toBeTypeOf('number'), { timeout: 1000, interval: 5 });
    const first = record?.deliveredAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await refresh(servers, grant, body.refresh_token as string)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(record?.deliveredAt).toBe(first);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. The MCP server

describe("an authorization server on the MCP server's origin", () => {
  it('serves both from one listener, each request recorded by the server whose path it names', async () => {
    const servers = await start({ authorizationServerOrigin: 'shared' });
    const origin = new URL(servers.serverUrl).origin;
    expect(servers.authorizationServerUrl).toBe(origin);
    const metadata = await jsonOf(await fetch(`${origin}/.well-known/oauth-authorization-server`));
    expect(metadata).toMatchObject({ issuer: origin, token_endpoint: `${origin}/token` });
    const prm = await jsonOf(await fetch(prmUrl(servers)));
    expect(prm).toMatchObject({ resource: servers.serverUrl, authorization_servers: [origin] });
    const { body } = await tokens(servers);
    expect(body.access_token).toMatch(/^at-/);
    expect((await mcpPost(servers, undefined, initializeMessage)).status).toBe(401);
    expect(servers.recorder.exchanges.map((exchange) => `${exchange.server} ${exchange.endpoint}`)).toEqual(
      expect.arrayContaining([
        'authorization-server as-metadata',
        'mcp-server prm',
        'authorization-server token',
        'mcp-server mcp',
      ]),
    );
  });
});

describe('MCP server', () => {
  it('answers a request without a token with 401 and a challenge naming PRM and scope, without error=', async () => {
    const servers = await start({ mcpScopes: ['mcp:basic', 'mcp:write'] });
    const response = await mcpPost(servers, undefined, initializeMessage);
    expect(response.status).toBe(401);
    const challenge = response.headers.get('www-authenticate');
    expect(challenge).toBe(`Bearer resource_metadata="${prmUrl(servers)}", scope="mcp:basic mcp:write"`);
    expect(challenge).not.toContain('error=');
    expect(await jsonOf(response)).toEqual({ error: 'unauthorized' });
    expect(last(servers)).toMatchObject({
      server: 'mcp-server',
      endpoint: 'mcp',
      status: 401,
      responseHeaders: { 'www-authenticate': challenge },
      body: { kind: 'json', value: { method: 'initialize' } },
    });
    // The challenge's resource_metadata URL serves the PRM.
    expect((await fetch(prmUrl(servers))).status).toBe(200);
  });

  it('treats a non-Bearer Authorization as no token', async () => {
    const servers = await start();
    const response = await mcpPost(servers, undefined, initializeMessage, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).not.toContain('error=');
  });

  it('does not accept an access token in the query string', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const response = await fetch(`${servers.serverUrl}?access_token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: MCP_ACCEPT },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, ...initializeMessage }),
    });
    expect(response.status).toBe(401);
    expect(last(servers).query).toEqual({ access_token: token });
  });

  it('answers an unknown token with 401 error="invalid_token"', async () => {
    const servers = await start();
    const response = await mcpPost(servers, 'at-unknown', initializeMessage);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${prmUrl(servers)}", scope="mcp:basic", error="invalid_token", ` +
        'error_description="The access token is not valid"',
    );
    expect(await jsonOf(response)).toEqual({ error: 'invalid_token' });
  });

  it("names the expired token's granted scope in its challenge, not the wider scope the server lists", async () => {
    const servers = await start({ accessTokenUses: 1, mcpScopes: ['mcp:basic', 'mcp:write'] });
    const { body } = await tokens(servers);
    expect(body.scope).toBe('mcp:basic');
    const sessionId = await initializeSession(servers, body.access_token);
    const expired = await mcpPost(
      servers,
      body.access_token,
      { method: 'tools/list' },
      { 'mcp-session-id': sessionId },
    );
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('scope="mcp:basic", error="invalid_token"');
    // A request without a token still learns every scope the server lists.
    expect((await mcpPost(servers, undefined, initializeMessage)).headers.get('www-authenticate')).toContain(
      'scope="mcp:basic mcp:write"',
    );
  });

  it('expires an access token after accessTokenUses requests; a refreshed token works', async () => {
    const servers = await start({ accessTokenUses: 2 });
    const { grant, body } = await tokens(servers);
    const sessionId = await initializeSession(servers, body.access_token);
    const listed = await mcpPost(
      servers,
      body.access_token,
      { method: 'tools/list' },
      {
        'mcp-session-id': sessionId,
        'mcp-protocol-version': PROTOCOL_VERSION,
      },
    );
    expect(listed.status).toBe(200);
    await listed.text();
    expect(servers.store.accessTokens.get(body.access_token)?.usesLeft).toBe(0);

    const expired = await mcpPost(
      servers,
      body.access_token,
      { method: 'tools/list' },
      { 'mcp-session-id': sessionId },
    );
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${prmUrl(servers)}", scope="mcp:basic", error="invalid_token", ` +
        'error_description="The access token expired"',
    );
    expect(await jsonOf(expired)).toEqual({ error: 'invalid_token' });

    const refreshed = (await (await refresh(servers, grant, body.refresh_token as string)).json()) as TokenResponse;
    const again = await mcpPost(
      servers,
      refreshed.access_token,
      { method: 'tools/list' },
      {
        'mcp-session-id': sessionId,
        'mcp-protocol-version': PROTOCOL_VERSION,
      },
    );
    expect(again.status).toBe(200);
    await again.text();
  });

  it('serves a session: initialize, tools/list with echo, tools/call echo', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const init = await mcpPost(servers, token, initializeMessage);
    expect(init.status).toBe(200);
    const sessionId = init.headers.get('mcp-session-id') as string;
    expect(sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const initMessage = await rpcMessage(init);
    expect(initMessage).toMatchObject({
      jsonrpc: '2.0',
      result: {
        protocolVersion: PROTOCOL_VERSION,
        capabilities: { tools: {} },
        serverInfo: { name: 'sep-2207-action-mock' },
      },
    });
    const session = { 'mcp-session-id': sessionId, 'mcp-protocol-version': PROTOCOL_VERSION };

    const initialized = await mcpPost(servers, token, { method: 'notifications/initialized' }, session);
    expect(initialized.status).toBe(202);
    await initialized.text();

    const list = await mcpPost(servers, token, { method: 'tools/list' }, session);
    expect(list.status).toBe(200);
    const tools = (await rpcMessage(list)).result as { tools: { name: string }[] };
    expect(tools.tools.map((tool) => tool.name)).toEqual(['echo']);

    const call = await mcpPost(
      servers,
      token,
      { method: 'tools/call', params: { name: 'echo', arguments: { text: 'hello there' } } },
      session,
    );
    expect(call.status).toBe(200);
    expect((await rpcMessage(call)).result).toEqual({ content: [{ type: 'text', text: 'hello there' }] });

    const mcpExchanges = servers.recorder.exchanges.filter((e) => e.endpoint === 'mcp');
    expect(mcpExchanges.map((e) => [e.method, e.status, e.headers['mcp-session-id'] ?? null])).toEqual([
      ['POST', 200, null],
      ['POST', 202, sessionId],
      ['POST', 200, sessionId],
      ['POST', 200, sessionId],
    ]);
    expect(mcpExchanges[0]?.responseHeaders['mcp-session-id']).toBe(sessionId);
    expect(mcpExchanges[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('serves the stateless request shape: tools/list without a session, protocol 2026-07-28, as JSON', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const response = await mcpPost(servers, token, { method: 'tools/list' }, { 'mcp-protocol-version': '2026-07-28' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('mcp-session-id')).toBeNull();
    const message = (await response.json()) as { result: { tools: { name: string }[] } };
    expect(message.result.tools.map((tool) => tool.name)).toEqual(['echo']);

    const call = await mcpPost(
      servers,
      token,
      { method: 'tools/call', params: { name: 'echo', arguments: { text: 'x' } } },
      {
        'mcp-protocol-version': '2026-07-28',
      },
    );
    expect(call.status).toBe(200);
    expect(((await call.json()) as { result: unknown }).result).toEqual({ content: [{ type: 'text', text: 'x' }] });
    // The transcript keeps the version the client sent, not the one presented to the SDK.
    expect(last(servers).headers['mcp-protocol-version']).toBe('2026-07-28');
    expect(last(servers).response).toMatchObject({ kind: 'json', value: { result: { content: [{ text: 'x' }] } } });
  });

  it('answers an unknown session id with 404', async () => {
    const servers = await start();
    const response = await mcpPost(
      servers,
      accessToken(servers),
      { method: 'tools/list' },
      {
        'mcp-session-id': '00000000-0000-4000-8000-000000000000',
        'mcp-protocol-version': PROTOCOL_VERSION,
      },
    );
    expect(response.status).toBe(404);
    expect(await jsonOf(response)).toEqual({
      jsonrpc: '2.0',
      error: { code: -32001, message: 'Session not found' },
      id: null,
    });
  });

  it('ends a session on DELETE; the session id is then unknown', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const sessionId = await initializeSession(servers, token);
    const headers = {
      authorization: `Bearer ${token}`,
      'mcp-session-id': sessionId,
      'mcp-protocol-version': PROTOCOL_VERSION,
    };
    const deleted = await fetch(servers.serverUrl, { method: 'DELETE', headers });
    expect(deleted.status).toBe(200);
    await deleted.text();
    const after = await mcpPost(servers, token, { method: 'tools/list' }, { 'mcp-session-id': sessionId });
    expect(after.status).toBe(404);
  });

  it('answers GET without a session with 405 and Allow: POST', async () => {
    const servers = await start();
    const response = await fetch(servers.serverUrl, {
      headers: { authorization: `Bearer ${accessToken(servers)}`, accept: 'text/event-stream' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await jsonOf(response)).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 } });
  });

  // Bug: src/mock/mcp-server.ts forward() sets status and headers and pipes the SDK's stream, but never flushes the
  // headers. The standalone GET stream carries no event until the server sends one (never, in this mock), so not a
  // byte (not even the status line) reaches the client: a client that awaits the GET response hangs.
  it('sends the response headers of the GET SSE stream right away', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const sessionId = await initializeSession(servers, token);
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const response = await Promise.race([
      fetch(servers.serverUrl, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'text/event-stream',
          'mcp-session-id': sessionId,
          'mcp-protocol-version': PROTOCOL_VERSION,
        },
        signal: controller.signal,
      }),
      new Promise<'no headers'>((resolve) => setTimeout(() => resolve('no headers'), 1000)),
    ]);
    expect(response).not.toBe('no headers');
    expect((response as Response).status).toBe(200);
    expect((response as Response).headers.get('content-type')).toBe('text/event-stream');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 8. The transcript

describe('transcript', () => {
  it('records a whole flow across both servers in arrival order', async () => {
    const servers = await start();
    const prm = await fetch(prmUrl(servers));
    await prm.text();
    await (await fetch(`${servers.authorizationServerUrl}/.well-known/oauth-authorization-server`)).text();
    const { grant, body } = await tokens(servers, { scope: 'mcp:basic' });
    const init = await mcpPost(servers, body.access_token, initializeMessage);
    await init.text();

    const exchanges = servers.recorder.exchanges;
    expect(exchanges.map((e) => [e.seq, e.server, e.endpoint, e.method, e.path, e.status])).toEqual([
      [1, 'mcp-server', 'prm', 'GET', '/.well-known/oauth-protected-resource/mcp', 200],
      [2, 'authorization-server', 'as-metadata', 'GET', '/.well-known/oauth-authorization-server', 200],
      [3, 'authorization-server', 'register', 'POST', '/register', 201],
      [4, 'authorization-server', 'authorize', 'GET', '/authorize', 302],
      [5, 'authorization-server', 'token', 'POST', '/token', 200],
      [6, 'mcp-server', 'mcp', 'POST', '/mcp', 200],
    ]);
    for (let i = 1; i < exchanges.length; i += 1) {
      const [previous, current] = [exchanges[i - 1] as Exchange, exchanges[i] as Exchange];
      expect(current.receivedAt).toBeGreaterThanOrEqual(previous.respondedAt);
    }
    for (const e of exchanges) expect(e.respondedAt).toBeGreaterThanOrEqual(e.receivedAt);

    const [, , , authorizeExchange, tokenExchange, mcpExchange] = exchanges as [
      Exchange,
      Exchange,
      Exchange,
      Exchange,
      Exchange,
      Exchange,
    ];
    expect(authorizeExchange.query).toMatchObject({
      client_id: grant.clientId,
      scope: 'mcp:basic',
      resource: servers.serverUrl,
    });
    expect(authorizeExchange.responseHeaders.location).toMatch(/^http:\/\/127\.0\.0\.1:9\/callback\?code=code-/);
    expect(tokenExchange.body).toEqual({
      kind: 'form',
      value: {
        grant_type: 'authorization_code',
        code: grant.code,
        code_verifier: grant.verifier,
        client_id: grant.clientId,
        redirect_uri: REDIRECT_URI,
        resource: servers.serverUrl,
      },
    });
    expect(tokenExchange.response).toEqual({ kind: 'json', value: body });
    expect(tokenExchange.responseHeaders['content-type']).toMatch(/^application\/json/);
    expect(mcpExchange.body).toEqual({
      kind: 'json',
      value: { jsonrpc: '2.0', id: expect.any(Number), ...initializeMessage },
    });
    expect(mcpExchange.response).toMatchObject({ kind: 'text', truncated: false });
    expect((mcpExchange.response as { value: string }).value).toContain('"protocolVersion":"2025-11-25"');
    expect(mcpExchange.responseHeaders['content-type']).toBe('text/event-stream');
  });

  it('records concurrent requests to both servers with unique, increasing seq', async () => {
    const servers = await start();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(
          i % 2 === 0 ? prmUrl(servers) : `${servers.authorizationServerUrl}/.well-known/oauth-authorization-server`,
        ).then((r) => r.text()),
      ),
    );
    const seqs = servers.recorder.exchanges.map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(servers.recorder.exchanges.filter((e) => e.server === 'mcp-server')).toHaveLength(5);
  });

  it('records a malformed JSON body to /register as text, answering a JSON error', async () => {
    const servers = await start();
    const response = await fetch(`${servers.authorizationServerUrl}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"redirect_uris": [',
    });
    expect(await expectOAuthError(response, 400, 'invalid_request')).toBe('The request body could not be parsed.');
    expect(last(servers)).toMatchObject({
      endpoint: 'register',
      method: 'POST',
      body: { kind: 'text', value: '{"redirect_uris": [', truncated: false },
      status: 400,
      response: { kind: 'json', value: { error: 'invalid_request' } },
    });
  });

  it('records a malformed JSON body to /mcp as text, answering a JSON-RPC parse error', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const response = await fetch(servers.serverUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: MCP_ACCEPT, authorization: `Bearer ${token}` },
      body: '{"jsonrpc": "2.0", "method": ',
    });
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toEqual({
      jsonrpc: '2.0',
      error: { code: -32700, message: 'The request body could not be parsed.' },
      id: null,
    });
    expect(last(servers)).toMatchObject({
      server: 'mcp-server',
      endpoint: 'mcp',
      headers: { authorization: `Bearer ${token}` },
      body: { kind: 'text', value: '{"jsonrpc": "2.0", "method": ', truncated: false },
      status: 400,
      response: { kind: 'json' },
    });
  });

  it('answers an oversized /token body with 413 JSON and records the exchange', async () => {
    const servers = await start();
    const response = await postForm(`${servers.authorizationServerUrl}/token`, {
      grant_type: 'refresh_token',
      refresh_token: 'rt-x',
      padding: 'a'.repeat(70 * 1024),
    });
    expect(await expectOAuthError(response, 413, 'invalid_request')).toBe('The request body is too large.');
    expect(last(servers)).toMatchObject({
      endpoint: 'token',
      method: 'POST',
      status: 413,
      response: { kind: 'json', value: { error: 'invalid_request' } },
    });
  });

  it('answers an oversized /register body with 413 JSON', async () => {
    const servers = await start();
    const response = await postJson(
      `${servers.authorizationServerUrl}/register`,
      clientMetadata({ padding: 'a'.repeat(70 * 1024) }),
    );
    await expectOAuthError(response, 413, 'invalid_request');
    expect(last(servers)).toMatchObject({ endpoint: 'register', status: 413 });
  });

  it('answers an oversized /mcp body with 413 JSON-RPC and records the exchange', async () => {
    const servers = await start();
    const response = await mcpPost(servers, accessToken(servers), {
      method: 'tools/list',
      params: { padding: 'a'.repeat(1100 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(await jsonOf(response)).toEqual({
      jsonrpc: '2.0',
      error: { code: -32600, message: 'The request body is too large.' },
      id: null,
    });
    expect(last(servers)).toMatchObject({
      server: 'mcp-server',
      endpoint: 'mcp',
      status: 413,
      response: { kind: 'json' },
    });
  });

  it('records a token sent in an unusual header, and a plain-text body', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const response = await fetch(servers.serverUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-leak': 'rt-leaked-value', 'content-type': 'text/plain' },
      body: 'refresh_token=rt-leaked-in-body',
    });
    await response.text();
    expect(last(servers).headers).toMatchObject({ 'x-leak': 'rt-leaked-value', authorization: `Bearer ${token}` });
    expect(last(servers).body).toEqual({ kind: 'text', value: 'refresh_token=rt-leaked-in-body', truncated: false });
  });

  it('records requests to unknown paths as `other` with a JSON 404', async () => {
    const servers = await start();
    await expectOAuthError(await fetch(`${servers.authorizationServerUrl}/userinfo?x=1`), 404, 'not_found');
    const mcp404 = await fetch(`${new URL(servers.serverUrl).origin}/nothing`);
    expect(mcp404.status).toBe(404);
    expect(await jsonOf(mcp404)).toMatchObject({ error: 'not_found' });
    expect(servers.recorder.exchanges.map((e) => [e.server, e.endpoint, e.path, e.status, e.query])).toEqual([
      ['authorization-server', 'other', '/userinfo', 404, { x: '1' }],
      ['mcp-server', 'other', '/nothing', 404, {}],
    ]);
  });

  it('records a response body over 16 KiB as a truncated text excerpt', async () => {
    const servers = await start();
    const response = await postJson(
      `${servers.authorizationServerUrl}/register`,
      clientMetadata({ padding: 'b'.repeat(20 * 1024) }),
    );
    expect(response.status).toBe(201);
    await response.text();
    const recorded = last(servers);
    expect(recorded.response).toMatchObject({ kind: 'text', truncated: true });
    expect((recorded.response as { value: string }).value).toHaveLength(16 * 1024);
    expect(recorded.body).toMatchObject({ kind: 'json' });
  });

  // Bug: stop() (src/mock/mock-servers.ts) resolves as soon as the listening sockets are closed, before the
  // connections it destroyed have emitted 'close' on their responses, so an exchange still in flight at stop is
  // recorded only after stop() resolved. src/engine/run-suite.ts copies the transcript right after `await stop()`,
  // so such an exchange (and a token it leaked in a header) is missing from the evaluated transcript.
  it('has recorded an exchange still in flight when stop() resolves', async () => {
    const servers = await start();
    const socket = await openSocket(portOf(servers.authorizationServerUrl));
    socket.on('error', () => undefined);
    socket.write(
      'POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        'Content-Length: 100\r\nx-leak: rt-in-flight\r\n\r\ngrant_type=refresh_token',
    );
    // Let the server see the request head before stopping.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stop(servers);
    expect(servers.recorder.exchanges.map((e) => [e.endpoint, e.headers['x-leak']])).toEqual([
      ['token', 'rt-in-flight'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 9. Client ID Metadata Documents

describe('Client ID Metadata Documents', () => {
  const authorizeWith = (servers: MockServers, clientId: string) =>
    authorize(servers, {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
    });

  it('fetches the document at a URL client_id once, and still authorizes the client', async () => {
    const document = {
      client_id: '',
      client_name: 'CIMD client',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code', 'refresh_token'],
    };
    const docs = await documentServer(() => ({ status: 200, body: JSON.stringify(document) }));
    const url = docs.url('/client.json');
    document.client_id = url;
    const servers = await start();
    const first = await authorizeWith(servers, url);
    expect(first.status).toBe(302);
    expect(locationOf(first).searchParams.get('code')).toMatch(/^code-/);
    expect((await authorizeWith(servers, url)).status).toBe(302);
    expect(await servers.clientMetadataDocuments()).toEqual([{ url, fetched: true, document }]);
    expect(docs.requests).toEqual(['/client.json']);
  });

  it('reports a closed loopback port as not fetched, with the reason', async () => {
    const url = `http://127.0.0.1:${await closedLoopbackPort()}/client.json`;
    const servers = await start();
    expect((await authorizeWith(servers, url)).status).toBe(302);
    const documents = await servers.clientMetadataDocuments();
    expect(documents).toEqual([
      { url, fetched: false, reason: expect.stringMatching(/^the URL could not be fetched: .*ECONNREFUSED/) },
    ]);
  });

  it.each([
    ['an HTTP error', { status: 404, body: '{}' }, 'the URL answered HTTP 404'],
    ['a JSON array', { status: 200, body: '[]' }, 'the document is not a JSON object'],
    [
      'a document over 64 KiB',
      { status: 200, body: JSON.stringify({ pad: 'c'.repeat(65 * 1024) }) },
      'the document is larger than 64 KiB',
    ],
  ])('reports %s as not fetched', async (_name, answer, reason) => {
    const docs = await documentServer(() => answer);
    const url = docs.url('/cimd');
    const servers = await start();
    await authorizeWith(servers, url);
    expect(await servers.clientMetadataDocuments()).toEqual([{ url, fetched: false, reason }]);
  });

  it('reports a body that is not JSON as not fetched', async () => {
    const docs = await documentServer(() => ({ status: 200, body: 'not json' }));
    const url = docs.url('/cimd');
    const servers = await start();
    await authorizeWith(servers, url);
    expect(await servers.clientMetadataDocuments()).toEqual([
      { url, fetched: false, reason: expect.stringMatching(/^the URL could not be fetched: /) },
    ]);
  });

  it('fetches nothing for a plain client_id', async () => {
    const servers = await start();
    const clientId = await register(servers);
    await authorizeWith(servers, clientId);
    await authorizeWith(servers, 'urn:example:client');
    expect(await servers.clientMetadataDocuments()).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 10. stop()

describe('stop()', () => {
  it('resolves promptly while a client holds an open SSE GET stream', async () => {
    const servers = await start();
    const token = accessToken(servers);
    const sessionId = await initializeSession(servers, token);
    const usesBefore = servers.store.accessTokens.get(token)?.usesLeft as number;
    const url = new URL(servers.serverUrl);
    const ended = new Promise<string>((resolve) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: Number(url.port),
          path: url.pathname,
          method: 'GET',
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'text/event-stream',
            'mcp-session-id': sessionId,
            'mcp-protocol-version': PROTOCOL_VERSION,
          },
        },
        (res: IncomingMessage) => {
          res.on('data', () => undefined);
          res.on('close', () => resolve(`closed after ${res.statusCode}`));
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      req.end();
      cleanups.push(() => void req.destroy());
    });
    // The server has the request (and spent a use of the token) before stop.
    await vi.waitFor(() => expect(servers.store.accessTokens.get(token)?.usesLeft).toBe(usesBefore - 1), {
      timeout: 1000,
      interval: 5,
    });
    const elapsed = await timed(() => stop(servers));
    expect(elapsed).toBeLessThan(STOP_BOUND_MS);
    expect(await ended).toMatch(/^(closed after 200|ECONNRESET)$/);
    expect(await tryConnect('127.0.0.1', Number(url.port))).toBe('ECONNREFUSED');
  });

  it('resolves promptly while keep-alive connections are open on both servers', async () => {
    const servers = await start();
    // fetch keeps connections alive by default.
    await (await fetch(prmUrl(servers))).text();
    await (await fetch(`${servers.authorizationServerUrl}/.well-known/oauth-authorization-server`)).text();
    const elapsed = await timed(() => stop(servers));
    expect(elapsed).toBeLessThan(STOP_BOUND_MS);
  });

  it('resolves promptly with an idle TCP connection and a half-sent request', async () => {
    const servers = await start();
    const idle = await openSocket(portOf(servers.serverUrl));
    const half = await openSocket(portOf(servers.authorizationServerUrl));
    idle.on('error', () => undefined);
    half.on('error', () => undefined);
    half.write('POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\ngrant');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = Promise.all([idle, half].map((socket) => new Promise((resolve) => socket.once('close', resolve))));
    const elapsed = await timed(() => stop(servers));
    expect(elapsed).toBeLessThan(STOP_BOUND_MS);
    await closed;
  });

  it('closes open MCP sessions', async () => {
    const servers = await start();
    const token = accessToken(servers);
    await initializeSession(servers, token);
    await initializeSession(servers, token);
    const elapsed = await timed(() => stop(servers));
    expect(elapsed).toBeLessThan(STOP_BOUND_MS);
  });
});
