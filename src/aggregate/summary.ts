/**
 * The aggregate job summary: the verdict, what fails (each failure with its message and a link to its run), the
 * rows with a FAILURE or WARNING in some run grouped by scenario, the full matrix folded, and a line per run. Cells use
 * the marks of the runs' own reports: ❌ only where a result fails its run, 🟠 for a FAILURE that cannot (draft-only,
 * advisory, below fail-on). Pure: matrix and problems in, markdown out.
 *
 * Labels, check ids, scenario names, spec versions, URLs and reasons all come from other jobs' files, so every one
 * goes through escape.ts. GitHub rejects a step summary over 1 MiB, so the least useful parts are dropped first:
 * problems past the first few, the full matrix, failures past the first few, then the per-run lines; a closing note
 * says what was left out. aggregate.json has everything.
 */
import { fitToBudget, STEP_SUMMARY_MAX_BYTES } from '../report/budget.js';
import { code, escapeMarkdown, plainText, richText, safeUrl } from '../report/escape.js';
import { scenariosText } from '../report/findings.js';
import { mark, MARKS_LEGEND, STATUS_DISPLAY } from '../report/judgement.js';
import { cut, firstSentence, plural } from '../report/text.js';
import type { LoadProblem } from './load.js';
import {
  aggregateVerdict,
  type AggregateMatrix,
  type MatrixCell,
  type MatrixColumn,
  type MatrixFailure,
  type MatrixRow,
} from './matrix.js';

export interface AggregateSummaryOptions {
  /** The heading; default "SEP-2207 compatibility matrix". */
  title?: string;
  /** The summary is at most this many bytes (UTF-8). Default 1,000,000: GitHub's step summary limit is 1 MiB. */
  maxBytes?: number;
}

export const DEFAULT_AGGREGATE_TITLE = 'SEP-2207 compatibility matrix';

const ABSENT = '—';
const PROBLEMS_KEPT = 20;
/** Failing runs named in the headline; the table below names them all. */
const HEADLINE_RUNS = 5;
const FAILURES_KEPT = 30;
/** Caps on single fields, so one hostile value never dominates the summary. */
const LIMITS = { label: 80, name: 120, file: 200, reason: 500, message: 200 };

/** Labels as code (escaped, safe from autolinking), linked to their run when the run's URL is known. */
function label(column: MatrixColumn): string {
  const text = code(cut(column.label, LIMITS.label));
  const href = column.runUrl === null ? null : safeUrl(column.runUrl);
  return href === null ? text : `[${text}](${href})`;
}

export function cellText(cell: MatrixCell | null): string {
  if (cell === null) return ABSENT;
  return `${mark(cell.status, cell.judgement)} ${STATUS_DISPLAY[cell.status].word}`;
}

function headline(matrix: AggregateMatrix, problems: LoadProblem[], options: AggregateSummaryOptions): string {
  const verdict = aggregateVerdict(matrix, problems.length);
  const title =
    options.title === undefined || options.title.trim() === ''
      ? DEFAULT_AGGREGATE_TITLE
      : escapeMarkdown(options.title);
  const runs = matrix.columns.length;
  const failing = matrix.columns.filter((column) => column.failing > 0);
  if (runs === 0) {
    return [
      `## ❌ ${title}: no results to merge`,
      '',
      '**Failed:** no results.json could be loaded, so there is nothing to merge. The problems below say why.',
    ].join('\n');
  }
  const status =
    failing.length > 0
      ? `${failing.length} of ${plural(runs, 'run')} ${failing.length === 1 ? 'fails' : 'fail'}`
      : `${plural(runs, 'run')}, none fails`;
  const lines = [
    `## ${verdict.passed ? '✅' : '❌'} ${title}: ${status}`,
    '',
    failing.length > 0
      ? failedLine(matrix, failing)
      : `**Passed:** no enforced result fails any run under fail-on ${code(matrix.failOn)}.`,
    '',
    versionsLine(matrix),
  ];
  if (problems.length > 0)
    lines.push(
      '',
      `**${plural(problems.length, 'problem')}** finding or reading results, ` +
        'listed at the end (they do not fail the job on their own).',
    );
  return lines.join('\n');
}

/** The headline's line naming the failing runs (the first few, then a count). */
function failedLine(matrix: AggregateMatrix, failing: MatrixColumn[]): string {
  const more = failing.length > HEADLINE_RUNS ? ` and ${plural(failing.length - HEADLINE_RUNS, 'more run')}` : '';
  const names = `${failing.slice(0, HEADLINE_RUNS).map(label).join(', ')}${more}`;
  const verb = failing.length === 1 ? 'has' : 'have';
  return `**Failed:** ${names} ${verb} enforced results that fail under fail-on ${code(matrix.failOn)}.`;
}

function versionsLine(matrix: AggregateMatrix): string {
  const versions = matrix.specVersions.map((version) => code(cut(version, LIMITS.name))).join(', ');
  if (matrix.specVersions.length === 1) return `Spec version ${versions}.`;
  return (
    `Spec versions ${versions} ` +
    '(they differ between runs, so the same result can be enforced in one run and draft-only in another).'
  );
}

function failuresSection(matrix: AggregateMatrix, shown: number): string | null {
  if (matrix.failures.length === 0) return null;
  const rows = matrix.failures.slice(0, shown).map((failure) => failureRow(matrix, failure));
  const more =
    matrix.failures.length > shown
      ? ['', `… and ${plural(matrix.failures.length - shown, 'more failure')} (aggregate.json lists them all).`]
      : [];
  return [
    `### ❌ What fails (${matrix.failures.length})`,
    '',
    '| Run | Scenario | Check | Level | Finding |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...more,
  ].join('\n');
}

function failureRow(matrix: AggregateMatrix, failure: MatrixFailure): string {
  const column = matrix.columns[failure.column] as MatrixColumn;
  const scenarios = scenariosText(failure, failure.scenarioCount, (name) => code(cut(name, LIMITS.name)));
  const check = code(cut(failure.checkId, LIMITS.name));
  const finding = richText(firstSentence(failure.message, LIMITS.message));
  return `| ${label(column)} | ${scenarios} | ${check} | ${escapeMarkdown(failure.level)} | ${finding} |`;
}

/** A table of rows grouped by scenario: a heading row per scenario, then its checks. */
function table(matrix: AggregateMatrix, rows: MatrixRow[]): string {
  const heads = matrix.columns.map(
    (column) => `${label(column)}<br>${plainText(cut(column.specVersion, LIMITS.name))}`,
  );
  const header = `| Check | ${heads.join(' | ')} |`;
  const align = `| --- | ${matrix.columns.map(() => ':-:').join(' | ')} |`;
  const body: string[] = [];
  let scenario: string | null = null;
  for (const row of rows) {
    if (row.scenario !== scenario) {
      scenario = row.scenario;
      body.push(
        `| **${escapeMarkdown(cut(row.scenario, LIMITS.name))}** | ${matrix.columns.map(() => '').join(' | ')} |`,
      );
    }
    body.push(`| ${code(cut(row.checkId, LIMITS.name))} | ${row.cells.map(cellText).join(' | ')} |`);
  }
  const runVerdicts = matrix.columns.map((column) =>
    column.failing > 0 ? `❌ fails (${column.failing})` : '✅ passes',
  );
  const verdicts = `| **Run** | ${runVerdicts.join(' | ')} |`;
  return [header, align, ...body, verdicts].join('\n');
}

const LEGEND = `${escapeMarkdown(MARKS_LEGEND)} · ${ABSENT} not run`;

function runsSection(matrix: AggregateMatrix): string {
  const lines = ['### Runs', ''];
  for (const column of matrix.columns) {
    const parts = [
      `${column.failing > 0 ? '❌' : '✅'} ${label(column)}`,
      `${column.mode} mode, spec ${code(cut(column.specVersion, LIMITS.name))}`,
      `badge ${code(cut(column.badge.message, LIMITS.name))}`,
      escapeMarkdown(`${column.tool.name} ${column.tool.version}`),
    ];
    lines.push(`- ${parts.join(' · ')}`);
  }
  return lines.join('\n');
}

function problemsSection(problems: LoadProblem[], shown: number): string {
  const lines = [`### Problems (${problems.length})`, ''];
  for (const problem of problems.slice(0, shown))
    lines.push(`- ${code(cut(problem.file, LIMITS.file))}: ${escapeMarkdown(cut(problem.reason, LIMITS.reason))}`);
  if (problems.length > shown)
    lines.push(`- … and ${plural(problems.length - shown, 'more problem')} (aggregate.json lists them all)`);
  return lines.join('\n');
}

const passEverywhere = (row: MatrixRow) => row.cells.every((cell) => cell === null || cell.status === 'SUCCESS');
const quiet = (row: MatrixRow) =>
  row.cells.every((cell) => cell === null || (cell.status !== 'FAILURE' && cell.status !== 'WARNING'));

interface Shown {
  problems: number;
  fullMatrix: boolean;
  failures: number;
  runs: boolean;
}

function render(
  matrix: AggregateMatrix,
  problems: LoadProblem[],
  options: AggregateSummaryOptions,
  shown: Shown,
  maxBytes: number,
): string {
  const blocks = [headline(matrix, problems, options)];
  const dropped: string[] = [];
  if (matrix.columns.length > 0) {
    const failures = failuresSection(matrix, shown.failures);
    if (failures !== null) blocks.push(failures);
    if (shown.failures < matrix.failures.length)
      dropped.push(plural(matrix.failures.length - shown.failures, 'failure'));
    const withFindings = matrix.rows.filter((row) => !quiet(row));
    const rowCount = plural(matrix.rows.length, 'row');
    blocks.push(
      withFindings.length > 0
        ? `### A FAILURE or WARNING in some run (${withFindings.length} of ${rowCount})\n\n` +
            table(matrix, withFindings)
        : `### No FAILURE or WARNING in any run (${rowCount})`,
    );
    const passing = matrix.rows.filter(passEverywhere).length;
    if (shown.fullMatrix)
      blocks.push(
        `<details><summary>The full matrix: ${rowCount}, ${passing} a pass in every run</summary>\n\n` +
          `${table(matrix, matrix.rows)}\n\n</details>`,
      );
    else dropped.push('the full matrix');
    blocks.push(LEGEND);
    if (shown.runs) blocks.push(runsSection(matrix));
    else dropped.push('the per-run lines');
  }
  if (problems.length > 0) blocks.push(problemsSection(problems, shown.problems));
  if (shown.problems < problems.length) dropped.unshift(plural(problems.length - shown.problems, 'problem'));
  if (dropped.length > 0) {
    const limit = `${maxBytes.toLocaleString('en-US')}-byte job summary limit`;
    blocks.push(
      `---\n\n**Not everything is shown.** Left out to stay under the ${limit}: ${dropped.join('; ')}. ` +
        'aggregate.json has everything.',
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

export function renderAggregateSummary(
  matrix: AggregateMatrix,
  problems: LoadProblem[],
  options: AggregateSummaryOptions = {},
): string {
  const maxBytes = options.maxBytes ?? STEP_SUMMARY_MAX_BYTES;
  const shown: Shown = { problems: problems.length, fullMatrix: true, failures: matrix.failures.length, runs: true };
  const cuts = [
    () => (shown.problems = Math.min(problems.length, PROBLEMS_KEPT)) < problems.length,
    () => !(shown.fullMatrix = false),
    () => (shown.failures = Math.min(matrix.failures.length, FAILURES_KEPT)) < matrix.failures.length,
    () => !(shown.runs = false),
  ];
  return fitToBudget(() => render(matrix, problems, options, shown, maxBytes), cuts, maxBytes, 'aggregate.json');
}
