/**
 * Runs scenarios: for each, start its mock servers, run the client once, stop the servers, evaluate. Scenarios run
 * in parallel, each on its own ports. A scenario that fails inside the harness becomes a scenario FAILURE with the
 * reason; the others still run.
 */
import { performance } from 'node:perf_hooks';
import { isDraftOnly } from '../checks/catalog.js';
import { evaluateScenario } from '../checks/evaluate.js';
import { outcomeResult, scenarioOutcome } from '../checks/scenario-outcome.js';
import type { ClientRun, ProtocolVersion, ScenarioResult, SpecVersion, SuiteResult, Transcript } from '../model.js';
import { notRun, suiteResult } from '../suite-result.js';
import type { ClientMetadataDocument } from '../mock/client-metadata-document.js';
import type { MockServers } from '../mock/mock-servers.js';
import type { Scenario } from '../scenarios/types.js';
import { createClientHome, type ClientHome } from './client-home.js';
import { runClientProcess } from './client-process.js';
import { createConsentShim, type ConsentShim } from './consent-shim.js';
import { redactDeep } from './redact.js';

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

/**
 * The mock servers' web framework and MCP SDK are half of the CLI bundle; server mode, aggregate mode and --help
 * never need them, so they are loaded on first use (once), before the first scenario starts.
 */
let mockServersModule: Promise<typeof import('../mock/mock-servers.js')> | undefined;
const loadMockServers = () => (mockServersModule ??= import('../mock/mock-servers.js'));

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
  const overlapped = (index: number) =>
    spans.some(
      (other, at) =>
        at !== index && other !== undefined && other.start < spans[index]!.end && spans[index]!.start < other.end,
    );
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

export async function runScenario(scenario: Scenario, options: SuiteOptions): Promise<ScenarioResult> {
  const start = performance.now();
  let servers: MockServers | undefined;
  let client: ClientRun = notRun(options.command);
  let clientMetadataDocuments: ClientMetadataDocument[] = [];
  let harnessError: string | null = null;
  let home: ClientHome | undefined;
  let shim: ConsentShim | undefined;
  try {
    const { startMockServers } = await loadMockServers();
    // Independent of each other, so set up at once; whatever was made is cleaned up below even if another failed.
    const setup = await Promise.allSettled([
      startMockServers(scenario.mock).then((started) => (servers = started)),
      (options.isolateHome ?? true)
        ? createClientHome({ ...process.env, ...options.env }).then((made) => (home = made))
        : undefined,
      (options.consentShim ?? true)
        ? createConsentShim({ basePath: options.env?.PATH ?? process.env.PATH, deadlineMs: options.timeoutMs }).then(
            (made) => (shim = made),
          )
        : undefined,
    ]);
    for (const step of setup) if (step.status === 'rejected') throw step.reason;
    if (!servers) throw new Error('the mock servers did not start');
    client = await runClientProcess({
      command: options.command,
      serverUrl: servers.serverUrl,
      env: clientEnvironment(scenario, options, { ...home?.env, ...shim?.env }),
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    clientMetadataDocuments = await servers.clientMetadataDocuments();
  } catch (error) {
    harnessError = error instanceof Error ? error.message : String(error);
  } finally {
    await Promise.all([servers?.stop().catch(() => undefined), shim?.remove(), home?.remove()]);
  }
  const transcript = servers ? [...servers.recorder.exchanges] : [];
  let evaluation: ReturnType<typeof evaluateScenario>;
  try {
    evaluation = evaluateScenario(
      { scenario, transcript, clientMetadataDocuments, client, timeoutMs: options.timeoutMs, harnessError },
      options.specVersion,
    );
  } catch (error) {
    // A bug in a check or a scenario definition fails this scenario with the reason; the rest of the suite runs.
    harnessError = `could not evaluate the run: ${error instanceof Error ? error.message : String(error)}`;
    evaluation = harnessFailure(transcript, client, options, harnessError);
  }
  // Checks saw the real values; everything stored and reported from here on is redacted.
  const secrets = servers?.store.issuedSecrets() ?? [];
  return redactDeep(
    {
      name: scenario.name,
      description: scenario.description,
      outcome: evaluation.outcome,
      checks: evaluation.checks,
      client,
      serverUrl: servers?.serverUrl ?? '',
      durationMs: Math.round(performance.now() - start),
      transcript,
      transcriptDropped: servers?.recorder.dropped ?? 0,
      harnessError,
    },
    secrets,
  );
}

/** The scenario outcome alone, for a run whose checks could not be evaluated. */
function harnessFailure(
  transcript: Transcript,
  client: ClientRun,
  options: SuiteOptions,
  harnessError: string,
): ReturnType<typeof evaluateScenario> {
  const run = scenarioOutcome(transcript, client, options.timeoutMs, harnessError);
  return {
    outcome: outcomeResult(run, undefined, undefined, (introducedIn) => isDraftOnly(introducedIn, options.specVersion)),
    checks: [],
  };
}

/** The harness's own variables (fresh HOME, consent shim) win over the caller's extras; the scenario's over all. */
function clientEnvironment(
  scenario: Scenario,
  options: SuiteOptions,
  harness: Record<string, string>,
): Record<string, string> {
  return {
    ...options.env,
    ...harness,
    MCP_CONFORMANCE_SCENARIO: options.scenarioNames === 'own' ? scenario.name : scenario.conformanceName,
    SEP2207_SCENARIO: scenario.name,
    MCP_CONFORMANCE_PROTOCOL_VERSION: options.protocolVersion,
    ...(scenario.context ? { MCP_CONFORMANCE_CONTEXT: JSON.stringify(scenario.context) } : {}),
  };
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
