/**
 * The findings of a run (FAILUREs and WARNINGs), with the same root cause said once: a check that finds the same
 * thing in several scenarios (one leak seen by four scenarios, one crash in all seven) is one finding naming every
 * scenario. Ordered by what matters: what fails the run, then expected failures, then what is only reported.
 */
import type { CheckResult, ScenarioResult, SuiteResult } from '../model.js';
import type { Judgement } from './judgement.js';
import type { Verdict } from './verdict.js';

export interface Finding {
  /** 1-based, in report order; names the finding's anchor. */
  number: number;
  judgement: Judgement;
  /** The result as first seen (its message and evidence stand for all). */
  result: CheckResult;
  /** The scenario of `result`. */
  first: ScenarioResult;
  /** Every scenario with this finding, in suite order. */
  scenarios: string[];
}

const JUDGEMENT_ORDER: Judgement[] = ['fails', 'baselined', 'draft-only', 'below-fail-on', 'advisory', 'clean'];

/**
 * Two results say the same thing when only request numbers, times and ports differ: "#15 POST /token → 400 at
 * 9199.1 ms" in one scenario is "#17 POST /token → 400 at 8120.4 ms" in another.
 */
export function sameThingKey(result: CheckResult, judgement: Judgement): string {
  const message = result.message
    .replace(/#\d+/g, '#')
    .replace(/\b\d+(?:\.\d+)?\s*(?:ms|s)\b/g, 'T')
    .replace(/:\d{2,5}\b/g, ':P');
  return [judgement, result.status, result.id, message].join('\u0000');
}

export function collectFindings(suite: SuiteResult, verdict: Verdict): Finding[] {
  const scenarios = new Map(suite.scenarios.map((scenario) => [scenario.name, scenario]));
  const groups = new Map<string, Omit<Finding, 'number'>>();
  for (const { scenario, result, judgement } of verdict.judged) {
    if (judgement === 'clean') continue;
    const key = sameThingKey(result, judgement);
    const group = groups.get(key);
    if (group) group.scenarios.push(scenario);
    else
      groups.set(key, { judgement, result, first: scenarios.get(scenario) as ScenarioResult, scenarios: [scenario] });
  }
  const rank = (finding: Omit<Finding, 'number'>) =>
    JUDGEMENT_ORDER.indexOf(finding.judgement) * 2 + (finding.result.status === 'FAILURE' ? 0 : 1);
  return [...groups.values()]
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.order - b.order)
    .map(({ finding }, index) => ({ ...finding, number: index + 1 }));
}

/** "auth/refresh-token-use", "3 scenarios: a, b, c", "all 7 scenarios"; `name` formats each scenario name. */
export function scenariosText(
  finding: Pick<Finding, 'scenarios'>,
  total: number,
  name: (scenario: string) => string = (scenario) => scenario,
): string {
  const { scenarios } = finding;
  if (scenarios.length === 1) return name(scenarios[0] as string);
  if (scenarios.length === total && total > 2) return `all ${total} scenarios`;
  return `${scenarios.length} scenarios: ${scenarios.map(name).join(', ')}`;
}
