/** The action: settings from inputs, the suite, the results file, outputs and the verdict. */
import * as core from '@actions/core';
import { runSuite } from '../engine/run-suite.js';
import { verdict } from '../report/verdict.js';
import { writeReportFiles } from '../report/write-files.js';
import { SettingsError } from '../settings.js';
import { readSettings } from './inputs.js';

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    core.info(`Running ${settings.scenarios.length} scenarios against: ${settings.command}`);
    const suite = await runSuite({
      command: settings.command,
      scenarios: settings.scenarios,
      specVersion: settings.specVersion,
      protocolVersion: settings.protocolVersion,
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency,
      cwd: settings.workingDirectory,
      onProgress: (event) => {
        if (event.type === 'scenario-finished') {
          core.info(`${event.scenario}: ${event.result.outcome.status} in ${event.result.durationMs} ms`);
        }
      },
    });
    const outcome = verdict(suite, settings.failOn);
    const files = await writeReportFiles(settings.outputDir, suite);
    core.setOutput('conclusion', outcome.passed ? 'success' : 'failure');
    core.setOutput('passed', suite.counts.SUCCESS);
    core.setOutput('failed', suite.counts.FAILURE);
    core.setOutput('warnings', suite.counts.WARNING);
    core.setOutput('total', Object.values(suite.counts).reduce((sum, count) => sum + count, 0));
    core.setOutput('results-path', files.results);
    if (outcome.passed) core.info(`Passed: ${outcome.reason}`);
    else core.setFailed(outcome.reason);
  } catch (error) {
    if (error instanceof SettingsError) core.setFailed(error.message);
    else core.setFailed(`Harness error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
