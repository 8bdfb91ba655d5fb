/**
 * The scenario-level result: did the client run, finish and get far enough for the checks to mean anything.
 * A root cause is reported here once; checks that could not be observed because of it are SKIPPED and name it.
 *
 * Its level depends on when the client stopped (the spec's "The scenario outcome"): before the scenario's own event
 * it is an enforced FAILURE (basic authorization is required since 2025-03-26); after it (the access token expired,
 * a refresh was refused or rotated, no refresh token came) it takes the level and draft-only status of the check
 * that covers that event, and names the event.
 */
import type {
  CheckDefinition,
  CheckResult,
  CheckStatus,
  ProcessRun,
  Evidence,
  Exchange,
  IntroducedIn,
  Transcript,
} from '../model.js';
import {
  after,
  expiredTokenChallenges,
  formParam,
  grants,
  issuedRefreshToken,
  oauthErrorCode,
  requestLine,
  responseJson,
  succeeded,
} from './transcript-queries.js';

/** A client that cannot complete basic authorization fails under every spec version. */
export const BASIC_AUTHORIZATION_INTRODUCED_IN: IntroducedIn = '2025-03-26';

export const SCENARIO_OUTCOME: Omit<CheckDefinition, 'introducedIn'> = {
  id: 'scenario-outcome',
  title: 'Client ran the scenario to the end',
  requirement:
    'The client is started with the MCP server URL as its last argument, completes authorization, ' +
    'calls the server and exits 0 within the timeout.',
  level: 'MUST',
  sources: [
    {
      label: 'MCP conformance suite: client contract',
      url: 'https://github.com/modelcontextprotocol/conformance#testing-clients',
    },
  ],
  fix:
    'Run this scenario alone (`npx sep-2207-action --scenario <name> --command "…"`) ' +
    "and read the client's stderr: it must finish the flow and exit 0 (README: The client contract).",
};

export interface ScenarioOutcome {
  status: CheckStatus;
  message: string;
  evidence: Evidence;
  /** Why checks may have nothing to observe, phrased to follow "not observed: …" (null when the run was clean). */
  rootCause: string | null;
  /**
   * How the client itself stopped short ("exited with code 1", "timed out after 30000 ms"), when the FAILURE is the
   * client's own; null for a clean run and for failures that are not the client's (harness, start, interruption).
   */
  clientStop: string | null;
}

export function scenarioOutcome(
  transcript: Transcript,
  client: ProcessRun,
  timeoutMs: number,
  harnessError: string | null,
): ScenarioOutcome {
  const tokensIssued = grants(transcript, 'authorization_code').some(succeeded);
  const authorizedCall = transcript.some(
    (exchange) => exchange.endpoint === 'mcp' && exchange.status >= 200 && exchange.status < 300,
  );
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
  const failure = (message: string, rootCause: string, clientStop: string | null = null): ScenarioOutcome => ({
    status: 'FAILURE',
    message,
    evidence: { requests: [], details },
    rootCause,
    clientStop,
  });

  if (harnessError !== null)
    return failure(`The harness failed to run this scenario: ${harnessError}`, 'the harness failed');
  if (client.startError !== null)
    return failure(`The client could not be started: ${client.startError}`, 'the client could not be started');
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
      `did not exit within the ${timeoutMs} ms timeout`,
    );
  }
  if (client.exitCode !== 0) {
    const how =
      client.exitCode === null ? `was killed by ${client.signal ?? 'a signal'}` : `exited with code ${client.exitCode}`;
    return failure(`The client ${how} ${progress}.`, `the client ${how} ${progress}`, how);
  }
  if (!tokensIssued || !authorizedCall) {
    return failure(
      `The client exited 0 ${progress}: the authorization flow was not completed.`,
      `the client exited 0 ${progress}`,
      'exited 0 without completing the flow',
    );
  }
  return {
    status: 'SUCCESS',
    message:
      'The client completed authorization, called the MCP server and exited 0 ' +
      `in ${Math.round(client.durationMs)} ms.`,
    evidence: { requests: [], details },
    rootCause: null,
    clientStop: null,
  };
}

/** One of the things a refresh scenario does to the client once it holds tokens, in words that follow "after". */
export interface ScenarioEvent {
  kind: 'expiry' | 'refresh';
  exchange: Exchange;
  words: string;
}

/**
 * What the scenario did to the client after its first authorization, in order: the first token response brought a
 * short-lived access token (a client that tracks `expires_in`, some seconds early, counts it as expired at once), its
 * access token was answered 401, or a refresh was answered (refreshed, rotated, refused). Empty before the first code
 * exchange succeeded.
 */
export function scenarioEvents(transcript: Transcript, expiringLifetimeSeconds: number | undefined): ScenarioEvent[] {
  const firstTokens = grants(transcript, 'authorization_code').find(succeeded);
  if (!firstTokens) return [];
  const events: ScenarioEvent[] = [];
  const expiresIn = responseJson(firstTokens)?.expires_in;
  const shortLived =
    typeof expiresIn === 'number' && expiringLifetimeSeconds !== undefined && expiresIn <= expiringLifetimeSeconds;
  if (shortLived) {
    const noRefreshToken = issuedRefreshToken(firstTokens) === undefined ? ' and no refresh token' : '';
    events.push({
      kind: 'expiry',
      exchange: firstTokens,
      words:
        `the token response (${requestLine(firstTokens)}) brought an access token ` +
        `that expires in ${expiresIn} s${noRefreshToken}`,
    });
  }
  const later = after(transcript, firstTokens);
  const expired = new Set(expiredTokenChallenges(later));
  const refreshes = new Set(grants(later, 'refresh_token'));
  for (const exchange of later) {
    if (expired.has(exchange))
      events.push({ kind: 'expiry', exchange, words: `its access token expired (${requestLine(exchange)})` });
    else if (refreshes.has(exchange)) events.push({ kind: 'refresh', exchange, words: refreshWords(exchange) });
  }
  return events;
}

function refreshWords(exchange: Exchange): string {
  if (!succeeded(exchange)) {
    const code = oauthErrorCode(exchange);
    return `its refresh (${requestLine(exchange)}) was refused${code ? ` with \`${code}\`` : ''}`;
  }
  const issued = issuedRefreshToken(exchange);
  return issued !== undefined && issued !== formParam(exchange, 'refresh_token')
    ? `its refresh (${requestLine(exchange)}) rotated the refresh token`
    : `it refreshed its access token (${requestLine(exchange)})`;
}

/** The status a stop after an event takes from the check covering it: that check's finding, or else its level. */
function coveredStatus(covering: CheckResult): CheckStatus {
  if (covering.status === 'FAILURE' || covering.status === 'WARNING') return covering.status;
  switch (covering.level) {
    case 'MUST':
    case 'MUST NOT':
      return 'FAILURE';
    case 'MAY':
      return 'INFO';
    default:
      // SHOULD, SHOULD NOT, and advisory checks, whose harm is a WARNING.
      return 'WARNING';
  }
}

/**
 * The scenario outcome as a result. Enforced (2025-03-26) unless the client stopped after one of the scenario's
 * events and `covering` (the check the scenario names for them) was evaluated: then it takes that check's level and
 * draft-only status, so a client that stops after, say, a refused refresh never fails a run the check would not fail.
 */
export function outcomeResult(
  run: ScenarioOutcome,
  lastEvent: ScenarioEvent | undefined,
  covering: CheckResult | undefined,
  draftOnly: (introducedIn: IntroducedIn) => boolean,
): CheckResult {
  const enforced: CheckResult = {
    ...SCENARIO_OUTCOME,
    introducedIn: BASIC_AUTHORIZATION_INTRODUCED_IN,
    status: run.status,
    message: run.message,
    evidence: run.evidence,
    draftOnly: draftOnly(BASIC_AUTHORIZATION_INTRODUCED_IN),
  };
  if (run.status !== 'FAILURE' || run.clientStop === null || !lastEvent || !covering) return enforced;
  const finding =
    covering.status === 'FAILURE' || covering.status === 'WARNING' ? `: ${lowerFirst(covering.message)}` : '.';
  return {
    ...enforced,
    level: covering.level,
    introducedIn: covering.introducedIn,
    draftOnly: covering.draftOnly,
    status: coveredStatus(covering),
    message:
      `The client ${run.clientStop} after ${lastEvent.words}${finding} ` +
      `This stop is judged by \`${covering.id}\` (${covering.level}), which covers that event.`,
    evidence: { ...run.evidence, requests: [lastEvent.exchange.seq] },
  };
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
