/**
 * One JUnit file for the whole matrix: a <testsuite> per run and scenario, named `<label> / <scenario>`, with the
 * testcases of src/report/junit.ts (a <failure> only for a result that fails its run; other findings in
 * <system-out>, SKIPPED as <skipped>). There is no baseline in aggregate mode.
 */
import type { CheckResult } from '../model.js';
import { escapeXml } from '../report/junit.js';
import { failsRun } from '../report/verdict.js';
import type { FailOn } from '../settings.js';
import type { LoadedRun } from './load.js';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

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

export function renderAggregateJunit(runs: LoadedRun[], failOn: FailOn): string {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  let time = 0;
  const suites = runs.flatMap((run) =>
    run.suite.scenarios.map((scenario) => {
      const name = `${run.label} / ${scenario.name}`;
      const results = [scenario.outcome, ...scenario.checks];
      const failing = results.map((result) => failsRun(result, failOn));
      const scenarioFailures = failing.filter(Boolean).length;
      const scenarioSkipped = results.filter((result) => result.status === 'SKIPPED').length;
      tests += results.length;
      failures += scenarioFailures;
      skipped += scenarioSkipped;
      time += scenario.durationMs;
      return [
        `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${scenarioFailures}" errors="0" skipped="${scenarioSkipped}" time="${seconds(scenario.durationMs)}">`,
        '    <properties>',
        `      <property name="label" value="${escapeXml(run.label)}"/>`,
        `      <property name="spec-version" value="${escapeXml(run.suite.specVersion)}"/>`,
        `      <property name="results-file" value="${escapeXml(run.file)}"/>`,
        '    </properties>',
        ...results.map((result, index) => testcase(name, result, failing[index] as boolean)),
        '  </testsuite>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sep-2207-action matrix (${runs.length} ${runs.length === 1 ? 'run' : 'runs'})" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(time)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
