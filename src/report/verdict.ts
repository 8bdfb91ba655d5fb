/**
 * The run's verdict: it fails only for enforced results (not draft-only) at the chosen `fail-on` level that the
 * baseline does not list. Draft-only results, SEP-2207's own rules under an older spec version and every advisory
 * check, never fail it.
 */
import type { CheckResult, SuiteResult } from '../model.js';
import type { FailOn } from '../settings.js';
import { isBaselined, staleEntries, type Baseline, type BaselineEntry } from './baseline.js';

export interface FailingResult {
  scenario: string;
  result: CheckResult;
}

export interface Verdict {
  passed: boolean;
  /** One line a headline can show: why the run passed or failed. */
  reason: string;
  /** Results that fail the run. */
  failing: FailingResult[];
  /** Results that would fail the run but are listed in the baseline. */
  expected: FailingResult[];
  /** Baseline entries that now pass: they can be removed. */
  stale: BaselineEntry[];
}

/** Whether a result is enforced and at the `fail-on` level, before the baseline is consulted. */
export function failsRun(result: CheckResult, failOn: FailOn): boolean {
  if (result.draftOnly || failOn === 'never') return false;
  return result.status === 'FAILURE' || (failOn === 'should' && result.status === 'WARNING');
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function verdict(suite: SuiteResult, failOn: FailOn, baseline?: Baseline): Verdict {
  const enforcedProblems = suite.scenarios.flatMap((scenario) =>
    [scenario.outcome, ...scenario.checks]
      .filter((result) => failsRun(result, failOn))
      .map((result) => ({ scenario: scenario.name, result })),
  );
  const listed = ({ scenario, result }: FailingResult) => isBaselined(baseline, scenario, result.id);
  const failing = enforcedProblems.filter((problem) => !listed(problem));
  const expected = enforcedProblems.filter(listed);
  const stale = staleEntries(baseline, suite);
  const notes = [
    expected.length > 0 ? `${plural(expected.length, 'expected failure is', 'expected failures are')} listed in the baseline.` : '',
    stale.length > 0 ? `${plural(stale.length, 'baseline entry now passes', 'baseline entries now pass')} and can be removed.` : '',
  ].filter(Boolean);

  if (failing.length > 0) {
    const ids = [...new Set(failing.map(({ result }) => result.id))].join(', ');
    return {
      passed: false,
      reason: [
        `${plural(failing.length, 'enforced result fails', 'enforced results fail')} the run under spec ${suite.specVersion} with fail-on ${failOn}: ${ids}.`,
        ...notes,
      ].join(' '),
      failing,
      expected,
      stale,
    };
  }
  const findings = suite.counts.FAILURE + suite.counts.WARNING - expected.length;
  if (findings > 0) notes.push(`${plural(findings, 'finding is', 'findings are')} reported that cannot fail it (draft-only, advisory or below fail-on).`);
  const head =
    failOn === 'never'
      ? 'fail-on is never, so no result fails the run.'
      : `no enforced result fails under spec ${suite.specVersion} with fail-on ${failOn}.`;
  return { passed: true, reason: [head, ...notes].join(' '), failing, expected, stale };
}
