/**
 * Property-based robustness tests of every mock endpoint. A client under test may be hostile or just broken, so each
 * endpoint gets a few thousand generated requests (fast-check): wrong methods, wrong and missing content types,
 * invalid JSON and form bodies, missing / repeated / array-shaped / huge parameters, unicode and control characters,
 * path traversal, huge headers and bodies, malformed request lines, random JSON-RPC. For every request:
 *   1. the server answers in time, with a 2xx-4xx status (a 5xx is an unhandled error);
 *   2. error answers are JSON in the server's own format, never Express's HTML page;
 *   3. the server keeps working (well-formed requests still succeed) and nothing writes a stack trace to stderr;
 *   4. the exchange is in the transcript with its method and status, and can be serialised (results.json holds it),
 *      unless Node refused the request before Express saw it (a parse error or no Host: 400; 431; 417).
 * Named cases per category follow the properties, and a summary counts every request sent.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { startMockServers, type MockServers } from '../../src/mock/mock-servers.js';
import { s256 } from '../../src/mock/token-store.js';
import type { AuthorizationServerConfig } from '../../src/mock/authorization-server.js';
import { authorizationServer, UNLIMITED_USES } from '../../src/scenarios/types.js';
import {
  AS_BODY_LIMIT,
  CLOSED_LOOPBACK_URL,
  FUZZ_ID_HEADER,
  MCP_BODY_LIMIT,
  Tally,
  answerProblems,
  bodyArb,
  contentEncodingArb,
  contentTypeArb,
  deepJson,
  describeRequest,
  destroyAgent,
  encodeBody,
  encodePairs,
  extraHeadersArb,
  headerValueArb,
  isNodeAnswer,
  jsonObjectArb,
  methodArb,
  nastyString,
  pairsArb,
  pathArb,
  printable,
  protocolVersionArb,
  queryString,
  recordedExchange,
  rpcBodyArb,
  send,
  sendRaw,
  transcriptProblems,
  type Answer,
  type FuzzRequest,
  type Pairs,
  type ServerKind,
} from './mock-fuzz-harness.js';

/**
 * Runs per property. Each endpoint group stays below the transcript's 2,000 kept exchanges, so every request can be
 * found in it. FUZZ_RUNS_SCALE multiplies them (e.g. 5 for a longer local run).
 */
const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? '1') || 1;
const runs = (count: number) => Math.max(1, Math.round(count * SCALE));
const HEALTH_EVERY = 250;

const REDIRECT_URI = 'http://127.0.0.1:9/callback';
const VERIFIER = 'fuzz-verifier-0123456789-0123456789-0123456789';
const PROTOCOL_VERSION = '2025-11-25';

const tally = new Tally();
let fuzzSeq = 0;
let stderrSpy: MockInstance;
let consoleErrorSpy: MockInstance;

beforeAll(() => {
  // Express's default error handler logs the stack only outside NODE_ENV=test (vitest's); the apps read it when
  // created.
  vi.stubEnv('NODE_ENV', 'development');
  stderrSpy = vi.spyOn(process.stderr, 'write');
  consoleErrorSpy = vi.spyOn(console, 'error');
  // The authorization server fetches URL-shaped client_ids. Generated ones are loopback only; make sure of it.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`fetch of ${url.href} blocked: loopback only`));
    return realFetch(input, init);
  });
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  destroyAgent();
});

// ---------------------------------------------------------------------------------------------------------------
// Harness

function start(as: Partial<AuthorizationServerConfig> = {}): Promise<MockServers> {
  return startMockServers({
    authorizationServer: authorizationServer(as),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: UNLIMITED_USES,
  });
}

const portOf = (url: string) => Number(new URL(url).port);

interface Target {
  servers: MockServers;
  server: ServerKind;
  port: number;
}

const asTarget = (servers: MockServers): Target => ({
  servers,
  server: 'authorization-server',
  port: portOf(servers.authorizationServerUrl),
});
const mcpTarget = (servers: MockServers): Target => ({
  servers,
  server: 'mcp-server',
  port: portOf(servers.serverUrl),
});

/**
 * Sends one request and checks properties 1, 2 and 4 for it; returns the answer. Every problem is tallied as a
 * crash before the assertion fails.
 */
async function exercise(target: Target, endpoint: string, generated: FuzzRequest): Promise<Answer> {
  const id = String(++fuzzSeq);
  const fuzz: FuzzRequest = { ...generated, headers: { [FUZZ_ID_HEADER]: id, ...generated.headers } };
  const droppedBefore = target.servers.recorder.dropped;
  let answer: Answer;
  try {
    answer = await send(target.port, fuzz);
  } catch (error) {
    // Newer Node versions refuse a malformed request line (raw non-ASCII bytes in the target) and close the
    // connection at once, while the client is still sending the body: the same request without its body shows what
    // Node answered. Anything else without an answer is a crash.
    const bare =
      fuzz.body !== undefined && /ECONNRESET|EPIPE/.test(String(error))
        ? await send(target.port, { ...fuzz, body: undefined, chunked: false }, { fresh: true }).catch(() => undefined)
        : undefined;
    if (bare && isNodeAnswer(bare.status, bare.headers)) {
      tally.count(endpoint, bare.status, true);
      return bare;
    }
    tally.crash(`${endpoint}: no answer: ${String(error)} to ${describeRequest(fuzz)}`);
    throw error;
  }
  const recorded = await recordedExchange(target.servers, id, droppedBefore);
  const fromNode = isNodeAnswer(answer.status, answer.headers);
  tally.count(endpoint, answer.status, fromNode);
  let problems: string[];
  if (fromNode) {
    // Node's parser refused the request (raw Latin-1 bytes in the target, say): Express never saw it.
    problems =
      recorded === undefined ? [] : [`Node answered ${answer.status} itself, yet the request is in the transcript`];
  } else {
    problems = answerProblems(
      target.server,
      fuzz.method,
      answer.status,
      String(answer.headers['content-type'] ?? ''),
      answer.body.toString('utf8'),
    );
    problems.push(...transcriptProblems(recorded, fuzz.method, answer.status));
  }
  failOn(problems, endpoint, describeRequest(fuzz));
  return answer;
}

/** Tallies problems as crashes, then fails with all of them in the message. */
function failOn(problems: string[], endpoint: string, request: string): void {
  if (problems.length === 0) return;
  tally.crash(`${endpoint}: ${problems.join('; ')} for ${request}`);
  throw new Error(`${problems.join('\n')}\nfor ${request}`);
}

/** Property 3: well-formed requests still succeed. */
async function authorizationServerWorks(servers: MockServers): Promise<void> {
  const as = servers.authorizationServerUrl;
  let metadata = await fetch(`${as}/.well-known/oauth-authorization-server`);
  if (metadata.status === 404) metadata = await fetch(`${as}/.well-known/openid-configuration`);
  expect(metadata.status).toBe(200);
  expect(((await metadata.json()) as { issuer: string }).issuer).toBe(as);
  const registered = await fetch(`${as}/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirect_uris: [REDIRECT_URI], token_endpoint_auth_method: 'none' }),
  });
  expect(registered.status).toBe(201);
  const clientId = ((await registered.json()) as { client_id: string }).client_id;
  const authorize = new URL(`${as}/authorize`);
  const params = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    resource: servers.serverUrl,
  };
  for (const [key, value] of Object.entries(params)) authorize.searchParams.set(key, value);
  const redirect = await fetch(authorize, { redirect: 'manual' });
  expect(redirect.status).toBe(302);
  const code = new URL(redirect.headers.get('location') as string).searchParams.get('code') as string;
  const token = await fetch(`${as}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: VERIFIER,
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
    }),
  });
  expect(token.status).toBe(200);
  expect(((await token.json()) as { access_token: string }).access_token).toMatch(/^at-/);
}

async function mcpServerWorks(servers: MockServers): Promise<void> {
  const origin = new URL(servers.serverUrl).origin;
  const prm = await fetch(`${origin}/.well-known/oauth-protected-resource/mcp`);
  expect(prm.status).toBe(200);
  expect(((await prm.json()) as { resource: string }).resource).toBe(servers.serverUrl);
  const token = servers.store.issueAccessToken('health-check', ['mcp:basic'], servers.serverUrl).token;
  const list = await fetch(servers.serverUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${token}`,
      'mcp-protocol-version': '2026-07-28',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  expect(list.status).toBe(200);
  expect(await list.text()).toContain('"echo"');
  expect((await fetch(servers.serverUrl, { method: 'POST' })).status).toBe(401);
}

const works = (target: Target) =>
  target.server === 'authorization-server' ? authorizationServerWorks(target.servers) : mcpServerWorks(target.servers);

interface FuzzOptions {
  numRuns: number;
  /** Fills in per-request values the generator cannot know (fresh codes, the live session id). */
  prepare?: (fuzz: FuzzRequest) => FuzzRequest;
  after?: (fuzz: FuzzRequest, answer: Answer) => Promise<void>;
}

/** Runs a property over `arb` against one target, with health checks during and after it. */
async function fuzzEndpoint(
  target: Target,
  endpoint: string,
  arb: fc.Arbitrary<FuzzRequest>,
  options: FuzzOptions,
): Promise<void> {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (generated) => {
      const fuzz = options.prepare ? options.prepare(generated) : generated;
      const answer = await exercise(target, endpoint, fuzz);
      await options.after?.(fuzz, answer);
      if (++run % HEALTH_EVERY === 0) await works(target);
    }),
    { numRuns: options.numRuns },
  );
  try {
    await works(target);
  } catch (error) {
    tally.crash(`${endpoint}: the server stopped working: ${String(error)}`);
    throw error;
  }
}

interface RequestParts {
  method: string;
  path: string;
  query: Pairs;
  headers: Record<string, string | string[]>;
  contentType: string | undefined;
  body: Buffer | undefined;
  encoding: Parameters<typeof encodeBody>[1];
  chunked: boolean;
}

/** Assembles a request from generated parts: query, content type, content encoding. */
function requestArb(
  parts: { [K in keyof RequestParts]: fc.Arbitrary<RequestParts[K]> },
  limit: number,
): fc.Arbitrary<FuzzRequest> {
  return fc.record(parts).map((p) => {
    const headers: Record<string, string | string[]> = { ...p.headers };
    if (p.contentType !== undefined) headers['content-type'] = p.contentType;
    const body = encodeBody(p.body, p.encoding, limit, headers);
    const query = queryString(p.query);
    const path = query ? `${p.path}${p.path.includes('?') ? '&' : '?'}${query}` : p.path;
    return printable({ method: p.method, path, headers, body, chunked: p.chunked });
  });
}

const chunkedArb = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const noQuery = fc.constant<Pairs>([]);
const someQuery = pairsArb(['x', 'client_id', 'scope', 'resource'], () => nastyString);
const favour = (usual: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant<string | undefined>(usual) }, { weight: 2, arbitrary: contentTypeArb });

/** No generated client_id may point anywhere but loopback: the authorization server would fetch it. */
function loopbackOnly(pairs: Pairs): Pairs {
  return pairs.map(([key, value, encoding]) => [
    key,
    key !== 'client_id' || value === CLOSED_LOOPBACK_URL ? value : value.replace(/(h\s*t\s*t\s*p\s*s?)\s*:/gi, '$1_'),
    encoding,
  ]);
}

function replaceInBody(fuzz: FuzzRequest, replacements: Record<string, () => string>): FuzzRequest {
  if (fuzz.body === undefined || fuzz.headers['content-encoding'] !== undefined) return fuzz;
  let text = fuzz.body.toString('latin1');
  let changed = false;
  for (const [marker, value] of Object.entries(replacements)) {
    if (!text.includes(marker)) continue;
    text = text
      .split(marker)
      .map((part, index) => (index === 0 ? part : `${value()}${part}`))
      .join('');
    changed = true;
  }
  return changed ? { ...fuzz, body: Buffer.from(text, 'latin1') } : fuzz;
}

// ---------------------------------------------------------------------------------------------------------------
// Properties: the authorization server

describe('authorization server metadata under generated requests', () => {
  const metadataRequest = () =>
    requestArb(
      {
        method: methodArb('GET'),
        path: fc
          .constantFrom(
            '/.well-known/oauth-authorization-server',
            '/.well-known/openid-configuration',
            '/.well-known/oauth-authorization-server/mcp',
            '/.well-known/openid-configuration/mcp',
          )
          .chain(pathArb),
        query: someQuery,
        headers: extraHeadersArb,
        contentType: contentTypeArb,
        body: bodyArb({ json: jsonObjectArb({ issuer: nastyString }), form: someQuery, limit: AS_BODY_LIMIT }),
        encoding: contentEncodingArb,
        chunked: chunkedArb,
      },
      AS_BODY_LIMIT,
    );

  it.each([
    ['RFC 8414 metadata', 'oauth' as const],
    ['OpenID Connect discovery only', 'openid-only' as const],
  ])('answers every generated request to the metadata paths (%s)', async (_name, metadataLocation) => {
    const servers = await start({ metadataLocation });
    try {
      await fuzzEndpoint(asTarget(servers), 'as-metadata', metadataRequest(), { numRuns: runs(900) });
    } finally {
      await servers.stop();
    }
  });
});

describe('/register under generated requests', () => {
  it('answers every generated registration request', async () => {
    const servers = await start();
    try {
      const arb = requestArb(
        {
          method: methodArb('POST'),
          path: pathArb('/register'),
          query: fc.oneof(noQuery, someQuery),
          headers: extraHeadersArb,
          contentType: favour('application/json'),
          body: fc.oneof(
            {
              // Acceptable metadata with odd extras, so the success path (echoing the metadata) is exercised too.
              weight: 1,
              arbitrary: fc
                .tuple(
                  fc.dictionary(nastyString, fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyString), { maxKeys: 4 }),
                  fc.constantFrom('none', 'client_secret_post', 'client_secret_basic', 'private_key_jwt'),
                )
                .map(([extra, method]) =>
                  Buffer.from(
                    JSON.stringify({ ...extra, redirect_uris: [REDIRECT_URI], token_endpoint_auth_method: method }),
                  ),
                ),
            },
            {
              weight: 3,
              arbitrary: bodyArb({
                json: jsonObjectArb({
                  redirect_uris: fc.oneof(
                    fc.constant([REDIRECT_URI]),
                    fc.array(fc.oneof(fc.constant(REDIRECT_URI), nastyString, fc.integer()), { maxLength: 3 }),
                    nastyString,
                  ),
                  client_name: nastyString,
                  grant_types: fc.array(
                    fc.constantFrom('authorization_code', 'refresh_token', 'client_credentials', ''),
                    { maxLength: 3 },
                  ),
                  response_types: fc.constant(['code']),
                  token_endpoint_auth_method: fc.constantFrom(
                    'none',
                    'client_secret_post',
                    'client_secret_basic',
                    'private_key_jwt',
                  ),
                  scope: nastyString,
                  client_uri: nastyString,
                  jwks: fc.jsonValue({ maxDepth: 2 }),
                }),
                form: pairsArb(['redirect_uris', 'client_name', 'token_endpoint_auth_method'], () => nastyString),
                limit: AS_BODY_LIMIT,
              }),
            },
          ),
          encoding: contentEncodingArb,
          chunked: chunkedArb,
        },
        AS_BODY_LIMIT,
      );
      await fuzzEndpoint(asTarget(servers), 'register', arb, { numRuns: runs(1700) });
    } finally {
      await servers.stop();
    }
  });
});

describe('/authorize under generated requests', () => {
  it('answers every generated authorization request', async () => {
    const servers = await start({
      scopesSupported: ['mcp:basic', 'offline_access'],
      refreshTokenRequiresConsent: true,
    });
    try {
      await authorizationServerWorks(servers);
      const registered = [...servers.recorder.exchanges].reverse().find((e) => e.endpoint === 'register');
      const clientId = (registered?.response as { value: { client_id: string } }).value.client_id;
      const values: Record<string, fc.Arbitrary<string>> = {
        response_type: fc.constantFrom('code', 'token', 'code id_token', 'CODE', ''),
        client_id: fc.constantFrom(clientId, 'unregistered-client', 'urn:example:client', CLOSED_LOOPBACK_URL),
        redirect_uri: fc.constantFrom(
          REDIRECT_URI,
          `${REDIRECT_URI}?x=1`,
          'http://127.0.0.1:9/other',
          'javascript:alert(1)',
          'http://[::1',
          'https://example.invalid/cb',
          'custom-scheme:/cb',
          '/relative',
          'http://127.0.0.1:9/cb#frag',
        ),
        code_challenge: fc.constantFrom(s256(VERIFIER), 'short', 'x'.repeat(200)),
        code_challenge_method: fc.constantFrom('S256', 'plain', 's256', ''),
        state: nastyString,
        scope: fc.constantFrom('mcp:basic', 'offline_access', 'mcp:basic offline_access', '  ', 'a'.repeat(300)),
        prompt: fc.constantFrom('consent', 'none', 'login', 'select_account'),
        resource: fc.constantFrom(servers.serverUrl, 'urn:x', ''),
      };
      const names = Object.keys(values);
      const valid: Pairs = names.map((name) => [
        name,
        name === 'client_id'
          ? clientId
          : name === 'redirect_uri'
            ? REDIRECT_URI
            : name === 'code_challenge'
              ? s256(VERIFIER)
              : name === 'code_challenge_method'
                ? 'S256'
                : name === 'response_type'
                  ? 'code'
                  : 'x',
        'percent',
      ]);
      const query = fc
        .tuple(
          fc.subarray(valid),
          pairsArb(names, (name) => values[name] ?? nastyString),
        )
        .map(([kept, extra]) => loopbackOnly([...kept, ...extra]));
      const arb = requestArb(
        {
          method: methodArb('GET'),
          path: pathArb('/authorize'),
          query,
          headers: extraHeadersArb,
          contentType: contentTypeArb,
          body: fc.oneof(
            { weight: 4, arbitrary: fc.constant(undefined) },
            {
              weight: 1,
              arbitrary: bodyArb({
                json: jsonObjectArb({ client_id: nastyString }),
                form: query,
                limit: AS_BODY_LIMIT,
              }),
            },
          ),
          encoding: contentEncodingArb,
          chunked: chunkedArb,
        },
        AS_BODY_LIMIT,
      );
      await fuzzEndpoint(asTarget(servers), 'authorize', arb, { numRuns: runs(1700) });
      // Every URL-shaped client_id the server fetched was the closed loopback one.
      for (const document of await servers.clientMetadataDocuments()) expect(document.url).toBe(CLOSED_LOOPBACK_URL);
    } finally {
      await servers.stop();
    }
  });
});

describe('/token under generated requests', () => {
  it('answers every generated token request, fresh codes and a live refresh token included', async () => {
    const servers = await start();
    try {
      const clientId = 'fuzz-client';
      const refreshToken = servers.store.issueRefreshToken(clientId, ['mcp:basic'], servers.serverUrl).token;
      const names = [
        'grant_type',
        'code',
        'code_verifier',
        'client_id',
        'redirect_uri',
        'resource',
        'refresh_token',
        'scope',
        'client_secret',
      ];
      const values: Record<string, fc.Arbitrary<string>> = {
        grant_type: fc.constantFrom(
          'authorization_code',
          'refresh_token',
          'client_credentials',
          'password',
          'urn:ietf:params:oauth:grant-type:device_code',
          'REFRESH_TOKEN',
        ),
        code: fc.constantFrom('FUZZFRESHCODE', 'code-not-issued', ''),
        code_verifier: fc.constantFrom(VERIFIER, 'wrong-verifier', ''),
        client_id: fc.constantFrom(clientId, 'other-client', ''),
        redirect_uri: fc.constantFrom(REDIRECT_URI, 'http://127.0.0.1:9/other'),
        resource: fc.constantFrom(servers.serverUrl, 'urn:x'),
        refresh_token: fc.constantFrom('FUZZLIVEREFRESH', 'rt-not-issued', ''),
        scope: fc.constantFrom('mcp:basic', 'mcp:basic offline_access', '', 'a'.repeat(300)),
        client_secret: nastyString,
      };
      const form = pairsArb(names, (name) => values[name] ?? nastyString);
      const grant = fc.oneof(
        fc.constant<Pairs>([
          ['grant_type', 'authorization_code', 'percent'],
          ['code', 'FUZZFRESHCODE', 'percent'],
          ['code_verifier', VERIFIER, 'percent'],
        ]),
        fc.constant<Pairs>([
          ['grant_type', 'refresh_token', 'percent'],
          ['refresh_token', 'FUZZLIVEREFRESH', 'percent'],
        ]),
        fc.constant<Pairs>([]),
      );
      const arb = requestArb(
        {
          method: methodArb('POST'),
          path: pathArb('/token'),
          query: fc.oneof(noQuery, form),
          headers: extraHeadersArb,
          contentType: favour('application/x-www-form-urlencoded'),
          body: fc.oneof(
            {
              weight: 3,
              arbitrary: fc.tuple(grant, form).map(([base, extra]) => Buffer.from(encodePairs([...base, ...extra]))),
            },
            {
              weight: 2,
              arbitrary: bodyArb({
                json: jsonObjectArb(Object.fromEntries(names.map((name) => [name, values[name] ?? nastyString]))),
                form,
                limit: AS_BODY_LIMIT,
              }),
            },
          ),
          encoding: contentEncodingArb,
          chunked: chunkedArb,
        },
        AS_BODY_LIMIT,
      );
      const prepare = (fuzz: FuzzRequest) =>
        replaceInBody(fuzz, {
          FUZZFRESHCODE: () =>
            servers.store.issueCode({
              clientId,
              redirectUri: REDIRECT_URI,
              resource: servers.serverUrl,
              codeChallenge: s256(VERIFIER),
              scope: ['mcp:basic'],
              prompt: undefined,
            }).code,
          FUZZLIVEREFRESH: () => refreshToken,
        });
      await fuzzEndpoint(asTarget(servers), 'token', arb, { numRuns: runs(1800), prepare });
      // The generator reaches the success path as well as the errors.
      expect(tally.status('token', 200)).toBeGreaterThan(0);
    } finally {
      await servers.stop();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties: the MCP server

describe('Protected Resource Metadata under generated requests', () => {
  it('answers every generated request to the PRM paths', async () => {
    const servers = await start();
    try {
      const arb = requestArb(
        {
          method: methodArb('GET'),
          path: fc
            .constantFrom('/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource')
            .chain(pathArb),
          query: someQuery,
          headers: extraHeadersArb,
          contentType: contentTypeArb,
          body: bodyArb({ json: jsonObjectArb({ resource: nastyString }), form: someQuery, limit: MCP_BODY_LIMIT }),
          encoding: contentEncodingArb,
          chunked: chunkedArb,
        },
        MCP_BODY_LIMIT,
      );
      await fuzzEndpoint(mcpTarget(servers), 'prm', arb, { numRuns: runs(1700) });
    } finally {
      await servers.stop();
    }
  });
});

const authorizationArb = fc.oneof(
  fc.constantFrom(
    'Bearer',
    'Bearer ',
    'bearer at-not-issued',
    'Bearer at-a, Bearer at-b',
    'Basic dXNlcjpwYXNz',
    'Token at-x',
    'Bearer\tat-x',
    'Bearer rt-not-issued',
  ),
  headerValueArb.map((value) => `Bearer ${value}`),
  fc.integer({ min: 1000, max: 8000 }).map((size) => `Bearer ${'a'.repeat(size)}`),
);

function mcpHeaders(
  authorization: fc.Arbitrary<string | undefined>,
  session: fc.Arbitrary<string | undefined>,
  host: fc.Arbitrary<string | undefined>,
) {
  return fc
    .record({
      extra: extraHeadersArb,
      authorization,
      session,
      host,
      version: fc.option(
        protocolVersionArb.map((value) => value.replace(/[^\t\u0020-\u007e\u0080-\u00ff]/g, '')),
        { nil: undefined },
      ),
      accept: fc.option(
        fc.constantFrom(
          'application/json, text/event-stream',
          'application/json',
          'text/event-stream',
          '*/*',
          'text/html',
          '',
        ),
        { nil: undefined },
      ),
      lastEventId: fc.option(headerValueArb, { nil: undefined, freq: 10 }),
    })
    .map(({ extra, authorization: auth, session: sid, host: hostHeader, version, accept, lastEventId }) => {
      const headers: Record<string, string | string[]> = { ...extra };
      if (auth !== undefined) headers.authorization = auth;
      if (sid !== undefined) headers['mcp-session-id'] = sid;
      if (hostHeader !== undefined) headers.host = hostHeader;
      if (version !== undefined) headers['mcp-protocol-version'] = version;
      if (accept !== undefined) headers.accept = accept;
      if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
      return headers;
    });
}

/** Messages the server serves: tools/list, ping, tools/call echo with odd text, initialize with odd client info. */
const servedRpcArb = fc.oneof(
  fc.constantFrom(
    { jsonrpc: '2.0', id: 1, method: 'tools/list' },
    { jsonrpc: '2.0', id: 'p', method: 'ping' },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
  ),
  nastyString.map((text) => ({
    jsonrpc: '2.0',
    id: 2,
    method: 'tools/call',
    params: { name: 'echo', arguments: { text } },
  })),
  fc.tuple(nastyString, protocolVersionArb).map(([name, protocolVersion]) => ({
    jsonrpc: '2.0',
    id: 3,
    method: 'initialize',
    params: { protocolVersion, capabilities: {}, clientInfo: { name, version: '1' } },
  })),
);

const mcpBodyArb = fc.oneof(
  { weight: 2, arbitrary: servedRpcArb.map((value) => Buffer.from(JSON.stringify(value), 'utf8')) },
  { weight: 3, arbitrary: rpcBodyArb.map((value) => Buffer.from(JSON.stringify(value) ?? 'null', 'utf8')) },
  {
    weight: 2,
    arbitrary: bodyArb({
      json: rpcBodyArb,
      form: pairsArb(['jsonrpc', 'method', 'id', 'params'], () => nastyString),
      limit: MCP_BODY_LIMIT,
    }),
  },
);

const initializeBody = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'mock-fuzz', version: '1.0.0' } },
});

async function openSession(servers: MockServers, token: string): Promise<string> {
  const response = await fetch(servers.serverUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${token}`,
    },
    body: initializeBody,
  });
  expect(response.status).toBe(200);
  await response.text();
  return response.headers.get('mcp-session-id') as string;
}

/** A bearer token from a real code flow: register, authorize, exchange. */
async function tokenFromCodeFlow(servers: MockServers): Promise<string> {
  const as = servers.authorizationServerUrl;
  const registered = await fetch(`${as}/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirect_uris: [REDIRECT_URI] }),
  });
  const clientId = ((await registered.json()) as { client_id: string }).client_id;
  const authorize = new URL(`${as}/authorize`);
  const params = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    resource: servers.serverUrl,
  };
  for (const [key, value] of Object.entries(params)) authorize.searchParams.set(key, value);
  const code = new URL(
    (await fetch(authorize, { redirect: 'manual' })).headers.get('location') as string,
  ).searchParams.get('code') as string;
  const token = await fetch(`${as}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: VERIFIER, client_id: clientId }),
  });
  return ((await token.json()) as { access_token: string }).access_token;
}

interface McpSetup {
  servers: MockServers;
  token: string;
  session: string;
}

/** Mock servers with a bearer token from a real code flow and an open MCP session. */
async function mcpSetup(): Promise<McpSetup> {
  const servers = await start();
  const token = await tokenFromCodeFlow(servers);
  expect(token).toMatch(/^at-/);
  return { servers, token, session: await openSession(servers, token) };
}

describe('/mcp under generated requests', () => {
  // One pair of servers per property, so that each property's requests all fit in one transcript.
  let unauthenticated: McpSetup;
  let authenticated: McpSetup;

  beforeAll(async () => {
    [unauthenticated, authenticated] = await Promise.all([mcpSetup(), mcpSetup()]);
  });
  afterAll(async () => {
    await Promise.all([unauthenticated.servers.stop(), authenticated.servers.stop()]);
  });

  it('answers every generated request without a valid bearer token with 401 and a challenge', async () => {
    const { servers, token, session } = unauthenticated;
    const target = mcpTarget(servers);
    const arb = requestArb(
      {
        method: methodArb('POST'),
        path: pathArb('/mcp'),
        query: fc.oneof(
          noQuery,
          pairsArb(['access_token', 'token', 'x'], () => fc.constantFrom('at-not-issued', token)),
        ),
        headers: mcpHeaders(
          fc.option(authorizationArb, { nil: undefined }),
          fc.option(fc.constantFrom('FUZZSESSION', randomBytes(16).toString('hex')), { nil: undefined }),
          fc.constant(undefined),
        ),
        contentType: favour('application/json'),
        body: mcpBodyArb,
        encoding: contentEncodingArb,
        chunked: chunkedArb,
      },
      MCP_BODY_LIMIT,
    );
    const prepare = (fuzz: FuzzRequest): FuzzRequest =>
      fuzz.headers['mcp-session-id'] === 'FUZZSESSION'
        ? { ...fuzz, headers: { ...fuzz.headers, 'mcp-session-id': session } }
        : fuzz;
    const after = async (fuzz: FuzzRequest, answer: Answer) => {
      // Only the exact /mcp path reaches the bearer check (after the body parsers: 400, 413, 415 come first, and
      // Node's 431 before both); everything that reached it must be refused.
      if (/^\/mcp\/?(\?|$)/i.test(fuzz.path) && ![400, 413, 415, 431].includes(answer.status)) {
        expect(answer.status, describeRequest(fuzz)).toBe(401);
        expect(String(answer.headers['www-authenticate'])).toMatch(/^Bearer resource_metadata="/);
      }
    };
    await fuzzEndpoint(target, 'mcp (no valid token)', arb, { numRuns: runs(1500), prepare, after });
  });

  it('answers every generated request with a valid bearer token, in and out of a session', async () => {
    const { servers, token } = authenticated;
    let { session } = authenticated;
    const target = mcpTarget(servers);
    const hostArb = fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'a b',
          '[',
          'example.invalid',
          '127.0.0.1:1',
          '',
          'localhost:99999',
          '[::1]',
          'h\u00e9st',
        ),
      },
      { weight: 1, arbitrary: headerValueArb },
    );
    const arb = requestArb(
      {
        method: methodArb('POST'),
        path: fc.oneof(
          { weight: 8, arbitrary: pathArb('/mcp') },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              'http://example.invalid/mcp',
              'http://127.0.0.1/mcp',
              'http://[/mcp',
              'HTTP://X/mcp?x=1',
            ),
          },
        ),
        query: fc.oneof({ weight: 4, arbitrary: noQuery }, { weight: 1, arbitrary: someQuery }),
        headers: mcpHeaders(
          fc.constantFrom('Bearer FUZZTOKEN', 'bearer FUZZTOKEN', 'BEARER   FUZZTOKEN  '),
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(undefined) },
            { weight: 3, arbitrary: fc.constant('FUZZSESSION') },
            { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', '', ' ') },
            { weight: 1, arbitrary: headerValueArb },
          ),
          hostArb,
        ),
        contentType: favour('application/json'),
        body: mcpBodyArb,
        encoding: contentEncodingArb,
        chunked: chunkedArb,
      },
      MCP_BODY_LIMIT,
    );
    const prepare = (fuzz: FuzzRequest): FuzzRequest => {
      const headers = { ...fuzz.headers };
      if (typeof headers.authorization === 'string')
        headers.authorization = headers.authorization.replace('FUZZTOKEN', token);
      if (headers['mcp-session-id'] === 'FUZZSESSION') headers['mcp-session-id'] = session;
      return { ...fuzz, headers };
    };
    const after = async (fuzz: FuzzRequest, answer: Answer) => {
      // A DELETE ended the session: open another, so later requests still reach one.
      if (fuzz.method === 'DELETE' && fuzz.headers['mcp-session-id'] === session && answer.status === 200)
        session = await openSession(servers, token);
    };
    await fuzzEndpoint(target, 'mcp (valid token)', arb, { numRuns: runs(1800), prepare, after });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties: what Node's HTTP parser sees first

describe('huge headers and malformed requests', () => {
  let servers: MockServers;
  let token: string;
  beforeAll(async () => {
    servers = await start();
    token = servers.store.issueAccessToken('fuzz', ['mcp:basic'], servers.serverUrl).token;
  });
  afterAll(async () => {
    await servers.stop();
  });

  /** Header bytes as Node's parser counts them toward maxHeaderSize: names and values. */
  const headerBytes = (headers: Record<string, string>) =>
    Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length, 0);

  it.each([
    ['authorization-server' as const, '/.well-known/oauth-authorization-server'],
    ['mcp-server' as const, '/mcp'],
  ])('answers headers near the 16 KiB limit from Express and over it with 431 (%s)', async (server, path) => {
    const target = server === 'authorization-server' ? asTarget(servers) : mcpTarget(servers);
    const arb = fc.record({
      size: fc.oneof(fc.integer({ min: 1000, max: 15_000 }), fc.integer({ min: 17_000, max: 40_000 })),
      shape: fc.constantFrom('one', 'many', 'cookie', 'bearer', 'url'),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ size, shape }) => {
        const id = String(++fuzzSeq);
        const headers: Record<string, string> = { [FUZZ_ID_HEADER]: id, host: `127.0.0.1:${target.port}` };
        let target_path = path;
        if (shape === 'one') headers['x-pad'] = 'p'.repeat(size);
        if (shape === 'cookie') headers.cookie = `c=${'k'.repeat(size)}`;
        if (shape === 'bearer') headers.authorization = `Bearer ${'b'.repeat(size)}`;
        if (shape === 'url') target_path = `${path}?q=${'u'.repeat(size)}`;
        if (shape === 'many')
          for (let index = 0; headerBytes(headers) < size; index += 1) headers[`x-h${index}`] = 'v'.repeat(20);
        if (server === 'mcp-server' && shape !== 'bearer') headers.authorization = `Bearer ${token}`;
        const over = headerBytes(headers) + (shape === 'url' ? size : 0) > 16_384;
        const droppedBefore = servers.recorder.dropped;
        const answer = await send(target.port, { method: 'GET', path: target_path, headers }, { fresh: true });
        const fromNode = isNodeAnswer(answer.status, answer.headers);
        tally.count(`${server === 'authorization-server' ? 'as' : 'mcp'} (huge headers)`, answer.status, fromNode);
        const request = `GET with ${shape} headers of ${size} bytes`;
        if (over) {
          failOn(
            answer.status === 431 && fromNode ? [] : [`answered ${answer.status}, not Node's 431`],
            'huge headers',
            request,
          );
          return;
        }
        const problems = answerProblems(
          server,
          'GET',
          answer.status,
          String(answer.headers['content-type'] ?? ''),
          answer.body.toString('utf8'),
        );
        problems.push(...transcriptProblems(await recordedExchange(servers, id, droppedBefore), 'GET', answer.status));
        failOn(problems, 'huge headers', request);
      }),
      { numRuns: runs(250) },
    );
    await works(target);
  });

  const HEAD_MUTATION_BYTES = [
    0x00, 0x01, 0x08, 0x09, 0x0a, 0x0d, 0x1b, 0x20, 0x22, 0x25, 0x2f, 0x3a, 0x3b, 0x40, 0x5c, 0x7f, 0x80, 0xc3, 0xe9,
    0xff,
  ];

  /** Mutates the request head (never the body or the final blank line), so Content-Length still frames the body. */
  function mutated(
    template: string,
    body: string,
    mutations: [number, number, 'insert' | 'replace' | 'delete'][],
  ): Buffer {
    const head = Buffer.from(template, 'latin1');
    const bytes = [...head.subarray(0, head.length - 4)];
    for (const [position, byte, kind] of mutations) {
      const at = position % Math.max(1, bytes.length);
      if (kind === 'insert') bytes.splice(at, 0, byte);
      else if (kind === 'replace') bytes[at] = byte;
      else bytes.splice(at, 1);
    }
    return Buffer.concat([Buffer.from(bytes), Buffer.from('\r\n\r\n'), Buffer.from(body, 'utf8')]);
  }

  it.each([['authorization-server' as const], ['mcp-server' as const]])(
    'answers mutated request lines and headers on raw sockets, from Node (400) or from Express (%s)',
    async (server) => {
      const target = server === 'authorization-server' ? asTarget(servers) : mcpTarget(servers);
      const host = `Host: 127.0.0.1:${target.port}\r\n`;
      const templates: [string, string][] =
        server === 'authorization-server'
          ? [
              [`GET /.well-known/oauth-authorization-server HTTP/1.1\r\n${host}Accept: application/json\r\n\r\n`, ''],
              [`GET /authorize?response_type=code&client_id=c&state=s HTTP/1.1\r\n${host}\r\n`, ''],
              [
                `POST /token HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\n` +
                  `Content-Length: 37\r\n\r\n`,
                'grant_type=refresh_token&refresh_tok=',
              ],
              [
                `POST /register HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 48\r\n\r\n`,
                '{"redirect_uris":["http://127.0.0.1:9/callback"]}'.slice(0, 48),
              ],
            ]
          : [
              [`GET /.well-known/oauth-protected-resource/mcp HTTP/1.1\r\n${host}\r\n`, ''],
              [
                `POST /mcp HTTP/1.1\r\n${host}Authorization: Bearer ${token}\r\nContent-Type: ` +
                  `application/json\r\nContent-Length: 40\r\n\r\n`,
                '{"jsonrpc":"2.0","id":1,"method":"ping"}',
              ],
              [`GET /mcp HTTP/1.1\r\n${host}Authorization: Bearer ${token}\r\nAccept: text/event-stream\r\n\r\n`, ''],
            ];
      const arb = fc.record({
        template: fc.nat({ max: templates.length - 1 }),
        mutations: fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(...HEAD_MUTATION_BYTES),
            fc.constantFrom<'insert' | 'replace' | 'delete'>('insert', 'replace', 'delete'),
          ),
          { minLength: 1, maxLength: 4 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(arb, async ({ template, mutations }) => {
          const [head, body] = templates[template] as [string, string];
          const bytes = mutated(head, body, mutations);
          await servers.recorder.settled(2000);
          const before = servers.recorder.exchanges.length + servers.recorder.dropped;
          const answer = await sendRaw(target.port, bytes);
          // Node's own answers to what its parser refuses carry only `Connection: close` and are not in the transcript.
          const fromNode = isNodeAnswer(answer.status, answer.headers);
          tally.count(`${server === 'authorization-server' ? 'as' : 'mcp'} (raw socket)`, answer.status, fromNode);
          const request = JSON.stringify(bytes.toString('latin1'));
          // A request Node refused is not in the transcript, but one before it on the connection may be: Node answers
          // for the whole connection when bytes pipelined after a complete request (a shortened body) do not parse.
          if (fromNode) return;
          const problems = answerProblems(
            server,
            'GET',
            answer.status,
            answer.headers['content-type'] ?? '',
            answer.body,
          );
          await servers.recorder.settled(2000);
          const recorded = servers.recorder.exchanges.slice(-3).some((exchange) => exchange.status === answer.status);
          if (servers.recorder.exchanges.length + servers.recorder.dropped <= before || !recorded)
            problems.push('the request is not in the transcript');
          failOn(problems, 'raw socket', request);
        }),
        { numRuns: runs(400) },
      );
      await works(target);
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Named cases

interface NamedCase {
  name: string;
  server: ServerKind;
  request: (context: NamedContext) => FuzzRequest;
  /** The expected status; a list where Node versions route the request differently. */
  status: number | number[];
  /** The OAuth `error` (authorization server) or JSON-RPC error code (MCP server) of an error answer. */
  error?: string | number;
}

interface NamedContext {
  servers: MockServers;
  token: string;
  session: string;
  clientId: string;
}

const form = (body: string): Pick<FuzzRequest, 'headers' | 'body'> => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: Buffer.from(body),
});
const json = (body: string, contentType = 'application/json'): Pick<FuzzRequest, 'headers' | 'body'> => ({
  headers: { 'content-type': contentType },
  body: Buffer.from(body),
});
const rpc = (context: NamedContext, body: string, headers: Record<string, string> = {}): FuzzRequest => ({
  method: 'POST',
  path: '/mcp',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${context.token}`, ...headers },
  body: Buffer.from(body),
});
const authorizeQuery = (context: NamedContext, extra: string) =>
  `/authorize?response_type=code&client_id=${context.clientId}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}` +
  `&code_challenge=${s256(VERIFIER)}&code_challenge_method=S256${extra}`;

const NAMED_CASES: NamedCase[] = [
  // Wrong methods
  {
    name: 'POST to RFC 8414 metadata is a JSON 404',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/.well-known/oauth-authorization-server', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'HEAD of RFC 8414 metadata is 200',
    server: 'authorization-server',
    request: () => ({ method: 'HEAD', path: '/.well-known/oauth-authorization-server', headers: {} }),
    status: 200,
  },
  {
    name: 'OPTIONS /register is a JSON 404',
    server: 'authorization-server',
    request: () => ({ method: 'OPTIONS', path: '/register', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'GET /register is a JSON 404',
    server: 'authorization-server',
    request: () => ({ method: 'GET', path: '/register', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'POST /authorize is a JSON 404',
    server: 'authorization-server',
    request: (c) => ({ method: 'POST', path: authorizeQuery(c, ''), headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'DELETE /token is 405',
    server: 'authorization-server',
    request: () => ({ method: 'DELETE', path: '/token', headers: {} }),
    status: 405,
    error: 'invalid_request',
  },
  {
    name: 'HEAD /token is 405',
    server: 'authorization-server',
    request: () => ({ method: 'HEAD', path: '/token', headers: {} }),
    status: 405,
  },
  {
    name: 'TRACE /token is 405',
    server: 'authorization-server',
    request: () => ({ method: 'TRACE', path: '/token', headers: {} }),
    status: 405,
    error: 'invalid_request',
  },
  {
    name: 'PUT PRM is a JSON 404',
    server: 'mcp-server',
    request: () => ({ method: 'PUT', path: '/.well-known/oauth-protected-resource/mcp', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'PATCH /mcp without a token is 401',
    server: 'mcp-server',
    request: () => ({ method: 'PATCH', path: '/mcp', headers: {} }),
    status: 401,
    error: 'unauthorized',
  },
  {
    name: 'OPTIONS /mcp with a session is 405',
    server: 'mcp-server',
    request: (c) => ({
      method: 'OPTIONS',
      path: '/mcp',
      headers: { authorization: `Bearer ${c.token}`, 'mcp-session-id': c.session },
    }),
    status: 405,
    error: -32000,
  },
  {
    name: 'TRACE /mcp with a session is 405',
    server: 'mcp-server',
    request: (c) => ({
      method: 'TRACE',
      path: '/mcp',
      headers: { authorization: `Bearer ${c.token}`, 'mcp-session-id': c.session },
    }),
    status: 405,
    error: -32000,
  },
  // Content types
  {
    name: '/register with a JSON text as text/plain',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/register',
      ...json(`{"redirect_uris":["${REDIRECT_URI}"]}`, 'text/plain'),
    }),
    status: 400,
    error: 'invalid_client_metadata',
  },
  {
    name: '/register with a JSON charset=utf-16 body in UTF-8',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/register', ...json('{}', 'application/json; charset=utf-16') }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/register with a JSON charset=iso-8859-1',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/register', ...json('{}', 'application/json; charset=iso-8859-1') }),
    status: 415,
    error: 'invalid_request',
  },
  {
    name: '/register with an unknown text charset',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/register', ...json('{}', 'text/plain; charset=bogus') }),
    status: 415,
    error: 'invalid_request',
  },
  {
    name: '/register with a malformed content type',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/register', ...json('{}', ';;;') }),
    status: 400,
    error: 'invalid_client_metadata',
  },
  {
    name: '/token with a form charset=utf-32',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-32' },
      body: Buffer.from('grant_type=refresh_token'),
    }),
    status: 415,
    error: 'invalid_request',
  },
  {
    name: '/token with multipart/form-data',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      ...json(
        '--x\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nrefresh_token\r\n--x--',
        'multipart/form-data; boundary=x',
      ),
    }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/mcp with text/plain JSON-RPC',
    server: 'mcp-server',
    request: (c) => rpc(c, '{"jsonrpc":"2.0","id":1,"method":"ping"}', { 'content-type': 'text/plain' }),
    status: 400,
    error: -32700,
  },
  // Invalid JSON and form bodies
  {
    name: '/register with a BOM before JSON',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/register', ...json(`\ufeff{"redirect_uris":["${REDIRECT_URI}"]}`) }),
    status: 201,
  },
  {
    name: '/register with a JSON primitive',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/register', ...json('"a string"') }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/register with JSON nested 5,000 deep',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/register',
      ...json(`{"redirect_uris":["${REDIRECT_URI}"],"x":${deepJson(5000)}}`),
    }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/register with JSON nested 200 deep is still accepted',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/register',
      ...json(`{"redirect_uris":["${REDIRECT_URI}"],"x":${deepJson(200, '{')}}`),
    }),
    status: 201,
  },
  {
    name: '/register with __proto__ metadata',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/register',
      ...json(`{"__proto__":{"redirect_uris":["${REDIRECT_URI}"]}}`),
    }),
    status: 400,
    error: 'invalid_redirect_uri',
  },
  {
    name: '/token with invalid gzip',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
      body: Buffer.from('grant_type=refresh_token'),
    }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/token with an unknown content encoding',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'x-unknown' },
      body: Buffer.from('grant_type=refresh_token'),
    }),
    status: 415,
    error: 'invalid_request',
  },
  {
    name: '/token with a gzip bomb',
    server: 'authorization-server',
    request: () => ({ ...form(''), method: 'POST', path: '/token', ...encodedBomb(AS_BODY_LIMIT) }),
    status: 413,
    error: 'invalid_request',
  },
  {
    name: '/token with 1,001 form parameters',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      ...form(Array.from({ length: 1001 }, (_, i) => `p${i}=1`).join('&')),
    }),
    status: 413,
    error: 'invalid_request',
  },
  {
    name: '/token with invalid percent-encoding in the form',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/token', ...form('grant_type=%zz&refresh_token=%E0%A4%A') }),
    status: 400,
    error: 'unsupported_grant_type',
  },
  // JSON-RPC 2.0 would answer an empty batch with Invalid Request; the SDK accepts it as carrying no requests.
  { name: '/mcp with an empty batch', server: 'mcp-server', request: (c) => rpc(c, '[]'), status: 202 },
  {
    name: '/mcp with JSON nested 5,000 deep',
    server: 'mcp-server',
    request: (c) => rpc(c, `{"jsonrpc":"2.0","id":1,"method":"ping","params":${deepJson(5000)}}`),
    status: 400,
    error: -32700,
  },
  {
    name: '/mcp with JSON nested 200 deep in tool arguments',
    server: 'mcp-server',
    request: (c) =>
      rpc(
        c,
        `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"x":` +
          `${deepJson(200, '{')}}}}`,
        { 'mcp-protocol-version': '2026-07-28' },
      ),
    status: 200,
  },
  {
    name: '/mcp with jsonrpc 1.0',
    server: 'mcp-server',
    request: (c) => rpc(c, '{"jsonrpc":"1.0","id":1,"method":"ping"}'),
    status: 400,
  },
  {
    name: '/mcp with an object id',
    server: 'mcp-server',
    request: (c) => rpc(c, '{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}'),
    status: 400,
  },
  {
    name: '/mcp with a response message only',
    server: 'mcp-server',
    request: (c) => rpc(c, '{"jsonrpc":"2.0","id":1,"result":{}}'),
    status: 202,
  },
  // Missing, repeated, array-shaped and huge parameters
  {
    name: '/authorize with a repeated client_id',
    server: 'authorization-server',
    request: (c) => ({ method: 'GET', path: authorizeQuery(c, `&client_id=${c.clientId}`), headers: {} }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/authorize with an array-shaped redirect_uri',
    server: 'authorization-server',
    request: (c) => ({
      method: 'GET',
      path: `/authorize?response_type=code&client_id=${c.clientId}&redirect_uri[]=${encodeURIComponent(REDIRECT_URI)}`,
      headers: {},
    }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/authorize with an 8 KiB state',
    server: 'authorization-server',
    request: (c) => ({ method: 'GET', path: authorizeQuery(c, `&state=${'s'.repeat(8192)}`), headers: {} }),
    status: 302,
  },
  {
    name: '/authorize with a javascript: redirect_uri',
    server: 'authorization-server',
    request: () => ({
      method: 'GET',
      path: `/authorize?client_id=unregistered&redirect_uri=javascript:alert(1)`,
      headers: {},
    }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/token with a repeated refresh_token',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      ...form('grant_type=refresh_token&refresh_token=rt-a&refresh_token=rt-b'),
    }),
    status: 400,
    error: 'invalid_grant',
  },
  {
    name: '/token with a 60 KiB refresh_token',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      ...form(`grant_type=refresh_token&refresh_token=${'r'.repeat(60 * 1024)}`),
    }),
    status: 400,
    error: 'invalid_grant',
  },
  // Unicode and control characters
  {
    name: '/authorize with control characters in state',
    server: 'authorization-server',
    request: (c) => ({ method: 'GET', path: authorizeQuery(c, '&state=%00%0D%0ASet-Cookie:%20x=1%1B'), headers: {} }),
    status: 302,
  },
  {
    name: '/authorize with invalid UTF-8 in state',
    server: 'authorization-server',
    request: (c) => ({ method: 'GET', path: authorizeQuery(c, '&state=%C0%AE%FF%FE'), headers: {} }),
    status: 302,
  },
  {
    name: '/token with a NUL code',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/token',
      ...form('grant_type=authorization_code&code=%00&code_verifier=%00'),
    }),
    status: 400,
    error: 'invalid_grant',
  },
  {
    name: 'RFC 8414 metadata with percent-encoded UTF-8 in the path',
    server: 'authorization-server',
    request: () => ({ method: 'GET', path: '/.well-known/oauth-authorization-server/%C3%A9%F0%9F%98%80', headers: {} }),
    status: 200,
  },
  {
    name: 'RFC 8414 metadata with invalid percent-encoding in the path suffix',
    server: 'authorization-server',
    request: () => ({ method: 'GET', path: '/.well-known/oauth-authorization-server/%E0%A4%A', headers: {} }),
    status: 400,
    error: 'invalid_request',
  },
  {
    name: '/mcp with emoji and lone surrogates in tool arguments',
    server: 'mcp-server',
    request: (c) =>
      rpc(
        c,
        '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"\\ud800 ' +
          '\ud83d\ude00 \\u0000"}}}',
        { 'mcp-protocol-version': '2026-07-28' },
      ),
    status: 200,
  },
  {
    name: '/mcp with a Latin-1 session id',
    server: 'mcp-server',
    request: (c) => rpc(c, '{"jsonrpc":"2.0","id":1,"method":"ping"}', { 'mcp-session-id': '\u00e9\u00ff' }),
    status: 404,
    error: -32001,
  },
  // Path traversal
  {
    name: 'metadata path with /../ stays metadata',
    server: 'authorization-server',
    request: () => ({ method: 'GET', path: '/.well-known/oauth-authorization-server/../../token', headers: {} }),
    status: 200,
  },
  {
    name: '/%2e%2e/token is a JSON 404',
    server: 'authorization-server',
    request: () => ({ method: 'GET', path: '/%2e%2e/token', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: '/x/../token is a JSON 404',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/x/../token', ...form('grant_type=refresh_token') }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'double-encoded /%252e%252e/register is a JSON 404',
    server: 'authorization-server',
    request: () => ({ method: 'POST', path: '/%252e%252e/register', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: '/mcp/..%2f..%2fetc%2fpasswd is a JSON 404',
    server: 'mcp-server',
    request: () => ({ method: 'GET', path: '/mcp/..%2f..%2fetc%2fpasswd', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  {
    name: 'PRM path with /../mcp is a JSON 404',
    server: 'mcp-server',
    request: () => ({ method: 'GET', path: '/.well-known/oauth-protected-resource/../../mcp', headers: {} }),
    status: 404,
    error: 'not_found',
  },
  // Hostile Host headers and absolute-form targets
  {
    name: '/mcp with a Host header that is no host',
    server: 'mcp-server',
    request: (c) =>
      rpc(c, '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', { host: 'a b', 'mcp-protocol-version': '2026-07-28' }),
    status: 200,
  },
  {
    name: '/mcp with Host "["',
    server: 'mcp-server',
    request: (c) =>
      rpc(c, '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', { host: '[', 'mcp-protocol-version': '2026-07-28' }),
    status: 200,
  },
  {
    name: '/mcp as an absolute-form target',
    server: 'mcp-server',
    request: (c) => ({
      ...rpc(c, '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', { 'mcp-protocol-version': '2026-07-28' }),
      path: 'http://example.invalid/mcp',
    }),
    status: 200,
  },
  // Node 20 hands Express the target as is (a JSON 404); Node 24 routes it by its path, `/mcp`, which then works.
  {
    name: 'an absolute-form target with an invalid host is a JSON 404 or routed by its path',
    server: 'mcp-server',
    request: (c) => ({ ...rpc(c, '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'), path: 'http://[/mcp' }),
    status: [404, 200],
    error: 'not_found',
  },
  {
    name: 'an absolute-form target with an invalid IDN host is a JSON 404 or routed by its path',
    server: 'authorization-server',
    request: () => ({ method: 'GET', path: 'https://xn--/.well-known/oauth-authorization-server', headers: {} }),
    status: [404, 200],
    error: 'not_found',
  },
  // Huge bodies
  {
    name: '/register with a body just under 64 KiB',
    server: 'authorization-server',
    request: () => ({
      method: 'POST',
      path: '/register',
      ...json(`{"redirect_uris":["${REDIRECT_URI}"],"p":"${'a'.repeat(AS_BODY_LIMIT - 200)}"}`),
    }),
    status: 201,
  },
  {
    name: '/authorize with a body over 64 KiB',
    server: 'authorization-server',
    request: (c) => ({ method: 'GET', path: authorizeQuery(c, ''), ...form(`p=${'a'.repeat(AS_BODY_LIMIT + 10)}`) }),
    status: 413,
    error: 'invalid_request',
  },
  {
    name: 'PRM with a chunked body over 1 MiB',
    server: 'mcp-server',
    request: () => ({
      method: 'GET',
      path: '/.well-known/oauth-protected-resource/mcp',
      headers: { 'content-type': 'text/plain' },
      body: Buffer.alloc(MCP_BODY_LIMIT + 10, 0x61),
      chunked: true,
    }),
    status: 413,
    error: -32600,
  },
  {
    name: '/mcp with a text body over 1 MiB',
    server: 'mcp-server',
    request: (c) => ({ ...rpc(c, 'a'.repeat(MCP_BODY_LIMIT + 10), { 'content-type': 'text/plain' }) }),
    status: 413,
    error: -32600,
  },
];

function encodedBomb(limit: number): Pick<FuzzRequest, 'headers' | 'body'> {
  const headers: Record<string, string | string[]> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = encodeBody(undefined, { bomb: true }, limit, headers);
  return { headers, body };
}

interface RawCase {
  name: string;
  server: ServerKind;
  bytes: (port: number, token: string) => string;
  status: number;
  /** False where Node's parser answers itself, before Express (and the transcript) see the request. */
  recorded: boolean;
}

const RAW_CASES: RawCase[] = [
  {
    name: 'a request line that is not HTTP',
    server: 'authorization-server',
    bytes: () => 'GARBAGE\r\n\r\n',
    status: 400,
    recorded: false,
  },
  {
    name: 'an unknown method',
    server: 'authorization-server',
    bytes: (p) => `FOO /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'HTTP/9.9',
    server: 'mcp-server',
    bytes: (p) => `GET /mcp HTTP/9.9\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'HTTP/1.1 without Host',
    server: 'authorization-server',
    bytes: () => 'GET /.well-known/oauth-authorization-server HTTP/1.1\r\n\r\n',
    status: 400,
    recorded: false,
  },
  {
    name: 'HTTP/1.0 without Host',
    server: 'mcp-server',
    bytes: () => 'GET /.well-known/oauth-protected-resource/mcp HTTP/1.0\r\n\r\n',
    status: 200,
    recorded: true,
  },
  {
    name: 'a control character in the path',
    server: 'authorization-server',
    bytes: (p) => `GET /tok\u0001en HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'a space in the path',
    server: 'mcp-server',
    bytes: (p) => `GET /m cp HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'raw UTF-8 bytes in the path',
    server: 'mcp-server',
    bytes: (p) => `GET /mcp/\u00c3\u00a9 HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'raw Latin-1 bytes in the path',
    server: 'authorization-server',
    bytes: (p) => `GET /.well-known/oauth-authorization-server/\u00e9\u00ff HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'a header line without a colon',
    server: 'authorization-server',
    bytes: (p) => `GET /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nBad Header\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'a NUL in a header value',
    server: 'mcp-server',
    bytes: (p, t) => `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nAuthorization: Bearer ${t}\u0000\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'Content-Length that is not a number',
    server: 'authorization-server',
    bytes: (p) => `POST /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Length: abc\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  {
    name: 'two different Content-Lengths',
    server: 'authorization-server',
    bytes: (p) => `POST /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab`,
    status: 400,
    recorded: false,
  },
  {
    name: 'Content-Length with Transfer-Encoding: chunked',
    server: 'mcp-server',
    bytes: (p) =>
      `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    status: 400,
    recorded: false,
  },
  // Express has the request when the body turns out malformed: Node answers, and the exchange is still recorded.
  {
    name: 'an invalid chunk size',
    server: 'authorization-server',
    bytes: (p) =>
      `POST /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`,
    status: 400,
    recorded: true,
  },
  {
    name: 'headers over 16 KiB',
    server: 'mcp-server',
    bytes: (p) => `GET /mcp HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nX-Pad: ${'p'.repeat(17 * 1024)}\r\n\r\n`,
    status: 431,
    recorded: false,
  },
  {
    name: 'a request line over 16 KiB',
    server: 'authorization-server',
    bytes: (p) => `GET /authorize?state=${'s'.repeat(17 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 431,
    recorded: false,
  },
  {
    name: 'an absolute-form target naming another host',
    server: 'authorization-server',
    bytes: (p) =>
      `GET http://example.invalid/.well-known/oauth-authorization-server HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 200,
    recorded: true,
  },
  {
    name: 'an asterisk-form target',
    server: 'mcp-server',
    bytes: (p) => `OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\n`,
    status: 404,
    recorded: true,
  },
  {
    name: 'a WebSocket upgrade request',
    server: 'mcp-server',
    bytes: (p) =>
      `GET /mcp HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
      `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    status: 401,
    recorded: true,
  },
  {
    name: 'Expect: 100-continue',
    server: 'authorization-server',
    bytes: (p) =>
      `POST /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Content-Length: 0\r\nExpect: 100-continue\r\n\r\n`,
    status: 400,
    recorded: true,
  },
  {
    name: 'an unknown Expect',
    server: 'authorization-server',
    bytes: (p) => `POST /token HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Length: 0\r\nExpect: teapot\r\n\r\n`,
    status: 417,
    recorded: false,
  },
];

describe('named cases', () => {
  const context = {} as NamedContext;
  beforeAll(async () => {
    context.servers = await start();
    context.token = await tokenFromCodeFlow(context.servers);
    context.session = await openSession(context.servers, context.token);
    const registered = [...context.servers.recorder.exchanges].find((e) => e.endpoint === 'register');
    context.clientId = (registered?.response as { value: { client_id: string } }).value.client_id;
  });
  afterAll(async () => {
    await context.servers.stop();
  });

  it.each(NAMED_CASES)('$name → $status', async (named) => {
    const target = named.server === 'authorization-server' ? asTarget(context.servers) : mcpTarget(context.servers);
    const endpoint = `named (${named.server === 'authorization-server' ? 'as' : 'mcp'})`;
    const answer = await exercise(target, endpoint, named.request(context));
    expect([named.status].flat()).toContain(answer.status);
    if (named.error !== undefined && answer.status >= 400) {
      const body = JSON.parse(answer.body.toString('utf8')) as { error: string | { code: number } };
      expect(typeof body.error === 'string' ? body.error : body.error.code).toBe(named.error);
    }
  });

  it('serves a GET stream again after the client dropped the previous one (no 409 Conflict)', async () => {
    const target = mcpTarget(context.servers);
    const headers = {
      authorization: `Bearer ${context.token}`,
      'mcp-session-id': context.session,
      accept: 'text/event-stream',
      'mcp-protocol-version': PROTOCOL_VERSION,
    };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await exercise(target, 'named (mcp)', { method: 'GET', path: '/mcp', headers });
      expect(answer.status).toBe(200);
      expect(answer.cut).toBe(true);
    }
  });

  it.each(RAW_CASES)('raw socket: $name → $status', async (raw) => {
    const target = raw.server === 'authorization-server' ? asTarget(context.servers) : mcpTarget(context.servers);
    await context.servers.recorder.settled(2000);
    const before = context.servers.recorder.exchanges.length;
    const answer = await sendRaw(target.port, Buffer.from(raw.bytes(target.port, context.token), 'latin1'));
    tally.count(
      `named raw (${raw.server === 'authorization-server' ? 'as' : 'mcp'})`,
      answer.status,
      isNodeAnswer(answer.status, answer.headers),
    );
    expect(answer.status).toBe(raw.status);
    await context.servers.recorder.settled(2000);
    const recorded = context.servers.recorder.exchanges.slice(before);
    expect(recorded.map((exchange) => exchange.status)).toEqual(raw.recorded ? [raw.status] : []);
    if (!isNodeAnswer(answer.status, answer.headers)) {
      expect(
        answerProblems(raw.server, 'GET', answer.status, answer.headers['content-type'] ?? '', answer.body),
      ).toEqual([]);
    }
    await works(target);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Summary

describe('summary', () => {
  it('sent thousands of requests to every endpoint with zero crashes and no stack traces on stderr', () => {
    const stackTraces = [...stderrSpy.mock.calls, ...consoleErrorSpy.mock.calls]
      .map((call) => call.map((part) => (part instanceof Error ? part.stack : String(part))).join(' '))
      .filter((text) => /\n\s+at |Error:|Internal Server Error/.test(text));
    console.log(`mock fuzz: ${tally.total()} requests\n${tally.table()}`);
    expect(stackTraces).toEqual([]);
    expect(tally.crashes).toEqual([]);
    for (const endpoint of [
      'as-metadata',
      'register',
      'authorize',
      'token',
      'prm',
      'mcp (no valid token)',
      'mcp (valid token)',
    ]) {
      expect(tally.byEndpoint.get(endpoint)?.sent ?? 0, endpoint).toBeGreaterThanOrEqual(runs(1500));
    }
    expect(tally.total()).toBeGreaterThan(runs(12_000));
  });
});
