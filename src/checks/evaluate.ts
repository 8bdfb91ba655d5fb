/**
 * Turns observations into results. `evaluateCheck` runs one registered check and attaches its id, the catalog's words
 * and the draft-only flag for the targeted spec version; `evaluateScenario` gives a client scenario's outcome and
 * every check it lists. Pure.
 */
import type { CheckResult, ProcessRun, SpecVersion, Transcript } from '../model.js';
import type { ClientMetadataDocument } from '../mock/client-metadata-document.js';
import type { MockServersConfig } from '../mock/mock-servers.js';
import { checkDefinition, isDraftOnly, type CheckId } from './catalog.js';
import { registeredJudge } from './registry.js';
import { outcomeResult, scenarioEvents, scenarioOutcome } from './scenario-outcome.js';
import type { CheckInputs, EvaluationInput, InputKind } from './types.js';

/** What evaluation needs of a client scenario: its mock servers and the checks that judge the run. */
export interface ScenarioPlan<Id extends CheckId = CheckId> {
  mock: MockServersConfig;
  checks: readonly Id[];
  /**
   * For scenarios that let the client's access token expire: the checks that cover a client stopping after the
   * scenario's events. `expiry`: its access token came short-lived (by its own clock it may count as expired at once)
   * or was answered 401; `refresh`: a refresh was answered (refreshed, rotated, refused). The scenario outcome of such
   * a stop takes the covering check's level and draft-only status; a stop before any event is an enforced FAILURE.
   */
  events?: { expiry: Id; refresh?: Id };
}

export interface ScenarioObservations {
  scenario: ScenarioPlan;
  transcript: Transcript;
  clientMetadataDocuments: ClientMetadataDocument[];
  client: ProcessRun;
  timeoutMs: number;
  harnessError: string | null;
}

/** The result of check `id` on `input`, which must be the kind of input the check is registered for. */
export function evaluateCheck<Kind extends InputKind>(
  id: CheckId,
  reads: Kind,
  input: CheckInputs[Kind],
  specVersion: SpecVersion,
): CheckResult {
  const found = registeredJudge(id, reads)(input);
  const definition = checkDefinition(id);
  return { ...definition, ...found, draftOnly: isDraftOnly(definition.introducedIn, specVersion) };
}

export function evaluateScenario(
  observations: ScenarioObservations,
  specVersion: SpecVersion,
): { outcome: CheckResult; checks: CheckResult[] } {
  const { scenario, transcript, client, timeoutMs, harnessError } = observations;
  const input: EvaluationInput = {
    transcript,
    mock: scenario.mock,
    clientMetadataDocuments: observations.clientMetadataDocuments,
    client,
  };
  const run = scenarioOutcome(transcript, client, timeoutMs, harnessError);

  const judge = (id: CheckId): CheckResult => {
    const result = evaluateCheck(id, 'client-run', input, specVersion);
    if (result.status === 'SKIPPED') {
      const because = run.rootCause ? ` (${run.rootCause})` : '';
      result.message = `Not observed: ${result.message}${because}.`;
    }
    return result;
  };
  const checks = scenario.checks.map(judge);

  // A stop after the scenario's last event is judged by the check covering that event (evaluated here when the
  // scenario does not list it).
  const lastEvent = scenario.events
    ? scenarioEvents(transcript, scenario.mock.accessTokenLifetimeSeconds).at(-1)
    : undefined;
  const coveringId =
    lastEvent && scenario.events
      ? (lastEvent.kind === 'refresh' && scenario.events.refresh) || scenario.events.expiry
      : undefined;
  const covering = coveringId ? (checks.find((check) => check.id === coveringId) ?? judge(coveringId)) : undefined;
  return {
    outcome: outcomeResult(run, lastEvent, covering, (introducedIn) => isDraftOnly(introducedIn, specVersion)),
    checks,
  };
}
