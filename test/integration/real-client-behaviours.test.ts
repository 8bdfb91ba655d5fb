/**
 * Behaviours of real clients that the clients written in this repo did not have, each as a fixture: a fixed OAuth
 * callback port (two scenarios at once collide), and refreshing only by the client's own clock (never on a 401),
 * exactly on time or some seconds early. Parallelism must not change a verdict, and a clock-driven refresh must be
 * judged like any other.
 */
import { describe, expect, it } from 'vitest';
import { runSuite } from '../../src/engine/run-suite.js';
import type { CheckStatus, ScenarioResult, SuiteResult } from '../../src/model.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminalReport } from '../../src/report/terminal.js';
import { verdict } from '../../src/report/verdict.js';
import { findScenario, SCENARIOS } from '../../src/scenarios/index.js';

const fixture = (name: string) => `node --import tsx test/fixtures/clients/${name}.ts`;

function run(
  command: string,
  options: { concurrency: number; scenarios?: string[]; env?: Record<string, string> },
): Promise<SuiteResult> {
  return runSuite({
    command,
    scenarios: options.scenarios ? options.scenarios.map((name) => findScenario(name)!) : SCENARIOS,
    specVersion: '2025-11-25',
    protocolVersion: '2025-11-25',
    timeoutMs: 30_000,
    concurrency: options.concurrency,
    env: options.env,
  });
}

const statuses = (suite: SuiteResult) =>
  Object.fromEntries(
    suite.scenarios.map((scenario) => [
      scenario.name,
      Object.fromEntries([scenario.outcome, ...scenario.checks].map((r) => [r.id, r.status])),
    ]),
  );

const status = (scenario: ScenarioResult | undefined, id: string): CheckStatus | undefined =>
  scenario && [scenario.outcome, ...scenario.checks].find((result) => result.id === id)?.status;

describe('a client with a fixed callback port', () => {
  it(
    'gets the same verdicts with every scenario at once as one at a ' +
      'time, and the report says which ran again alone',
    async () => {
      const env = { FIXED_PORT: '47619' };
      const scenarios = ['auth/offline-access-scope', 'auth/offline-access-not-supported', 'auth/refresh-token-use'];
      const parallel = await run(fixture('fixed-callback-port'), { concurrency: scenarios.length, scenarios, env });
      const serial = await run(fixture('fixed-callback-port'), { concurrency: 1, scenarios, env });
      expect(statuses(parallel)).toEqual(statuses(serial));
      expect(serial.scenarios.every((scenario) => scenario.rerunAlone === undefined)).toBe(true);
      // Runs that each hold the port for their whole life cannot all have finished side by side.
      const rerun = parallel.scenarios.filter((scenario) => scenario.rerunAlone !== undefined);
      expect(rerun.length).toBeGreaterThan(0);
      for (const scenario of rerun) {
        expect(scenario.outcome.status).toBe('SUCCESS');
        expect(scenario.rerunAlone?.firstOutcome).toContain('exited with code 1');
      }
      const judged = verdict(parallel, 'must');
      expect(judged.passed).toBe(true);
      const terminal = renderTerminalReport(parallel, judged, { color: false });
      expect(terminal).toContain(
        `↻ run again alone: with other scenarios running at the same time, the client exited with code 1`,
      );
      expect(renderSummary(parallel, { verdict: judged })).toContain('run again alone');
    },
    240_000,
  );
});

describe('a client that refreshes only by its own clock', () => {
  const refreshScenarios = [
    'auth/refresh-token-use',
    'auth/refresh-token-rotation',
    'auth/refresh-token-invalid-grant',
    'auth/refresh-token-not-issued',
    'auth/oidc-offline-access',
  ];

  for (const early of ['0', '10']) {
    it(`has its refresh requests judged in every refresh scenario (refreshing ${early} s early)`, async () => {
      const suite = await run(fixture('clock-refresher'), {
        concurrency: refreshScenarios.length,
        scenarios: refreshScenarios,
        env: { REFRESH_EARLY_SECONDS: early },
      });
      const byName = (name: string) => suite.scenarios.find((scenario) => scenario.name === name);
      for (const scenario of suite.scenarios)
        expect(scenario.outcome.status, `${scenario.name}: ${scenario.outcome.message}`).toBe('SUCCESS');

      const use = byName('auth/refresh-token-use');
      expect(status(use, 'oauth-refresh-token-used')).toBe('SUCCESS');
      expect(status(use, 'oauth-refresh-resource-parameter')).toBe('SUCCESS');
      expect(status(use, 'oauth-refresh-scope-within-grant')).toBe('SUCCESS');
      // Refreshed by its clock: no 401 came before the first refresh.
      const firstRefresh = use!.transcript.find(
        (exchange) =>
          exchange.endpoint === 'token' &&
          exchange.body.kind === 'form' &&
          exchange.body.value.grant_type === 'refresh_token',
      );
      expect(firstRefresh).toBeDefined();
      expect(
        use!.transcript.some(
          (exchange) =>
            exchange.endpoint === 'mcp' &&
            exchange.status === 401 &&
            exchange.seq < firstRefresh!.seq &&
            exchange.seq > 4,
        ),
      ).toBe(false);

      const rotation = byName('auth/refresh-token-rotation');
      expect(status(rotation, 'oauth-refresh-uses-latest-token')).toBe('SUCCESS');
      expect(status(rotation, 'oauth-refresh-resource-parameter')).toBe('SUCCESS');
      expect(status(byName('auth/refresh-token-invalid-grant'), 'oauth-refresh-invalid-grant-recovery')).toBe(
        'SUCCESS',
      );
      expect(status(byName('auth/refresh-token-not-issued'), 'sep-2207-refresh-token-not-assumed')).toBe('SUCCESS');
      // With prompt=consent the OIDC-flavored AS issues a refresh token, and the clock makes the client use it.
      const oidc = byName('auth/oidc-offline-access');
      expect(
        oidc!.transcript.some(
          (exchange) =>
            exchange.endpoint === 'token' &&
            exchange.body.kind === 'form' &&
            exchange.body.value.grant_type === 'refresh_token',
        ),
      ).toBe(true);
      expect(status(oidc, 'sep-2207-refresh-token-confidential')).toBe('SUCCESS');
    });
  }
});
