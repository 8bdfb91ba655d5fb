/**
 * Runs every interop client, unchanged, through all seven scenarios at the default concurrency, and asserts the exact
 * status of every check against `expected/<id>.json`. `INTEROP_UPDATE=1` records the run as the new expectation
 * instead (review the diff: every change of a status needs a reason in the client's notes). `INTEROP_ONLY=id,id`
 * runs some clients only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSuite } from '../../src/engine/run-suite.js';
import type { CheckStatus, ScenarioResult } from '../../src/model.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { expectedPath, interopClients, readExpected } from './registry.js';
import { ROOT } from './toolchain.js';
import type { ExpectedStatuses } from './types.js';

const only = process.env.INTEROP_ONLY?.split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const update = process.env.INTEROP_UPDATE === '1';
const clients = (await interopClients()).filter((client) => !only || only.includes(client.id));

const statusesOf = (scenario: ScenarioResult): Record<string, CheckStatus> =>
  Object.fromEntries([scenario.outcome, ...scenario.checks].map((result) => [result.id, result.status]));

describe.each(clients)('$name $version', (client) => {
  it('runs every scenario unchanged and gets the expected statuses', async (context) => {
    const log = (line: string) => console.log(`[${client.id}] ${line}`);
    const buildStart = performance.now();
    const prepared = await client.prepare(log);
    if ('skip' in prepared) {
      // Where every toolchain is expected (CI), a skip would hide a client that no longer runs.
      if (process.env.INTEROP_REQUIRE_ALL === '1') throw new Error(`${client.id} cannot run here: ${prepared.skip}`);
      log(`skipped: ${prepared.skip}`);
      context.skip(prepared.skip);
      return;
    }
    log(`ready in ${Math.round(performance.now() - buildStart)} ms: ${prepared.command}`);
    const suite = await runSuite({
      command: prepared.command,
      cwd: prepared.cwd ?? ROOT,
      env: prepared.env,
      scenarios: SCENARIOS,
      specVersion: '2025-11-25',
      protocolVersion: '2025-11-25',
      timeoutMs: 60_000,
      concurrency: availableParallelism(),
    });
    const actual: ExpectedStatuses = {
      client: client.name,
      version: client.version,
      statuses: Object.fromEntries(suite.scenarios.map((scenario) => [scenario.name, statusesOf(scenario)])),
    };
    log(`ran ${suite.scenarios.length} scenarios in ${suite.durationMs} ms`);
    for (const scenario of suite.scenarios) {
      const notable = [scenario.outcome, ...scenario.checks].filter((result) => result.status !== 'SUCCESS');
      log(`  ${scenario.name} (${scenario.durationMs} ms, exit ${scenario.client.exitCode})`);
      for (const result of notable) log(`    ${result.status} ${result.id}: ${result.message}`);
    }

    // Timing-dependent results are checked against the statuses their note allows, then compared as recorded.
    for (const [key, { allowed }] of Object.entries(client.timing ?? {})) {
      const [scenario, check] = key.split(' ') as [string, string];
      const status = actual.statuses[scenario]?.[check];
      expect(allowed, `${key}: ${status} is not among the statuses its timing note allows`).toContain(status);
      const recorded = readExpected(client.id)?.statuses[scenario]?.[check];
      if (recorded !== undefined && actual.statuses[scenario]) actual.statuses[scenario][check] = recorded;
    }

    if (update) {
      mkdirSync(dirname(expectedPath(client.id)), { recursive: true });
      writeFileSync(expectedPath(client.id), `${JSON.stringify(actual, null, 2)}\n`);
      log(`recorded ${expectedPath(client.id)}`);
    }
    const expected = readExpected(client.id);
    expect(expected, `no expected/${client.id}.json: run with INTEROP_UPDATE=1 and review it`).not.toBeNull();
    expect(actual).toEqual(expected);

    // Every non-SUCCESS result is explained in the client's notes.
    for (const [scenario, checks] of Object.entries(actual.statuses)) {
      for (const [check, status] of Object.entries(checks)) {
        if (status === 'SUCCESS') continue;
        const explained = client.notes[`${scenario} ${check}`] ?? client.notes[scenario];
        expect(explained, `${client.id}: ${scenario} ${check} is ${status} and has no note`).toBeTruthy();
      }
    }
  });
});
