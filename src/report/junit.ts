/**
 * JUnit XML: a testsuite per scenario (named `<label> / <scenario>` when the run has a label), a testcase per
 * result, judged as everywhere else:
 * - a result that fails the run is a <failure type="<level>"> with its evidence and fix;
 * - a FAILURE or WARNING that does not fail it is <skipped message="draft-only FAILURE: …">: test-report actions
 *   show it as skipped, never as a green pass, and never turn the run red for it;
 * - SKIPPED is <skipped message="not observed: …">; SUCCESS and INFO pass, the message in <system-out>.
 * Times are real: the scenario outcome takes the client's run, a check the span of the requests it judged.
 */
import type { CheckResult, ScenarioResult, SuiteResult } from '../model.js';
import { evidenceLines } from './evidence.js';
import { whyLong, whyShort, type Judgement } from './judgement.js';
import { plainMessage } from './text.js';
import { judgementOf, type Verdict } from './verdict.js';

/** Escapes text for XML and drops characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/** How long the behaviour a result judged took: the client's run for the outcome, else its requests' span. */
function resultMs(result: CheckResult, scenario: ScenarioResult): number {
  if (result.id === 'scenario-outcome') return scenario.client.durationMs;
  const judged = scenario.transcript.filter((exchange) => result.evidence.requests.includes(exchange.seq));
  if (judged.length === 0) return 0;
  return (
    Math.max(...judged.map((exchange) => exchange.respondedAt)) -
    Math.min(...judged.map((exchange) => exchange.receivedAt))
  );
}

export interface JunitOptions {
  /** The client file every testcase points at (the `annotation-file` input). */
  file?: string;
}

function testcase(
  scenario: ScenarioResult,
  classname: string,
  result: CheckResult,
  judgement: Judgement,
  verdict: Verdict,
  options: JunitOptions,
): string {
  const file = options.file ? ` file="${escapeXml(options.file)}"` : '';
  const time = seconds(resultMs(result, scenario));
  const name = escapeXml(result.id);
  const head = `    <testcase classname="${escapeXml(classname)}" name="${name}"${file} time="${time}">`;
  const close = (inner: string) => `${head}\n      ${inner}\n    </testcase>`;
  const message = plainMessage(result.message);
  const details = () =>
    [
      `${result.status} · ${result.level} · ${whyLong(judgement, result, verdict.specVersion, verdict.failOn)}`,
      message,
      ...evidenceLines(result, scenario.transcript).map((line) => `  ${line}`),
      `Fix: ${plainMessage(result.fix ?? '')}`,
      `Requirement: ${plainMessage(result.requirement)}`,
      `Source: ${result.sources[0]?.url ?? ''}`,
    ].join('\n');
  if (judgement === 'fails') {
    const attributes = `type="${escapeXml(result.level)}" message="${escapeXml(`${result.status}: ${message}`)}"`;
    return close(`<failure ${attributes}>${escapeXml(details())}</failure>`);
  }
  if (judgement !== 'clean') {
    const reason = escapeXml(`${whyShort(judgement)} ${result.status}: ${message}`);
    return close(`<skipped message="${reason}">${escapeXml(details())}</skipped>`);
  }
  if (result.status === 'SKIPPED') {
    const reason = /^not observed/i.test(message) ? message.replace(/^Not/, 'not') : `not observed: ${message}`;
    return close(`<skipped message="${escapeXml(reason)}"/>`);
  }
  return close(`<system-out>${escapeXml(`${result.status}: ${message}`)}</system-out>`);
}

export interface RenderedSuite {
  xml: string;
  tests: number;
  failures: number;
  skipped: number;
}

/** One <testsuite> for a scenario of a judged run. */
export function renderTestsuite(
  scenario: ScenarioResult,
  verdict: Verdict,
  name: string,
  options: JunitOptions,
  properties: Record<string, string> = {},
): RenderedSuite {
  const results = [scenario.outcome, ...scenario.checks];
  const judgements = results.map((result) => judgementOf(verdict, scenario.name, result));
  const failures = judgements.filter((judgement) => judgement === 'fails').length;
  const skipped = results.filter(
    (result, index) => result.status === 'SKIPPED' || (judgements[index] !== 'fails' && judgements[index] !== 'clean'),
  ).length;
  const entries = Object.entries(properties);
  const xml = [
    `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="0" ` +
      `skipped="${skipped}" time="${seconds(scenario.durationMs)}">`,
    ...(entries.length > 0
      ? [
          '    <properties>',
          ...entries.map(([key, value]) => `      <property name="${escapeXml(key)}" value="${escapeXml(value)}"/>`),
          '    </properties>',
        ]
      : []),
    ...results.map((result, index) =>
      testcase(scenario, scenario.name, result, judgements[index] as Judgement, verdict, options),
    ),
    '  </testsuite>',
  ].join('\n');
  return { xml, tests: results.length, failures, skipped };
}

/** The whole document around rendered testsuites, with the totals. */
export function renderTestsuites(name: string, suites: RenderedSuite[], durationMs: number): string {
  const total = (key: 'tests' | 'failures' | 'skipped') => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(name)}" tests="${total('tests')}" failures="${total('failures')}" errors="0" ` +
      `skipped="${total('skipped')}" time="${seconds(durationMs)}">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

/** `label / scenario` when the run has a label, so merged reports of two clients stay apart. */
export const suiteName = (label: string | null, scenario: string) => (label ? `${label} / ${scenario}` : scenario);

export function renderJunit(suite: SuiteResult, verdict: Verdict, options: JunitOptions = {}): string {
  const suites = suite.scenarios.map((scenario) =>
    renderTestsuite(scenario, verdict, suiteName(suite.label, scenario.name), options),
  );
  const name = `sep-2207-action${suite.label ? ` ${suite.label}` : ''} (spec ${suite.specVersion})`;
  return renderTestsuites(name, suites, suite.durationMs);
}
