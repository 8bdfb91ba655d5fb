/**
 * The per-scenario part of the job summary: a section for each scenario with findings (its results, then the
 * client's output and the HTTP transcript, folded), and one folded line for each scenario without. Pure.
 */
import type { CheckResult, Exchange, RecordedBody, ScenarioResult } from '../model.js';
import { parameters } from './evidence.js';
import { code, escapeHtml, escapeMarkdown, plainText, richText } from './escape.js';
import { mark, statusLabel } from './judgement.js';
import { droppedNote, rerunNote } from './terminal.js';
import { cut, firstSentence, formatSeconds, plural } from './text.js';
import { judgementOf, type Verdict } from './verdict.js';

/** Caps applied before the byte budget: a single field never dominates the summary. */
export const LIMITS = {
  message: 1_000,
  cell: 160,
  requestLine: 300,
  outputLines: 200,
  outputChars: 16 * 1024,
  exchanges: 300,
  headerValue: 200,
  body: 400,
};

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

/** "exited 0 after 6.8 s", "timed out after 30.0 s", "did not start". */
export function clientStop(scenario: ScenarioResult): string {
  const { client } = scenario;
  const after = `after ${formatSeconds(client.durationMs)}`;
  if (client.startError) return 'did not start';
  if (client.interrupted) return `stopped ${after}: the run was interrupted`;
  if (client.timedOut) return `timed out ${after}`;
  if (client.exitCode === null) return `was killed by ${client.signal ?? 'a signal'} ${after}`;
  return `exited ${client.exitCode} ${after}`;
}

function clientLine(scenario: ScenarioResult): string {
  const parts = [`Client ${escapeMarkdown(clientStop(scenario))}`, plural(scenario.transcript.length, 'HTTP request')];
  if (scenario.transcriptDropped > 0) parts.push(`**${droppedNote(scenario)}**`);
  const rerun = rerunNote(scenario);
  if (rerun) parts.push(escapeMarkdown(cut(rerun, LIMITS.message)));
  if (scenario.harnessError !== null)
    parts.push(`harness error: ${escapeMarkdown(cut(scenario.harnessError, LIMITS.message))}`);
  return parts.join(' · ');
}

/** Every check SKIPPED because the client stopped early: one line says so instead of a row each. */
function allUnobserved(scenario: ScenarioResult): boolean {
  return (
    scenario.outcome.status !== 'SUCCESS' &&
    scenario.checks.length > 0 &&
    scenario.checks.every((check) => check.status === 'SKIPPED')
  );
}

function resultsTable(scenario: ScenarioResult, verdict: Verdict, anchors: Map<string, string>): string {
  if (allUnobserved(scenario)) {
    const row = resultRow(scenario, scenario.outcome, verdict, anchors);
    const ids = scenario.checks.map((check) => code(check.id)).join(', ');
    return [
      '| Check | Status | Result |',
      '| --- | --- | --- |',
      row,
      '',
      `Not observed, as the client stopped first: ${ids}.`,
    ].join('\n');
  }
  const rows = [scenario.outcome, ...scenario.checks].map((result) => resultRow(scenario, result, verdict, anchors));
  return ['| Check | Status | Result |', '| --- | --- | --- |', ...rows].join('\n');
}

function resultRow(
  scenario: ScenarioResult,
  result: CheckResult,
  verdict: Verdict,
  anchors: Map<string, string>,
): string {
  const status = statusLabel(result.status, judgementOf(verdict, scenario.name, result));
  return `| ${code(result.id)} | ${status} | ${cell(scenario.name, result, anchors)} |`;
}

function cell(scenario: string, result: CheckResult, anchors: Map<string, string>): string {
  const text = richText(firstSentence(result.message, LIMITS.cell));
  const anchor = anchors.get(`${scenario}\u0000${result.id}`);
  return anchor === undefined ? text : `${text} [details](#${anchor})`;
}

const MARK_ORDER = ['❌', '🔕', '🟠', '⚠️', 'ℹ️', '⏭️', '✅'];

/** The most serious mark among a scenario's results, for its heading. */
function worstMark(scenario: ScenarioResult, verdict: Verdict): string {
  const marks = [scenario.outcome, ...scenario.checks].map((result) =>
    mark(result.status, judgementOf(verdict, scenario.name, result)),
  );
  return MARK_ORDER.find((candidate) => marks.includes(candidate)) ?? '✅';
}

/** What a scenario section always shows: the description, the client line and the results. */
export function sectionBody(scenario: ScenarioResult, verdict: Verdict, anchors: Map<string, string>): string {
  return [richText(scenario.description), '', clientLine(scenario), '', resultsTable(scenario, verdict, anchors)].join(
    '\n',
  );
}

/** An open section's heading: the scenario's worst mark and its name. */
export const sectionHeading = (scenario: ScenarioResult, verdict: Verdict) =>
  `#### ${worstMark(scenario, verdict)} ${plainText(scenario.name)}`;

/** A folded section's one line: mark, name, what it holds, how the client stopped. */
export function foldedLine(scenario: ScenarioResult, verdict: Verdict, findingNumbers: number[]): string {
  const results = [scenario.outcome, ...scenario.checks];
  const passed = results.filter((result) => result.status === 'SUCCESS').length;
  const others = passed < results.length ? `, ${results.length - passed} INFO or not observed` : '';
  const what =
    findingNumbers.length > 0
      ? `${findingNumbers.length === 1 ? 'finding' : 'findings'} ${findingNumbers.join(', ')}, ` +
        'as in the scenario shown above'
      : `${passed}/${results.length} SUCCESS${others}`;
  return `${worstMark(scenario, verdict)} ${scenario.name}: ${what} · client ${clientStop(scenario)}`;
}

/** A folded section: `<details>` with its one line as the summary and `inner` inside. */
export function folded(line: string, inner: string): string {
  return [`<details><summary>${escapeHtml(line)}</summary>`, '', inner, '', '</details>'].join('\n');
}

/** A collapsed block whose content is pre-formatted text: HTML-escaped, so nothing in it can end the block. */
function collapsed(summary: string, content: string): string {
  return [
    `<details><summary>${escapeHtml(summary)}</summary>`,
    '',
    `<pre><code>${escapeHtml(content)}`,
    '</code></pre>',
    '',
    '</details>',
  ].join('\n');
}

export function outputBlock(name: 'stdout' | 'stderr', scenario: ScenarioResult, capped: string[]): string | null {
  const text = name === 'stdout' ? scenario.client.stdoutTail : scenario.client.stderrTail;
  const droppedBytes = name === 'stdout' ? scenario.client.stdoutTruncatedBytes : scenario.client.stderrTruncatedBytes;
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
    const what = partialLine
      ? `its last ${plural(LIMITS.outputChars, 'character')}`
      : `its last ${plural(shownLines, 'line')} of ${lines.length.toLocaleString('en-US')}`;
    notes.push(`${what.replace(/^its /, '')} shown`);
    capped.push(`${name} of ${scenario.name} shortened to ${what}`);
  }
  const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return collapsed(`Client ${name}${note}`, shown);
}

/** A request's query, decoded for reading, key parameters first (so they survive when a long line is cut). */
const queryString = (query: Record<string, string | string[]>) => parameters(query, '&');

function target(exchange: Exchange): string {
  const query = queryString(exchange.query);
  return query === '' ? exchange.path : `${exchange.path}?${query}`;
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

const SERVER_SHORT: Record<Exchange['server'], string> = { 'authorization-server': 'AS ', 'mcp-server': 'MCP' };

function exchangeLines(exchange: Exchange, withBodies: boolean): string[] {
  const at = `#${String(exchange.seq).padEnd(3)} +${String(Math.round(exchange.receivedAt)).padStart(5)} ms`;
  const request = cut(`${exchange.method} ${target(exchange)}`, LIMITS.requestLine);
  const head = `${at}  ${SERVER_SHORT[exchange.server]}  ${request} → ${exchange.status}`;
  if (!withBodies) return [head];
  const lines = [head];
  const indent = (prefix: string, text: string) => text.split('\n').map((line) => `      ${prefix} ${line}`);
  for (const [name, value] of Object.entries(exchange.headers)) {
    if (!ROUTINE_HEADERS.has(name)) lines.push(...indent('>', `${name}: ${cut(value, LIMITS.headerValue)}`));
  }
  const requestBody = prettyBody(exchange.body);
  if (requestBody !== '') lines.push(...indent('>', requestBody));
  for (const [name, value] of Object.entries(exchange.responseHeaders))
    lines.push(...indent('<', `${name}: ${cut(value, LIMITS.headerValue)}`));
  const response = prettyBody(exchange.response);
  if (response !== '') lines.push(...indent('<', response));
  return lines;
}

export function transcriptBlock(scenario: ScenarioResult, withBodies: boolean, capped: string[] | null): string | null {
  const { transcript } = scenario;
  if (transcript.length === 0) return null;
  let shown: (Exchange | null)[] = transcript;
  if (transcript.length > LIMITS.exchanges) {
    const half = LIMITS.exchanges / 2;
    shown = [...transcript.slice(0, half), null, ...transcript.slice(-half)];
    const count = transcript.length.toLocaleString('en-US');
    capped?.push(`the transcript of ${scenario.name} shortened to its first and last ${half} of ${count} requests`);
  }
  const omitted = transcript.length - LIMITS.exchanges;
  const lines = shown.flatMap((exchange) =>
    exchange === null ? [`… ${plural(omitted, 'request')} not shown …`] : exchangeLines(exchange, withBodies),
  );
  const legend = withBodies ? '> request, < response' : 'request lines only';
  return collapsed(`HTTP transcript: ${plural(transcript.length, 'request')} (${legend})`, lines.join('\n'));
}
