/**
 * The scenario-level result: did the client run, finish and get far enough for the checks to mean anything.
 * A root cause is reported here once; checks that could not be observed because of it are SKIPPED and name it.
 */
import type { CheckDefinition, CheckStatus, ClientRun, Evidence, IntroducedIn, Transcript } from '../model.js';
import { grants, succeeded } from './transcript-queries.js';

export const SCENARIO_OUTCOME: Omit<CheckDefinition, 'introducedIn'> = {
  id: 'scenario-outcome',
  title: 'Client ran the scenario to the end',
  requirement:
    'The client is started with the MCP server URL as its last argument, completes authorization, calls the server and exits 0 within the timeout.',
  level: 'MUST',
  sources: [
    {
      label: 'MCP conformance suite: client contract',
      url: 'https://github.com/modelcontextprotocol/conformance#testing-clients',
    },
  ],
};

export interface ScenarioOutcome {
  status: CheckStatus;
  message: string;
  evidence: Evidence;
  /** Why checks may have nothing to observe, phrased to follow "not observed: …" (null when the run was clean). */
  rootCause: string | null;
}

/** The earliest dated revision among a scenario's checks: a scenario that only tests draft rules is draft-only too. */
export function outcomeIntroducedIn(checks: IntroducedIn[]): IntroducedIn {
  const dated = checks.filter((introducedIn) => introducedIn !== 'advisory').sort();
  return dated[0] ?? 'advisory';
}

export function scenarioOutcome(
  transcript: Transcript,
  client: ClientRun,
  timeoutMs: number,
  harnessError: string | null,
): ScenarioOutcome {
  const tokensIssued = grants(transcript, 'authorization_code').some(succeeded);
  const authorizedCall = transcript.some((exchange) => exchange.endpoint === 'mcp' && exchange.status >= 200 && exchange.status < 300);
  const progress = tokensIssued
    ? authorizedCall
      ? 'after completing the flow'
      : 'after getting tokens but before a successful MCP request'
    : transcript.some((exchange) => exchange.endpoint === 'authorize')
      ? 'before exchanging an authorization code'
      : 'before authorizing';
  const details: Evidence['details'] = {
    exitCode: client.exitCode,
    signal: client.signal,
    timedOut: client.timedOut,
    durationMs: Math.round(client.durationMs),
    requests: transcript.length,
  };
  const failure = (message: string, rootCause: string): ScenarioOutcome => ({
    status: 'FAILURE',
    message,
    evidence: { requests: [], details },
    rootCause,
  });

  if (harnessError !== null) return failure(`The harness failed to run this scenario: ${harnessError}`, 'the harness failed');
  if (client.startError !== null) return failure(`The client could not be started: ${client.startError}`, 'the client could not be started');
  if (client.interrupted) {
    return failure(
      `The run was interrupted before the client finished (${progress}); its process group was stopped.`,
      `the run was interrupted ${progress}`,
    );
  }
  if (client.timedOut) {
    return failure(
      `The client did not exit within the ${timeoutMs} ms timeout (${progress}); its process group was killed.`,
      `the client timed out ${progress}`,
    );
  }
  if (client.exitCode !== 0) {
    const how = client.exitCode === null ? `was killed by ${client.signal ?? 'a signal'}` : `exited with code ${client.exitCode}`;
    return failure(`The client ${how} ${progress}.`, `the client ${how} ${progress}`);
  }
  if (!tokensIssued || !authorizedCall) {
    return failure(
      `The client exited 0 ${progress}: the authorization flow was not completed.`,
      `the client exited 0 ${progress}`,
    );
  }
  return {
    status: 'SUCCESS',
    message: `The client completed authorization, called the MCP server and exited 0 in ${Math.round(client.durationMs)} ms.`,
    evidence: { requests: [], details },
    rootCause: null,
  };
}
