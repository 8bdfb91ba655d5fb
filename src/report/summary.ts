/**
 * The job summary (GITHUB_STEP_SUMMARY, also written as summary.md), written for a maintainer opening a red run:
 * the verdict and its cause in the heading, a table of what fails the run, a table of what is reported without
 * failing it (and why), each finding once with its evidence and a fix, then the scenarios (those with findings open,
 * the rest folded) and the requirements as a legend. Pure: SuiteResult and Verdict in, markdown out.
 *
 * Everything a client controls is escaped (see escape.ts). The summary is kept under `maxBytes` by dropping the least
 * useful parts first (see `CUTS`); a closing line says what was dropped. results.json has everything.
 */
import type { SuiteResult } from '../model.js';
import type { Finding } from './findings.js';
import { fitToBudget, STEP_SUMMARY_MAX_BYTES } from './budget.js';
import { code, escapeMarkdown } from './escape.js';
import { collectFindings } from './findings.js';
import {
  DEFAULT_TITLE,
  failingTable,
  findingAnchor,
  findingBlock,
  headline,
  legend,
  reportedTable,
} from './summary-findings.js';
import { folded, foldedLine, outputBlock, sectionBody, sectionHeading, transcriptBlock } from './summary-scenarios.js';
import type { Verdict } from './verdict.js';

export interface SummaryOptions {
  verdict: Verdict;
  /** The summary is at most this many bytes (UTF-8). Default 1,000,000: GitHub's step summary limit is 1 MiB. */
  maxBytes?: number;
  /** The name in the headline, so it matches the badge; default "SEP-2207". */
  badgeLabel?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Fitting the budget: every block is rendered once; cuts only choose which to keep.

interface Blocks {
  head: string;
  tables: string[];
  findings: { full: string; brief: string }[];
  scenarios: {
    name: string;
    /**
     * Open: the first scenario of one of the findings. Folded with details: its findings are said above.
     * Clean: no finding.
     */
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

function scenarioBlocks(
  suite: SuiteResult,
  verdict: Verdict,
  findings: Finding[],
  capped: string[],
): Blocks['scenarios'] {
  const anchors = new Map(
    findings.flatMap((finding) =>
      finding.scenarios.map((scenario) => [`${scenario}\u0000${finding.result.id}`, findingAnchor(finding)] as const),
    ),
  );
  return suite.scenarios.map((scenario) => {
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
  });
}

function buildBlocks(suite: SuiteResult, verdict: Verdict, title: string): Blocks {
  const findings = collectFindings(suite, verdict);
  const capped: string[] = [];
  return {
    head: headline(suite, verdict, findings, title),
    tables: [
      failingTable(findings, suite.scenarios.length),
      reportedTable(findings, suite.scenarios.length, verdict),
    ].filter((table): table is string => table !== null),
    findings: findings.map((finding) => ({
      full: findingBlock(finding, suite, verdict, true),
      brief: findingBlock(finding, suite, verdict, false),
    })),
    scenarios: scenarioBlocks(suite, verdict, findings, capped),
    legend: legend(suite),
    capped,
  };
}

export function renderSummary(suite: SuiteResult, options: SummaryOptions): string {
  const maxBytes = options.maxBytes ?? STEP_SUMMARY_MAX_BYTES;
  const label = options.badgeLabel?.trim() ?? '';
  const blocks = buildBlocks(
    suite,
    options.verdict,
    label === '' ? DEFAULT_TITLE : escapeMarkdown(options.badgeLabel ?? ''),
  );
  const shown: Shown = {
    transcript: blocks.scenarios.map((scenario) => (scenario.transcript === null ? 'none' : 'full')),
    stdout: blocks.scenarios.map(() => true),
    stderr: blocks.scenarios.map(() => true),
    evidence: blocks.findings.map(() => true),
    foldedTables: blocks.scenarios.map(() => true),
  };
  const applied = new Map<string, string[]>();
  const count = Math.max(blocks.scenarios.length, blocks.findings.length);
  // Each kind of cut in turn, last scenario (or finding) first.
  const steps = CUTS.flatMap((item) =>
    Array.from({ length: count }, (_, offset) => () => {
      const index = count - 1 - offset;
      if (!item.apply(shown, index, blocks)) return false;
      const name =
        item.what === 'evidence of findings' ? `finding ${index + 1}` : (blocks.scenarios[index]?.name ?? '');
      applied.set(item.what, [name, ...(applied.get(item.what) ?? [])]);
      return true;
    }),
  );
  const render = () => assemble(blocks, shown, closingNote(applied, blocks.capped, maxBytes));
  return fitToBudget(render, steps, maxBytes, 'results.json');
}
