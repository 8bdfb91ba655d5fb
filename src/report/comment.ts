/**
 * The pull-request comment for a client or server run: the headline, the verdict's reason and one compact table of
 * results, with a link to the run for the evidence. Everything a client controls is escaped as in the summary.
 */
import type { CheckStatus, SuiteResult } from '../model.js';
import { code, escapeMarkdown } from './escape.js';
import { STATUS_LABEL } from './summary.js';
import type { Verdict } from './verdict.js';

const STATUS_ORDER: CheckStatus[] = ['FAILURE', 'WARNING', 'INFO', 'SKIPPED', 'SUCCESS'];

export function renderComment(suite: SuiteResult, outcome: Verdict, runUrl: string | undefined): string {
  const subject = suite.label ? ` for ${code(suite.label)}` : '';
  const counts = STATUS_ORDER.filter((status) => suite.counts[status] > 0)
    .map((status) => `${suite.counts[status]} ${STATUS_LABEL[status]}`)
    .join(' · ');
  const rows = suite.scenarios.flatMap((scenario) =>
    [scenario.outcome, ...scenario.checks].map(
      (result) => `| ${code(scenario.name)} | ${code(result.id)} | ${STATUS_LABEL[result.status]} | ${result.draftOnly ? 'yes' : 'no'} |`,
    ),
  );
  return [
    `### ${outcome.passed ? '✅' : '❌'} SEP-2207 refresh-token conformance${subject}: ${outcome.passed ? 'passed' : 'failed'}`,
    '',
    `Spec ${code(suite.specVersion)}, ${suite.mode} mode. ${escapeMarkdown(outcome.reason)}`,
    '',
    counts,
    '',
    '| Scenario | Check | Status | Draft-only |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    runUrl ? `Evidence for every result: [the job summary](${runUrl}).` : 'Evidence for every result is in the job summary.',
    '',
  ].join('\n');
}
