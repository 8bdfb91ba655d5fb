/**
 * Runs one scenario: start its mock servers (with a fresh HOME and the consent shim for the client), run the client
 * once, stop the servers, evaluate. A scenario that fails inside the harness becomes a scenario FAILURE with the
 * reason. What it returns is redacted: no secret the mock issued leaves it in full.
 */
import { performance } from 'node:perf_hooks';
import { isDraftOnly } from '../checks/catalog.js';
import { evaluateScenario } from '../checks/evaluate.js';
import { outcomeResult, scenarioOutcome } from '../checks/scenario-outcome.js';
import type { ClientMetadataDocument } from '../mock/client-metadata-document.js';
import type { MockServers } from '../mock/mock-servers.js';
import type { ProcessRun, ScenarioResult, Transcript } from '../model.js';
import type { Scenario } from '../scenarios/types.js';
import { notRun } from '../suite-result.js';
import { createClientHome, type ClientHome } from './client-home.js';
import { runClientProcess } from './client-process.js';
import { createConsentShim, type ConsentShim } from './consent-shim.js';
import { redactDeep } from './redact.js';
import type { SuiteOptions } from './run-suite.js';

/**
 * The mock servers' web framework and MCP SDK are half of the CLI bundle; server mode, aggregate mode and --help
 * never need them, so they are loaded on first use (once), before the first scenario starts.
 */
let mockServersModule: Promise<typeof import('../mock/mock-servers.js')> | undefined;
export const loadMockServers = () => (mockServersModule ??= import('../mock/mock-servers.js'));

/** What a scenario's run has set up; whatever was made is cleaned up, even when another part failed. */
interface ScenarioSetup {
  servers?: MockServers;
  home?: ClientHome;
  shim?: ConsentShim;
}

export async function runScenario(scenario: Scenario, options: SuiteOptions): Promise<ScenarioResult> {
  const start = performance.now();
  const setup: ScenarioSetup = {};
  let client: ProcessRun = notRun(options.command);
  let clientMetadataDocuments: ClientMetadataDocument[] = [];
  let harnessError: string | null = null;
  try {
    const servers = await setUp(scenario, options, setup);
    client = await runClientProcess({
      command: options.command,
      serverUrl: servers.serverUrl,
      env: clientEnvironment(scenario, options, { ...setup.home?.env, ...setup.shim?.env }),
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    clientMetadataDocuments = await servers.clientMetadataDocuments();
  } catch (error) {
    harnessError = error instanceof Error ? error.message : String(error);
  } finally {
    await Promise.all([setup.servers?.stop().catch(() => undefined), setup.shim?.remove(), setup.home?.remove()]);
  }
  const { servers } = setup;
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

/** Starts the servers, the fresh HOME and the shim at once (they are independent), filling `setup` as they come. */
async function setUp(scenario: Scenario, options: SuiteOptions, setup: ScenarioSetup): Promise<MockServers> {
  const { startMockServers } = await loadMockServers();
  const steps = await Promise.allSettled([
    startMockServers(scenario.mock).then((started) => (setup.servers = started)),
    (options.isolateHome ?? true)
      ? createClientHome({ ...process.env, ...options.env }).then((made) => (setup.home = made))
      : undefined,
    (options.consentShim ?? true)
      ? createConsentShim({ basePath: options.env?.PATH ?? process.env.PATH, deadlineMs: options.timeoutMs }).then(
          (made) => (setup.shim = made),
        )
      : undefined,
  ]);
  for (const step of steps) if (step.status === 'rejected') throw step.reason;
  if (!setup.servers) throw new Error('the mock servers did not start');
  return setup.servers;
}

/** The scenario outcome alone, for a run whose checks could not be evaluated. */
function harnessFailure(
  transcript: Transcript,
  client: ProcessRun,
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
