/**
 * JUnit XML: a testsuite per scenario, a testcase per result. Only results that fail the run are <failure>s, so a
 * test-report action never turns a draft-only finding red; other findings are kept in <system-out>.
 */
import type { CheckResult, SuiteResult } from '../model.js';
import { isBaselined, type Baseline } from './baseline.js';
import { failsRun } from './verdict.js';
import type { FailOn } from '../settings.js';

/** Escapes text for XML and drops characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(classname: string, result: CheckResult, fails: boolean): string {
  const head = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(result.id)}" time="0">`;
  const tags = `${result.status}, ${result.level}, ${result.draftOnly ? 'draft-only' : 'enforced'}`;
  const text = `${result.message}\nRequirement: ${result.requirement}\nSource: ${result.sources[0]?.url ?? ''}`;
  if (fails) {
    return `${head}\n      <failure message="${escapeXml(result.message)}" type="${escapeXml(result.status)}">${escapeXml(`${tags}\n${text}`)}</failure>\n    </testcase>`;
  }
  if (result.status === 'SKIPPED') return `${head}\n      <skipped message="${escapeXml(result.message)}"/>\n    </testcase>`;
  return `${head}\n      <system-out>${escapeXml(`${tags}\n${text}`)}</system-out>\n    </testcase>`;
}

export interface JunitSuite {
  /** The testsuite's name, also the testcases' classname. */
  name: string;
  results: CheckResult[];
  /** Whether each result (same order) fails the run: only those are <failure>s. */
  failing: boolean[];
  durationMs: number;
  properties?: Record<string, string>;
}

/** One <testsuite>, with its counts, for the results of one scenario. */
export function renderTestsuite(suite: JunitSuite): { xml: string; tests: number; failures: number; skipped: number } {
  const failures = suite.failing.filter(Boolean).length;
  const skipped = suite.results.filter((result) => result.status === 'SKIPPED').length;
  const properties = Object.entries(suite.properties ?? {});
  const xml = [
    `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(suite.durationMs)}">`,
    ...(properties.length > 0
      ? ['    <properties>', ...properties.map(([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`), '    </properties>']
      : []),
    ...suite.results.map((result, index) => testcase(suite.name, result, suite.failing[index] as boolean)),
    '  </testsuite>',
  ].join('\n');
  return { xml, tests: suite.results.length, failures, skipped };
}

/** The whole document around rendered testsuites, with the totals. */
export function renderTestsuites(name: string, suites: ReturnType<typeof renderTestsuite>[], durationMs: number): string {
  const total = (key: 'tests' | 'failures' | 'skipped') => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(name)}" tests="${total('tests')}" failures="${total('failures')}" errors="0" skipped="${total('skipped')}" time="${seconds(durationMs)}">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

export function renderJunit(suite: SuiteResult, failOn: FailOn, baseline?: Baseline): string {
  const suites = suite.scenarios.map((scenario) => {
    const results = [scenario.outcome, ...scenario.checks];
    return renderTestsuite({
      name: scenario.name,
      results,
      failing: results.map((result) => failsRun(result, failOn) && !isBaselined(baseline, scenario.name, result.id)),
      durationMs: scenario.durationMs,
    });
  });
  return renderTestsuites(`sep-2207-action (spec ${suite.specVersion})`, suites, suite.durationMs);
}
