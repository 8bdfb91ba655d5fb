/**
 * One JUnit file for the whole matrix: a <testsuite> per run and scenario, named `<label> / <scenario>`, with the
 * testcases of src/report/junit.ts (a <failure> only for a result that fails its run; other findings in
 * <system-out>, SKIPPED as <skipped>). There is no baseline in aggregate mode.
 */
import { renderTestsuite, renderTestsuites } from '../report/junit.js';
import { failsRun } from '../report/verdict.js';
import type { FailOn } from '../settings.js';
import type { LoadedRun } from './load.js';

export function renderAggregateJunit(runs: LoadedRun[], failOn: FailOn): string {
  const suites = runs.flatMap((run) =>
    run.suite.scenarios.map((scenario) => {
      const results = [scenario.outcome, ...scenario.checks];
      return renderTestsuite({
        name: `${run.label} / ${scenario.name}`,
        results,
        failing: results.map((result) => failsRun(result, failOn)),
        durationMs: scenario.durationMs,
        properties: { label: run.label, 'spec-version': run.suite.specVersion, 'results-file': run.file },
      });
    }),
  );
  const durationMs = runs.reduce((sum, run) => sum + run.suite.scenarios.reduce((total, scenario) => total + scenario.durationMs, 0), 0);
  return renderTestsuites(`sep-2207-action matrix (${runs.length} ${runs.length === 1 ? 'run' : 'runs'})`, suites, durationMs);
}
