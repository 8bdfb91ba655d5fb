/**
 * The run's verdict, and the one judgement of every result that all reports read: a run fails only for enforced
 * results (not draft-only) at the chosen `fail-on` level that the baseline does not list. Draft-only results,
 * SEP-2207's own rules under an older spec version and every advisory check, never fail it.
 */
import type { CheckResult, FailOn, SpecVersion, SuiteResult } from '../model.js';
import { isBaselined, staleEntries, type Baseline, type BaselineEntry } from './baseline.js';
import { judge, type Judgement } from './judgement.js';
import { plural } from './text.js';

export { failsRun } from './judgement.js';

export interface FailingResult {
  scenario: string;
  result: CheckResult;
}

export interface JudgedResult extends FailingResult {
  judgement: Judgement;
}

export interface Verdict {
  passed: boolean;
  /** One line a headline can show: why the run passed or failed. */
  reason: string;
  specVersion: SpecVersion;
  failOn: FailOn;
  /** Every result (each scenario's outcome, then its checks), in suite order, with its judgement. */
  judged: JudgedResult[];
  /** Results that fail the run. */
  failing: FailingResult[];
  /** Results that would fail the run but are listed in the baseline. */
  expected: FailingResult[];
  /** Baseline entries that now pass: they can be removed. */
  stale: BaselineEntry[];
}

const key = (scenario: string, id: string) => `${scenario}\u0000${id}`;

/** The judgement of one result of the suite the verdict was made for. */
export function judgementOf(verdict: Verdict, scenario: string, result: CheckResult): Judgement {
  let index = indexes.get(verdict);
  if (index === undefined) {
    index = new Map(verdict.judged.map((item) => [key(item.scenario, item.result.id), item.judgement]));
    indexes.set(verdict, index);
  }
  return index.get(key(scenario, result.id)) ?? 'clean';
}
const indexes = new WeakMap<Verdict, Map<string, Judgement>>();

export function verdict(suite: SuiteResult, failOn: FailOn, baseline?: Baseline): Verdict {
  const judged: JudgedResult[] = suite.scenarios.flatMap((scenario) =>
    [scenario.outcome, ...scenario.checks].map((result) => ({
      scenario: scenario.name,
      result,
      judgement: judge(result, failOn, isBaselined(baseline, scenario.name, result.id)),
    })),
  );
  const pick = (judgement: Judgement) =>
    judged.filter((item) => item.judgement === judgement).map(({ scenario, result }) => ({ scenario, result }));
  const failing = pick('fails');
  const expected = pick('baselined');
  const stale = staleEntries(baseline, suite);
  const base = { specVersion: suite.specVersion, failOn, judged, failing, expected, stale };
  const notes = [
    expected.length > 0
      ? `${plural(expected.length, 'expected failure is', 'expected failures are')} listed in the baseline.`
      : '',
    stale.length > 0
      ? `${plural(stale.length, 'baseline entry now passes', 'baseline entries now pass')} and can be removed.`
      : '',
  ].filter(Boolean);

  if (failing.length > 0) {
    const byId = new Map<string, string[]>();
    for (const { scenario, result } of failing) byId.set(result.id, [...(byId.get(result.id) ?? []), scenario]);
    const named = [...byId].slice(0, 3).map(([id, scenarios]) => `${id} in ${scenarios.join(', ')}`);
    const more = byId.size > named.length ? `; and ${byId.size - named.length} more checks` : '';
    return {
      ...base,
      passed: false,
      reason: [
        `${plural(failing.length, 'enforced result fails', 'enforced results fail')} the run ` +
          `under spec ${suite.specVersion} with fail-on ${failOn}: ${named.join('; ')}${more}.`,
        ...notes,
      ].join(' '),
    };
  }
  const findings = judged.filter((item) => item.judgement !== 'clean' && item.judgement !== 'baselined').length;
  if (findings > 0)
    notes.push(
      `${plural(findings, 'result has', 'results have')} a FAILURE or WARNING that cannot fail it ` +
        '(draft-only, advisory or below fail-on).',
    );
  const head =
    failOn === 'never'
      ? 'fail-on is never, so no result fails the run.'
      : `no enforced result fails under spec ${suite.specVersion} with fail-on ${failOn}.`;
  return { ...base, passed: true, reason: [head, ...notes].join(' ') };
}
