/** Aggregate mode on SuiteResults in memory: the matrix, its summary, the badges, the merged JUnit, the verdict. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runBadgeFiles, safeFileName } from '../../src/aggregate/badges.js';
import { renderAggregateJunit } from '../../src/aggregate/junit.js';
import { absolutePattern, labelFromPath, uniqueLabels, type LoadedRun, type LoadProblem } from '../../src/aggregate/load.js';
import { aggregateVerdict, buildMatrix, overallBadge, type MatrixCell } from '../../src/aggregate/matrix.js';
import { cellText, renderAggregateSummary } from '../../src/aggregate/summary.js';
import { validateSuite } from '../../src/aggregate/validate.js';
import type { SuiteResult } from '../../src/model.js';
import { buildBadge } from '../../src/report/badge.js';
import { greedyOfflineAccess, refreshWithoutResource, reuseRotatedRefreshToken } from '../fixtures/results/matrix-suites.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

function runs(): LoadedRun[] {
  return [
    { file: 'artifacts/sep-2207-greedy-offline-access/results.json', label: 'greedy-offline-access@1.0', suite: greedyOfflineAccess() },
    { file: 'artifacts/sep-2207-refresh-without-resource/results.json', label: 'refresh-without-resource', suite: refreshWithoutResource() },
    { file: 'artifacts/sep-2207-reuse-rotated-refresh-token/results.json', label: 'reuse-rotated', suite: reuseRotatedRefreshToken() },
  ];
}

const cell = (status: MatrixCell['status'], draftOnly: boolean, failsRun = false): MatrixCell => ({ status, draftOnly, failsRun });
const HOSTILE_LABEL = '<img src=x onerror=alert(1)> | **bold** [x](https://evil.example)';

describe('buildMatrix', () => {
  const matrix = buildMatrix(runs());

  it('has a column per run with its spec version, totals and failing count', () => {
    expect(matrix.columns.map((column) => [column.label, column.specVersion, column.failing])).toEqual([
      ['greedy-offline-access@1.0', '2025-11-25', 0],
      ['refresh-without-resource', '2026-07-28', 2],
      ['reuse-rotated', '2025-06-18', 1],
    ]);
    expect(matrix.specVersions).toEqual(['2025-11-25', '2026-07-28', '2025-06-18']);
    expect(matrix.columns[1]?.counts).toEqual({ SUCCESS: 7, FAILURE: 2, WARNING: 1, INFO: 0, SKIPPED: 0 });
    expect(matrix.totals).toEqual({ SUCCESS: 16, FAILURE: 4, WARNING: 1, INFO: 1, SKIPPED: 1 });
    expect(matrix.failOn).toBe('must');
  });

  it('has a row per scenario outcome and check: scenarios as first seen, outcome first, checks as first seen', () => {
    expect(matrix.rows.map((row) => `${row.scenario} ${row.checkId}`)).toEqual([
      'auth/offline-access-not-supported scenario-outcome',
      'auth/offline-access-not-supported sep-2207-client-metadata-grant-types',
      'auth/offline-access-not-supported sep-2207-offline-access-not-requested',
      'auth/refresh-token-use scenario-outcome',
      'auth/refresh-token-use oauth-refresh-resource-parameter',
      'auth/refresh-token-use oauth-refresh-token-used',
      'auth/refresh-token-use sep-2207-refresh-token-confidential',
      'auth/refresh-token-rotation scenario-outcome',
      'auth/refresh-token-rotation oauth-refresh-resource-parameter',
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token',
      'auth/refresh-token-not-issued scenario-outcome',
      'auth/refresh-token-not-issued sep-2207-refresh-token-not-assumed',
      'auth/refresh-token-not-issued oauth-refresh-token-used',
    ]);
    expect(matrix.rows.filter((row) => row.outcome).map((row) => row.scenario)).toHaveLength(4);
  });

  it('fills a cell with the status and draft-only flag, and leaves it null when the run did not run the scenario', () => {
    const row = (scenario: string, id: string) => matrix.rows.find((item) => item.scenario === scenario && item.checkId === id);
    expect(row('auth/offline-access-not-supported', 'sep-2207-offline-access-not-requested')?.cells).toEqual([
      cell('FAILURE', true),
      cell('SUCCESS', false),
      null,
    ]);
    expect(row('auth/refresh-token-rotation', 'oauth-refresh-uses-latest-token')?.cells).toEqual([null, cell('SUCCESS', false), cell('FAILURE', false, true)]);
    expect(row('auth/offline-access-not-supported', 'sep-2207-client-metadata-grant-types')?.cells[1]).toEqual(cell('WARNING', false));
  });

  it('counts an enforced WARNING as failing under fail-on should, and nothing under never', () => {
    expect(buildMatrix(runs(), 'should').columns.map((column) => column.failing)).toEqual([0, 3, 1]);
    expect(buildMatrix(runs(), 'never').columns.map((column) => column.failing)).toEqual([0, 0, 0]);
  });

  it('keeps the order stable whatever the check order of later runs, with the outcome leading its scenario', () => {
    const first = suiteResult([scenarioResult('auth/x', outcomeResult('SUCCESS', false), [checkResult('oauth-token-request-post', 'SUCCESS', false)])]);
    const second = suiteResult([
      scenarioResult('auth/x', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-token-used', 'INFO', true),
        checkResult('oauth-token-request-post', 'FAILURE', false),
      ]),
    ]);
    const rows = buildMatrix([
      { file: 'a', label: 'a', suite: first },
      { file: 'b', label: 'b', suite: second },
    ]).rows;
    expect(rows.map((row) => row.checkId)).toEqual(['scenario-outcome', 'oauth-token-request-post', 'oauth-refresh-token-used']);
    expect(rows[2]?.cells).toEqual([null, cell('INFO', true)]);
  });
});

describe('aggregateVerdict', () => {
  it('fails when any run has an enforced failure, naming the runs', () => {
    const verdict = aggregateVerdict(buildMatrix(runs()), 2);
    expect(verdict.passed).toBe(false);
    expect(verdict.reason).toBe(
      '2 of 3 runs have enforced results that fail under fail-on must: refresh-without-resource (2), reuse-rotated (1). 2 problems finding or reading results (listed in the summary).',
    );
  });

  it('passes when only draft-only results fail, even with problems', () => {
    const verdict = aggregateVerdict(buildMatrix(runs().slice(0, 1)), 1);
    expect(verdict).toEqual({
      passed: true,
      reason: '1 run merged; no enforced result fails under fail-on must. 1 problem finding or reading results (listed in the summary).',
    });
    expect(aggregateVerdict(buildMatrix(runs(), 'never')).passed).toBe(true);
  });

  it('fails with no runs at all', () => {
    const verdict = aggregateVerdict(buildMatrix([]), 3);
    expect(verdict.passed).toBe(false);
    expect(verdict.reason).toMatch(/^No results\.json could be loaded/);
  });
});

/** The table lines of a summary: every one must have as many cell separators as the header. */
function tableLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| '));
}

describe('renderAggregateSummary', () => {
  const problems: LoadProblem[] = [
    { file: 'artifacts/sep-2207-broken/results.json', reason: 'not valid JSON: Unexpected token < in "<script>alert(1)</script>"' },
  ];

  it('renders the headline, the matrix with emoji and words, the legend, a line per run and the problems', () => {
    const markdown = renderAggregateSummary(buildMatrix(runs()), problems);
    expect(markdown).toMatch(/^## ❌ SEP-2207 compatibility matrix: 3 runs merged, 2 with enforced failures\n/);
    expect(markdown).toContain('Spec versions `2025-11-25`, `2026-07-28`, `2025-06-18` (they differ between runs');
    expect(markdown).toContain('| Scenario / check | `greedy-offline-access@1.0`<br>spec 2025-11-25 | `refresh-without-resource`<br>spec 2026-07-28 | `reuse-rotated`<br>spec 2025-06-18 |');
    expect(markdown).toContain('| `auth/offline-access-not-supported` / `sep-2207-offline-access-not-requested` | ❌ failᵈ | ✅ pass | — |');
    expect(markdown).toContain('| `auth/refresh-token-rotation` / `oauth-refresh-uses-latest-token` | — | ✅ pass | **❌ fail** |');
    expect(markdown).toContain('| `auth/refresh-token-not-issued` / `oauth-refresh-token-used` | — | — | ℹ️ infoᵈ |');
    expect(markdown).toContain('| **Run** | ✅ passes | ❌ fails (2) | ❌ fails (1) |');
    expect(markdown).toContain('ᵈ draft-only');
    expect(markdown).toContain('### Runs');
    expect(markdown).toContain('- ❌ `refresh-without-resource` · client mode, spec `2026-07-28` · 7 ✅ · 2 ❌ · 1 ⚠️ · 0 ℹ️ · 0 ⏭️ · badge `7/10 passed` · from `artifacts/sep-2207-refresh-without-resource/results.json`');
    expect(markdown).toContain('### Problems (1)');
    expect(markdown).toContain('- `artifacts/sep-2207-broken/results.json`: not valid JSON\\: Unexpected token &lt; in &quot;&lt;script&gt;alert');
    expect(markdown).not.toContain('<script');
    const widths = tableLines(markdown).map((line) => line.split('|').length);
    expect(new Set(widths)).toEqual(new Set([6]));
  });

  it('escapes hostile labels, scenario names and check ids so they neither inject markup nor split cells', () => {
    const hostile = suiteResult([
      scenarioResult('auth/<b>x</b>|y', outcomeResult('SUCCESS', false), [
        { ...checkResult('oauth-token-request-post', 'FAILURE', false), id: 'id`|<img src=x>' },
      ]),
    ]);
    const matrix = buildMatrix([
      { file: 'x/</details>|.json', label: HOSTILE_LABEL, suite: { ...hostile, specVersion: '<i>v</i>|' as SuiteResult['specVersion'] } },
      { file: 'ok.json', label: 'ok', suite: greedyOfflineAccess() },
    ]);
    const markdown = renderAggregateSummary(matrix, [{ file: '<img src=x>|', reason: '| <img src=y> `x` @someone' }]);
    expect(markdown).not.toMatch(/<img|<b>|<i>|<\/details>/);
    expect(markdown).not.toContain('**bold** [');
    expect(markdown).not.toContain('](https');
    expect(markdown).toContain('<code>&lt;img src\\=x onerror\\=alert\\(1\\)&gt; &#124; \\*\\*bold\\*\\* \\[x\\]\\(https\\://evil\\.example\\)</code>');
    // The row label column and two runs: every line splits into the same 3 cells.
    const widths = tableLines(markdown).map((line) => line.split('|').length);
    expect(new Set(widths)).toEqual(new Set([5]));
  });

  it('says so when nothing could be loaded', () => {
    const markdown = renderAggregateSummary(buildMatrix([]), problems);
    expect(markdown).toMatch(/^## ❌ SEP-2207 compatibility matrix: no results to merge\n/);
    expect(markdown).not.toContain('| Scenario / check');
    expect(markdown).toContain('### Problems (1)');
  });

  it('stays under the byte budget by dropping problems, then passing rows, then quiet rows, and says so', () => {
    const many: LoadedRun[] = Array.from({ length: 400 }, (_, index) => ({ ...runs()[index % 3]!, label: `client-${index}` }));
    const lots: LoadProblem[] = Array.from({ length: 500 }, (_, index) => ({ file: `broken-${index}/results.json`, reason: 'not valid JSON: '.padEnd(300, 'x') }));
    const matrix = buildMatrix(many);
    const full = renderAggregateSummary(matrix, lots, { maxBytes: 10_000_000 });
    expect(full).not.toContain('Not everything is shown');

    const fewerProblems = renderAggregateSummary(matrix, lots, { maxBytes: Buffer.byteLength(full) - 1 });
    expect(Buffer.byteLength(fewerProblems)).toBeLessThan(Buffer.byteLength(full));
    expect(fewerProblems).toContain('… and 480 more problems');
    expect(fewerProblems).toContain('Left out to stay under the');
    expect(fewerProblems).toContain('480 problems.');

    const small = renderAggregateSummary(matrix, lots, { maxBytes: 60_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(60_000);
    expect(small).toMatch(/^## ❌ SEP-2207 compatibility matrix: 400 runs merged, 266 with enforced failures/);
    expect(small).toContain('**Not everything is shown.**');
    expect(small).toMatch(/table rows? (where every run passed|with no failure or warning in any run)/);

    const tiny = renderAggregateSummary(matrix, lots, { maxBytes: 5_000 });
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(5_000);
    expect(tiny).toContain('The summary was cut here');
  });

  it('uses the title given', () => {
    expect(renderAggregateSummary(buildMatrix(runs()), [], { title: 'Refresh *tokens*' })).toMatch(/^## ❌ Refresh \\\*tokens\\\*: 3 runs/);
  });

  it('writes a cell as emoji and word, draft-only marked, failing ones bold', () => {
    expect(cellText(null)).toBe('—');
    expect(cellText(cell('SUCCESS', false))).toBe('✅ pass');
    expect(cellText(cell('WARNING', true))).toBe('⚠️ warningᵈ');
    expect(cellText(cell('SKIPPED', false))).toBe('⏭️ skipped');
    expect(cellText(cell('FAILURE', false, true))).toBe('**❌ fail**');
  });
});

describe('badges', () => {
  it('builds one per run, labelled with the run label, and one overall from the summed counts', () => {
    const matrix = buildMatrix(runs());
    expect(matrix.columns.map((column) => column.badge)).toEqual([
      { schemaVersion: 1, label: 'greedy-offline-access@1.0', message: '6/7 passed', color: 'yellowgreen' },
      { schemaVersion: 1, label: 'refresh-without-resource', message: '7/10 passed', color: 'yellow' },
      { schemaVersion: 1, label: 'reuse-rotated', message: '3/4 passed', color: 'yellowgreen' },
    ]);
    expect(matrix.columns[0]?.badge).toEqual(buildBadge(greedyOfflineAccess(), 'greedy-offline-access@1.0'));
    expect(overallBadge(matrix)).toEqual({ schemaVersion: 1, label: 'SEP-2207', message: '16/21 passed', color: 'yellowgreen' });
    expect(overallBadge(buildMatrix([]), 'MCP')).toEqual({ schemaVersion: 1, label: 'MCP', message: 'no results', color: 'lightgrey' });
  });

  it.each([
    ['typescript-sdk@1.32', 'typescript-sdk@1.32'],
    ['python sdk / 1.2', 'python-sdk-1.2'],
    ['../../etc/passwd', 'etc-passwd'],
    ['.hidden', 'hidden'],
    [HOSTILE_LABEL, 'img-src-x-onerror-alert-1-bold-x-https-evil.example'],
    ['<>|', 'run'],
    ['CON', 'run-CON'],
    ['x'.repeat(300), 'x'.repeat(100)],
  ])('makes a safe file name of %j', (label, name) => {
    expect(safeFileName(label)).toBe(name);
  });

  it('gives colliding names -2, -3, ignoring case', () => {
    const matrix = buildMatrix([
      { file: 'a', label: 'sdk/1', suite: greedyOfflineAccess() },
      { file: 'b', label: 'sdk:1', suite: greedyOfflineAccess() },
      { file: 'c', label: 'SDK-1', suite: greedyOfflineAccess() },
    ]);
    expect(runBadgeFiles(matrix).map((file) => file.path)).toEqual(['badges/sdk-1.json', 'badges/sdk-1-2.json', 'badges/SDK-1-3.json']);
  });
});

describe('merged JUnit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });

  it('is well-formed, a testsuite per run and scenario, failing only results that fail their run', () => {
    const xml = renderAggregateJunit(runs(), 'must');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml) as { testsuites: { tests: string; failures: string; skipped: string; testsuite: { name: string; failures: string; testcase: { failure?: unknown }[] }[] } };
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((suite) => suite.name)).toEqual([
      'greedy-offline-access@1.0 / auth/offline-access-not-supported',
      'greedy-offline-access@1.0 / auth/refresh-token-use',
      'refresh-without-resource / auth/refresh-token-use',
      'refresh-without-resource / auth/refresh-token-rotation',
      'refresh-without-resource / auth/offline-access-not-supported',
      'reuse-rotated / auth/refresh-token-rotation',
      'reuse-rotated / auth/refresh-token-not-issued',
    ]);
    expect(parsed.testsuites).toMatchObject({ tests: '23', failures: '3', skipped: '1' });
    expect(suites.map((suite) => Number(suite.failures))).toEqual([0, 0, 1, 1, 0, 1, 0]);
    // The draft-only FAILURE of the first run is reported, not failed.
    expect(suites[0]?.testcase.some((testcase) => testcase.failure !== undefined)).toBe(false);
    expect(xml).toContain('FAILURE, MUST NOT, draft-only');
    expect(renderAggregateJunit(runs(), 'should')).toMatch(/<testsuites [^>]*failures="4"/);
  });

  it('escapes hostile labels and messages', () => {
    const suite = suiteResult([
      scenarioResult('auth/"x"', outcomeResult('FAILURE', false, '</failure><script>&\u0001'), [checkResult('oauth-token-request-post', 'SUCCESS', false)]),
    ]);
    const xml = renderAggregateJunit([{ file: 'a&b<c>.json', label: HOSTILE_LABEL, suite }], 'must');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml) as { testsuites: { testsuite: { name: string; properties: { property: { name: string; value: string }[] } }[] } };
    expect(parsed.testsuites.testsuite[0]?.name).toBe(`${HOSTILE_LABEL} / auth/"x"`);
    expect(parsed.testsuites.testsuite[0]?.properties.property).toContainEqual({ name: 'results-file', value: 'a&b<c>.json' });
    expect(xml).not.toContain('<script>');
  });
});

describe('loading helpers', () => {
  it('derives a label from an artifact directory or a file name', () => {
    expect(labelFromPath('/tmp/artifacts/sep-2207-python-sdk@1.2/results.json')).toBe('sep-2207-python-sdk@1.2');
    expect(labelFromPath('/tmp/results/typescript-sdk.json')).toBe('typescript-sdk');
  });

  it('makes labels unique with #2, #3', () => {
    expect(uniqueLabels(['a', 'b', 'a', 'a#2', 'a'])).toEqual(['a', 'b', 'a#2', 'a#2#2', 'a#3']);
  });

  it('resolves patterns against cwd, literal parts included, escaping glob characters in them', () => {
    expect(absolutePattern('artifacts/**/results.json', '/work/x')).toBe('/work/x/artifacts/**/results.json');
    expect(absolutePattern('../artifacts/*/results.json', '/work/x')).toBe('/work/artifacts/*/results.json');
    expect(absolutePattern('results.json', '/w/[a]*')).toBe('/w/[[]a]*/results.json'.replace('*', '[*]'));
    expect(absolutePattern('/abs/**', '/work/x')).toBe('/abs/**');
    expect(absolutePattern('/*.json', '/work/x')).toBe('/*.json');
  });
});

describe('validateSuite', () => {
  it('accepts a results.json, with or without a label', () => {
    const suite = greedyOfflineAccess();
    expect(validateSuite(JSON.parse(JSON.stringify(suite)))).toEqual({ ok: true, suite });
    const { label: _label, ...unlabelled } = suite;
    expect(validateSuite(unlabelled)).toEqual({ ok: true, suite: { ...unlabelled, label: null } });
  });

  it.each([
    ['not a results.json: the JSON is an array, not an object', [1, 2]],
    ['not a results.json: it has no schemaVersion', { hello: 'world' }],
    ['schemaVersion is number 2; this version of sep-2207-action reads schemaVersion 1', { ...greedyOfflineAccess(), schemaVersion: 2 }],
    ['not a valid results.json: scenarios is missing, expected an array', { ...greedyOfflineAccess(), scenarios: undefined }],
    ['not a valid results.json: counts.FAILURE is missing, expected a whole number of 0 or more', { ...greedyOfflineAccess(), counts: { SUCCESS: 1 } }],
    [
      'not a valid results.json: scenarios[1].checks[0].status is the string "PASS", expected one of SUCCESS, FAILURE, WARNING, INFO, SKIPPED',
      (() => {
        const suite = greedyOfflineAccess();
        return { ...suite, scenarios: [suite.scenarios[0], { ...suite.scenarios[1], checks: [{ ...suite.scenarios[1]?.checks[0], status: 'PASS' }] }] };
      })(),
    ],
  ] as [string, unknown][])('rejects: %s', (reason, value) => {
    const validation = validateSuite(value);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.reason.startsWith(reason)).toBe(true);
  });
});
