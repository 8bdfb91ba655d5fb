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

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(scenario: string, result: CheckResult, fails: boolean): string {
  const head = `    <testcase classname="${escapeXml(scenario)}" name="${escapeXml(result.id)}" time="0">`;
  const tags = `${result.status}, ${result.level}, ${result.draftOnly ? 'draft-only' : 'enforced'}`;
  const text = `${result.message}\nRequirement: ${result.requirement}\nSource: ${result.sources[0]?.url ?? ''}`;
  if (fails) {
    return `${head}\n      <failure message="${escapeXml(result.message)}" type="${result.status}">${escapeXml(`${tags}\n${text}`)}</failure>\n    </testcase>`;
  }
  if (result.status === 'SKIPPED') return `${head}\n      <skipped message="${escapeXml(result.message)}"/>\n    </testcase>`;
  return `${head}\n      <system-out>${escapeXml(`${tags}\n${text}`)}</system-out>\n    </testcase>`;
}

export function renderJunit(suite: SuiteResult, failOn: FailOn, baseline?: Baseline): string {
  let failures = 0;
  let skipped = 0;
  let tests = 0;
  const suites = suite.scenarios.map((scenario) => {
    const results = [scenario.outcome, ...scenario.checks];
    const failing = results.map((result) => failsRun(result, failOn) && !isBaselined(baseline, scenario.name, result.id));
    const scenarioFailures = failing.filter(Boolean).length;
    const scenarioSkipped = results.filter((result) => result.status === 'SKIPPED').length;
    failures += scenarioFailures;
    skipped += scenarioSkipped;
    tests += results.length;
    const cases = results.map((result, index) => testcase(scenario.name, result, failing[index] as boolean));
    return [
      `  <testsuite name="${escapeXml(scenario.name)}" tests="${results.length}" failures="${scenarioFailures}" errors="0" skipped="${scenarioSkipped}" time="${seconds(scenario.durationMs)}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sep-2207-action (spec ${escapeXml(suite.specVersion)})" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(suite.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
