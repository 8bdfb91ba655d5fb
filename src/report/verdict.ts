/**
 * The run's verdict: it fails only for enforced results (not draft-only) at the chosen `fail-on` level.
 * Draft-only results, SEP-2207's own rules under an older spec version and every advisory check, never fail it.
 */
import type { CheckResult, SuiteResult } from '../model.js';
import type { FailOn } from '../settings.js';

export interface FailingResult {
  scenario: string;
  result: CheckResult;
}

export interface Verdict {
  passed: boolean;
  /** One line a headline can show: why the run passed or failed. */
  reason: string;
  failing: FailingResult[];
}

export function failsRun(result: CheckResult, failOn: FailOn): boolean {
  if (result.draftOnly || failOn === 'never') return false;
  return result.status === 'FAILURE' || (failOn === 'should' && result.status === 'WARNING');
}

export function verdict(suite: SuiteResult, failOn: FailOn): Verdict {
  const failing = suite.scenarios.flatMap((scenario) =>
    [scenario.outcome, ...scenario.checks]
      .filter((result) => failsRun(result, failOn))
      .map((result) => ({ scenario: scenario.name, result })),
  );
  if (failing.length > 0) {
    const ids = [...new Set(failing.map(({ result }) => result.id))].join(', ');
    return {
      passed: false,
      reason: `${failing.length} enforced ${failing.length === 1 ? 'result fails' : 'results fail'} the run under spec ${suite.specVersion} with fail-on ${failOn}: ${ids}.`,
      failing,
    };
  }
  const findings = suite.counts.FAILURE + suite.counts.WARNING;
  const note =
    findings > 0
      ? ` ${findings} ${findings === 1 ? 'finding is' : 'findings are'} reported that cannot fail it (draft-only, advisory or below fail-on).`
      : '';
  return {
    passed: true,
    reason:
      failOn === 'never'
        ? `fail-on is never, so no result fails the run.${note}`
        : `no enforced result fails under spec ${suite.specVersion} with fail-on ${failOn}.${note}`,
    failing,
  };
}
