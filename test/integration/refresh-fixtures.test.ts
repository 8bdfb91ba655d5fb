/**
 * The refresh-token checks against fixture clients that are each the reference client wrong in exactly one way
 * (test/fixtures/clients/README.md). For every fixture: the check it was written to fail has the exact status
 * expected, its evidence names the offending request, and every other check of the scenario keeps the status the
 * reference client gets (a few checks that can no longer be observed because of the one change are listed, with why).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runSuite } from '../../src/engine/run-suite.js';
import type { CheckResult, CheckStatus, ScenarioResult, SuiteResult } from '../../src/model.js';
import { findScenario, SCENARIOS } from '../../src/scenarios/index.js';

const REFERENCE = 'node --import tsx examples/clients/reference-client.ts';
const fixture = (name: string) => `node --import tsx test/fixtures/clients/${name}.ts`;
const OUTCOME = 'scenario-outcome';

function suite(command: string, scenarioNames: readonly string[]): Promise<SuiteResult> {
  const scenarios = scenarioNames.map((name) => {
    const found = findScenario(name);
    if (!found) throw new Error(`no scenario ${name}`);
    return found;
  });
  return runSuite({
    command,
    scenarios,
    specVersion: '2025-11-25',
    protocolVersion: '2025-11-25',
    timeoutMs: 30_000,
    concurrency: 2,
  });
}

/** At most two fixture suites at a time: the machine has two cores, and every scenario starts a Node client. */
function limiter(slots: number) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}
const inSlot = limiter(2);

/** Each fixture runs once, however many tests look at its results. */
const runs = new Map<string, Promise<SuiteResult>>();
function runFixture(name: string, scenarioNames: readonly string[]): Promise<SuiteResult> {
  const key = `${name} ${scenarioNames.join(' ')}`;
  let run = runs.get(key);
  if (!run) {
    run = inSlot(() => suite(fixture(name), scenarioNames));
    runs.set(key, run);
  }
  return run;
}

function scenarioOf(result: SuiteResult, name: string): ScenarioResult {
  const found = result.scenarios.find((entry) => entry.name === name);
  if (!found) throw new Error(`scenario ${name} missing from the results`);
  return found;
}

function checkOf(result: ScenarioResult, id: string): CheckResult {
  const found = id === OUTCOME ? result.outcome : result.checks.find((check) => check.id === id);
  if (!found) throw new Error(`check ${id} missing from ${result.name}`);
  return found;
}

/** Every check's status in a scenario, the scenario outcome included. */
function statuses(result: ScenarioResult): Record<string, CheckStatus> {
  return Object.fromEntries([result.outcome, ...result.checks].map((check) => [check.id, check.status]));
}

/** How a run went, for assertion messages: every check's verdict and the client's last words. */
function explain(result: ScenarioResult): string {
  const checks = [result.outcome, ...result.checks].map((check) => `  ${check.id}: ${check.status}: ${check.message}`);
  return [`${result.name}:`, ...checks, `client stderr:\n${result.client.stderrTail}`].join('\n');
}

/**
 * The evidence names the offending request: `evidence.requests` is not empty, and the message names one of those
 * requests as `#<seq> <METHOD> <path>`, matching what the mock recorded for that seq.
 */
function expectNamesRequest(result: ScenarioResult, check: CheckResult, method: string, path: string): number {
  expect(check.evidence.requests.length, `${check.id} has no requests in its evidence`).toBeGreaterThan(0);
  const named = [...check.message.matchAll(/#(\d+) ([A-Z]+) (\S+)/g)]
    .map((match) => ({ seq: Number(match[1]), method: match[2], path: match[3] }))
    .find((line) => line.method === method && line.path === path && check.evidence.requests.includes(line.seq));
  expect(named, `${check.id} should name a ${method} ${path} request of its evidence: ${check.message}`).toBeDefined();
  const seq = named?.seq ?? -1;
  expect(check.message).toContain(`#${seq} ${method} ${path}`);
  const recorded = result.transcript.find((exchange) => exchange.seq === seq);
  expect(recorded?.method).toBe(method);
  expect(recorded?.path).toBe(path);
  return seq;
}

interface Expectation {
  scenario: string;
  /** The check this fixture was written to fail, and its exact status. */
  target: { id: string; status: CheckStatus; method: string; path: string };
  /** Checks the one change leaves with nothing to observe (or the outcome), with the status they get instead. */
  consequences?: Record<string, CheckStatus>;
}

let reference: SuiteResult;
/** Scenario name → check id (and `scenario-outcome`) → the reference client's status. */
const referenceStatuses = new Map<string, Record<string, CheckStatus>>();

beforeAll(async () => {
  reference = await suite(
    REFERENCE,
    SCENARIOS.map((scenario) => scenario.name),
  );
  for (const result of reference.scenarios) referenceStatuses.set(result.name, statuses(result));
}, 120_000);

/**
 * Runs the fixture's scenarios and asserts, for each: the target's exact status and evidence, and that every other
 * check has the reference client's status (or the listed consequence). Returns the results for further assertions.
 */
async function expectOnlyTarget(
  name: string,
  expectations: readonly Expectation[],
): Promise<Map<string, ScenarioResult>> {
  const result = await runFixture(
    name,
    expectations.map((expected) => expected.scenario),
  );
  const byScenario = new Map<string, ScenarioResult>();
  for (const expected of expectations) {
    const scenario = scenarioOf(result, expected.scenario);
    byScenario.set(expected.scenario, scenario);
    const baseline = referenceStatuses.get(expected.scenario);
    if (!baseline) throw new Error(`no reference statuses for ${expected.scenario}`);
    const target = checkOf(scenario, expected.target.id);
    expect(target.status, explain(scenario)).toBe(expected.target.status);
    expectNamesRequest(scenario, target, expected.target.method, expected.target.path);
    const want = { ...baseline, ...expected.consequences, [expected.target.id]: expected.target.status };
    expect(statuses(scenario), explain(scenario)).toEqual(want);
  }
  return byScenario;
}

describe('the reference client', () => {
  it('gets only SUCCESS and INFO in all seven scenarios', () => {
    expect(reference.scenarios.map((result) => result.name)).toEqual(SCENARIOS.map((scenario) => scenario.name));
    for (const result of reference.scenarios) {
      expect(result.outcome.status, explain(result)).toBe('SUCCESS');
      for (const check of result.checks)
        expect(['SUCCESS', 'INFO'], `${result.name} ${check.id}: ${check.message}`).toContain(check.status);
    }
    expect(reference.counts.FAILURE).toBe(0);
    expect(reference.counts.WARNING).toBe(0);
  });
});

describe.concurrent('fixture clients wrong in exactly one way', () => {
  it(
    'refresh-without-resource: oauth-refresh-resource-parameter FAILURE in refresh-token-use and ' +
      'refresh-token-rotation',
    async () => {
      const target = {
        id: 'oauth-refresh-resource-parameter',
        status: 'FAILURE',
        method: 'POST',
        path: '/token',
      } as const;
      const results = await expectOnlyTarget('refresh-without-resource', [
        { scenario: 'auth/refresh-token-use', target },
        { scenario: 'auth/refresh-token-rotation', target },
      ]);
      for (const scenario of results.values()) {
        const check = checkOf(scenario, target.id);
        expect(check.message).toContain('without a `resource` parameter');
        expect(check.evidence.details.sentResource).toBeNull();
        expect(check.evidence.details.expectedResource).toBe(`${scenario.serverUrl}`);
      }
    },
  );

  it(
    'refresh-token-as-bearer: sep-2207-refresh-token-confidential FAILURE naming the authorization header of POST ' +
      '/mcp',
    async () => {
      const results = await expectOnlyTarget('refresh-token-as-bearer', [
        {
          scenario: 'auth/refresh-token-use',
          target: { id: 'sep-2207-refresh-token-confidential', status: 'FAILURE', method: 'POST', path: '/mcp' },
        },
      ]);
      const scenario = results.get('auth/refresh-token-use') as ScenarioResult;
      const check = checkOf(scenario, 'sep-2207-refresh-token-confidential');
      // Exactly one request carried it, in its Authorization header, to the MCP server.
      expect(check.evidence.requests).toHaveLength(1);
      const seq = check.evidence.requests[0] as number;
      expect(check.message).toContain(`the \`authorization\` header of #${seq} POST /mcp`);
      expect(check.message).toContain('to the MCP server');
      const leaked = scenario.transcript.find((exchange) => exchange.seq === seq);
      expect(leaked?.server).toBe('mcp-server');
      expect(leaked?.headers.authorization).toMatch(/^Bearer rt-…/);
    },
  );

  it('reuse-rotated-refresh-token: oauth-refresh-uses-latest-token FAILURE in refresh-token-rotation', async () => {
    const results = await expectOnlyTarget('reuse-rotated-refresh-token', [
      {
        scenario: 'auth/refresh-token-rotation',
        target: { id: 'oauth-refresh-uses-latest-token', status: 'FAILURE', method: 'POST', path: '/token' },
      },
    ]);
    const scenario = results.get('auth/refresh-token-rotation') as ScenarioResult;
    const check = checkOf(scenario, 'oauth-refresh-uses-latest-token');
    // The evidence pairs the rotating refresh with the later one that presented the retired token again.
    const [rotating, reuse] = check.evidence.requests.map((seq) =>
      scenario.transcript.find((exchange) => exchange.seq === seq),
    );
    expect(check.evidence.requests).toHaveLength(2);
    expect(rotating?.status).toBe(200);
    expect(reuse?.status).toBe(400);
    expect(check.message).toContain(`#${reuse?.seq} POST /token`);
    expect(check.message).toContain(`#${rotating?.seq} POST /token`);
    const presented = (seq: number | undefined) => {
      const body = scenario.transcript.find((exchange) => exchange.seq === seq)?.body;
      return body?.kind === 'form' ? body.value.refresh_token : undefined;
    };
    expect(presented(reuse?.seq)).toBe(presented(rotating?.seq));
    expect(Number(check.evidence.details.reusedAt)).toBeGreaterThanOrEqual(
      Number(check.evidence.details.rotatedResponseDeliveredAt),
    );
  });

  // The fixture sends both refreshes at once (Promise.all); the check tells a race from a reuse by the AS-side
  // arrival time of the second request versus the delivery time of the first response, and the mock answers the
  // first in about a millisecond before it even reads the second, so the race is reported as a reuse (FAILURE).
  // Everything but that status is asserted here; the expected WARNING is asserted below as a known failure.
  it('concurrent-refresh: two refreshes with one token at once; the client still finishes', async () => {
    const result = await runFixture('concurrent-refresh', ['auth/refresh-token-rotation']);
    const scenario = scenarioOf(result, 'auth/refresh-token-rotation');
    const check = checkOf(scenario, 'oauth-refresh-uses-latest-token');
    expect(['WARNING', 'FAILURE'], explain(scenario)).toContain(check.status);
    expectNamesRequest(scenario, check, 'POST', '/token');
    const baseline = referenceStatuses.get('auth/refresh-token-rotation') ?? {};
    expect(statuses(scenario), explain(scenario)).toEqual({ ...baseline, [check.id]: check.status });
    expect(scenario.outcome.status).toBe('SUCCESS');
    // On the wire: every refresh went out twice with the same token, one answered 200 and the other invalid_grant.
    const refreshes = scenario.transcript.filter(
      (exchange) => exchange.body.kind === 'form' && exchange.body.value.grant_type === 'refresh_token',
    );
    const byToken = new Map<string, typeof refreshes>();
    for (const exchange of refreshes) {
      const token = exchange.body.kind === 'form' ? String(exchange.body.value.refresh_token) : '';
      byToken.set(token, [...(byToken.get(token) ?? []), exchange]);
    }
    expect(byToken.size).toBeGreaterThanOrEqual(2);
    for (const pair of byToken.values()) expect(pair.map((exchange) => exchange.status).sort()).toEqual([200, 400]);
  });

  it('concurrent-refresh: oauth-refresh-uses-latest-token reports the race as WARNING', async () => {
    await expectOnlyTarget('concurrent-refresh', [
      {
        scenario: 'auth/refresh-token-rotation',
        target: { id: 'oauth-refresh-uses-latest-token', status: 'WARNING', method: 'POST', path: '/token' },
      },
    ]);
  });

  it(
    'refresh-without-issued-token: sep-2207-refresh-token-not-assumed ' + 'FAILURE in refresh-token-not-issued',
    async () => {
      const results = await expectOnlyTarget('refresh-without-issued-token', [
        {
          scenario: 'auth/refresh-token-not-issued',
          target: { id: 'sep-2207-refresh-token-not-assumed', status: 'FAILURE', method: 'POST', path: '/token' },
        },
      ]);
      const check = checkOf(
        results.get('auth/refresh-token-not-issued') as ScenarioResult,
        'sep-2207-refresh-token-not-assumed',
      );
      expect(check.message).toContain('never issued a refresh token');
      expect(check.evidence.details.refreshTokenSent).toBe('assumed-refresh-token');
    },
  );

  it('widen-scope-on-refresh: oauth-refresh-scope-within-grant FAILURE in refresh-token-use', async () => {
    const results = await expectOnlyTarget('widen-scope-on-refresh', [
      {
        scenario: 'auth/refresh-token-use',
        target: { id: 'oauth-refresh-scope-within-grant', status: 'FAILURE', method: 'POST', path: '/token' },
      },
    ]);
    const check = checkOf(results.get('auth/refresh-token-use') as ScenarioResult, 'oauth-refresh-scope-within-grant');
    expect(check.evidence.details.requestedScope).toBe('mcp:basic mcp:write');
    expect(check.evidence.details.notGranted).toEqual(['mcp:write']);
    expect(String(check.evidence.details.grantedScope).split(' ')).not.toContain('mcp:write');
  });

  it('invalid-grant-loop: oauth-refresh-invalid-grant-recovery WARNING in refresh-token-invalid-grant', async () => {
    const results = await expectOnlyTarget('invalid-grant-loop', [
      {
        scenario: 'auth/refresh-token-invalid-grant',
        target: { id: 'oauth-refresh-invalid-grant-recovery', status: 'WARNING', method: 'POST', path: '/token' },
      },
    ]);
    const check = checkOf(
      results.get('auth/refresh-token-invalid-grant') as ScenarioResult,
      'oauth-refresh-invalid-grant-recovery',
    );
    expect(check.message).toContain('answered `invalid_grant`');
    // Three retries for every refused token, and it still re-authorized each time (the outcome is SUCCESS).
    const refused = Number(check.evidence.details.refusedTokens);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(check.evidence.details.retries).toBe(3 * refused);
  });

  it(
    'reauthorize-instead-of-refresh: oauth-refresh-token-used INFO ' +
      'in refresh-token-use; the client still finishes',
    async () => {
      const results = await expectOnlyTarget('reauthorize-instead-of-refresh', [
        {
          scenario: 'auth/refresh-token-use',
          target: { id: 'oauth-refresh-token-used', status: 'INFO', method: 'GET', path: '/authorize' },
          // It never refreshes, so what a refresh request carries cannot be observed.
          consequences: {
            'oauth-refresh-resource-parameter': 'SKIPPED',
            'oauth-refresh-scope-within-grant': 'SKIPPED',
          },
        },
      ]);
      const scenario = results.get('auth/refresh-token-use') as ScenarioResult;
      const check = checkOf(scenario, 'oauth-refresh-token-used');
      expectNamesRequest(scenario, check, 'POST', '/mcp');
      expect(check.message).toContain('instead of using its refresh token');
      expect(scenario.outcome.status).toBe('SUCCESS');
    },
  );

  it(
    'offline-access-without-consent: oidc-offline-access-prompt-consent WARNING in oidc-offline-access; the client ' +
      'still finishes',
    async () => {
      const results = await expectOnlyTarget('offline-access-without-consent', [
        {
          scenario: 'auth/oidc-offline-access',
          target: { id: 'oidc-offline-access-prompt-consent', status: 'WARNING', method: 'GET', path: '/authorize' },
          // Without prompt=consent the OpenID provider issues no refresh token, so there is none to keep confidential.
          consequences: { 'sep-2207-refresh-token-confidential': 'SKIPPED' },
        },
      ]);
      const scenario = results.get('auth/oidc-offline-access') as ScenarioResult;
      const check = checkOf(scenario, 'oidc-offline-access-prompt-consent');
      expect(check.evidence.details.prompt).toBeNull();
      expect(String(check.evidence.details.scope).split(' ')).toContain('offline_access');
      expect(scenario.outcome.status).toBe('SUCCESS');
    },
  );
});
