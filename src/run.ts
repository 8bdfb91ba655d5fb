/**
 * One run, as both the CLI and the action do it: load the baseline (before anything starts, so a typo fails fast),
 * run the suite, judge it, render every report and write the files.
 */
import { runSuite, type ProgressEvent } from './engine/run-suite.js';
import type { SuiteResult } from './model.js';
import { buildBadge, type Badge } from './report/badge.js';
import { loadBaseline, type Baseline } from './report/baseline.js';
import { renderJunit } from './report/junit.js';
import { renderSummary } from './report/summary.js';
import { runServerSuite } from './server/server-suite.js';
import { verdict, type Verdict } from './report/verdict.js';
import { writeReportFiles, type ReportFiles } from './report/write-files.js';
import type { Settings } from './settings.js';

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
  /** Extra environment for the client process (the consent shim, a test's PID file). */
  env?: Record<string, string>;
  /** The client file JUnit testcases point at (the action's `annotation-file`). */
  file?: string;
}

export interface RunOutcome {
  suite: SuiteResult;
  verdict: Verdict;
  baseline: Baseline | undefined;
  badge: Badge;
  summaryMarkdown: string;
  files: ReportFiles;
}

/** Loads the baseline named in the settings; throws a SettingsError that names the line of a bad entry. */
export async function loadRunBaseline(settings: Settings, option: string): Promise<Baseline | undefined> {
  return settings.expectedFailures === null ? undefined : loadBaseline(settings.expectedFailures, option);
}

/** Runs the client scenarios or probes the server, as the settings' mode says. */
async function produceSuite(settings: Settings, hooks: RunHooks): Promise<SuiteResult> {
  if (settings.mode === 'server') {
    return runServerSuite({
      serverUrl: settings.serverUrl as string,
      serverCommand: settings.serverCommand,
      specVersion: settings.specVersion,
      protocolVersion: settings.protocolVersion,
      timeoutMs: settings.timeoutMs,
      cwd: settings.workingDirectory,
      env: hooks.env,
      label: settings.label,
    });
  }
  return runSuite({
    command: settings.command,
    scenarios: settings.scenarios,
    specVersion: settings.specVersion,
    protocolVersion: settings.protocolVersion,
    timeoutMs: settings.timeoutMs,
    concurrency: settings.concurrency,
    cwd: settings.workingDirectory,
    env: hooks.env,
    consentShim: settings.consentShim,
    isolateHome: settings.isolateHome,
    scenarioNames: settings.scenarioNames,
    signal: hooks.signal,
    onProgress: hooks.onProgress,
    label: settings.label,
  });
}

export async function runConformance(
  settings: Settings,
  baseline: Baseline | undefined,
  hooks: RunHooks = {},
): Promise<RunOutcome> {
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
