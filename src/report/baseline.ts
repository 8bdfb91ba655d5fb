/**
 * The expected-failures baseline, as the reports read it: which scenarios (or single checks of them) may fail, and
 * which listed entries now pass (stale, so baselines shrink over time). Pure: the file is read and validated with the
 * settings (src/baseline-file.ts), before anything runs.
 */
import type { CheckResult, SuiteResult } from '../model.js';

export interface BaselineEntry {
  scenario: string;
  /** When set, only this check may fail; otherwise every result of the scenario may. */
  checkId?: string;
  /** 1-based line in the file, for messages. */
  line: number;
}

export interface Baseline {
  path: string;
  entries: BaselineEntry[];
}

export function formatEntry(entry: Pick<BaselineEntry, 'scenario' | 'checkId'>): string {
  return entry.checkId ? `${entry.scenario}:${entry.checkId}` : entry.scenario;
}

export function isBaselined(baseline: Baseline | undefined, scenario: string, checkId: string): boolean {
  return (
    baseline?.entries.some(
      (entry) => entry.scenario === scenario && (entry.checkId === undefined || entry.checkId === checkId),
    ) ?? false
  );
}

const isProblem = (result: CheckResult) => result.status === 'FAILURE' || result.status === 'WARNING';

/** Listed entries that now pass: the whole scenario without a FAILURE or WARNING, or the listed check a SUCCESS. */
export function staleEntries(baseline: Baseline | undefined, suite: SuiteResult): BaselineEntry[] {
  if (!baseline) return [];
  return baseline.entries.filter((entry) => {
    const scenario = suite.scenarios.find((result) => result.name === entry.scenario);
    if (!scenario) return false;
    const results = [scenario.outcome, ...scenario.checks];
    if (entry.checkId === undefined) return !results.some(isProblem);
    const listed = results.filter((result) => result.id === entry.checkId);
    return listed.length > 0 && listed.every((result) => result.status === 'SUCCESS');
  });
}
