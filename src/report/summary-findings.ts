/**
 * The parts of the job summary above the scenarios: the headline with the verdict and its cause, what fails the run,
 * what is only reported and why, each finding with its evidence and fix, and the legend of requirements. Pure.
 */
import { DEFAULT_BADGE_LABEL, type CheckResult, type SuiteResult } from '../model.js';
import { formatEntry } from './baseline.js';
import { code, escapeHtml, escapeMarkdown, link, richText } from './escape.js';
import { evidenceLines } from './evidence.js';
import { scenariosText, type Finding } from './findings.js';
import { mark, MARKS_LEGEND, statusLabel, whyLong, whyShort } from './judgement.js';
import { LIMITS } from './summary-scenarios.js';
import { cut, firstSentence, formatSeconds, lastLines, plural } from './text.js';
import type { Verdict } from './verdict.js';

export const DEFAULT_TITLE = DEFAULT_BADGE_LABEL;
const STDERR_IN_FINDING = 12;

/** GitHub's heading anchor for "Finding 3: <id>": lower case, punctuation dropped, spaces as hyphens. */
export const findingAnchor = (finding: Finding) =>
  `finding-${finding.number}-${finding.result.id}`.toLowerCase().replace(/[^a-z0-9 _-]/g, '');
const anchorLink = (text: string, finding: Finding) => `[${text}](#${findingAnchor(finding)})`;

export function headline(suite: SuiteResult, verdict: Verdict, findings: Finding[], title: string): string {
  const failing = findings.filter((finding) => finding.judgement === 'fails');
  const reported = findings.filter((finding) => finding.judgement !== 'fails');
  const total = suite.scenarios.length;
  let head: string;
  if (failing.length > 0) {
    const first = failing[0] as Finding;
    const more = failing.length > 1 ? ` (and ${plural(failing.length - 1, 'more finding')})` : '';
    const check = anchorLink(code(first.result.id), first);
    head = `## ❌ ${title} fails: ${check} in ${scenariosText(first, total, code)}${more}`;
  } else if (suite.scenarios.length === 0) {
    head = `## ❌ ${title}: no scenario ran`;
  } else {
    const tail =
      reported.length > 0
        ? `, with ${plural(reported.length, 'finding')} that cannot fail it`
        : `: no findings in ${plural(total, 'scenario')}`;
    head = `## ✅ ${title} passes${tail}`;
  }
  const cause = failing[0]
    ? failureCause(failing[0].result)
    : escapeMarkdown(verdict.reason.charAt(0).toUpperCase() + verdict.reason.slice(1));
  const subject =
    suite.mode === 'server'
      ? `Probed ${code(cut(suite.scenarios[0]?.serverUrl ?? suite.command, 300))}`
      : `Ran ${plural(total, 'scenario')} of ${code(cut(suite.command, 300))}`;
  const facts = [
    `${subject}${suite.label ? ` (${code(suite.label)})` : ''}`,
    `spec ${code(suite.specVersion)}`,
    `fail-on ${code(verdict.failOn)}`,
    formatSeconds(suite.durationMs),
    escapeMarkdown(`${suite.tool.name} ${suite.tool.version}`),
  ];
  return [head, '', cause, '', `${facts.join(' · ')}  `, `${countsLine(verdict)}`].join('\n');
}

/** The first failing result's title, level and message. */
function failureCause(result: CheckResult): string {
  const what = `**${escapeMarkdown(result.title)}** (${escapeMarkdown(result.level)})`;
  return `${what}: ${richText(cut(result.message, LIMITS.message))}`;
}

/**
 * `28 ✅ · 1 ❌ · 2 🟠`: counts by mark, so a draft-only FAILURE is never counted with the ones that fail the run.
 */
function countsLine(verdict: Verdict): string {
  const counts = new Map<string, number>();
  for (const { result, judgement } of verdict.judged) {
    const label = statusLabel(result.status, judgement);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count} ${escapeMarkdown(label)}`).join(' · ');
}

export function failingTable(findings: Finding[], total: number): string | null {
  const rows = findings.filter((finding) => finding.judgement === 'fails');
  if (rows.length === 0) return null;
  return [
    `### ❌ Fails the run (${rows.length})`,
    '',
    '| Scenario | Check | Level | Finding |',
    '| --- | --- | --- | --- |',
    ...rows.map((finding) => failingRow(finding, total)),
  ].join('\n');
}

function failingRow(finding: Finding, total: number): string {
  const check = anchorLink(code(finding.result.id), finding);
  const message = richText(firstSentence(finding.result.message, LIMITS.cell));
  return `| ${scenariosText(finding, total, code)} | ${check} | ${escapeMarkdown(finding.result.level)} | ${message} |`;
}

function reportedRow(finding: Finding, total: number): string {
  const status = `${mark(finding.result.status, finding.judgement)} ${finding.result.status}`;
  const check = anchorLink(code(finding.result.id), finding);
  const why = escapeMarkdown(whyShort(finding.judgement));
  const message = richText(firstSentence(finding.result.message, LIMITS.cell));
  return `| ${status} | ${scenariosText(finding, total, code)} | ${check} | ${why} | ${message} |`;
}

export function reportedTable(findings: Finding[], total: number, verdict: Verdict): string | null {
  const rows = findings.filter((finding) => finding.judgement !== 'fails');
  const stale = verdict.stale.map(
    (entry) => `- Stale baseline entry ${code(formatEntry(entry))} (line ${entry.line}) now passes: remove it.`,
  );
  if (rows.length === 0 && stale.length === 0) return null;
  const lines = [`### Reported, does not fail the run (${rows.length})`, ''];
  if (rows.length > 0) {
    lines.push(
      '| Status | Scenario | Check | Why it does not fail | Finding |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map((finding) => reportedRow(finding, total)),
    );
  }
  if (stale.length > 0) lines.push('', ...stale);
  return lines.join('\n');
}

/** One finding: what, where, why it does or does not fail the run, the evidence in place, and the fix. */
export function findingBlock(finding: Finding, suite: SuiteResult, verdict: Verdict, withEvidence: boolean): string {
  const { result, first } = finding;
  const where = scenariosText(finding, suite.scenarios.length, code);
  const why = escapeMarkdown(whyLong(finding.judgement, result, verdict.specVersion, verdict.failOn));
  const lines = [
    `#### Finding ${finding.number}: ${result.id}`,
    '',
    `${mark(result.status, finding.judgement)} ${result.status} · ${escapeMarkdown(result.level)} · ${where} · ${why}`,
    '',
    `**${escapeMarkdown(result.title)}.** ${richText(cut(result.message, LIMITS.message))}`,
  ];
  if (withEvidence) {
    const evidence = evidenceLines(result, first.transcript).map((line) => `- ${code(line)}`);
    if (evidence.length > 0) lines.push('', ...evidence);
    const stderr = result.id === 'scenario-outcome' ? lastLines(first.client.stderrTail, STDERR_IN_FINDING) : [];
    if (stderr.length > 0) {
      lines.push(
        '',
        `The client's last stderr lines${finding.scenarios.length > 1 ? ` (in ${code(first.name)})` : ''}:`,
        '',
        `<pre><code>${escapeHtml(cut(stderr.join('\n'), 3000))}</code></pre>`,
      );
    }
  }
  const source = result.sources[0];
  lines.push('', `**Fix:** ${richText(result.fix ?? '')}${source ? ` (${link(source.label, source.url)})` : ''}`);
  return lines.join('\n');
}

export function legend(suite: SuiteResult): string {
  const seen = new Map<string, CheckResult>();
  for (const scenario of suite.scenarios)
    for (const result of [scenario.outcome, ...scenario.checks]) if (!seen.has(result.id)) seen.set(result.id, result);
  const rows = [...seen.values()].map(legendRow);
  const summary = escapeHtml(`The ${plural(seen.size, 'requirement')} checked, and what the marks mean`);
  return [
    `<details><summary>${summary}</summary>`,
    '',
    escapeMarkdown(MARKS_LEGEND),
    '',
    '| Check | Level | Since | Requirement |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

function legendRow(result: CheckResult): string {
  const source = result.sources[0] ? ` ${link(result.sources[0].label, result.sources[0].url)}` : '';
  const requirement = `${richText(result.requirement)}${source}`;
  const since = escapeMarkdown(result.introducedIn);
  return `| ${code(result.id)} | ${escapeMarkdown(result.level)} | ${since} | ${requirement} |`;
}
