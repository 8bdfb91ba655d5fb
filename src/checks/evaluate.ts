/**
 * Turns one scenario's observations into results: the scenario outcome, then every check the scenario lists,
 * each with the catalog's words and the draft-only flag for the targeted spec version. Pure.
 */
import type { CheckResult, ClientRun, SpecVersion, Transcript } from '../model.js';
import type { ClientMetadataDocument } from '../mock/client-metadata-document.js';
import type { Scenario } from '../scenarios/types.js';
import { checkDefinition, isDraftOnly, type CheckId } from './catalog.js';
import { CHECK_FUNCTIONS } from './index.js';
import { outcomeResult, scenarioEvents, scenarioOutcome } from './scenario-outcome.js';
import { outcome, type CheckOutcome, type EvaluationInput } from './types.js';

export interface ScenarioObservations {
  scenario: Scenario;
  transcript: Transcript;
  clientMetadataDocuments: ClientMetadataDocument[];
  client: ClientRun;
  timeoutMs: number;
  harnessError: string | null;
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
    const check = CHECK_FUNCTIONS[id];
    const result: CheckOutcome = check
      ? check(input)
      : outcome(id, 'SKIPPED', 'this check is not evaluated in this scenario yet');
    if (result.status === 'SKIPPED') {
      const because = run.rootCause ? ` (${run.rootCause})` : '';
      result.message = `Not observed: ${result.message}${because}.`;
    }
    const definition = checkDefinition(id);
    return { ...definition, ...result, draftOnly: isDraftOnly(definition.introducedIn, specVersion) };
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
