/**
 * The action: inputs → settings (validated before anything starts) → the run → job summary, annotations, files,
 * artifact, outputs → the verdict. The step fails only for bad input, a harness error, or an enforced result.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { buildAnnotations } from '../report/annotations.js';
import { formatEntry } from '../report/baseline.js';
import { renderTerminalReport } from '../report/terminal.js';
import { loadRunBaseline, runConformance, type RunOutcome } from '../run.js';
import { SettingsError } from '../settings.js';
import { inputName, readActionSettings, type ActionSettings } from './inputs.js';
import { uploadReportArtifact } from './artifact.js';

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

function emitAnnotations(outcome: RunOutcome, settings: ActionSettings): void {
  const annotations = buildAnnotations(outcome.suite, {
    failOn: settings.failOn,
    baseline: outcome.baseline,
    file: settings.annotationFile,
    line: settings.annotationLine,
  });
  for (const annotation of annotations) {
    const properties: core.AnnotationProperties = { title: annotation.title };
    if (annotation.file) properties.file = annotation.file;
    if (annotation.startLine) properties.startLine = annotation.startLine;
    const emit = annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
    emit(annotation.message, properties);
  }
  for (const entry of outcome.verdict.stale) {
    core.warning(`"${formatEntry(entry)}" now passes: remove it from the baseline so it shrinks over time.`, {
      title: 'sep-2207: stale baseline entry',
      file: outcome.baseline?.path,
      startLine: entry.line,
    });
  }
}

function setOutputs(outcome: RunOutcome): void {
  const { counts } = outcome.suite;
  core.setOutput('conclusion', outcome.verdict.passed ? 'success' : 'failure');
  core.setOutput('passed', counts.SUCCESS);
  core.setOutput('failed', counts.FAILURE);
  core.setOutput('warnings', counts.WARNING);
  core.setOutput('total', Object.values(counts).reduce((sum, count) => sum + count, 0));
  core.setOutput('results-path', outcome.files.results);
  core.setOutput('badge-path', outcome.files.badge);
  core.setOutput('junit-path', outcome.files.junit);
  core.setOutput('summary-path', outcome.files.summary);
  core.setOutput('badge-json', JSON.stringify(outcome.badge));
  core.setOutput('stale-baseline-entries', outcome.verdict.stale.map(formatEntry).join('\n'));
}

export async function run(): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = readActionSettings();
    const baseline = await loadRunBaseline(settings, inputName('expectedFailures'));
    core.info(`sep-2207-action: ${settings.scenarios.length} scenarios, spec ${settings.specVersion}, up to ${settings.concurrency} at once`);
    const outcome = await runConformance(settings, baseline, {
      onProgress: (event) => {
        if (event.type === 'scenario-started') core.info(`▶ ${event.scenario} started`);
        else core.info(`■ ${event.scenario} finished in ${event.result.durationMs} ms: ${event.result.outcome.status}`);
      },
    });

    logFenced(renderTerminalReport(outcome.suite, outcome.verdict, { color: false }));
    for (const scenario of outcome.suite.scenarios) {
      if (scenario.outcome.status === 'SUCCESS' || scenario.client.stderrTail.trim() === '') continue;
      core.startGroup(`Client stderr: ${scenario.name}`);
      logFenced(scenario.client.stderrTail);
      core.endGroup();
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summaryMarkdown).write();
    if (settings.annotations) emitAnnotations(outcome, settings);
    if (settings.uploadArtifact) await uploadReportArtifact(settings.artifactName, outcome.files, settings.outputDir);
    setOutputs(outcome);

    if (outcome.verdict.passed) core.info(`Passed: ${outcome.verdict.reason}`);
    else core.setFailed(outcome.verdict.reason);
  } catch (error) {
    if (error instanceof SettingsError) core.setFailed(error.message);
    else core.setFailed(`Harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
