/**
 * The terminal report: a block per scenario, a line per result, the totals and the verdict. Pure: colour is a
 * parameter, decided by the caller (a TTY, and no NO_COLOR).
 */
import type { CheckResult, CheckStatus, ScenarioResult, SuiteResult } from '../model.js';
import { formatSeconds, plural } from './text.js';
import { STATUS_DISPLAY, whyShort, type Judgement } from './judgement.js';
import { judgementOf, type Verdict } from './verdict.js';

export { formatSeconds };

export interface TerminalOptions {
  color: boolean;
}

export function paint(text: string, code: number, options: TerminalOptions): string {
  return options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export function statusLabel(status: CheckStatus, options: TerminalOptions): string {
  const style = STATUS_DISPLAY[status];
  return paint(`${style.terminalMark} ${status.padEnd(7)}`, style.color, options);
}

/** A client that flooded the mocks: the transcript, and so the checks, hold only its first requests. */
export function droppedNote(scenario: ScenarioResult): string {
  const dropped = `${plural(scenario.transcriptDropped, 'more request')} dropped from the transcript (it was full)`;
  return `${dropped}; the checks saw the first ${plural(scenario.transcript.length, 'request')} only`;
}

/** How a scenario's first run ended while other scenarios ran, from its outcome message: the reason for a re-run. */
export function inParallel(firstOutcome: string): string {
  const first = firstOutcome.replace(/\.$/, '');
  return `with other scenarios running at the same time, ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/** A scenario whose client did not finish while others ran, and was run again alone: only that run counts. */
export function rerunNote(scenario: ScenarioResult): string | null {
  if (!scenario.rerunAlone) return null;
  const { firstOutcome } = scenario.rerunAlone;
  if (firstOutcome === scenario.outcome.message)
    return 'ran again alone and ended the same way, so running in parallel did not cause this';
  return `run again alone: ${inParallel(firstOutcome)}; only this run counts`;
}

function resultLines(result: CheckResult, judgement: Judgement, options: TerminalOptions): string[] {
  const why =
    judgement === 'fails'
      ? 'fails the run'
      : judgement === 'clean'
        ? result.draftOnly
          ? 'draft-only'
          : 'enforced'
        : `${whyShort(judgement)}, does not fail the run`;
  // A FAILURE that cannot fail the run is yellow, never the red of one that does.
  const label =
    result.status === 'FAILURE' && judgement !== 'fails'
      ? paint(`✘ ${result.status.padEnd(7)}`, 33, options)
      : statusLabel(result.status, options);
  return [
    `  ${label} ${result.id} ${paint(`(${result.level}, ${why})`, 90, options)}`,
    `            ${visible(result.message)}`,
  ];
}

function clientSummary(scenario: ScenarioResult): string {
  const { client } = scenario;
  if (client.startError) return 'client did not start';
  if (client.interrupted) return 'client stopped: the run was interrupted';
  if (client.timedOut) return 'client timed out';
  if (client.exitCode === null) return `client killed by ${client.signal ?? 'a signal'}`;
  return `client exit ${client.exitCode} after ${formatSeconds(client.durationMs)}`;
}

export function renderTerminalReport(suite: SuiteResult, outcome: Verdict, options: TerminalOptions): string {
  const lines: string[] = [];
  for (const scenario of suite.scenarios) {
    lines.push('', `${paint(scenario.name, 1, options)}  ${paint(`(${clientSummary(scenario)})`, 90, options)}`);
    if (scenario.transcriptDropped > 0) lines.push(`  ${paint(`▲ ${droppedNote(scenario)}`, 33, options)}`);
    const rerun = rerunNote(scenario);
    if (rerun) lines.push(`  ${paint(`↻ ${visible(rerun)}`, 90, options)}`);
    for (const result of [scenario.outcome, ...scenario.checks])
      lines.push(...resultLines(result, judgementOf(outcome, scenario.name, result), options));
    if (scenario.outcome.status !== 'SUCCESS' && scenario.client.stderrTail.trim() !== '') {
      lines.push(`            ${paint('client stderr (last lines):', 90, options)}`);
      for (const line of lastLines(scenario.client.stderrTail, 5))
        lines.push(`            ${paint(`│ ${line}`, 90, options)}`);
    }
  }
  const counts = (Object.keys(suite.counts) as CheckStatus[])
    .filter((status) => suite.counts[status] > 0)
    .map((status) => `${suite.counts[status]} ${status}`)
    .join(', ');
  lines.push(
    '',
    `${suite.scenarios.length} scenarios, spec ${suite.specVersion}, protocol ${suite.protocolVersion}, ` +
      `${formatSeconds(suite.durationMs)}: ${counts}`,
    outcome.passed ? paint(`PASSED  ${outcome.reason}`, 32, options) : paint(`FAILED  ${outcome.reason}`, 31, options),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Control characters (C0, DEL and C1) made visible as `\xNN`, so text a client controls cannot steer a terminal.
 * Tabs and new lines are kept.
 */
export function visible(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** The last `count` non-empty lines of `text`, made safe for a terminal. */
export function lastLines(text: string, count: number): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .map(visible);
}
