/**
 * One JUnit file for the whole matrix: a <testsuite> per run and scenario, named `<label> / <scenario>`, with the
 * testcases of src/report/junit.ts, each run judged as its own reports judged it. There is no baseline in
 * aggregate mode.
 */
import type { FailOn } from '../model.js';
import { safeUrl } from '../report/escape.js';
import { renderTestsuite, renderTestsuites, suiteName } from '../report/junit.js';
import { verdict } from '../report/verdict.js';
import type { LoadedRun } from './load.js';

export function renderAggregateJunit(runs: LoadedRun[], failOn: FailOn): string {
  const suites = runs.flatMap((run) => {
    const judged = verdict(run.suite, failOn);
    return run.suite.scenarios.map((scenario) =>
      renderTestsuite(
        scenario,
        judged,
        suiteName(run.label, scenario.name),
        {},
        {
          label: run.label,
          'spec-version': run.suite.specVersion,
          ...(run.suite.runUrl && safeUrl(run.suite.runUrl) ? { 'run-url': run.suite.runUrl } : {}),
        },
      ),
    );
  });
  const durationMs = runs.reduce(
    (sum, run) => sum + run.suite.scenarios.reduce((total, scenario) => total + scenario.durationMs, 0),
    0,
  );
  return renderTestsuites(
    `sep-2207-action matrix (${runs.length} ${runs.length === 1 ? 'run' : 'runs'})`,
    suites,
    durationMs,
  );
}
