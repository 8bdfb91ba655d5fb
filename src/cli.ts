#!/usr/bin/env node
/**
 * The command-line interface: the same engine and files as the action, with a terminal report.
 * Exit codes: 0 passed, 1 failed (an enforced result), 2 bad usage, 3 harness error, 130 interrupted.
 */
import { prepareOutputDir } from './output-dir.js';
import { parseArgs } from 'node:util';
import type { ScenarioResult } from './model.js';
import type { ProgressEvent } from './engine/run-suite.js';
import { formatEntry, type Baseline } from './report/baseline.js';
import { loadRunBaseline, runConformance } from './run.js';
import type { AggregateOutcome } from './aggregate/index.js';
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
import { parseSettings, SettingsError, type RawSettings, type Settings } from './settings.js';
import { TOOL } from './version.js';

const FLAGS: Record<keyof RawSettings, string> = {
  mode: '--mode',
  command: '--command',
  serverUrl: '--server-url',
  serverCommand: '--server-command',
  results: '--results',
  label: '--label',
  scenarios: '--scenario',
  specVersion: '--spec-version',
  protocolVersion: '--protocol-version',
  timeout: '--timeout',
  concurrency: '--concurrency',
  failOn: '--fail-on',
  outputDir: '--output-dir',
  workingDirectory: '--working-directory',
  expectedFailures: '--expected-failures',
  badgeLabel: '--badge-label',
  consentShim: '--no-consent-shim',
  isolateHome: '--no-isolate-home',
  scenarioNames: '--scenario-names',
};

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const USAGE = `Usage: sep-2207-action --command "<shell command that starts your MCP client>" [options]
       sep-2207-action --mode server --server-url <url> [--server-command "<cmd>"] [options]
       sep-2207-action --mode aggregate --results "<glob of results.json files>" [options]

Client mode (the default) runs each scenario's mock OAuth authorization server and MCP server on 127.0.0.1, starts
your client with the MCP server URL as its last argument, and checks what it did on the wire (SEP-2207 and the
OAuth 2.1 refresh rules). Server mode probes your MCP server's WWW-Authenticate challenge and Protected Resource
Metadata. Aggregate mode merges results.json files from several runs into one compatibility matrix.

Options:
      --mode <mode>             client (default), server, aggregate
  -c, --command <cmd>           shell command that starts the client (client mode, required)
      --server-url <url>        MCP endpoint to probe (server mode, required)
      --server-command <cmd>    starts the server first and stops it after the probe (server mode)
      --results <glob>          results.json files to merge; repeat or separate with commas (aggregate mode)
      --label <name>            names this run in a matrix, e.g. typescript-sdk@1.32
  -s, --scenario <name>         scenario to run; repeat or separate with commas (default: all)
      --spec-version <v>        spec revision the client targets: 2025-03-26, 2025-06-18, 2025-11-25 (default),
                                2026-07-28, draft. Newer requirements are reported as draft-only and never fail.
      --protocol-version <v>    MCP_CONFORMANCE_PROTOCOL_VERSION for the client (default: the spec version)
      --timeout <ms>            per-scenario client timeout in milliseconds (default: 30000)
      --concurrency <n>         scenarios run at once (default: all of them)
      --fail-on <level>         must (default), should, never: which enforced results fail the run
  -o, --output-dir <dir>        where results.json, badge.json, junit.xml and summary.md go
                                (default: sep-2207-results)
      --expected-failures <file> baseline YAML (client: list of scenario or scenario:check-id); listed failures
                                do not fail the run, listed entries that now pass are reported as stale
      --badge-label <text>      label of badge.json (default: SEP-2207)
      --working-directory <dir> directory the client command runs in (default: current)
      --no-consent-shim         do not put the headless consent shim (stand-in xdg-open, open, $BROWSER that
                                follows the consent redirect to the client's loopback callback) on PATH
      --no-isolate-home         run the client with the real HOME instead of a fresh one per scenario
      --scenario-names <which>  what MCP_CONFORMANCE_SCENARIO carries: upstream (default; a name the SDKs'
                                conformance clients know) or own (this tool's scenario name, always in
                                SEP2207_SCENARIO)
      --list-scenarios          list the scenarios and exit
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 passed, 1 an enforced result failed, 2 bad usage, 3 harness error, 130 interrupted.`;

function terminalOptions(stream: NodeJS.WriteStream): TerminalOptions {
  return { color: Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb' };
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      mode: { type: 'string' },
      command: { type: 'string', short: 'c' },
      'server-url': { type: 'string' },
      'server-command': { type: 'string' },
      results: { type: 'string', multiple: true },
      label: { type: 'string' },
      scenario: { type: 'string', short: 's', multiple: true },
      'spec-version': { type: 'string' },
      'protocol-version': { type: 'string' },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      'fail-on': { type: 'string' },
      'output-dir': { type: 'string', short: 'o' },
      'scenario-names': { type: 'string' },
      'working-directory': { type: 'string' },
      'expected-failures': { type: 'string' },
      'badge-label': { type: 'string' },
      'no-consent-shim': { type: 'boolean' },
      'no-isolate-home': { type: 'boolean' },
      'list-scenarios': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  }).values;
}

function progressLine(event: ProgressEvent, options: TerminalOptions): string {
  const position = `[${event.index + 1}/${event.total}]`;
  if (event.type === 'scenario-started') return `${paint(position, 90, options)} ${event.scenario} started`;
  if (event.type === 'scenario-rerun') {
    return `${paint(position, 90, options)} ${event.scenario} runs again, alone: ${inParallel(event.reason)}`;
  }
  const result: ScenarioResult = event.result;
  const worst = [result.outcome, ...result.checks].map((check) => check.status);
  const status =
    (['FAILURE', 'WARNING', 'INFO', 'SKIPPED', 'SUCCESS'] as const).find((candidate) => worst.includes(candidate)) ??
    'SUCCESS';
  return `${paint(position, 90, options)} ${event.scenario} finished in ${formatSeconds(result.durationMs)} ${statusLabel(status, options)}`;
}

/**
 * Aggregate mode on a terminal: a line per merged run, the problems, the verdict. The glob library reports its
 * progress as `::debug::` workflow commands on stdout; a terminal has no use for them, so they are held back.
 */
async function runAggregateCommand(settings: Settings): Promise<number> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    String(chunk).startsWith('::debug::')
      ? true
      : (write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
  let outcome: AggregateOutcome;
  try {
    // Loaded only in this mode: the glob library and the HTTP client under it are a third of the bundle.
    const { runAggregate } = await import('./aggregate/index.js');
    outcome = await runAggregate({
      patterns: settings.results,
      cwd: settings.workingDirectory,
      outputDir: settings.outputDir,
      failOn: settings.failOn,
      badgeLabel: settings.badgeLabel,
    });
  } catch (error) {
    process.stderr.write(
      `sep-2207-action: harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 3;
  } finally {
    process.stdout.write = write;
  }
  const style = terminalOptions(process.stdout);
  for (const column of outcome.matrix.columns) {
    const mark = column.failing > 0 ? paint('✘', 31, style) : paint('✔', 32, style);
    process.stdout.write(
      `${mark} ${visible(column.label)}  spec ${column.specVersion}  ${column.badge.message}  (${visible(column.file)})\n`,
    );
  }
  for (const problem of outcome.problems)
    process.stdout.write(`${paint('▲', 33, style)} not merged: ${visible(problem.file)}: ${visible(problem.reason)}\n`);
  process.stdout.write(
    `${outcome.passed ? paint('PASSED', 32, style) : paint('FAILED', 31, style)}  ${visible(outcome.reason)}\n`,
  );
  process.stdout.write(`Reports: ${outcome.files.summary}, badge.json, badges/, junit.xml, aggregate.json\n`);
  return outcome.passed ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
  const stderrStyle = terminalOptions(process.stderr);
  let settings: Settings;
  let baseline: Baseline | undefined;
  try {
    const values = parseCommandLine(argv);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      process.stdout.write(`${TOOL.version}\n`);
      return 0;
    }
    if (values['list-scenarios']) {
      for (const scenario of SCENARIOS) process.stdout.write(`${scenario.name}\n  ${scenario.description}\n`);
      return 0;
    }
    settings = parseSettings(
      {
        mode: values.mode,
        command: values.command,
        serverUrl: values['server-url'],
        serverCommand: values['server-command'],
        results: values.results,
        label: values.label,
        scenarios: values.scenario,
        specVersion: values['spec-version'],
        protocolVersion: values['protocol-version'],
        timeout: values.timeout,
        concurrency: values.concurrency,
        failOn: values['fail-on'],
        outputDir: values['output-dir'],
        workingDirectory: values['working-directory'],
        expectedFailures: values['expected-failures'],
        badgeLabel: values['badge-label'],
        consentShim: values['no-consent-shim'] ? 'false' : undefined,
        isolateHome: values['no-isolate-home'] ? 'false' : undefined,
        scenarioNames: values['scenario-names'],
      },
      (option) => FLAGS[option],
    );
    baseline = await loadRunBaseline(settings, FLAGS.expectedFailures);
    await prepareOutputDir(settings.outputDir, FLAGS.outputDir);
  } catch (error) {
    if (
      error instanceof SettingsError ||
      (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`sep-2207-action: ${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    throw error;
  }

  if (settings.mode === 'aggregate') return runAggregateCommand(settings);

  const interrupt = new AbortController();
  // Every signal that would end the CLI is handled for the whole run: the first stops the clients and lets the
  // reports be written; a second one (an impatient Ctrl-C) must not kill the CLI and orphan the clients' groups.
  const onSignal = () => {
    if (interrupt.signal.aborted) {
      process.stderr.write('sep-2207-action: still stopping clients and writing the reports.\n');
      return;
    }
    process.stderr.write('sep-2207-action: interrupted; stopping clients and writing what has run.\n');
    interrupt.abort();
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);

  process.stderr.write(
    settings.mode === 'server'
      ? `${TOOL.name} ${TOOL.version}: probing ${settings.serverUrl}, spec ${settings.specVersion}\n`
      : `${TOOL.name} ${TOOL.version}: ${settings.scenarios.length} scenarios, spec ${settings.specVersion}, up to ${settings.concurrency} at once\n`,
  );
  try {
    const outcome = await runConformance(settings, baseline, {
      signal: interrupt.signal,
      onProgress: (event) => process.stderr.write(`${progressLine(event, stderrStyle)}\n`),
    });
    process.stdout.write(renderTerminalReport(outcome.suite, outcome.verdict, terminalOptions(process.stdout)));
    for (const entry of outcome.verdict.stale) {
      process.stdout.write(
        `Stale baseline entry (now passes, remove it): ${formatEntry(entry)} (${baseline?.path}:${entry.line})\n`,
      );
    }
    process.stdout.write(`Reports: ${outcome.files.results}, badge.json, junit.xml, summary.md\n`);
    if (interrupt.signal.aborted) {
      const ran = outcome.suite.scenarios.length;
      process.stderr.write(
        `sep-2207-action: interrupted: the reports hold the ${ran} of ${settings.scenarios.length} scenarios that ran.\n`,
      );
      return 130;
    }
    return outcome.verdict.passed ? 0 : 1;
  } catch (error) {
    process.stderr.write(
      `sep-2207-action: harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 3;
  } finally {
    // Once interrupted, keep ignoring signals until the process exits: a late second Ctrl-C must not cut it short.
    if (!interrupt.signal.aborted) for (const name of STOP_SIGNALS) process.off(name, onSignal);
  }
}

// A reader that stops early (`… --list-scenarios | head -1`) closes the pipe: that is the end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
