/**
 * One run, whatever the mode, as both the CLI and the action do it: load the baseline (before anything starts, so a
 * typo fails fast), make the output directory ready, then run the mode (the client scenarios, the server probe or the
 * merge of results files), judge it, render every report and write the files. The entries keep only their I/O: they
 * read flags or inputs into Settings, and print, annotate or set outputs from the outcome.
 */
import type { MergeReport } from './aggregate/merge.js';
import { loadBaseline } from './baseline-file.js';
import { runSuite, type ProgressEvent } from './engine/run-suite.js';
import type { SuiteResult } from './model.js';
import { prepareOutputDir } from './output-dir.js';
import { buildBadge, type Badge } from './report/badge.js';
import type { Baseline } from './report/baseline.js';
import { renderJunit } from './report/junit.js';
import { renderSummary } from './report/summary.js';
import { verdict, type Verdict } from './report/verdict.js';
import { writeReportFiles, type ReportFiles } from './report/write-files.js';
import { runServerSuite } from './engine/server-suite.js';
import type { AggregateSettings, OptionNamer, RunSettings, Settings } from './settings.js';

export interface PipelineOptions {
  /** How the entry names an option in an error: `--output-dir` on the command line, `input 'output-dir'` in a step. */
  nameOf: OptionNamer;
  /** What is about to run, once, after the checks and before it starts: "probing http://…, spec 2025-11-25". */
  onStart?: (line: string) => void;
  onProgress?: (event: ProgressEvent) => void;
  /** A stop signal arrived during a client or server run; `again` when one had already. */
  onInterrupt?: (again: boolean) => void;
  /** The client file JUnit testcases point at (the action's `annotation-file`). */
  file?: string;
}

/** A client or server run, judged and written; `interrupted` when a stop signal cut it short. */
export interface SuiteReport extends RunReport {
  mode: RunSettings['mode'];
  interrupted: boolean;
}

export type PipelineReport = SuiteReport | (MergeReport & { mode: 'aggregate' });

export async function runPipeline(settings: Settings, options: PipelineOptions): Promise<PipelineReport> {
  const baseline =
    settings.mode === 'aggregate' || settings.expectedFailures === null
      ? undefined
      : await loadBaseline(settings.expectedFailures, options.nameOf('expectedFailures'));
  await prepareOutputDir(settings.outputDir, options.nameOf('outputDir'));
  options.onStart?.(openingLine(settings));
  if (settings.mode === 'aggregate') return { mode: 'aggregate', ...(await mergeResults(settings)) };

  const stop = listenForStopSignals(options.onInterrupt);
  try {
    const outcome = await runConformance(settings, baseline, {
      signal: stop.signal,
      onProgress: options.onProgress,
      file: options.file,
    });
    return { mode: settings.mode, interrupted: stop.signal.aborted, ...outcome };
  } finally {
    stop.release();
  }
}

function openingLine(settings: Settings): string {
  if (settings.mode === 'aggregate') return `merging ${settings.results.join(', ')}`;
  if (settings.mode === 'server') return `probing ${settings.serverUrl}, spec ${settings.specVersion}`;
  const { scenarios, specVersion, concurrency } = settings;
  return `${scenarios.length} scenarios, spec ${specVersion}, up to ${concurrency} at once`;
}

async function mergeResults(settings: AggregateSettings): Promise<MergeReport> {
  // Loaded only in this mode: the glob library and the HTTP client under it are a third of the bundle.
  const { runAggregate } = await import('./aggregate/merge.js');
  return runAggregate({
    patterns: settings.results,
    cwd: settings.workingDirectory,
    outputDir: settings.outputDir,
    failOn: settings.failOn,
    badgeLabel: settings.badgeLabel,
  });
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Every signal that would end the process (a Ctrl-C, a cancelled job's SIGINT then SIGTERM) is handled for the whole
 * run: the first stops the clients' process groups and lets the reports be written; a later one must not kill the
 * process and orphan them. Once interrupted, signals stay handled until the process exits, so a late one cannot cut
 * the reports short.
 */
function listenForStopSignals(onInterrupt?: (again: boolean) => void): { signal: AbortSignal; release: () => void } {
  const interrupt = new AbortController();
  const onSignal = () => {
    onInterrupt?.(interrupt.signal.aborted);
    interrupt.abort();
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);
  const release = () => {
    if (!interrupt.signal.aborted) for (const name of STOP_SIGNALS) process.off(name, onSignal);
  };
  return { signal: interrupt.signal, release };
}

/** The GitHub Actions run this process belongs to, from the runner's environment; undefined off a runner. */
export function githubRunUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: attempt,
  } = env;
  if (!server || !repository || !runId) return undefined;
  return `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}

export interface RunHooks {
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** The client file JUnit testcases point at. */
  file?: string;
}

export interface RunReport {
  suite: SuiteResult;
  verdict: Verdict;
  baseline: Baseline | undefined;
  badge: Badge;
  summaryMarkdown: string;
  files: ReportFiles;
}

/** Runs the client scenarios or probes the server, then judges the result, renders the reports and writes them. */
export async function runConformance(
  settings: RunSettings,
  baseline: Baseline | undefined,
  hooks: RunHooks = {},
): Promise<RunReport> {
  const suite = await produceSuite(settings, hooks);
  const runUrl = githubRunUrl();
  if (runUrl !== undefined) suite.runUrl = runUrl;
  const outcome = verdict(suite, settings.failOn, baseline);
  const badge = buildBadge(outcome, settings.badgeLabel);
  const summaryMarkdown = renderSummary(suite, { verdict: outcome, badgeLabel: settings.badgeLabel });
  const files = await writeReportFiles(settings.outputDir, {
    suite,
    badge,
    junit: renderJunit(suite, outcome, { file: hooks.file }),
    summaryMarkdown,
  });
  return { suite, verdict: outcome, baseline, badge, summaryMarkdown, files };
}

function produceSuite(settings: RunSettings, hooks: RunHooks): Promise<SuiteResult> {
  const { specVersion, protocolVersion, timeoutMs, label, workingDirectory: cwd } = settings;
  const common = { specVersion, protocolVersion, timeoutMs, label, cwd };
  if (settings.mode === 'server') {
    return runServerSuite({ ...common, serverUrl: settings.serverUrl, serverCommand: settings.serverCommand });
  }
  const { command, scenarios, concurrency, consentShim, isolateHome, scenarioNames } = settings;
  const { signal, onProgress } = hooks;
  return runSuite({
    ...common,
    command,
    scenarios,
    concurrency,
    consentShim,
    isolateHome,
    scenarioNames,
    signal,
    onProgress,
  });
}
