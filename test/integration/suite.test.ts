/**
 * The engine end to end: every scenario against the reference client and against fixture clients that are wrong in
 * exactly one way, asserting exact statuses.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/checks/catalog.js';
import { runSuite, type SuiteOptions } from '../../src/engine/run-suite.js';
import type { CheckStatus, ScenarioResult, SuiteResult } from '../../src/model.js';
import { verdict } from '../../src/report/verdict.js';
import { findScenario, SCENARIOS } from '../../src/scenarios/index.js';

const client = (file: string) => `node --import tsx ${file}`;
const REFERENCE = client('examples/clients/reference-client.ts');
const fixture = (name: string) => client(`test/fixtures/clients/${name}.ts`);

function options(command: string, overrides: Partial<SuiteOptions> = {}): SuiteOptions {
  return {
    command,
    scenarios: SCENARIOS,
    specVersion: '2025-11-25',
    protocolVersion: '2025-11-25',
    timeoutMs: 30_000,
    concurrency: 2,
    ...overrides,
  };
}

function scenario(suite: SuiteResult, name: string): ScenarioResult {
  const found = suite.scenarios.find((result) => result.name === name);
  if (!found) throw new Error(`scenario ${name} missing from the results`);
  return found;
}

function statusOf(suite: SuiteResult, scenarioName: string, checkId: string): CheckStatus | undefined {
  return scenario(suite, scenarioName).checks.find((check) => check.id === checkId)?.status;
}

function only(name: string) {
  const found = findScenario(name);
  if (!found) throw new Error(`no scenario ${name}`);
  return [found];
}

/** A killed process whose parent is gone waits as a zombie until PID 1 reaps it (some containers never do): dead. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe.concurrent('runSuite', () => {
  it('the reference client passes every scenario with only SUCCESS and INFO', async () => {
    const suite = await runSuite(options(REFERENCE));
    expect(suite.scenarios.map((result) => result.name)).toEqual(SCENARIOS.map((entry) => entry.name));
    for (const result of suite.scenarios) {
      expect(result.outcome.status, `${result.name}: ${result.outcome.message}\n${result.client.stderrTail}`).toBe(
        'SUCCESS',
      );
      for (const check of result.checks)
        expect(['SUCCESS', 'INFO'], `${check.id}: ${check.message}`).toContain(check.status);
    }
    const ids = new Set(suite.scenarios.flatMap((result) => result.checks.map((check) => check.id)));
    for (const id of [
      'sep-2207-client-metadata-grant-types',
      'sep-2207-offline-access-requested',
      'sep-2207-offline-access-not-requested',
      'sep-2207-offline-access-needs-refresh-grant',
    ]) {
      expect(ids).toContain(id);
    }
    expect(suite.counts.FAILURE + suite.counts.WARNING).toBe(0);
    expect(verdict(suite, 'must').passed).toBe(true);
    // Every result carries the catalog's words; SEP-2207's own checks are draft-only under 2025-11-25, older MUSTs not.
    for (const check of suite.scenarios.flatMap((result) => result.checks)) {
      const definition = CATALOG.find((entry) => entry.id === check.id);
      expect(check.requirement).toBe(definition?.requirement);
      expect(check.draftOnly, check.id).toBe(
        definition?.introducedIn === '2026-07-28' || definition?.introducedIn === 'advisory',
      );
    }
  });

  it(
    'a client that always asks for offline_access fails sep-2207-offline-access-not-requested, enforced only under ' +
      '2026-07-28',
    async () => {
      const [draft, enforced] = await Promise.all([
        runSuite(options(fixture('greedy-offline-access'), { scenarios: only('auth/offline-access-not-supported') })),
        runSuite(
          options(fixture('greedy-offline-access'), {
            scenarios: only('auth/offline-access-not-supported'),
            specVersion: '2026-07-28',
          }),
        ),
      ]);
      for (const suite of [draft, enforced]) {
        expect(statusOf(suite, 'auth/offline-access-not-supported', 'sep-2207-offline-access-not-requested')).toBe(
          'FAILURE',
        );
        const failure = scenario(suite, 'auth/offline-access-not-supported').checks[0];
        expect(failure?.message).toMatch(/#\d+ GET \/authorize/);
        expect(failure?.evidence.details.requestedScope).toContain('offline_access');
      }
      expect(verdict(draft, 'must').passed).toBe(true);
      const failed = verdict(enforced, 'must');
      expect(failed.passed).toBe(false);
      expect(failed.failing.map(({ result }) => result.id)).toEqual(['sep-2207-offline-access-not-requested']);
    },
  );

  it('a client that registers without grant_types gets WARNING on sep-2207-client-metadata-grant-types', async () => {
    const suite = await runSuite(options(fixture('no-grant-types'), { scenarios: only('auth/offline-access-scope') }));
    expect(scenario(suite, 'auth/offline-access-scope').outcome.status).toBe('SUCCESS');
    expect(statusOf(suite, 'auth/offline-access-scope', 'sep-2207-client-metadata-grant-types')).toBe('WARNING');
    const check = scenario(suite, 'auth/offline-access-scope').checks.find(
      (entry) => entry.id === 'sep-2207-client-metadata-grant-types',
    );
    expect(check?.message).toContain('omitted');
    expect(check?.evidence.details.registrationMethod).toBe('DCR');
    expect(verdict(suite, 'should').passed).toBe(true);
  });

  it('a client that crashes before authorizing gets one scenario FAILURE and SKIPPED checks that name it', async () => {
    const parity = SCENARIOS.filter(
      (entry) => entry.name === 'auth/offline-access-scope' || entry.name === 'auth/offline-access-not-supported',
    );
    const suite = await runSuite(options(fixture('crash-before-authorize'), { scenarios: parity }));
    for (const result of suite.scenarios) {
      expect(result.outcome.status).toBe('FAILURE');
      expect(result.outcome.message).toBe('The client exited with code 2 before authorizing.');
      expect(result.client.exitCode).toBe(2);
      expect(result.client.stderrTail).toContain('crash-before-authorize');
      for (const check of result.checks) {
        expect(check.status).toBe('SKIPPED');
        expect(check.message).toMatch(/^Not observed: .*\(the client exited with code 2 before authorizing\)\.$/);
      }
    }
    // Basic authorization is required since 2025-03-26: a crash before it fails the run under every spec version,
    // even where the scenarios test draft rules only.
    expect(verdict(suite, 'must').failing.map(({ result }) => result.id)).toEqual([
      'scenario-outcome',
      'scenario-outcome',
    ]);
    const oldest = await runSuite(
      options(fixture('crash-before-authorize'), {
        specVersion: '2025-03-26',
        scenarios: only('auth/refresh-token-use'),
      }),
    );
    expect(verdict(oldest, 'must').failing.map(({ result }) => result.id)).toEqual(['scenario-outcome']);
  });

  it('a hung client that left a grandchild is killed at the timeout and leaves no process behind', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'sep-2207-hang-')), 'pids');
    const start = performance.now();
    const suite = await runSuite(
      options(fixture('hang-with-grandchild'), {
        scenarios: only('auth/offline-access-scope'),
        timeoutMs: 3000,
        env: { PID_FILE: pidFile },
      }),
    );
    // Killed at the timeout, not at the end of some grace period: generous for a loaded machine, far below the 60 s
    // default.
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(3000 + 10_000);
    const result = scenario(suite, 'auth/offline-access-scope');
    expect(result.client.timedOut).toBe(true);
    expect(result.outcome.status).toBe('FAILURE');
    expect(result.outcome.message).toContain('did not exit within the 3000 ms timeout');
    const pids = readFileSync(pidFile, 'utf8').trim().split(' ').map(Number);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(isAlive(pid), `process ${pid} is still alive`).toBe(false);
  });

  it("passes upstream scenario names the SDKs' conformance clients know, and its own in SEP2207_SCENARIO", async () => {
    const printNames = `printf '%s|%s|%s\\n' "$MCP_CONFORMANCE_SCENARIO" "$SEP2207_SCENARIO" >&2; printf '%s\\n'`;
    const seen = async (names?: 'upstream' | 'own') => {
      const suite = await runSuite(options(printNames, { concurrency: SCENARIOS.length, scenarioNames: names }));
      return Object.fromEntries(
        suite.scenarios.map((result) => [result.name, result.client.stderrTail.trim().split('|').slice(0, 2)]),
      );
    };
    expect(await seen()).toEqual({
      'auth/offline-access-scope': ['auth/offline-access-scope', 'auth/offline-access-scope'],
      'auth/offline-access-not-supported': ['auth/offline-access-not-supported', 'auth/offline-access-not-supported'],
      'auth/refresh-token-use': ['auth/metadata-default', 'auth/refresh-token-use'],
      'auth/refresh-token-rotation': ['auth/metadata-default', 'auth/refresh-token-rotation'],
      'auth/refresh-token-not-issued': ['auth/metadata-default', 'auth/refresh-token-not-issued'],
      'auth/refresh-token-invalid-grant': ['auth/metadata-default', 'auth/refresh-token-invalid-grant'],
      'auth/oidc-offline-access': ['auth/metadata-default', 'auth/oidc-offline-access'],
    });
    for (const [name, [conformance, own]] of Object.entries(await seen('own')))
      expect([conformance, own]).toEqual([name, name]);
  });

  it('a command that does not exist is a clear scenario failure', async () => {
    const suite = await runSuite(
      options('definitely-not-a-command-sep2207', { scenarios: only('auth/offline-access-scope') }),
    );
    const result = scenario(suite, 'auth/offline-access-scope');
    expect(result.outcome.status).toBe('FAILURE');
    expect(result.outcome.message).toContain('command not found');
    expect(result.outcome.message).toContain('definitely-not-a-command-sep2207');
    expect(result.checks.every((check) => check.status === 'SKIPPED')).toBe(true);
  });
});
