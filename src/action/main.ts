/**
 * The action: inputs → settings (validated before anything starts) → the pipeline for the chosen mode → job
 * summary, annotations, artifact, outputs, pull-request comment → the verdict. The step fails only for bad input, a
 * harness error, or an enforced result.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { ProgressEvent } from '../engine/run-suite.js';
import type { StatusCounts } from '../model.js';
import { inputName } from '../options.js';
import { githubRunUrl, runPipeline, type PipelineReport, type SuiteReport } from '../pipeline.js';
import { buildAnnotations, verdictAnnotation, type Annotation } from '../report/annotations.js';
import type { Badge } from '../report/badge.js';
import { formatEntry } from '../report/baseline.js';
import { renderComment } from '../report/comment.js';
import { inParallel, renderTerminalReport } from '../report/terminal.js';
import { SettingsError } from '../settings.js';
import { uploadReportArtifact } from './artifact.js';
import { readActionInputs, type ActionInputs, type WorkflowSettings } from './inputs.js';

type AggregateRun = Extract<PipelineReport, { mode: 'aggregate' }>;

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

function logProgress(event: ProgressEvent): void {
  if (event.type === 'scenario-started') core.info(`▶ ${event.scenario} started`);
  else if (event.type === 'scenario-rerun')
    core.info(`↻ ${event.scenario} runs again, alone: ${inParallel(event.reason)}`);
  else core.info(`■ ${event.scenario} finished in ${event.result.durationMs} ms: ${event.result.outcome.status}`);
}

function emit(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title };
  if (annotation.file) properties.file = annotation.file;
  if (annotation.startLine) properties.startLine = annotation.startLine;
  const write = annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
  write(annotation.message, properties);
}

function emitAnnotations(outcome: SuiteReport, workflow: WorkflowSettings): void {
  const place = { file: workflow.annotationFile, line: workflow.annotationLine };
  for (const annotation of buildAnnotations(outcome.suite, outcome.verdict, place)) emit(annotation);
  for (const entry of outcome.verdict.stale) {
    core.warning(`"${formatEntry(entry)}" now passes: remove it from the baseline so it shrinks over time.`, {
      title: 'sep-2207: stale baseline entry',
      file: outcome.baseline?.path,
      startLine: entry.line,
    });
  }
}

/** One comment per pull request, updated in place; outside a PR or without permission, a notice instead. */
async function commentOnPullRequest(workflow: WorkflowSettings, body: string): Promise<void> {
  // Loaded only when commenting: the GitHub client (Octokit) is a large part of the bundle.
  const { pullRequestFromContext, upsertPullRequestComment } = await import('./pr-comment.js');
  const pullRequest = pullRequestFromContext();
  if (!pullRequest) {
    core.notice('No pull request comment: this run is not for a pull request.');
    return;
  }
  const result = await upsertPullRequestComment({ token: workflow.githubToken, ...pullRequest, body });
  if (result.action === 'skipped') core.notice(`No pull request comment: ${result.reason ?? 'skipped'}.`);
  else core.info(`Pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
}

/** What both kinds of run hand on: the job summary, the artifact, the pull-request comment. */
async function publish(
  { settings, workflow }: ActionInputs,
  report: { summaryMarkdown: string; files: string[]; comment: () => string },
): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(report.summaryMarkdown).write();
  if (workflow.uploadArtifact) await uploadReportArtifact(workflow.artifactName, report.files, settings.outputDir);
  if (workflow.comment) await commentOnPullRequest(workflow, report.comment());
}

interface ReportOutputs {
  counts: StatusCounts;
  passed: boolean;
  files: { results: string; badge: string; junit: string; summary: string };
  badge: Badge;
}

function setOutputs({ counts, passed, files, badge }: ReportOutputs): void {
  core.setOutput('conclusion', passed ? 'success' : 'failure');
  core.setOutput('passed', counts.SUCCESS);
  core.setOutput('failed', counts.FAILURE);
  core.setOutput('warnings', counts.WARNING);
  core.setOutput(
    'total',
    Object.values(counts).reduce((sum, count) => sum + count, 0),
  );
  core.setOutput('results-path', files.results);
  core.setOutput('badge-path', files.badge);
  core.setOutput('junit-path', files.junit);
  core.setOutput('summary-path', files.summary);
  core.setOutput('badge-json', JSON.stringify(badge));
}

async function reportSuite(inputs: ActionInputs, outcome: SuiteReport): Promise<void> {
  const { suite, verdict, files } = outcome;
  const { workflow } = inputs;
  logFenced(renderTerminalReport(suite, verdict, { color: false }));
  for (const scenario of suite.scenarios) {
    if (scenario.outcome.status === 'SUCCESS' || scenario.client.stderrTail.trim() === '') continue;
    core.startGroup(`${outcome.mode === 'server' ? 'Server' : 'Client'} stderr: ${scenario.name}`);
    logFenced(scenario.client.stderrTail);
    core.endGroup();
  }
  if (workflow.annotations) emitAnnotations(outcome, workflow);
  await publish(inputs, {
    summaryMarkdown: outcome.summaryMarkdown,
    files: Object.values(files),
    comment: () => renderComment(suite, verdict, githubRunUrl()),
  });
  setOutputs({ counts: suite.counts, passed: verdict.passed, files, badge: outcome.badge });
  core.setOutput('stale-baseline-entries', verdict.stale.map(formatEntry).join('\n'));
  if (outcome.interrupted) {
    const ran = suite.scenarios.length;
    core.setFailed(
      `Interrupted: the reports hold the ${ran} ${ran === 1 ? 'scenario' : 'scenarios'} that ran before it.`,
    );
    return;
  }
  const place = { file: workflow.annotationFile, line: workflow.annotationLine };
  const closing = verdictAnnotation(suite, verdict, place);
  if (closing === null) {
    core.info(`Passed: ${verdict.reason}`);
  } else {
    // setFailed would add a second, untitled error: the titled one names the scenario and check.
    emit(closing);
    process.exitCode = core.ExitCode.Failure;
  }
}

async function reportAggregate(inputs: ActionInputs, outcome: AggregateRun): Promise<void> {
  const { files } = outcome;
  for (const problem of outcome.problems)
    core.warning(`${problem.file}: ${problem.reason}`, { title: 'sep-2207: results file not merged' });
  await publish(inputs, {
    summaryMarkdown: outcome.summaryMarkdown,
    files: [files.summary, files.badge, files.junit, files.aggregate, ...files.badges.map((badge) => badge.path)],
    comment: () => outcome.summaryMarkdown,
  });
  setOutputs({
    counts: outcome.matrix.totals,
    passed: outcome.passed,
    files: { ...files, results: files.aggregate },
    badge: outcome.overallBadge,
  });
  if (outcome.passed) {
    core.info(`Passed: ${outcome.reason}`);
  } else {
    core.error(outcome.reason, { title: 'SEP-2207 matrix failed' });
    process.exitCode = core.ExitCode.Failure;
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs();
    const outcome = await runPipeline(inputs.settings, {
      nameOf: inputName,
      file: inputs.workflow.annotationFile,
      onStart: (line) => core.info(`sep-2207-action: ${line}`),
      onProgress: logProgress,
      // A cancelled job sends SIGINT (then SIGTERM): the clients are stopped and what has run is still reported.
      onInterrupt: (again) => {
        if (!again) core.warning('The run was interrupted: stopping the clients and writing what has run.');
      },
    });
    if (outcome.mode === 'aggregate') await reportAggregate(inputs, outcome);
    else await reportSuite(inputs, outcome);
  } catch (error) {
    if (error instanceof SettingsError) core.setFailed(error.message);
    else core.setFailed(`Harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
