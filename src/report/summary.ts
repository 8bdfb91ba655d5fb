/**
 * The job summary (GITHUB_STEP_SUMMARY, also written as summary.md), written for a maintainer opening a red run:
 * the verdict and its cause in the heading, a table of what fails the run, a table of what is reported without
 * failing it (and why), each finding once with its evidence and a fix, then the scenarios (those with findings open,
 * the rest folded) and the requirements as a legend. Pure: SuiteResult and Verdict in, markdown out.
 *
 * Everything a client controls is escaped (see escape.ts). GitHub rejects a step summary over 1 MiB, so the summary
 * is kept under `maxBytes` by dropping the least useful parts first (see `CUTS`); a closing line says what was
 * dropped. results.json has everything.
 */
import type { CheckResult, SuiteResult } from '../model.js';
import { formatEntry } from './baseline.js';
import { code, escapeHtml, escapeMarkdown, link, richText } from './escape.js';
import { evidenceLines } from './evidence.js';
import { collectFindings, scenariosText, type Finding } from './findings.js';
import { mark, MARKS_LEGEND, statusLabel, whyLong, whyShort } from './judgement.js';
import {
  folded,
  foldedLine,
  LIMITS,
  outputBlock,
  sectionBody,
  sectionHeading,
  transcriptBlock,
} from './summary-scenarios.js';
import { cut, firstSentence, formatSeconds, lastLines, plural } from './text.js';
import type { Verdict } from './verdict.js';

export interface SummaryOptions {
  verdict: Verdict;
  /** The summary is at most this many bytes (UTF-8). Default 1,000,000: GitHub's step summary limit is 1 MiB. */
  maxBytes?: number;
  /** The name in the headline, so it matches the badge; default "SEP-2207". */
  badgeLabel?: string;
}

export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_TITLE = 'SEP-2207';
const STDERR_IN_FINDING = 12;

/** GitHub's heading anchor for "Finding 3: <id>": lower case, punctuation dropped, spaces as hyphens. */
export const findingAnchor = (finding: Finding) =>
  `finding-${finding.number}-${finding.result.id}`.toLowerCase().replace(/[^a-z0-9 _-]/g, '');
const anchorLink = (text: string, finding: Finding) => `[${text}](#${findingAnchor(finding)})`;

function headline(suite: SuiteResult, verdict: Verdict, findings: Finding[], title: string): string {
  const failing = findings.filter((finding) => finding.judgement === 'fails');
  const reported = findings.filter((finding) => finding.judgement !== 'fails');
  const total = suite.scenarios.length;
  let head: string;
  if (failing.length > 0) {
    const first = failing[0] as Finding;
    const more = failing.length > 1 ? ` (and ${plural(failing.length - 1, 'more finding')})` : '';
    head = `## ❌ ${title} fails: ${anchorLink(code(first.result.id), first)} in ${scenariosText(first, total, code)}${more}`;
  } else if (suite.scenarios.length === 0) {
    head = `## ❌ ${title}: no scenario ran`;
  } else {
    head = `## ✅ ${title} passes${reported.length > 0 ? `, with ${plural(reported.length, 'finding')} that cannot fail it` : `: no findings in ${plural(total, 'scenario')}`}`;
  }
  const cause = failing[0]
    ? `**${escapeMarkdown(failing[0].result.title)}** (${escapeMarkdown(failing[0].result.level)}): ${richText(cut(failing[0].result.message, LIMITS.message))}`
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

/** `28 ✅ · 1 ❌ · 2 🟠`: counts by mark, so a draft-only FAILURE is never counted with the ones that fail the run. */
function countsLine(verdict: Verdict): string {
  const counts = new Map<string, number>();
  for (const { result, judgement } of verdict.judged) {
    const label = statusLabel(result.status, judgement);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count} ${escapeMarkdown(label)}`).join(' · ');
}

function failingTable(findings: Finding[], total: number): string | null {
  const rows = findings.filter((finding) => finding.judgement === 'fails');
  if (rows.length === 0) return null;
  return [
    `### ❌ Fails the run (${rows.length})`,
    '',
    '| Scenario | Check | Level | Finding |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (finding) =>
        `| ${scenariosText(finding, total, code)} | ${anchorLink(code(finding.result.id), finding)} | ${escapeMarkdown(finding.result.level)} | ${richText(firstSentence(finding.result.message, LIMITS.cell))} |`,
    ),
  ].join('\n');
}

function reportedTable(findings: Finding[], total: number, verdict: Verdict): string | null {
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
      ...rows.map(
        (finding) =>
          `| ${mark(finding.result.status, finding.judgement)} ${finding.result.status} | ${scenariosText(finding, total, code)} | ${anchorLink(code(finding.result.id), finding)} | ${escapeMarkdown(whyShort(finding.judgement))} | ${richText(firstSentence(finding.result.message, LIMITS.cell))} |`,
      ),
    );
  }
  if (stale.length > 0) lines.push('', ...stale);
  return lines.join('\n');
}

/** One finding: what, where, why it does or does not fail the run, the evidence in place, and the fix. */
function findingBlock(finding: Finding, suite: SuiteResult, verdict: Verdict, withEvidence: boolean): string {
  const { result, first } = finding;
  const lines = [
    `#### Finding ${finding.number}: ${result.id}`,
    '',
    `${mark(result.status, finding.judgement)} ${result.status} · ${escapeMarkdown(result.level)} · ${scenariosText(finding, suite.scenarios.length, code)} · ${escapeMarkdown(whyLong(finding.judgement, result, verdict.specVersion, verdict.failOn))}`,
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

function legend(suite: SuiteResult): string {
  const seen = new Map<string, CheckResult>();
  for (const scenario of suite.scenarios)
    for (const result of [scenario.outcome, ...scenario.checks]) if (!seen.has(result.id)) seen.set(result.id, result);
  const rows = [...seen.values()].map(
    (result) =>
      `| ${code(result.id)} | ${escapeMarkdown(result.level)} | ${escapeMarkdown(result.introducedIn)} | ${richText(result.requirement)}${result.sources[0] ? ` ${link(result.sources[0].label, result.sources[0].url)}` : ''} |`,
  );
  return [
    `<details><summary>${escapeHtml(`The ${plural(seen.size, 'requirement')} checked, and what the marks mean`)}</summary>`,
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

// ---------------------------------------------------------------------------------------------------------------
// Fitting the budget: every block is rendered once; cuts only choose which to keep.

interface Blocks {
  head: string;
  tables: string[];
  findings: { full: string; brief: string }[];
  scenarios: {
    name: string;
    /** Open: the first scenario of one of the findings. Folded with details: its findings are said above. Clean: no finding. */
    show: 'open' | 'folded' | 'clean';
    heading: string;
    line: string;
    body: string;
    stderr: string | null;
    stdout: string | null;
    transcript: string | null;
    transcriptLines: string | null;
  }[];
  legend: string;
  capped: string[];
}

interface Shown {
  transcript: ('full' | 'lines' | 'none')[];
  stdout: boolean[];
  stderr: boolean[];
  evidence: boolean[];
  foldedTables: boolean[];
}

const CUTS: { what: string; apply: (shown: Shown, index: number, blocks: Blocks) => boolean }[] = [
  {
    what: 'request and response headers and bodies in the transcripts',
    apply: (s, i) => s.transcript[i] === 'full' && ((s.transcript[i] = 'lines'), true),
  },
  { what: 'the HTTP transcripts', apply: (s, i) => s.transcript[i] === 'lines' && ((s.transcript[i] = 'none'), true) },
  {
    what: 'client stdout',
    apply: (s, i, b) => s.stdout[i] === true && b.scenarios[i]?.stdout != null && !(s.stdout[i] = false),
  },
  {
    what: 'client stderr',
    apply: (s, i, b) => s.stderr[i] === true && b.scenarios[i]?.stderr != null && !(s.stderr[i] = false),
  },
  {
    what: 'the results tables of scenarios without findings',
    apply: (s, i, b) => s.foldedTables[i] === true && b.scenarios[i]?.show === 'clean' && !(s.foldedTables[i] = false),
  },
  { what: 'evidence of findings', apply: (s, i) => s.evidence[i] === true && !(s.evidence[i] = false) },
];

function assemble(blocks: Blocks, shown: Shown, note: string | null): string {
  const parts = [blocks.head, ...blocks.tables];
  if (blocks.findings.length > 0)
    parts.push(
      '### Findings',
      ...blocks.findings.map((finding, index) => (shown.evidence[index] ? finding.full : finding.brief)),
    );
  parts.push('### Scenarios');
  // Scenarios with findings first, the first scenario of each finding open; clean ones last, folded.
  const rank = { open: 0, folded: 1, clean: 2 };
  const order = blocks.scenarios
    .map((scenario, index) => ({ scenario, index }))
    .sort((a, b) => rank[a.scenario.show] - rank[b.scenario.show]);
  for (const { scenario, index } of order) {
    if (scenario.show === 'clean') {
      parts.push(
        shown.foldedTables[index] ? folded(scenario.line, scenario.body) : `- ${escapeMarkdown(scenario.line)}`,
      );
      continue;
    }
    const transcript =
      shown.transcript[index] === 'full'
        ? scenario.transcript
        : shown.transcript[index] === 'lines'
          ? scenario.transcriptLines
          : null;
    const extras = [
      shown.stderr[index] ? scenario.stderr : null,
      shown.stdout[index] ? scenario.stdout : null,
      transcript,
    ].filter((part): part is string => part !== null);
    if (scenario.show === 'open') parts.push(scenario.heading, scenario.body, ...extras);
    else parts.push(folded(scenario.line, [scenario.body, ...extras].join('\n\n')));
  }
  parts.push(blocks.legend);
  if (note !== null) parts.push(note);
  return `${parts.join('\n\n')}\n`;
}

function closingNote(applied: Map<string, string[]>, capped: string[], maxBytes: number): string | null {
  if (applied.size === 0 && capped.length === 0) return null;
  const sentences: string[] = [];
  if (capped.length > 0) sentences.push(`Shortened for reading: ${capped.map(escapeMarkdown).join('; ')}.`);
  const dropped = [...applied].map(([what, names]) => `${what} of ${names.map(code).join(', ')}`);
  if (dropped.length > 0)
    sentences.push(
      `Left out to stay under the ${maxBytes.toLocaleString('en-US')}-byte job summary limit: ${dropped.join('; ')}.`,
    );
  sentences.push('results.json, in the uploaded artifact, has everything.');
  return `---\n\n**Not everything is shown.** ${sentences.join(' ')}`;
}

export function renderSummary(suite: SuiteResult, options: SummaryOptions): string {
  const { verdict } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const title =
    options.badgeLabel === undefined || options.badgeLabel.trim() === ''
      ? DEFAULT_TITLE
      : escapeMarkdown(options.badgeLabel);
  const findings = collectFindings(suite, verdict);
  const anchors = new Map(
    findings.flatMap((finding) =>
      finding.scenarios.map((scenario) => [`${scenario}\u0000${finding.result.id}`, findingAnchor(finding)] as const),
    ),
  );
  const capped: string[] = [];
  const blocks: Blocks = {
    head: headline(suite, verdict, findings, title),
    tables: [
      failingTable(findings, suite.scenarios.length),
      reportedTable(findings, suite.scenarios.length, verdict),
    ].filter((table): table is string => table !== null),
    findings: findings.map((finding) => ({
      full: findingBlock(finding, suite, verdict, true),
      brief: findingBlock(finding, suite, verdict, false),
    })),
    scenarios: suite.scenarios.map((scenario) => {
      const mine = findings.filter((finding) => finding.scenarios.includes(scenario.name));
      const show = mine.some((finding) => finding.first === scenario)
        ? 'open'
        : mine.length > 0 || scenario.outcome.status !== 'SUCCESS'
          ? 'folded'
          : 'clean';
      const detailed = show !== 'clean';
      return {
        name: scenario.name,
        show,
        heading: sectionHeading(scenario, verdict),
        line: foldedLine(
          scenario,
          verdict,
          mine.map((finding) => finding.number),
        ),
        body: sectionBody(scenario, verdict, anchors),
        stderr: detailed ? outputBlock('stderr', scenario, capped) : null,
        stdout: detailed ? outputBlock('stdout', scenario, capped) : null,
        transcript: detailed ? transcriptBlock(scenario, true, capped) : null,
        transcriptLines: detailed ? transcriptBlock(scenario, false, null) : null,
      };
    }),
    legend: legend(suite),
    capped,
  };
  const count = Math.max(blocks.scenarios.length, blocks.findings.length);
  const shown: Shown = {
    transcript: blocks.scenarios.map((scenario) => (scenario.transcript === null ? 'none' : 'full')),
    stdout: blocks.scenarios.map(() => true),
    stderr: blocks.scenarios.map(() => true),
    evidence: blocks.findings.map(() => true),
    foldedTables: blocks.scenarios.map(() => true),
  };
  const applied = new Map<string, string[]>();
  const size = () => Buffer.byteLength(assemble(blocks, shown, closingNote(applied, capped, maxBytes)), 'utf8');
  for (const item of CUTS) {
    for (let index = count - 1; index >= 0 && size() > maxBytes; index--) {
      if (!item.apply(shown, index, blocks)) continue;
      const name =
        item.what === 'evidence of findings' ? `finding ${index + 1}` : (blocks.scenarios[index]?.name ?? '');
      applied.set(item.what, [name, ...(applied.get(item.what) ?? [])]);
    }
  }
  const text = assemble(blocks, shown, closingNote(applied, capped, maxBytes));
  return Buffer.byteLength(text, 'utf8') <= maxBytes ? text : hardCut(text, maxBytes);
}

/** Last resort (a tiny `maxBytes`, a huge suite): every optional part is gone, so cut at a line and say so. */
function hardCut(text: string, maxBytes: number): string {
  const tail =
    '\n\n**The summary was cut here to stay under the job summary size limit.** results.json has everything.\n';
  const budget = Math.max(0, maxBytes - Buffer.byteLength(tail, 'utf8'));
  const kept = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  const result = `${kept.slice(0, Math.max(0, kept.lastIndexOf('\n')))}${tail}`;
  return Buffer.byteLength(result, 'utf8') <= maxBytes ? result : '';
}
