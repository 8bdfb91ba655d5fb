/**
 * The job summary (GITHUB_STEP_SUMMARY, also written as summary.md): the verdict, a table per scenario, the evidence
 * behind every finding, and the client's output and HTTP transcript in collapsed blocks. Pure: SuiteResult in,
 * markdown out.
 *
 * Everything a client controls is escaped (see escape.ts): text in markdown goes through `escapeMarkdown` /
 * `richText` / `code`, text in `<pre><code>` through `escapeHtml`. No fenced code blocks: a client could close one.
 *
 * GitHub rejects a step summary over 1 MiB, so the summary is kept under `maxBytes` by dropping the least useful
 * parts first: transcript bodies, then whole transcripts, then stdout and stderr, then evidence details, then
 * finding messages (last scenario first each time). The headline and the tables always stay; a closing line says
 * what was dropped. results.json has everything.
 */
import type { CheckResult, CheckStatus, Exchange, RecordedBody, ScenarioResult, SuiteResult } from '../model.js';
import type { FailOn } from '../settings.js';
import { formatEntry } from './baseline.js';
import { code, escapeHtml, escapeMarkdown, escapeMarkdownCell, link, plainText, richText } from './escape.js';
import { droppedNote, formatSeconds, rerunNote } from './terminal.js';
import type { Verdict } from './verdict.js';

export interface SummaryOptions {
  verdict: Verdict;
  failOn: FailOn;
  /** The summary is at most this many bytes (UTF-8). Default 1,000,000: GitHub's step summary limit is 1 MiB. */
  maxBytes?: number;
  /** The name in the headline, so it matches the badge; default "SEP-2207 refresh-token conformance". */
  badgeLabel?: string;
}

export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_TITLE = 'SEP-2207 refresh-token conformance';

export const STATUS_LABEL: Record<CheckStatus, string> = {
  SUCCESS: '✅ SUCCESS',
  FAILURE: '❌ FAILURE',
  WARNING: '⚠️ WARNING',
  INFO: 'ℹ️ INFO',
  SKIPPED: '⏭️ SKIPPED',
};
const STATUSES: CheckStatus[] = ['SUCCESS', 'FAILURE', 'WARNING', 'INFO', 'SKIPPED'];

/** Caps applied before the byte budget: a single field never dominates the summary. */
const LIMITS = {
  command: 300,
  message: 1_000,
  detailValue: 300,
  requestLine: 300,
  outputLines: 200,
  outputChars: 16 * 1024,
  exchanges: 300,
  headerValue: 200,
  body: 400,
};

// ---------------------------------------------------------------------------------------------------------------
// Small formatting helpers

/** Request headers every HTTP client sends that say nothing about OAuth; results.json keeps them all. */
const ROUTINE_HEADERS = new Set([
  'host',
  'connection',
  'accept-language',
  'accept-encoding',
  'sec-fetch-mode',
  'content-length',
  'user-agent',
  'keep-alive',
]);

/** `text` cut to `max` characters (not splitting a surrogate pair), with `…` when cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** Parameters the checks are about come first, so they survive when a long request line is cut. */
const KEY_PARAMETERS = ['grant_type', 'scope', 'resource', 'prompt', 'refresh_token', 'client_id'];
const keyRank = (name: string) => {
  const rank = KEY_PARAMETERS.indexOf(name);
  return rank === -1 ? KEY_PARAMETERS.length : rank;
};

/** `a=b&c=d`, decoded for reading, key parameters first. */
function queryString(query: Record<string, string | string[]>): string {
  return Object.entries(query)
    .sort(([a], [b]) => keyRank(a) - keyRank(b))
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${key}=${item}`))
    .join('&');
}

/** A request target as the client sent it, decoded for reading: `/authorize?scope=mcp:basic offline_access&…`. */
function target(exchange: Exchange): string {
  const query = queryString(exchange.query);
  return query === '' ? exchange.path : `${exchange.path}?${query}`;
}

/** A body on one line: a form as `a=b&c=d`, JSON compact, text as is. Empty for no body. */
function compactBody(body: RecordedBody): string {
  switch (body.kind) {
    case 'none':
      return '';
    case 'form':
      return queryString(body.value);
    case 'json':
      return JSON.stringify(body.value) ?? '';
    case 'text':
      return body.value;
  }
}

/** A body for the transcript: JSON pretty-printed, cut to a few hundred characters. */
function prettyBody(body: RecordedBody): string {
  switch (body.kind) {
    case 'none':
      return '';
    case 'form':
      return cut(queryString(body.value), LIMITS.body);
    case 'json':
      return cut(JSON.stringify(body.value, null, 2) ?? '', LIMITS.body);
    case 'text':
      return cut(body.value, LIMITS.body) + (body.truncated ? ' [truncated by the recorder]' : '');
  }
}

/** `#5 GET /authorize?scope=… → 302`, plus the body in short for a POST. */
function requestSummary(exchange: Exchange): string {
  const body = compactBody(exchange.body);
  const line = `#${exchange.seq} ${exchange.method} ${target(exchange)} → ${exchange.status}`;
  return cut(body === '' ? line : `${line} body: ${body}`, LIMITS.requestLine);
}

function detailValue(value: CheckResult['evidence']['details'][string]): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

function clientLine(scenario: ScenarioResult): string {
  const { client } = scenario;
  const after = `after ${formatSeconds(client.durationMs)}`;
  const how = client.startError
    ? 'did not start'
    : client.interrupted
      ? `stopped ${after}: the run was interrupted`
      : client.timedOut
        ? `timed out ${after}`
        : client.exitCode === null
          ? `killed by ${client.signal === null ? 'a signal' : code(client.signal)} ${after}`
          : `exited ${client.exitCode} ${after}`;
  const parts = [`Client ${how}`, plural(scenario.transcript.length, 'HTTP request'), `scenario took ${formatSeconds(scenario.durationMs)}`];
  if (scenario.transcriptDropped > 0) parts.push(`**${droppedNote(scenario)}**`);
  const rerun = rerunNote(scenario);
  if (rerun) parts.push(escapeMarkdown(cut(rerun, LIMITS.message)));
  if (scenario.harnessError !== null) parts.push(`harness error: ${escapeMarkdown(cut(scenario.harnessError, LIMITS.message))}`);
  return parts.join(' · ');
}

const key = (scenario: string, id: string) => `${scenario}\u0000${id}`;

interface Marks {
  failing: Set<string>;
  expected: Set<string>;
}

function enforcement(result: CheckResult, scenario: string, marks: Marks): string {
  if (marks.failing.has(key(scenario, result.id))) return 'enforced, fails the run';
  if (marks.expected.has(key(scenario, result.id))) return 'enforced, listed in the baseline';
  return result.draftOnly ? 'draft-only' : 'enforced';
}

// ---------------------------------------------------------------------------------------------------------------
// The parts of the summary

interface Part {
  text: string;
  bytes: number;
}

const part = (text: string): Part => ({ text, bytes: Buffer.byteLength(text, 'utf8') });

/** A scenario's rendered pieces: the table block is always shown; the rest can be dropped to fit the budget. */
interface ScenarioParts {
  name: string;
  table: Part;
  findingsFull: Part | null;
  findingsBrief: Part | null;
  stderr: Part | null;
  stdout: Part | null;
  transcriptFull: Part | null;
  transcriptLines: Part | null;
  /** Caps applied regardless of the budget, for the closing note. */
  capped: string[];
}

function headline(suite: SuiteResult, options: SummaryOptions): string {
  const { verdict } = options;
  const title = options.badgeLabel === undefined || options.badgeLabel.trim() === '' ? DEFAULT_TITLE : escapeMarkdown(options.badgeLabel);
  const lines = [
    `## ${verdict.passed ? '✅' : '❌'} ${title}: ${verdict.passed ? 'passed' : 'failed'}`,
    '',
    `${suite.mode === 'server' ? `Probed the MCP server ${code(cut(suite.scenarios[0]?.serverUrl ?? suite.command, LIMITS.command))}` : `Ran ${plural(suite.scenarios.length, 'scenario')} of ${code(cut(suite.command, LIMITS.command))}`}${suite.label ? ` (${code(suite.label)})` : ''} against spec ${code(suite.specVersion)}, protocol ${code(suite.protocolVersion)}, fail-on ${code(options.failOn)}, in ${formatSeconds(suite.durationMs)} (${escapeMarkdown(`${suite.tool.name} ${suite.tool.version}`)}).`,
    '',
    `**${verdict.passed ? 'Passed' : 'Failed'}:** ${richText(verdict.reason)}`,
    '',
    `**Results:** ${STATUSES.map((status) => `${suite.counts[status]} ${STATUS_LABEL[status]}`).join(' · ')}`,
  ];
  if (verdict.stale.length > 0) {
    lines.push('', '**Stale baseline entries** (now passing, remove them):');
    for (const entry of verdict.stale) lines.push(`- ${code(formatEntry(entry))} (line ${entry.line})`);
  }
  if (verdict.expected.length > 0) {
    lines.push('', '**Expected failures** (listed in the baseline, so they do not fail the run):');
    for (const { scenario, result } of verdict.expected) {
      lines.push(`- ${STATUS_LABEL[result.status]} ${code(result.id)} in ${code(scenario)}`);
    }
  }
  return lines.join('\n');
}

function tableBlock(scenario: ScenarioResult, marks: Marks): string {
  const rows = [scenario.outcome, ...scenario.checks].map((result) => {
    const mark = marks.failing.has(key(scenario.name, result.id))
      ? ' (fails the run)'
      : marks.expected.has(key(scenario.name, result.id))
        ? ' (baselined)'
        : '';
    const source = result.sources[0];
    const requirement = richText(result.requirement) + (source ? ` ${link(source.label, source.url)}` : '');
    return `| ${code(result.id)} | ${STATUS_LABEL[result.status]}${mark} | ${escapeMarkdownCell(result.level)} | ${result.draftOnly ? 'yes' : 'no'} | ${requirement} |`;
  });
  return [
    `### ${plainText(scenario.name)}`,
    '',
    richText(scenario.description),
    '',
    clientLine(scenario),
    '',
    '| Check | Status | Level | Draft-only | Requirement |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function findingsBlock(scenario: ScenarioResult, marks: Marks, withEvidence: boolean): string | null {
  const findings = [scenario.outcome, ...scenario.checks].filter((result) => result.status !== 'SUCCESS');
  if (findings.length === 0) return null;
  const bySeq = new Map(scenario.transcript.map((exchange) => [exchange.seq, exchange]));
  const lines = ['**Findings**', ''];
  for (const result of findings) {
    lines.push(
      `- ${STATUS_LABEL[result.status]} ${code(result.id)} (${escapeMarkdown(`${result.level}, ${enforcement(result, scenario.name, marks)}`)}): ${richText(cut(result.message, LIMITS.message))}`,
    );
    if (!withEvidence) continue;
    for (const [name, value] of Object.entries(result.evidence.details)) {
      lines.push(`  - ${escapeMarkdown(name)}: ${code(cut(detailValue(value), LIMITS.detailValue))}`);
    }
    for (const seq of result.evidence.requests) {
      const exchange = bySeq.get(seq);
      lines.push(`  - request ${exchange ? code(requestSummary(exchange)) : `${code(`#${seq}`)} (not in the transcript)`}`);
    }
  }
  return lines.join('\n');
}

/** A collapsed block whose content is pre-formatted text: HTML-escaped, so nothing in it can end the block. */
function collapsed(summary: string, content: string): string {
  return [`<details><summary>${escapeHtml(summary)}</summary>`, '', `<pre><code>${escapeHtml(content)}`, '</code></pre>', '', '</details>'].join('\n');
}

function outputBlock(name: 'stdout' | 'stderr', text: string, droppedBytes: number, capped: string[], scenario: string): string | null {
  if (text.trim() === '') return null;
  const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  let shown = lines.slice(-LIMITS.outputLines).join('\n');
  let partialLine = false;
  if (shown.length > LIMITS.outputChars) {
    // Keep whole lines when there are several; a single huge line keeps its end.
    const tail = shown.slice(-LIMITS.outputChars);
    const newline = tail.indexOf('\n');
    partialLine = newline === -1;
    shown = partialLine ? `…${tail}` : tail.slice(newline + 1);
  }
  const shownLines = shown.split('\n').length;
  const notes: string[] = [];
  if (droppedBytes > 0) notes.push(`${plural(droppedBytes, 'earlier byte')} not kept by the runner`);
  if (shownLines < lines.length || partialLine) {
    const what = partialLine ? `its last ${plural(LIMITS.outputChars, 'character')}` : `its last ${plural(shownLines, 'line')} of ${lines.length.toLocaleString('en-US')}`;
    notes.push(`${what.replace(/^its /, '')} shown`);
    capped.push(`${name} of ${scenario} shortened to ${what}`);
  }
  const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return collapsed(`Client ${name}${note}`, shown);
}

const SERVER_SHORT: Record<Exchange['server'], string> = { 'authorization-server': 'AS ', 'mcp-server': 'MCP' };

function exchangeLines(exchange: Exchange, withBodies: boolean): string[] {
  const head = `#${String(exchange.seq).padEnd(3)} +${String(Math.round(exchange.receivedAt)).padStart(5)} ms  ${SERVER_SHORT[exchange.server]}  ${cut(`${exchange.method} ${target(exchange)}`, LIMITS.requestLine)} → ${exchange.status}`;
  if (!withBodies) return [head];
  const lines = [head];
  const indent = (prefix: string, text: string) => text.split('\n').map((line) => `      ${prefix} ${line}`);
  for (const [name, value] of Object.entries(exchange.headers)) {
    if (ROUTINE_HEADERS.has(name)) continue;
    lines.push(...indent('>', `${name}: ${cut(value, LIMITS.headerValue)}`));
  }
  const request = prettyBody(exchange.body);
  if (request !== '') lines.push(...indent('>', request));
  for (const [name, value] of Object.entries(exchange.responseHeaders)) lines.push(...indent('<', `${name}: ${cut(value, LIMITS.headerValue)}`));
  const response = prettyBody(exchange.response);
  if (response !== '') lines.push(...indent('<', response));
  return lines;
}

function transcriptBlock(scenario: ScenarioResult, withBodies: boolean, capped: string[] | null): string | null {
  const { transcript } = scenario;
  if (transcript.length === 0) return null;
  let shown: (Exchange | null)[] = transcript;
  if (transcript.length > LIMITS.exchanges) {
    const half = LIMITS.exchanges / 2;
    shown = [...transcript.slice(0, half), null, ...transcript.slice(-half)];
    capped?.push(`the transcript of ${scenario.name} shortened to its first and last ${half} of ${transcript.length.toLocaleString('en-US')} requests`);
  }
  const omitted = transcript.length - LIMITS.exchanges;
  const lines = shown.flatMap((exchange) => (exchange === null ? [`… ${plural(omitted, 'request')} not shown …`] : exchangeLines(exchange, withBodies)));
  const legend = withBodies ? '> request, < response' : 'request lines only';
  return collapsed(`HTTP transcript: ${plural(transcript.length, 'request')} (${legend})`, lines.join('\n'));
}

function scenarioParts(scenario: ScenarioResult, marks: Marks): ScenarioParts {
  const capped: string[] = [];
  const optional = (text: string | null) => (text === null ? null : part(text));
  return {
    name: scenario.name,
    table: part(tableBlock(scenario, marks)),
    findingsFull: optional(findingsBlock(scenario, marks, true)),
    findingsBrief: optional(findingsBlock(scenario, marks, false)),
    stderr: optional(outputBlock('stderr', scenario.client.stderrTail, scenario.client.stderrTruncatedBytes, capped, scenario.name)),
    stdout: optional(outputBlock('stdout', scenario.client.stdoutTail, scenario.client.stdoutTruncatedBytes, capped, scenario.name)),
    transcriptFull: optional(transcriptBlock(scenario, true, capped)),
    transcriptLines: optional(transcriptBlock(scenario, false, null)),
    capped,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fitting the budget

interface Shown {
  findings: 'full' | 'brief' | 'none';
  stderr: boolean;
  stdout: boolean;
  transcript: 'full' | 'lines' | 'none';
}

/** One way to save bytes, in the order they are tried. */
interface Cut {
  applies: (parts: ScenarioParts, shown: Shown) => boolean;
  apply: (shown: Shown) => void;
  /** How the closing note names this cut: "<what> of <scenarios>". */
  what: string;
}

const CUTS: Cut[] = [
  {
    what: 'request and response headers and bodies in the transcripts',
    applies: (parts, shown) => shown.transcript === 'full' && parts.transcriptFull !== null,
    apply: (shown) => (shown.transcript = 'lines'),
  },
  {
    what: 'the HTTP transcripts',
    applies: (parts, shown) => shown.transcript !== 'none' && parts.transcriptFull !== null,
    apply: (shown) => (shown.transcript = 'none'),
  },
  { what: 'client stdout', applies: (parts, shown) => shown.stdout && parts.stdout !== null, apply: (shown) => (shown.stdout = false) },
  { what: 'client stderr', applies: (parts, shown) => shown.stderr && parts.stderr !== null, apply: (shown) => (shown.stderr = false) },
  {
    what: 'evidence details (client values and request lines)',
    applies: (parts, shown) => shown.findings === 'full' && parts.findingsFull !== null && parts.findingsFull.bytes !== parts.findingsBrief?.bytes,
    apply: (shown) => (shown.findings = 'brief'),
  },
  {
    what: 'finding messages',
    applies: (parts, shown) => shown.findings !== 'none' && parts.findingsFull !== null,
    apply: (shown) => (shown.findings = 'none'),
  },
];

function chosenParts(parts: ScenarioParts, shown: Shown): Part[] {
  const findings = shown.findings === 'full' ? parts.findingsFull : shown.findings === 'brief' ? parts.findingsBrief : null;
  const transcript = shown.transcript === 'full' ? parts.transcriptFull : shown.transcript === 'lines' ? parts.transcriptLines : null;
  return [parts.table, findings, shown.stderr ? parts.stderr : null, shown.stdout ? parts.stdout : null, transcript].filter(
    (item): item is Part => item !== null,
  );
}

function closingNote(applied: Map<Cut, string[]>, capped: string[], maxBytes: number): string | null {
  const dropped = [...applied].map(([item, scenarios]) => `${item.what} of ${scenarios.map(code).join(', ')}`);
  if (dropped.length === 0 && capped.length === 0) return null;
  const sentences: string[] = [];
  if (capped.length > 0) sentences.push(`Shortened for reading: ${capped.map(escapeMarkdown).join('; ')}.`);
  if (dropped.length > 0) {
    sentences.push(`Left out to stay under the ${maxBytes.toLocaleString('en-US')}-byte job summary limit: ${dropped.join('; ')}.`);
  }
  sentences.push('results.json, in the uploaded artifact, has everything.');
  return `---\n\n**Not everything is shown.** ${sentences.join(' ')}`;
}

const SEPARATOR = '\n\n';

export function renderSummary(suite: SuiteResult, options: SummaryOptions): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const marks: Marks = {
    failing: new Set(options.verdict.failing.map(({ scenario, result }) => key(scenario, result.id))),
    expected: new Set(options.verdict.expected.map(({ scenario, result }) => key(scenario, result.id))),
  };
  const head = part(headline(suite, options));
  const scenarios = suite.scenarios.map((scenario) => scenarioParts(scenario, marks));
  const shown: Shown[] = scenarios.map(() => ({ findings: 'full', stderr: true, stdout: true, transcript: 'full' }));
  const capped = scenarios.flatMap((parts) => parts.capped);
  const applied = new Map<Cut, string[]>();

  const assemble = () => {
    const note = closingNote(applied, capped, maxBytes);
    return [head, ...scenarios.flatMap((parts, index) => chosenParts(parts, shown[index] as Shown)), ...(note === null ? [] : [part(note)])];
  };
  const size = (parts: Part[]) => parts.reduce((total, item) => total + item.bytes, 0) + SEPARATOR.length * (parts.length - 1) + 1;

  let parts = assemble();
  for (const item of CUTS) {
    for (let index = scenarios.length - 1; index >= 0 && size(parts) > maxBytes; index--) {
      const scenario = scenarios[index] as ScenarioParts;
      const state = shown[index] as Shown;
      if (!item.applies(scenario, state)) continue;
      item.apply(state);
      applied.set(item, [scenario.name, ...(applied.get(item) ?? [])]);
      parts = assemble();
    }
  }
  const text = `${parts.map((item) => item.text).join(SEPARATOR)}\n`;
  return Buffer.byteLength(text, 'utf8') <= maxBytes ? text : hardCut(text, maxBytes);
}

/**
 * Last resort, when even the headline and tables exceed the budget (a tiny `maxBytes`, or a huge suite). By then
 * every optional part has been dropped, so no HTML block is open: cut at a line boundary and say so.
 */
function hardCut(text: string, maxBytes: number): string {
  const tail = '\n\n**The summary was cut here to stay under the job summary size limit.** results.json has everything.\n';
  const budget = Math.max(0, maxBytes - Buffer.byteLength(tail, 'utf8'));
  const kept = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  // Cutting at the last new line also drops a partial multi-byte character (decoded as U+FFFD).
  const result = `${kept.slice(0, Math.max(0, kept.lastIndexOf('\n')))}${tail}`;
  return Buffer.byteLength(result, 'utf8') <= maxBytes ? result : '';
}
