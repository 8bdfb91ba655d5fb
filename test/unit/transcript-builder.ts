/**
 * Hand-written transcripts for check tests, and small SuiteResult fixtures for the report tests: each helper returns
 * one exchange as the mock servers record it (the right endpoint, method, path, query or body and status);
 * `transcript(...)` numbers them 1, 2, 3… in order.
 */
import { checkDefinition, type CheckId } from '../../src/checks/catalog.js';
import { SCENARIO_OUTCOME } from '../../src/checks/scenario-outcome.js';
import {
  RESULTS_SCHEMA_VERSION,
  type CheckResult,
  type CheckStatus,
  type ProcessRun,
  type Exchange,
  type ScenarioResult,
  type SpecVersion,
  type StatusCounts,
  type SuiteResult,
  type Transcript,
} from '../../src/model.js';

export const AS_URL = 'http://127.0.0.1:4100';
export const MCP_URL = 'http://127.0.0.1:4200/mcp';
export const REDIRECT_URI = 'http://127.0.0.1:4300/callback';

/** An exchange before it is given its place in a transcript. */
export type Step = Omit<Exchange, 'seq' | 'receivedAt' | 'respondedAt'>;

function step(fields: Pick<Step, 'server' | 'endpoint' | 'method' | 'path' | 'status'> & Partial<Step>): Step {
  return {
    query: {},
    headers: {},
    body: { kind: 'none' },
    responseHeaders: {},
    response: { kind: 'none' },
    ...fields,
  };
}

/** Numbers the steps from 1 in the order given, 10 ms apart. */
export function transcript(...steps: Step[]): Transcript {
  return steps.map((item, index) => ({ ...item, seq: index + 1, receivedAt: index * 10, respondedAt: index * 10 + 5 }));
}

export function asMetadata(status = 200): Step {
  return step({
    server: 'authorization-server',
    endpoint: 'as-metadata',
    method: 'GET',
    path: '/.well-known/oauth-authorization-server',
    status,
  });
}

export function prm(status = 200): Step {
  return step({
    server: 'mcp-server',
    endpoint: 'prm',
    method: 'GET',
    path: '/.well-known/oauth-protected-resource/mcp',
    status,
  });
}

/** A dynamic client registration (RFC 7591): a JSON body with `redirect_uris` plus whatever metadata is given. */
export function register(metadata: Record<string, unknown> = {}, status = 201): Step {
  return step({
    server: 'authorization-server',
    endpoint: 'register',
    method: 'POST',
    path: '/register',
    headers: { 'content-type': 'application/json' },
    body: { kind: 'json', value: { client_name: 'test client', redirect_uris: [REDIRECT_URI], ...metadata } },
    status,
    response: { kind: 'json', value: { client_id: 'client-1', ...metadata } },
  });
}

/**
 * An authorization request (a browser-style GET with the parameters in the query). `scope` is left out unless
 * given; `undefined` values in `params` drop a default parameter.
 */
export function authorize(params: Record<string, string | undefined> = {}, status = 302): Step {
  const query: Record<string, string> = {};
  const all = {
    response_type: 'code',
    client_id: 'client-1',
    redirect_uri: REDIRECT_URI,
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    state: 'state-1',
    resource: MCP_URL,
    ...params,
  };
  for (const [key, value] of Object.entries(all)) if (value !== undefined) query[key] = value;
  return step({
    server: 'authorization-server',
    endpoint: 'authorize',
    method: 'GET',
    path: '/authorize',
    query,
    status,
    responseHeaders: { location: `${REDIRECT_URI}?code=code-1&state=state-1&iss=${encodeURIComponent(AS_URL)}` },
  });
}

/** A token request: a form-encoded POST. Defaults to an authorization-code exchange; `undefined` drops a default. */
export function token(form: Record<string, string | undefined> = {}, status = 200): Step {
  const grantType = form.grant_type ?? 'authorization_code';
  const defaults: Record<string, string> =
    grantType === 'authorization_code'
      ? {
          code: 'code-1',
          redirect_uri: REDIRECT_URI,
          code_verifier: 'verifier-1',
          client_id: 'client-1',
          resource: MCP_URL,
        }
      : { client_id: 'client-1', resource: MCP_URL };
  const value: Record<string, string> = {};
  for (const [key, item] of Object.entries({ grant_type: grantType, ...defaults, ...form })) {
    if (item !== undefined) value[key] = item;
  }
  return step({
    server: 'authorization-server',
    endpoint: 'token',
    method: 'POST',
    path: '/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: { kind: 'form', value },
    status,
    response:
      status === 200
        ? { kind: 'json', value: { access_token: 'at-1', token_type: 'Bearer', expires_in: 3600 } }
        : { kind: 'json', value: { error: 'invalid_grant' } },
  });
}

/** An MCP request (JSON-RPC over POST); 401 means it carried no valid access token. */
export function mcp(status = 200, method = 'POST'): Step {
  return step({
    server: 'mcp-server',
    endpoint: 'mcp',
    method,
    path: '/mcp',
    headers: status === 401 ? {} : { authorization: 'Bearer at-1…' },
    body:
      method === 'POST' ? { kind: 'json', value: { jsonrpc: '2.0', id: 1, method: 'initialize' } } : { kind: 'none' },
    status,
    responseHeaders:
      status === 401
        ? {
            'www-authenticate':
              `Bearer ` + `resource_metadata="http://127.0.0.1:4200/.well-known/oauth-protected-resource/mcp"`,
          }
        : {},
  });
}

/** A full, clean client run: discovery, registration, authorization, code exchange, MCP calls. */
export function completeFlow(options: { grantTypes?: string[]; scope?: string } = {}): Transcript {
  return transcript(
    mcp(401),
    prm(),
    asMetadata(),
    register(options.grantTypes ? { grant_types: options.grantTypes } : {}),
    authorize(options.scope === undefined ? {} : { scope: options.scope }),
    token(),
    mcp(200),
    mcp(202),
  );
}

/** A client process record; by default it exited 0 after 1.2 s. */
export function clientRun(overrides: Partial<ProcessRun> = {}): ProcessRun {
  return {
    command: 'node client.js',
    exitCode: 0,
    signal: null,
    timedOut: false,
    startError: null,
    durationMs: 1200,
    stdoutTail: '',
    stderrTail: '',
    stdoutTruncatedBytes: 0,
    stderrTruncatedBytes: 0,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Results, for the verdict and report tests

export function checkResult(
  id: CheckId,
  status: CheckStatus,
  draftOnly: boolean,
  message = `${id} was ${status}.`,
): CheckResult {
  return { ...checkDefinition(id), status, draftOnly, message, evidence: { requests: [], details: {} } };
}

export function outcomeResult(
  status: CheckStatus,
  draftOnly: boolean,
  message = `The scenario outcome was ${status}.`,
): CheckResult {
  return {
    ...SCENARIO_OUTCOME,
    introducedIn: '2026-07-28',
    status,
    draftOnly,
    message,
    evidence: { requests: [], details: {} },
  };
}

export function scenarioResult(
  name: string,
  outcome: CheckResult,
  checks: CheckResult[],
  overrides: Partial<ScenarioResult> = {},
): ScenarioResult {
  return {
    name,
    description: `The ${name} scenario.`,
    outcome,
    checks,
    client: clientRun(),
    serverUrl: 'http://127.0.0.1:4200/mcp',
    durationMs: 1500,
    transcript: [],
    transcriptDropped: 0,
    harnessError: null,
    ...overrides,
  };
}

function count(scenarios: ScenarioResult[], include: (result: CheckResult) => boolean): StatusCounts {
  const counts: StatusCounts = { SUCCESS: 0, FAILURE: 0, WARNING: 0, INFO: 0, SKIPPED: 0 };
  for (const scenario of scenarios) {
    for (const result of [scenario.outcome, ...scenario.checks]) if (include(result)) counts[result.status] += 1;
  }
  return counts;
}

export function suiteResult(scenarios: ScenarioResult[], specVersion: SpecVersion = '2025-11-25'): SuiteResult {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'sep-2207-action', version: '0.1.0' },
    mode: 'client',
    label: null,
    specVersion,
    protocolVersion: '2025-11-25',
    command: 'node client.js',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 4321,
    scenarios,
    counts: count(scenarios, () => true),
    enforcedCounts: count(scenarios, (result) => !result.draftOnly),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Refresh flows, for the refresh and token-request check tests

/** A 200 token response body: an access token plus whatever else is given (`refresh_token`, `scope`). */
export function tokenResponse(fields: Record<string, unknown> = {}): Exchange['response'] {
  return { kind: 'json', value: { access_token: 'at-1', token_type: 'Bearer', expires_in: 3600, ...fields } };
}

/**
 * An authorization-code exchange answered 200 with `response` (e.g. `{ refresh_token: 'rt-1', scope: 'mcp:basic' }`).
 */
export function codeExchange(
  response: Record<string, unknown> = {},
  form: Record<string, string | undefined> = {},
): Step {
  return { ...token(form), response: tokenResponse(response) };
}

/**
 * A refresh grant presenting `refreshToken` (left out when `undefined`). Answered 200 with `response` merged into a
 * token response, or, when `error` is given, 400 with that OAuth error code.
 */
export function refresh(
  refreshToken: string | undefined,
  options: { form?: Record<string, string | undefined>; response?: Record<string, unknown>; error?: string } = {},
): Step {
  const request = token({ grant_type: 'refresh_token', refresh_token: refreshToken, ...options.form });
  return options.error === undefined
    ? { ...request, status: 200, response: tokenResponse(options.response) }
    : { ...request, status: 400, response: { kind: 'json', value: { error: options.error } } };
}

/** An MCP request answered 401 `invalid_token`: the access token it carried has expired. */
export function expired401(): Step {
  return {
    ...mcp(200),
    status: 401,
    responseHeaders: {
      'www-authenticate':
        `Bearer error="invalid_token", error_description="The access token expired", ` +
        `resource_metadata="http://127.0.0.1:4200/.well-known/oauth-protected-resource/mcp"`,
    },
  };
}

/** Protected Resource Metadata answered 200 with a document naming `resource`. */
export function prmDocument(resource: string = MCP_URL): Step {
  return { ...prm(200), response: { kind: 'json', value: { resource, authorization_servers: [AS_URL] } } };
}
