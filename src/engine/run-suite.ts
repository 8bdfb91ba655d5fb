/**
 * Runs scenarios (each as run-scenario.ts says): in parallel, each on its own ports, then again alone where running
 * alongside others may have cost one its verdict. A scenario that fails inside the harness becomes a scenario FAILURE
 * with the reason; the others still run.
 */
import { performance } from 'node:perf_hooks';
import type { ProtocolVersion, ScenarioResult, SpecVersion, SuiteResult } from '../model.js';
import type { Scenario } from '../scenarios/types.js';
import { suiteResult } from '../suite-result.js';
import { loadMockServers, runScenario } from './run-scenario.js';

export { runScenario } from './run-scenario.js';

export interface SuiteOptions {
  command: string;
  scenarios: readonly Scenario[];
  specVersion: SpecVersion;
  protocolVersion: ProtocolVersion;
  timeoutMs: number;
  concurrency: number;
  cwd?: string;
  /** Extra environment for the client process. */
  env?: Record<string, string>;
  /** Put the headless consent shim (stand-in browser openers) first on the client's PATH. Default true. */
  consentShim?: boolean;
  /** Give each client run a fresh, temporary HOME (and XDG dirs), removed afterwards. Default true. */
  isolateHome?: boolean;
  /** Aborting stops every running client at once; scenarios not yet started are not run. */
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Names this run in a matrix. */
  label?: string | null;
  /**
   * What `MCP_CONFORMANCE_SCENARIO` carries: `upstream` (default), the upstream scenario name whose standard client
   * the scenario needs; `own`, this project's scenario name. `SEP2207_SCENARIO` always carries this project's name.
   */
  scenarioNames?: ScenarioNames;
}

export const SCENARIO_NAME_CHOICES = ['upstream', 'own'] as const;
export type ScenarioNames = (typeof SCENARIO_NAME_CHOICES)[number];

export type ProgressEvent =
  | { type: 'scenario-started'; scenario: string; index: number; total: number }
  | { type: 'scenario-finished'; scenario: string; index: number; total: number; result: ScenarioResult }
  /** The scenario's client did not finish while other scenarios ran: it runs again, alone. */
  | { type: 'scenario-rerun'; scenario: string; index: number; total: number; reason: string };

export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  await loadMockServers();
  const startedAt = new Date();
  const suiteStart = performance.now();
  const total = options.scenarios.length;
  const spans: { start: number; end: number }[] = [];
  const results = await mapWithConcurrency(
    options.scenarios,
    options.concurrency,
    async (scenario, index) => {
      options.onProgress?.({ type: 'scenario-started', scenario: scenario.name, index, total });
      const start = performance.now();
      const result = await runScenario(scenario, options);
      spans[index] = { start, end: performance.now() };
      options.onProgress?.({ type: 'scenario-finished', scenario: scenario.name, index, total, result });
      return result;
    },
    options.signal,
  );
  await rerunAlone(options, results, spans);
  return suiteResult({
    mode: 'client',
    label: options.label ?? null,
    specVersion: options.specVersion,
    protocolVersion: options.protocolVersion,
    command: options.command,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - suiteStart),
    scenarios: results.filter((result): result is ScenarioResult => result !== undefined),
  });
}

/**
 * Parallelism must never change a verdict: a client with a fixed callback port or another shared resource may fail
 * only because another scenario's client ran at the same time. Every scenario whose client did not finish cleanly
 * while another ran is run again alone, one after another, and only that run counts; the result says so.
 */
async function rerunAlone(
  options: SuiteOptions,
  results: (ScenarioResult | undefined)[],
  spans: { start: number; end: number }[],
): Promise<void> {
  const overlapped = (index: number) => {
    const span = spans[index];
    return spans.some(
      (other, at) =>
        at !== index && other !== undefined && span !== undefined && other.start < span.end && span.start < other.end,
    );
  };
  for (const [index, first] of results.entries()) {
    if (options.signal?.aborted) return;
    if (!first || first.outcome.status === 'SUCCESS' || first.client.interrupted || !overlapped(index)) continue;
    const scenario = options.scenarios[index] as Scenario;
    options.onProgress?.({
      type: 'scenario-rerun',
      scenario: scenario.name,
      index,
      total: results.length,
      reason: first.outcome.message,
    });
    const again = await runScenario(scenario, options);
    // An interrupted re-run says nothing about the client: the first run stands.
    if (again.client.interrupted) return;
    results[index] = { ...again, rerunAlone: { firstOutcome: first.outcome.message } };
    options.onProgress?.({
      type: 'scenario-finished',
      scenario: scenario.name,
      index,
      total: results.length,
      result: results[index],
    });
  }
}

/**
 * Runs `work` over `items` with at most `limit` in flight, keeping input order in the output. Once `signal`
 * aborts, items not yet started are left out (undefined).
 */
async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array(items.length).fill(undefined);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
