#!/usr/bin/env node
/**
 * The command-line interface: the same pipeline and files as the action, with a terminal report.
 * Exit codes: 0 passed, 1 failed (an enforced result), 2 bad usage, 3 harness error, 130 interrupted.
 */
import { parseCommandLine, usage } from './cli-flags.js';
import type { ProgressEvent } from './engine/run-suite.js';
import type { ScenarioResult } from './model.js';
import { flagName } from './options.js';
import { runPipeline, type PipelineReport, type SuiteReport } from './pipeline.js';
import { formatEntry } from './report/baseline.js';
import {
  formatSeconds,
  inParallel,
  paint,
  renderTerminalReport,
  statusLabel,
  visible,
  type TerminalOptions,
} from './report/terminal.js';
import { SCENARIOS } from './scenarios/index.js';
import { parseSettings, SettingsError, type Settings } from './settings.js';
import { TOOL } from './version.js';

const EXIT = { passed: 0, failed: 1, usage: 2, harness: 3, interrupted: 130 } as const;

function terminalOptions(stream: NodeJS.WriteStream): TerminalOptions {
  return { color: Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb' };
}

const print = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${TOOL.name}: ${line}\n`);

function progressLine(event: ProgressEvent, options: TerminalOptions): string {
  const position = paint(`[${event.index + 1}/${event.total}]`, 90, options);
  if (event.type === 'scenario-started') return `${position} ${event.scenario} started`;
  if (event.type === 'scenario-rerun')
    return `${position} ${event.scenario} runs again, alone: ${inParallel(event.reason)}`;
  const result: ScenarioResult = event.result;
  const worst = [result.outcome, ...result.checks].map((check) => check.status);
  const status =
    (['FAILURE', 'WARNING', 'INFO', 'SKIPPED', 'SUCCESS'] as const).find((candidate) => worst.includes(candidate)) ??
    'SUCCESS';
  const took = formatSeconds(result.durationMs);
  return `${position} ${event.scenario} finished in ${took} ${statusLabel(status, options)}`;
}

function reportSuite(settings: Settings, outcome: SuiteReport): number {
  process.stdout.write(renderTerminalReport(outcome.suite, outcome.verdict, terminalOptions(process.stdout)));
  for (const entry of outcome.verdict.stale) {
    const where = `${outcome.baseline?.path}:${entry.line}`;
    print(`Stale baseline entry (now passes, remove it): ${formatEntry(entry)} (${where})`);
  }
  print(`Reports: ${outcome.files.results}, badge.json, junit.xml, summary.md`);
  if (outcome.interrupted) {
    const ran = outcome.suite.scenarios.length;
    const planned = settings.mode === 'client' ? settings.scenarios.length : ran;
    complain(`interrupted: the reports hold the ${ran} of ${planned} scenarios that ran.`);
    return EXIT.interrupted;
  }
  return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}

/** Aggregate mode on a terminal: a line per merged run, the problems, the verdict. */
function reportAggregate(outcome: Extract<PipelineReport, { mode: 'aggregate' }>): number {
  const style = terminalOptions(process.stdout);
  for (const column of outcome.matrix.columns) {
    const mark = column.failing > 0 ? paint('✘', 31, style) : paint('✔', 32, style);
    const { label, specVersion, badge, file } = column;
    print(`${mark} ${visible(label)}  spec ${specVersion}  ${badge.message}  (${visible(file)})`);
  }
  for (const problem of outcome.problems)
    print(`${paint('▲', 33, style)} not merged: ${visible(problem.file)}: ${visible(problem.reason)}`);
  print(`${outcome.passed ? paint('PASSED', 32, style) : paint('FAILED', 31, style)}  ${visible(outcome.reason)}`);
  print(`Reports: ${outcome.files.summary}, badge.json, badges/, junit.xml, aggregate.json`);
  return outcome.passed ? EXIT.passed : EXIT.failed;
}

/**
 * The glob library under aggregate mode reports its progress as `::debug::` workflow commands on stdout; a terminal
 * has no use for them, so they are held back while the pipeline runs.
 */
async function withoutDebugCommands<T>(run: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    String(chunk).startsWith('::debug::')
      ? true
      : (write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
  try {
    return await run();
  } finally {
    process.stdout.write = write;
  }
}

function isUsageError(error: unknown): error is Error {
  return (
    error instanceof SettingsError ||
    (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  );
}

function failed(error: unknown): number {
  if (isUsageError(error)) {
    complain(`${error.message}\nRun with --help for usage.`);
    return EXIT.usage;
  }
  complain(`harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.harness;
}

async function run(settings: Settings): Promise<number> {
  const stderrStyle = terminalOptions(process.stderr);
  const outcome = await withoutDebugCommands(() =>
    runPipeline(settings, {
      nameOf: flagName,
      onStart: (line) => process.stderr.write(`${TOOL.name} ${TOOL.version}: ${line}\n`),
      onProgress: (event) => process.stderr.write(`${progressLine(event, stderrStyle)}\n`),
      onInterrupt: (again) =>
        complain(
          again
            ? 'still stopping clients and writing the reports.'
            : 'interrupted; stopping clients and writing what has run.',
        ),
    }),
  );
  return outcome.mode === 'aggregate' ? reportAggregate(outcome) : reportSuite(settings, outcome);
}

export async function main(argv: string[]): Promise<number> {
  let settings: Settings;
  try {
    const { command, raw } = parseCommandLine(argv);
    if (command === 'help') print(usage());
    else if (command === 'version') print(TOOL.version);
    else if (command === 'listScenarios') {
      for (const scenario of SCENARIOS) print(`${scenario.name}\n  ${scenario.description}`);
    }
    if (command !== undefined) return EXIT.passed;
    settings = parseSettings(raw, flagName);
  } catch (error) {
    if (isUsageError(error)) return failed(error);
    throw error;
  }
  // A bad baseline or output directory is still bad usage (2); anything else that goes wrong is the harness's (3).
  return run(settings).catch(failed);
}

/** The CLI as a program: `argv` in, the exit code set, a closed stdout (`… | head -1`) not a crash. */
export async function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (`… --list-scenarios | head -1`) closes the pipe: that is the end, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(argv);
}
