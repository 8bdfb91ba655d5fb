/**
 * The pull-request comment for a client or server run: the verdict with its cause, then the findings (what fails
 * the run first, then what is only reported, and why), each once, with a link to the run for the evidence.
 * Everything a client controls is escaped as in the summary.
 */
import type { SuiteResult } from '../model.js';
import { code, escapeMarkdown, richText } from './escape.js';
import { collectFindings, scenariosText } from './findings.js';
import { mark, whyShort } from './judgement.js';
import { firstSentence, plural } from './text.js';
import type { Verdict } from './verdict.js';

const MAX_ROWS = 20;

export function renderComment(suite: SuiteResult, verdict: Verdict, runUrl: string | undefined): string {
  const subject = suite.label ? ` for ${code(suite.label)}` : '';
  const findings = collectFindings(suite, verdict);
  const total = suite.scenarios.length;
  const first = findings[0];
  const head =
    !verdict.passed && first
      ? `### ❌ SEP-2207${subject} fails: ${code(first.result.id)} in ${scenariosText(first, total, code)}`
      : `### ${verdict.passed ? '✅' : '❌'} SEP-2207${subject} ${verdict.passed ? 'passes' : 'fails'}`;
  const rows = findings.slice(0, MAX_ROWS).map((finding) => {
    const why = whyShort(finding.judgement);
    const status =
      `${mark(finding.result.status, finding.judgement)} ${finding.result.status}` + (why ? ` (${why})` : '');
    const message = richText(firstSentence(finding.result.message, 200));
    return `| ${status} | ${scenariosText(finding, total, code)} | ${code(finding.result.id)} | ${message} |`;
  });
  const table =
    rows.length === 0
      ? [`No findings in ${plural(total, 'scenario')}.`]
      : [
          '| Status | Scenario | Check | Finding |',
          '| --- | --- | --- | --- |',
          ...rows,
          ...(findings.length > MAX_ROWS
            ? ['', `… and ${plural(findings.length - MAX_ROWS, 'more finding')} in the job summary.`]
            : []),
        ];
  return [
    head,
    '',
    `Spec ${code(suite.specVersion)}, fail-on ${code(verdict.failOn)}, ${suite.mode} mode. ` +
      escapeMarkdown(verdict.reason),
    '',
    ...table,
    '',
    runUrl
      ? `Evidence and fixes for every finding: [the job summary](${runUrl}).`
      : 'Evidence and fixes for every finding are in the job summary.',
    '',
  ].join('\n');
}
