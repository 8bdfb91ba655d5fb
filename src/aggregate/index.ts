/** Aggregate mode: merge the results.json files of a matrix of runs into one compatibility matrix and its reports. */
export { runBadgeFiles, safeFileName, type RunBadgeFile } from './badges.js';
export { renderAggregateJunit } from './junit.js';
export {
  absolutePattern,
  labelFromPath,
  loadResults,
  uniqueLabels,
  RESULTS_FILE_NAME,
  type LoadedResults,
  type LoadedRun,
  type LoadProblem,
} from './load.js';
export {
  aggregateVerdict,
  buildMatrix,
  overallBadge,
  type AggregateMatrix,
  type AggregateVerdict,
  type MatrixCell,
  type MatrixColumn,
  type MatrixRow,
} from './matrix.js';
export {
  runAggregate,
  type AggregateFiles,
  type AggregateOptions,
  type MergeReport,
  type AggregateFile,
} from './merge.js';
export { cellText, renderAggregateSummary, DEFAULT_AGGREGATE_TITLE, type AggregateSummaryOptions } from './summary.js';
export { validateSuite, type Validation } from './validate.js';
