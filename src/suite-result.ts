/**
 * Building a SuiteResult from a run's scenarios: the schema and tool stamped, the counts derived. Pure; shared by
 * the client suite (engine) and server mode.
 */
import {
  RESULTS_SCHEMA_VERSION,
  type ProcessRun,
  type ScenarioResult,
  type StatusCounts,
  type SuiteResult,
} from './model.js';
import { TOOL } from './version.js';

/** A SuiteResult from a run's scenarios: the schema and tool stamped, the counts derived. */
export function suiteResult(
  run: Omit<SuiteResult, 'schemaVersion' | 'tool' | 'counts' | 'enforcedCounts'>,
): SuiteResult {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    ...run,
    counts: countStatuses(run.scenarios, () => true),
    enforcedCounts: countStatuses(run.scenarios, (result) => !result.draftOnly),
  };
}

/** The ProcessRun of a process that never started (the harness failed first). */
export function notRun(command: string): ProcessRun {
  return {
    command,
    exitCode: null,
    signal: null,
    timedOut: false,
    startError: null,
    durationMs: 0,
    stdoutTail: '',
    stderrTail: '',
    stdoutTruncatedBytes: 0,
    stderrTruncatedBytes: 0,
  };
}

/** Zero of every status. */
export const emptyCounts = (): StatusCounts => ({ SUCCESS: 0, FAILURE: 0, WARNING: 0, INFO: 0, SKIPPED: 0 });

export function countStatuses(
  scenarios: readonly ScenarioResult[],
  include: (result: ScenarioResult['outcome']) => boolean,
): StatusCounts {
  const counts = emptyCounts();
  for (const scenario of scenarios) {
    for (const result of [scenario.outcome, ...scenario.checks]) if (include(result)) counts[result.status] += 1;
  }
  return counts;
}
