/**
 * Server mode as a suite: optionally start the user's server (its own process group, like a client), wait until
 * its URL answers, probe it, stop it, and judge. The result is a SuiteResult with one scenario, so every report,
 * the verdict and the baseline (`server:` entries) work as they do for clients.
 */
import { performance } from 'node:perf_hooks';
import { evaluateCheck } from '../checks/evaluate.js';
import { notRun, suiteResult } from '../suite-result.js';
import { runClientProcess } from './client-process.js';
import type { CheckResult, ProcessRun, ProtocolVersion, ScenarioResult, SpecVersion, SuiteResult } from '../model.js';
import { describeFetchError, probeServer, type ServerProbe } from '../server/probe.js';

export const SERVER_SCENARIO = 'server/no-offline-access';

export interface ServerSuiteOptions {
  serverUrl: string;
  /** Starts the server first (and stops it after); null when the server is already running. */
  serverCommand: string | null;
  specVersion: SpecVersion;
  protocolVersion: ProtocolVersion;
  timeoutMs: number;
  cwd?: string;
  env?: Record<string, string>;
  label?: string | null;
}

const POLL_INTERVAL_MS = 100;

/** Polls until the URL gives any HTTP answer; a refused connection means "not up yet". */
async function waitUntilAnswering(
  url: string,
  deadline: number,
  exited: () => ProcessRun | undefined,
): Promise<string | null> {
  let lastError = '';
  while (performance.now() < deadline) {
    const run = exited();
    if (run) {
      const how = run.exitCode === null ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
      return `the server command ${run.startError ?? how} before ${url} answered`;
    }
    try {
      await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(1000) });
      return null;
    } catch (error) {
      lastError = describeFetchError(error, url);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return `${url} did not answer within the timeout after the server command started (${lastError})`;
}

export async function runServerSuite(options: ServerSuiteOptions): Promise<SuiteResult> {
  const startedAt = new Date();
  const start = performance.now();
  let server: ProcessRun = notRun(options.serverCommand ?? '');
  let probe: ServerProbe = { transcript: [], problem: null, unreachableMetadata: [] };

  if (options.serverCommand !== null) {
    const stop = new AbortController();
    let finished: ProcessRun | undefined;
    const running = runClientProcess({
      command: options.serverCommand,
      serverUrl: null,
      env: options.env,
      cwd: options.cwd,
      // The server lives until the probe is done; the timeout only guards against a probe that never ends.
      timeoutMs: options.timeoutMs * 3,
      signal: stop.signal,
    }).then((run) => (finished = run));
    const notUp = await waitUntilAnswering(options.serverUrl, performance.now() + options.timeoutMs, () => finished);
    if (notUp === null) probe = await probeServer(options.serverUrl, options.protocolVersion, options.timeoutMs);
    else probe.problem = notUp;
    stop.abort();
    server = await running;
  } else {
    probe = await probeServer(options.serverUrl, options.protocolVersion, options.timeoutMs);
  }

  const scenario = serverScenario(options, probe, server, Math.round(performance.now() - start));
  return suiteResult({
    mode: 'server',
    label: options.label ?? null,
    specVersion: options.specVersion,
    protocolVersion: options.protocolVersion,
    command: options.serverCommand ?? options.serverUrl,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - start),
    scenarios: [scenario],
  });
}

function serverScenario(
  options: ServerSuiteOptions,
  probe: ServerProbe,
  server: ProcessRun,
  durationMs: number,
): ScenarioResult {
  const check = evaluateCheck('sep-2207-server-no-offline-access', 'server-probe', probe, options.specVersion);
  const { introducedIn, draftOnly } = check;
  if (probe.problem !== null && check.status === 'SKIPPED') check.message = `Not observed: ${probe.problem}.`;
  const outcome: CheckResult = {
    id: 'scenario-outcome',
    title: 'Server answered the probe',
    requirement:
      'The MCP server answers an unauthenticated `initialize` at the given URL, ' +
      'with a 401 challenge when it requires authorization.',
    level: 'MUST',
    introducedIn,
    sources: [
      {
        label: 'MCP 2025-06-18, Authorization: Authorization Server Location',
        url:
          'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization' +
          '#authorization-server-location',
      },
    ],
    fix:
      'Check that the server URL answers an unauthenticated `initialize` POST ' +
      'with a 401 and a `WWW-Authenticate` challenge.',
    status: probe.problem === null ? 'SUCCESS' : 'FAILURE',
    message:
      probe.problem === null
        ? `The server at ${options.serverUrl} answered the probe.`
        : `The probe failed: ${probe.problem}.`,
    evidence: { requests: probe.transcript.map((exchange) => exchange.seq), details: { serverUrl: options.serverUrl } },
    draftOnly,
  };
  return {
    name: SERVER_SCENARIO,
    description:
      `Probes the MCP server at ${options.serverUrl} as a client would before authorizing: ` +
      'an unauthenticated `initialize`, its `WWW-Authenticate` challenge, and its Protected Resource Metadata.',
    outcome,
    checks: [check],
    client: server,
    serverUrl: options.serverUrl,
    durationMs,
    transcript: probe.transcript,
    transcriptDropped: 0,
    harnessError: null,
  };
}
