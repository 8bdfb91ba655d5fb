/**
 * The action: inputs → settings (validated before anything starts) → the run for the chosen mode → job summary,
 * annotations, files, artifact, outputs, pull-request comment → the verdict. The step fails only for bad input, a
 * harness error, or an enforced result.
 */
import { prepareOutputDir } from '../output-dir.js';
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { AggregateOutcome } from '../aggregate/index.js';
import { buildAnnotations, verdictAnnotation, type Annotation } from '../report/annotations.js';
import { formatEntry } from '../report/baseline.js';
import { renderComment } from '../report/comment.js';
import { inParallel, renderTerminalReport } from '../report/terminal.js';
import { githubRunUrl, loadRunBaseline, runConformance, type RunOutcome } from '../run.js';
import { SettingsError } from '../settings.js';
import { uploadReportArtifact } from './artifact.js';
import { inputName, readActionSettings, type ActionSettings } from './inputs.js';

/**
 * Prints text a client controls (its output, its scope strings quoted in a report) with workflow commands turned
 * off around it, under a token the client cannot guess, so nothing it wrote can become `::error::` or `::set-output`.
 */
export function logFenced(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text.replace(/\r/g, ''));
  core.info(`::${token}::`);
}

function emit(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title };
  if (annotation.file) properties.file = annotation.file;
  if (annotation.startLine) properties.startLine = annotation.startLine;
  const write = annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
  write(annotation.message, properties);
}

function emitAnnotations(outcome: RunOutcome, settings: ActionSettings): void {
  for (const annotation of buildAnnotations(outcome.suite, outcome.verdict, {
    file: settings.annotationFile,
    line: settings.annotationLine,
  }))
    emit(annotation);
  for (const entry of outcome.verdict.stale) {
    core.warning(`"${formatEntry(entry)}" now passes: remove it from the baseline so it shrinks over time.`, {
      title: 'sep-2207: stale baseline entry',
      file: outcome.baseline?.path,
      startLine: entry.line,
    });
  }
}

function setCountOutputs(counts: RunOutcome['suite']['counts'], passed: boolean): void {
  core.setOutput('conclusion', passed ? 'success' : 'failure');
  core.setOutput('passed', counts.SUCCESS);
  core.setOutput('failed', counts.FAILURE);
  core.setOutput('warnings', counts.WARNING);
  core.setOutput(
    'total',
    Object.values(counts).reduce((sum, count) => sum + count, 0),
  );
}

/** One comment per pull request, updated in place; outside a PR or without permission, a notice instead. */
async function commentOnPullRequest(settings: ActionSettings, body: string): Promise<void> {
  // Loaded only when commenting: the GitHub client (Octokit) is a large part of the bundle.
  const { pullRequestFromContext, upsertPullRequestComment } = await import('./pr-comment.js');
  const pullRequest = pullRequestFromContext();
  if (!pullRequest) {
    core.notice('No pull request comment: this run is not for a pull request.');
    return;
  }
  const result = await upsertPullRequestComment({ token: settings.githubToken, ...pullRequest, body });
  if (result.action === 'skipped') core.notice(`No pull request comment: ${result.reason ?? 'skipped'}.`);
  else core.info(`Pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
}

async function runClientOrServer(settings: ActionSettings): Promise<boolean> {
  const baseline = await loadRunBaseline(settings, inputName('expectedFailures'));
  await prepareOutputDir(settings.outputDir, inputName('outputDir'));
  core.info(
    settings.mode === 'server'
      ? `sep-2207-action: probing ${settings.serverUrl}, spec ${settings.specVersion}`
      : `sep-2207-action: ${settings.scenarios.length} scenarios, spec ${settings.specVersion}, up to ${settings.concurrency} at once`,
  );
  // A cancelled job sends SIGINT (then SIGTERM): stop the clients' process groups and still write what has run.
  const interrupt = new AbortController();
  const onSignal = () => {
    if (!interrupt.signal.aborted)
      core.warning('The run was interrupted: stopping the clients and writing what has run.');
    interrupt.abort();
  };
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.on(name, onSignal);
  let outcome: RunOutcome;
  try {
    outcome = await runConformance(settings, baseline, {
      signal: interrupt.signal,
      file: settings.annotationFile,
      onProgress: (event) => {
        if (event.type === 'scenario-started') core.info(`▶ ${event.scenario} started`);
        else if (event.type === 'scenario-rerun')
          core.info(`↻ ${event.scenario} runs again, alone: ${inParallel(event.reason)}`);
        else core.info(`■ ${event.scenario} finished in ${event.result.durationMs} ms: ${event.result.outcome.status}`);
      },
    });
  } finally {
    for (const name of ['SIGINT', 'SIGTERM'] as const) process.off(name, onSignal);
  }

  logFenced(renderTerminalReport(outcome.suite, outcome.verdict, { color: false }));
  for (const scenario of outcome.suite.scenarios) {
    if (scenario.outcome.status === 'SUCCESS' || scenario.client.stderrTail.trim() === '') continue;
    core.startGroup(`${settings.mode === 'server' ? 'Server' : 'Client'} stderr: ${scenario.name}`);
    logFenced(scenario.client.stderrTail);
    core.endGroup();
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summaryMarkdown).write();
  if (settings.annotations) emitAnnotations(outcome, settings);
  if (settings.uploadArtifact)
    await uploadReportArtifact(settings.artifactName, Object.values(outcome.files), settings.outputDir);
  if (settings.comment)
    await commentOnPullRequest(settings, renderComment(outcome.suite, outcome.verdict, githubRunUrl()));

  setCountOutputs(outcome.suite.counts, outcome.verdict.passed);
  core.setOutput('results-path', outcome.files.results);
  core.setOutput('badge-path', outcome.files.badge);
  core.setOutput('junit-path', outcome.files.junit);
  core.setOutput('summary-path', outcome.files.summary);
  core.setOutput('badge-json', JSON.stringify(outcome.badge));
  core.setOutput('stale-baseline-entries', outcome.verdict.stale.map(formatEntry).join('\n'));
  if (interrupt.signal.aborted) {
    const ran = outcome.suite.scenarios.length;
    core.setFailed(
      `Interrupted: the reports hold the ${ran} ${ran === 1 ? 'scenario' : 'scenarios'} that ran before it.`,
    );
    return false;
  }
  const closing = verdictAnnotation(outcome.suite, outcome.verdict, {
    file: settings.annotationFile,
    line: settings.annotationLine,
  });
  if (closing === null) {
    core.info(`Passed: ${outcome.verdict.reason}`);
  } else {
    // setFailed would add a second, untitled error: the titled one names the scenario and check.
    emit(closing);
    process.exitCode = core.ExitCode.Failure;
  }
  return outcome.verdict.passed;
}

async function runAggregateMode(settings: ActionSettings): Promise<void> {
  await prepareOutputDir(settings.outputDir, inputName('outputDir'));
  core.info(`sep-2207-action: merging ${settings.results.join(', ')}`);
  // Loaded only in this mode, like the glob library under it.
  const { runAggregate } = await import('../aggregate/index.js');
  const outcome: AggregateOutcome = await runAggregate({
    patterns: settings.results,
    cwd: settings.workingDirectory,
    outputDir: settings.outputDir,
    failOn: settings.failOn,
    badgeLabel: settings.badgeLabel,
  });
  for (const problem of outcome.problems)
    core.warning(`${problem.file}: ${problem.reason}`, { title: 'sep-2207: results file not merged' });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summaryMarkdown).write();
  const files = [
    outcome.files.summary,
    outcome.files.badge,
    outcome.files.junit,
    outcome.files.aggregate,
    ...outcome.files.badges.map((badge) => badge.path),
  ];
  if (settings.uploadArtifact) await uploadReportArtifact(settings.artifactName, files, settings.outputDir);
  if (settings.comment) await commentOnPullRequest(settings, outcome.summaryMarkdown);

  setCountOutputs(outcome.matrix.totals, outcome.passed);
  core.setOutput('results-path', outcome.files.aggregate);
  core.setOutput('badge-path', outcome.files.badge);
  core.setOutput('junit-path', outcome.files.junit);
  core.setOutput('summary-path', outcome.files.summary);
  core.setOutput('badge-json', JSON.stringify(outcome.overallBadge));
  if (outcome.passed) {
    core.info(`Passed: ${outcome.reason}`);
  } else {
    core.error(outcome.reason, { title: 'SEP-2207 matrix failed' });
    process.exitCode = core.ExitCode.Failure;
  }
}

export async function run(): Promise<void> {
  try {
    const settings = readActionSettings();
    if (settings.mode === 'aggregate') await runAggregateMode(settings);
    else await runClientOrServer(settings);
  } catch (error) {
    if (error instanceof SettingsError) core.setFailed(error.message);
    else core.setFailed(`Harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
