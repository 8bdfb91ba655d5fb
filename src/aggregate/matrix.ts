/**
 * The compatibility matrix: one column per run (a client, an SDK version), one row per scenario outcome and check.
 * Each run is judged by the same verdict as a single run (without a baseline), so a cell, a badge and a failure
 * say here what they said in that run's own reports. Pure: loaded runs in, plain data out (aggregate.json is exactly
 * this, plus the problems and the verdict).
 */
import type { CheckStatus, FailOn, StatusCounts } from '../model.js';
import {
  badgeCounts,
  badgeFor,
  buildBadge,
  DEFAULT_BADGE_LABEL,
  type Badge,
  type BadgeCounts,
} from '../report/badge.js';
import { collectFindings } from '../report/findings.js';
import type { Judgement } from '../report/judgement.js';
import { plural } from '../report/text.js';
import { verdict as judgeRun } from '../report/verdict.js';
import type { LoadedRun } from './load.js';
import { sumCounts } from './validate.js';

export interface MatrixCell {
  status: CheckStatus;
  /** As the run's own reports judged it: fails the run, draft-only, advisory, below fail-on, or clean. */
  judgement: Judgement;
  /** Newer than the run's spec version, or advisory: never fails a run. */
  draftOnly: boolean;
  /** Enforced and at the `fail-on` level: this result fails its run. */
  failsRun: boolean;
}

export interface MatrixRow {
  scenario: string;
  /** The check id; `scenario-outcome` for the scenario-level result. */
  checkId: string;
  /** True for the scenario outcome row, which comes first among its scenario's rows. */
  outcome: boolean;
  /** The check's title as the first run that has it words it. */
  title: string;
  /** One per column, in column order; null when that run has no such result (it did not run the scenario). */
  cells: (MatrixCell | null)[];
}

export interface MatrixColumn {
  label: string;
  file: string;
  /** The GitHub Actions run that produced the results, when it was recorded. */
  runUrl: string | null;
  mode: 'client' | 'server';
  specVersion: string;
  protocolVersion: string;
  tool: { name: string; version: string };
  command: string;
  startedAt: string;
  scenarios: number;
  counts: StatusCounts;
  enforcedCounts: StatusCounts;
  /** Results of this run that fail it under `failOn`. */
  failing: number;
  badgeCounts: BadgeCounts;
  /** The run's shields.io endpoint badge, labelled with the run label. */
  badge: Badge;
}

/** A finding that fails its run, said once for all the scenarios it covers. */
export interface MatrixFailure {
  /** Index of the run's column. */
  column: number;
  checkId: string;
  title: string;
  level: string;
  /** Every scenario of the run with this finding. */
  scenarios: string[];
  /** How many scenarios the run had, so "all 7 scenarios" can be said. */
  scenarioCount: number;
  message: string;
}

export interface AggregateMatrix {
  failOn: FailOn;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  failures: MatrixFailure[];
  /** Counts summed over every run. */
  totals: StatusCounts;
  /** The spec versions the runs targeted, in column order, each once. */
  specVersions: string[];
}

const rowKey = (scenario: string, id: string) => `${scenario}\u0000${id}`;

/** Which of two results for the same row and run to show: the one that fails the run, else the first. */
function preferred(current: MatrixCell | null, next: MatrixCell): MatrixCell {
  if (current === null) return next;
  return next.failsRun && !current.failsRun ? next : current;
}

/**
 * Rows in a stable order: scenarios as first seen across the columns, each with its outcome and then its checks
 * as first seen. A check only a later run has is added after the ones seen before it in the same scenario.
 */
export function buildMatrix(runs: LoadedRun[], failOn: FailOn = 'must'): AggregateMatrix {
  const scenarioOrder: string[] = [];
  const rowsByScenario = new Map<string, MatrixRow[]>();
  const rowsByKey = new Map<string, MatrixRow>();
  const failures: MatrixFailure[] = [];

  const rowFor = (scenario: string, id: string, title: string, outcome: boolean): MatrixRow => {
    const key = rowKey(scenario, id);
    let row = rowsByKey.get(key);
    if (row === undefined) {
      row = { scenario, checkId: id, outcome, title, cells: runs.map(() => null) };
      rowsByKey.set(key, row);
      let list = rowsByScenario.get(scenario);
      if (list === undefined) {
        list = [];
        rowsByScenario.set(scenario, list);
        scenarioOrder.push(scenario);
      }
      // The outcome row leads its scenario even when a run listed the scenario's checks first.
      if (outcome) list.unshift(row);
      else list.push(row);
    }
    return row;
  };

  const columns = runs.map((run, column): MatrixColumn => {
    const { suite } = run;
    const judged = judgeRun(suite, failOn);
    for (const { scenario, result, judgement } of judged.judged) {
      const row = rowFor(scenario, result.id, result.title, result.id === 'scenario-outcome');
      const cell: MatrixCell = {
        status: result.status,
        judgement,
        draftOnly: result.draftOnly,
        failsRun: judgement === 'fails',
      };
      row.cells[column] = preferred(row.cells[column] ?? null, cell);
    }
    for (const finding of collectFindings(suite, judged)) {
      if (finding.judgement !== 'fails') continue;
      const { result } = finding;
      failures.push({
        column,
        checkId: result.id,
        title: result.title,
        level: result.level,
        scenarios: finding.scenarios,
        scenarioCount: suite.scenarios.length,
        message: result.message,
      });
    }
    return {
      label: run.label,
      file: run.file,
      runUrl: suite.runUrl ?? null,
      mode: suite.mode,
      specVersion: suite.specVersion,
      protocolVersion: suite.protocolVersion,
      tool: { name: suite.tool.name, version: suite.tool.version },
      command: suite.command,
      startedAt: suite.startedAt,
      scenarios: suite.scenarios.length,
      counts: { ...suite.counts },
      enforcedCounts: { ...suite.enforcedCounts },
      failing: judged.failing.length,
      badgeCounts: badgeCounts(judged),
      badge: buildBadge(judged, run.label),
    };
  });

  return {
    failOn,
    columns,
    rows: scenarioOrder.flatMap((scenario) => rowsByScenario.get(scenario) ?? []),
    failures,
    totals: sumCounts(columns.map((column) => column.counts)),
    specVersions: [...new Set(columns.map((column) => column.specVersion))],
  };
}

export interface AggregateVerdict {
  passed: boolean;
  reason: string;
}

/**
 * Fails when any run has a result that fails it under `fail-on` (draft-only never does), or when there is no run
 * at all. Files that could not be read are mentioned but do not fail it on their own.
 */
export function aggregateVerdict(matrix: AggregateMatrix, problemCount = 0): AggregateVerdict {
  const unread =
    problemCount > 0 ? ` ${plural(problemCount, 'problem')} finding or reading results (listed in the summary).` : '';
  if (matrix.columns.length === 0) {
    return { passed: false, reason: `No results.json could be loaded, so there is nothing to merge.${unread}` };
  }
  const failing = matrix.columns.filter((column) => column.failing > 0);
  if (failing.length > 0) {
    const names = failing.map((column) => `${column.label} (${column.failing})`).join(', ');
    const verb = failing.length === 1 ? 'has' : 'have';
    const subject = `${failing.length} of ${plural(matrix.columns.length, 'run')} ${verb}`;
    return {
      passed: false,
      reason: `${subject} enforced results that fail under fail-on ${matrix.failOn}: ${names}.${unread}`,
    };
  }
  const head =
    matrix.failOn === 'never'
      ? `${plural(matrix.columns.length, 'run')} merged; fail-on is never, so no result fails.`
      : `${plural(matrix.columns.length, 'run')} merged; no enforced result fails under fail-on ${matrix.failOn}.`;
  return { passed: true, reason: `${head}${unread}` };
}

/** One badge for the whole matrix, by the same rule as a run's: red when any run fails, out of every result. */
export function overallBadge(matrix: AggregateMatrix, label: string = DEFAULT_BADGE_LABEL): Badge {
  const sum = (key: keyof BadgeCounts) => matrix.columns.reduce((total, column) => total + column.badgeCounts[key], 0);
  return badgeFor({ failing: sum('failing'), findings: sum('findings'), total: sum('total') }, label);
}
