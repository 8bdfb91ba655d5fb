/**
 * The aggregate job summary: a headline, the compatibility matrix (a row per scenario outcome and check, a column
 * per run), a line per run and the files that could not be read. Pure: matrix and problems in, markdown out.
 *
 * Labels, check ids, scenario names, spec versions, paths and reasons all come from other jobs' files, so every one
 * goes through escape.ts. GitHub rejects a step summary over 1 MiB, so the least useful parts are dropped first:
 * problems past the first few, then rows where every run passed, then rows with nothing failing or warning, then the
 * per-run lines; a closing note says what was left out. aggregate.json has everything.
 */
import type { CheckStatus, StatusCounts } from '../model.js';
import { code, escapeMarkdown, plainText } from '../report/escape.js';
import type { LoadProblem } from './load.js';
import { aggregateVerdict, type AggregateMatrix, type MatrixCell, type MatrixColumn, type MatrixRow } from './matrix.js';

export interface AggregateSummaryOptions {
  /** The heading; default "SEP-2207 compatibility matrix". */
  title?: string;
  /** The summary is at most this many bytes (UTF-8). Default 1,000,000: GitHub's step summary limit is 1 MiB. */
  maxBytes?: number;
}

export const DEFAULT_AGGREGATE_TITLE = 'SEP-2207 compatibility matrix';
export const DEFAULT_AGGREGATE_SUMMARY_MAX_BYTES = 1_000_000;

const STATUSES: CheckStatus[] = ['SUCCESS', 'FAILURE', 'WARNING', 'INFO', 'SKIPPED'];
const CELL: Record<CheckStatus, string> = {
  SUCCESS: '✅ pass',
  FAILURE: '❌ fail',
  WARNING: '⚠️ warning',
  INFO: 'ℹ️ info',
  SKIPPED: '⏭️ skipped',
};
const COUNT_MARK: Record<CheckStatus, string> = { SUCCESS: '✅', FAILURE: '❌', WARNING: '⚠️', INFO: 'ℹ️', SKIPPED: '⏭️' };
const ABSENT = '—';
const DRAFT_MARK = 'ᵈ';
/** Problems shown before the list is shortened to fit. */
const PROBLEMS_KEPT = 20;

/** Caps on single fields, so one hostile value never dominates the summary. */
const LIMITS = { label: 80, name: 120, file: 200, reason: 500 };

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** Labels as code: escaped, and safe from GitHub's autolinking of URLs and @mentions after rendering. */
const label = (column: MatrixColumn) => code(cut(column.label, LIMITS.label));

export function cellText(cell: MatrixCell | null): string {
  if (cell === null) return ABSENT;
  const text = `${CELL[cell.status]}${cell.draftOnly ? DRAFT_MARK : ''}`;
  return cell.failsRun ? `**${text}**` : text;
}

function countsText(counts: StatusCounts): string {
  return STATUSES.map((status) => `${counts[status]} ${COUNT_MARK[status]}`).join(' · ');
}

function headline(matrix: AggregateMatrix, problems: LoadProblem[], options: AggregateSummaryOptions): string {
  const verdict = aggregateVerdict(matrix, problems.length);
  const title = options.title === undefined || options.title.trim() === '' ? DEFAULT_AGGREGATE_TITLE : escapeMarkdown(options.title);
  const runs = matrix.columns.length;
  const failing = matrix.columns.filter((column) => column.failing > 0);
  const status = runs === 0 ? 'no results to merge' : `${plural(runs, 'run')} merged, ${failing.length} with enforced failures`;
  const lines = [`## ${verdict.passed ? '✅' : '❌'} ${title}: ${status}`, ''];
  if (runs === 0) {
    lines.push('**Failed:** no results.json could be loaded, so there is nothing to merge. The problems below say why.');
    return lines.join('\n');
  }
  const versions = matrix.specVersions.map((version) => code(cut(version, LIMITS.name))).join(', ');
  lines.push(
    `Fail-on ${code(matrix.failOn)}. ${matrix.specVersions.length === 1 ? `Spec version ${versions}` : `Spec versions ${versions} (they differ between runs, so the same result can be enforced in one run and draft-only in another)`}.`,
    '',
    failing.length > 0
      ? `**Failed:** ${failing.length} of ${plural(runs, 'run')} ${failing.length === 1 ? 'has' : 'have'} enforced results that fail under fail-on ${code(matrix.failOn)}: ${failing.map((column) => `${label(column)} (${column.failing})`).join(', ')}.`
      : `**Passed:** no enforced result fails any run under fail-on ${code(matrix.failOn)}.`,
    '',
    `**All runs:** ${countsText(matrix.totals)}`,
  );
  if (problems.length > 0) lines.push('', `**${plural(problems.length, 'problem')}** finding or reading results, listed at the end (they do not fail the job on their own).`);
  return lines.join('\n');
}

function rowLabel(row: MatrixRow): string {
  return `${code(cut(row.scenario, LIMITS.name))} / ${code(cut(row.checkId, LIMITS.name))}`;
}

function table(matrix: AggregateMatrix, rows: MatrixRow[]): string {
  const header = `| Scenario / check | ${matrix.columns.map((column) => `${label(column)}<br>spec ${plainText(cut(column.specVersion, LIMITS.name))}`).join(' | ')} |`;
  const align = `| --- | ${matrix.columns.map(() => ':-:').join(' | ')} |`;
  const body = rows.map((row) => `| ${rowLabel(row)} | ${row.cells.map(cellText).join(' | ')} |`);
  const verdicts = `| **Run** | ${matrix.columns.map((column) => (column.failing > 0 ? `❌ fails (${column.failing})` : '✅ passes')).join(' | ')} |`;
  return [header, align, ...body, verdicts].join('\n');
}

const LEGEND = `${Object.values(CELL).join(' · ')} · ${ABSENT} not run · ${DRAFT_MARK} draft-only (newer than the run's spec version, or advisory: never fails a run) · **bold** fails the run`;

function runsSection(matrix: AggregateMatrix): string {
  const lines = ['### Runs', ''];
  for (const column of matrix.columns) {
    const parts = [
      `${column.failing > 0 ? '❌' : '✅'} ${label(column)}`,
      `${column.mode} mode, spec ${code(cut(column.specVersion, LIMITS.name))}`,
      countsText(column.counts),
      `badge ${code(cut(column.badge.message, LIMITS.name))}`,
      `from ${code(cut(column.file, LIMITS.file))}`,
    ];
    lines.push(`- ${parts.join(' · ')}`);
  }
  return lines.join('\n');
}

function problemsSection(problems: LoadProblem[], shown: number): string {
  const lines = [`### Problems (${problems.length})`, ''];
  for (const problem of problems.slice(0, shown)) {
    lines.push(`- ${code(cut(problem.file, LIMITS.file))}: ${escapeMarkdown(cut(problem.reason, LIMITS.reason))}`);
  }
  if (problems.length > shown) lines.push(`- … and ${plural(problems.length - shown, 'more problem')} (aggregate.json lists them all)`);
  return lines.join('\n');
}

const everyRunPassed = (row: MatrixRow) => row.cells.every((cell) => cell === null || cell.status === 'SUCCESS');
const nothingWrong = (row: MatrixRow) => row.cells.every((cell) => cell === null || (cell.status !== 'FAILURE' && cell.status !== 'WARNING' && !cell.failsRun));

interface Shown {
  problems: number;
  dropPassingRows: boolean;
  dropQuietRows: boolean;
  runs: boolean;
}

function render(matrix: AggregateMatrix, problems: LoadProblem[], options: AggregateSummaryOptions, shown: Shown, maxBytes: number): string {
  const blocks = [headline(matrix, problems, options)];
  const dropped: string[] = [];
  if (matrix.columns.length > 0) {
    let rows = matrix.rows;
    if (shown.dropQuietRows) rows = rows.filter((row) => !nothingWrong(row));
    else if (shown.dropPassingRows) rows = rows.filter((row) => !everyRunPassed(row));
    const left = matrix.rows.length - rows.length;
    if (left > 0) dropped.push(`${plural(left, 'table row')} ${shown.dropQuietRows ? 'with no failure or warning in any run' : 'where every run passed'}`);
    blocks.push(table(matrix, rows), LEGEND);
    if (shown.runs) blocks.push(runsSection(matrix));
    else dropped.push('the per-run lines');
  }
  if (problems.length > 0) blocks.push(problemsSection(problems, shown.problems));
  if (shown.problems < problems.length) dropped.unshift(`${plural(problems.length - shown.problems, 'problem')}`);
  if (dropped.length > 0) {
    blocks.push(
      `---\n\n**Not everything is shown.** Left out to stay under the ${maxBytes.toLocaleString('en-US')}-byte job summary limit: ${dropped.join('; ')}. aggregate.json has everything.`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export function renderAggregateSummary(matrix: AggregateMatrix, problems: LoadProblem[], options: AggregateSummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_AGGREGATE_SUMMARY_MAX_BYTES;
  const shown: Shown = { problems: problems.length, dropPassingRows: false, dropQuietRows: false, runs: true };
  const cuts: (() => void)[] = [
    () => (shown.problems = Math.min(problems.length, PROBLEMS_KEPT)),
    () => (shown.dropPassingRows = true),
    () => (shown.dropQuietRows = true),
    () => (shown.runs = false),
  ];
  let text = render(matrix, problems, options, shown, maxBytes);
  for (const apply of cuts) {
    if (bytes(text) <= maxBytes) break;
    apply();
    text = render(matrix, problems, options, shown, maxBytes);
  }
  return bytes(text) <= maxBytes ? text : hardCut(text, maxBytes);
}

/** Last resort (a huge matrix): cut at a line boundary, which never leaves an HTML block open here, and say so. */
function hardCut(text: string, maxBytes: number): string {
  const tail = '\n\n**The summary was cut here to stay under the job summary size limit.** aggregate.json has everything.\n';
  const budget = Math.max(0, maxBytes - bytes(tail));
  const kept = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  const result = `${kept.slice(0, Math.max(0, kept.lastIndexOf('\n')))}${tail}`;
  return bytes(result) <= maxBytes ? result : '';
}
