/**
 * Aggregate mode: read every results.json of a matrix, merge them and write the reports. Everything is written
 * atomically into the output directory; the pipeline (src/pipeline.ts) calls this, and the CLI or the action prints,
 * uploads and sets the exit status.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Badge } from '../report/badge.js';
import { writeFileAtomic } from '../report/write-files.js';
import type { FailOn } from '../model.js';
import { runBadgeFiles } from './badges.js';
import { renderAggregateJunit } from './junit.js';
import { loadResults, type LoadProblem } from './load.js';
import { aggregateVerdict, buildMatrix, overallBadge, type AggregateMatrix } from './matrix.js';
import { renderAggregateSummary } from './summary.js';

export interface AggregateOptions {
  /**
   * Glob patterns (relative to `cwd`; one a line allowed; `!` excludes; a directory means every results.json in it).
   */
  patterns: string[];
  cwd: string;
  outputDir: string;
  failOn: FailOn;
  /** The overall badge's label and the summary heading's subject; default "SEP-2207". */
  badgeLabel?: string;
  /** Default 1,000,000 bytes. */
  maxSummaryBytes?: number;
}

export interface AggregateFiles {
  summary: string;
  badge: string;
  /** One per run, in column order. */
  badges: { label: string; path: string }[];
  junit: string;
  aggregate: string;
}

export interface MergeReport {
  matrix: AggregateMatrix;
  problems: LoadProblem[];
  summaryMarkdown: string;
  overallBadge: Badge;
  files: AggregateFiles;
  passed: boolean;
  reason: string;
}

/** aggregate.json: the matrix as data, with what could not be read and the verdict. */
export interface AggregateFile extends AggregateMatrix {
  schemaVersion: 1;
  passed: boolean;
  reason: string;
  problems: LoadProblem[];
}

export async function runAggregate(options: AggregateOptions): Promise<MergeReport> {
  const { runs, problems } = await loadResults(options.patterns, options.cwd);
  const matrix = buildMatrix(runs, options.failOn);
  const { passed, reason } = aggregateVerdict(matrix, problems.length);
  const badgeLabel = options.badgeLabel?.trim() || undefined;
  const overall = overallBadge(matrix, badgeLabel);
  const summaryMarkdown = renderAggregateSummary(matrix, problems, {
    title: badgeLabel === undefined ? undefined : `${badgeLabel} compatibility matrix`,
    maxBytes: options.maxSummaryBytes,
  });
  const badgeFiles = runBadgeFiles(matrix).map((file) => ({
    ...file,
    path: join(options.outputDir, ...file.path.split('/')),
  }));
  const report: AggregateFile = { schemaVersion: 1, ...matrix, passed, reason, problems };

  await mkdir(join(options.outputDir, 'badges'), { recursive: true });
  const files: AggregateFiles = {
    summary: join(options.outputDir, 'summary.md'),
    badge: join(options.outputDir, 'badge.json'),
    badges: badgeFiles.map((file) => ({ label: file.label, path: file.path })),
    junit: join(options.outputDir, 'junit.xml'),
    aggregate: join(options.outputDir, 'aggregate.json'),
  };
  // aggregate.json first: everything else can be rebuilt from it.
  await writeFileAtomic(files.aggregate, `${JSON.stringify(report, null, 2)}\n`);
  await Promise.all([
    writeFileAtomic(files.summary, summaryMarkdown),
    writeFileAtomic(files.badge, `${JSON.stringify(overall)}\n`),
    writeFileAtomic(files.junit, renderAggregateJunit(runs, options.failOn)),
    ...badgeFiles.map((file) => writeFileAtomic(file.path, `${JSON.stringify(file.badge)}\n`)),
  ]);
  return { matrix, problems, summaryMarkdown, overallBadge: overall, files, passed, reason };
}
