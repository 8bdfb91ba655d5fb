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
function sameThingKey(result: CheckResult, judgement: Judgement): string {
  const message = result.message
    .replace(/#\d+/g, '#')
    .replace(/\b\d+(?:\.\d+)?\s*(?:ms|s)\b/g, 'T')
    .replace(/:\d{2,5}\b/g, ':P');
  return [judgement, result.status, result.id, message].join('\u0000');
}

/**
 * The judged results `include` keeps, grouped by what they say (see sameThingKey), in suite order: each group is one
 * result standing for every scenario that has it. Numbered 1, 2, … in that order.
 */
export function groupResults(
  suite: SuiteResult,
  verdict: Verdict,
  include: (item: Verdict['judged'][number]) => boolean,
): Finding[] {
  const scenarios = new Map(suite.scenarios.map((scenario) => [scenario.name, scenario]));
  const groups = new Map<string, Finding>();
  for (const item of verdict.judged) {
    if (!include(item)) continue;
    const { scenario, result, judgement } = item;
    const key = sameThingKey(result, judgement);
    const group = groups.get(key);
    if (group) group.scenarios.push(scenario);
    else {
      const first = scenarios.get(scenario) as ScenarioResult;
      groups.set(key, { number: groups.size + 1, judgement, result, first, scenarios: [scenario] });
    }
  }
  return [...groups.values()];
}

/** The findings (FAILUREs and WARNINGs), what fails the run first, numbered in that order. */
export function collectFindings(suite: SuiteResult, verdict: Verdict): Finding[] {
  const rank = (finding: Finding) =>
    JUDGEMENT_ORDER.indexOf(finding.judgement) * 2 + (finding.result.status === 'FAILURE' ? 0 : 1);
  return groupResults(suite, verdict, (item) => item.judgement !== 'clean')
    .sort((a, b) => rank(a) - rank(b) || a.number - b.number)
    .map((finding, index) => ({ ...finding, number: index + 1 }));
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
