/** Aggregate mode on SuiteResults in memory: the matrix, its summary, the badges, the merged JUnit, the verdict. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runBadgeFiles, safeFileName } from '../../src/aggregate/badges.js';
import { renderAggregateJunit } from '../../src/aggregate/junit.js';
import {
  absolutePattern,
  labelFromPath,
  uniqueLabels,
  type LoadedRun,
  type LoadProblem,
} from '../../src/aggregate/load.js';
import {
  aggregateVerdict,
  buildMatrix,
  overallBadge,
  type AggregateMatrix,
  type MatrixCell,
} from '../../src/aggregate/matrix.js';
import { cellText, renderAggregateSummary } from '../../src/aggregate/summary.js';
import { validateSuite } from '../../src/aggregate/validate.js';
import type { SuiteResult } from '../../src/model.js';
import { buildBadge } from '../../src/report/badge.js';
import type { Judgement } from '../../src/report/judgement.js';
import { verdict } from '../../src/report/verdict.js';
import {
  greedyOfflineAccess,
  REFRESH_WITHOUT_RESOURCE_RUN_URL,
  refreshWithoutResource,
  reuseRotatedRefreshToken,
} from '../fixtures/results/matrix-suites.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

/** Where the runs' files were: none of these paths may appear in the summary. */
const FILES = [
  '/home/runner/work/private-repo/artifacts/sep-2207-greedy-offline-access/results.json',
  'artifacts/sep-2207-refresh-without-resource/results.json',
  'C:\\Users\\me\\Downloads\\reuse-rotated.json',
] as const;

function runs(): LoadedRun[] {
  return [
    { file: FILES[0], label: 'greedy-offline-access@1.0', suite: greedyOfflineAccess() },
    { file: FILES[1], label: 'refresh-without-resource', suite: refreshWithoutResource() },
    { file: FILES[2], label: 'reuse-rotated', suite: reuseRotatedRefreshToken() },
  ];
}

const cell = (status: MatrixCell['status'], judgement: Judgement, draftOnly: boolean): MatrixCell => ({
  status,
  judgement,
  draftOnly,
  failsRun: judgement === 'fails',
});
const HOSTILE_LABEL = '<img src=x onerror=alert(1)> | **bold** [x](https://evil.example)';
const RUN_LINK = (label: string, url = REFRESH_WITHOUT_RESOURCE_RUN_URL) => `[\`${label}\`](${url})`;

/** A table of a summary, with the last non-blank line before it (its heading, or the `<details>` line). */
interface Table {
  title: string;
  lines: string[];
}

function tables(markdown: string): Table[] {
  const result: Table[] = [];
  let title = '';
  let current: Table | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('| ')) {
      if (current === null) {
        current = { title, lines: [] };
        result.push(current);
      }
      current.lines.push(line);
    } else {
      current = null;
      if (line.trim() !== '') title = line;
    }
  }
  return result;
}

const cellsOf = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((part) => part.trim());
const failuresTable = (markdown: string) =>
  tables(markdown).find((table) => table.title.startsWith('### ❌ What fails'));
/** The unfolded table of rows worth a look (a FAILURE or WARNING in some run). */
const findingsTable = (markdown: string) =>
  tables(markdown).find((table) => table.title.startsWith('### ') && table.lines[0]?.startsWith('| Check |'));
const fullMatrix = (markdown: string) => tables(markdown).find((table) => table.title.startsWith('<details>'));

interface Group {
  scenario: string;
  rows: { check: string; cells: string[] }[];
}

/** A matrix table read back: its scenario heading rows, each with the check rows under it (the Run row left out). */
function groups(table: Table | undefined): Group[] {
  expect(table).toBeDefined();
  const result: Group[] = [];
  for (const line of (table as Table).lines.slice(2)) {
    const [first = '', ...rest] = cellsOf(line);
    if (first === '**Run**') continue;
    const heading = /^\*\*(.+)\*\*$/.exec(first);
    if (heading !== null && rest.every((part) => part === '')) {
      result.push({ scenario: (heading[1] as string).replace(/\\(.)/g, '$1'), rows: [] });
      continue;
    }
    const group = result[result.length - 1];
    expect(group, `a check row before any scenario heading: ${line}`).toBeDefined();
    group?.rows.push({ check: first.replace(/^`|`$/g, ''), cells: rest });
  }
  return result;
}

/** Every table keeps its header's number of cells on every line: no value split a cell. */
function expectRectangularTables(markdown: string): void {
  const found = tables(markdown);
  expect(found.length).toBeGreaterThan(0);
  for (const table of found) {
    const width = table.lines[0]?.split('|').length;
    for (const line of table.lines) expect(line.split('|').length, line).toBe(width);
  }
}

const byScenario = (matrix: AggregateMatrix, scenario: string, id: string) =>
  matrix.rows.find((row) => row.scenario === scenario && row.checkId === id);

describe('buildMatrix', () => {
  const matrix = buildMatrix(runs());

  it('has a column per run with its spec version, run URL, totals and failing count', () => {
    expect(matrix.columns.map((column) => [column.label, column.specVersion, column.runUrl, column.failing])).toEqual([
      ['greedy-offline-access@1.0', '2025-11-25', null, 0],
      ['refresh-without-resource', '2026-07-28', REFRESH_WITHOUT_RESOURCE_RUN_URL, 3],
      ['reuse-rotated', '2025-06-18', null, 1],
    ]);
    expect(matrix.specVersions).toEqual(['2025-11-25', '2026-07-28', '2025-06-18']);
    expect(matrix.columns[1]?.counts).toEqual({ SUCCESS: 6, FAILURE: 3, WARNING: 1, INFO: 0, SKIPPED: 0 });
    expect(matrix.totals).toEqual({ SUCCESS: 15, FAILURE: 5, WARNING: 1, INFO: 1, SKIPPED: 1 });
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

  it(
    'fills a cell with the status and the judgement of its run, and leaves it null when the run did not run the ' +
      'scenario',
    () => {
      // The same FAILURE: draft-only under spec 2025-11-25, enforced under 2026-07-28.
      expect(
        byScenario(matrix, 'auth/offline-access-not-supported', 'sep-2207-offline-access-not-requested')?.cells,
      ).toEqual([cell('FAILURE', 'draft-only', true), cell('FAILURE', 'fails', false), null]);
      expect(byScenario(matrix, 'auth/refresh-token-rotation', 'oauth-refresh-uses-latest-token')?.cells).toEqual([
        null,
        cell('SUCCESS', 'clean', false),
        cell('FAILURE', 'fails', false),
      ]);
      expect(
        byScenario(matrix, 'auth/offline-access-not-supported', 'sep-2207-client-metadata-grant-types')?.cells[1],
      ).toEqual(cell('WARNING', 'below-fail-on', false));
      expect(
        byScenario(matrix, 'auth/refresh-token-not-issued', 'sep-2207-refresh-token-not-assumed')?.cells[2],
      ).toEqual(cell('SKIPPED', 'clean', true));
    },
  );

  it('judges every cell exactly as the run judged itself', () => {
    runs().forEach((run, column) => {
      for (const { scenario, result, judgement } of verdict(run.suite, 'should').judged) {
        expect(byScenario(buildMatrix(runs(), 'should'), scenario, result.id)?.cells[column]).toEqual(
          cell(result.status, judgement, result.draftOnly),
        );
      }
    });
  });

  it('lists each finding that fails its run once, with every scenario it was seen in', () => {
    expect(matrix.failures).toEqual([
      {
        column: 1,
        checkId: 'oauth-refresh-resource-parameter',
        title: 'Refresh requests carry the resource parameter',
        level: 'MUST',
        scenarios: ['auth/refresh-token-use', 'auth/refresh-token-rotation'],
        scenarioCount: 3,
        message: 'The refresh request #9 POST /token did not carry `resource`.',
      },
      {
        column: 1,
        checkId: 'sep-2207-offline-access-not-requested',
        title: 'Client does not request offline_access when the AS does not list it',
        level: 'MUST NOT',
        scenarios: ['auth/offline-access-not-supported'],
        scenarioCount: 3,
        message:
          'The client asked for `offline_access` in #4 GET /authorize → 302, but the authorization server does ' +
          'not list it.',
      },
      {
        column: 2,
        checkId: 'oauth-refresh-uses-latest-token',
        title: 'Client uses the newest refresh token after rotation',
        level: 'MUST',
        scenarios: ['auth/refresh-token-rotation'],
        scenarioCount: 2,
        message: 'The client presented the rotated refresh token again in #12 POST /token.',
      },
    ]);
    // The draft-only FAILURE of the first run is not a failure.
    expect(matrix.failures.some((failure) => failure.column === 0)).toBe(false);
  });

  it('counts an enforced WARNING as failing under fail-on should, and nothing under never', () => {
    const should = buildMatrix(runs(), 'should');
    expect(should.columns.map((column) => column.failing)).toEqual([0, 4, 1]);
    expect(should.failures.map((failure) => [failure.column, failure.checkId])).toContainEqual([
      1,
      'sep-2207-client-metadata-grant-types',
    ]);
    expect(
      byScenario(should, 'auth/offline-access-not-supported', 'sep-2207-client-metadata-grant-types')?.cells[1],
    ).toEqual(cell('WARNING', 'fails', false));

    const never = buildMatrix(runs(), 'never');
    expect(never.columns.map((column) => column.failing)).toEqual([0, 0, 0]);
    expect(never.failures).toEqual([]);
    expect(byScenario(never, 'auth/refresh-token-rotation', 'oauth-refresh-uses-latest-token')?.cells[2]).toEqual(
      cell('FAILURE', 'below-fail-on', false),
    );
  });

  it('keeps the order stable whatever the check order of later runs, with the outcome leading its scenario', () => {
    const first = suiteResult([
      scenarioResult('auth/x', outcomeResult('SUCCESS', false), [
        checkResult('oauth-token-request-post', 'SUCCESS', false),
      ]),
    ]);
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
    expect(rows.map((row) => row.checkId)).toEqual([
      'scenario-outcome',
      'oauth-token-request-post',
      'oauth-refresh-token-used',
    ]);
    expect(rows[1]?.cells).toEqual([cell('SUCCESS', 'clean', false), cell('FAILURE', 'fails', false)]);
    expect(rows[2]?.cells).toEqual([null, cell('INFO', 'clean', true)]);
  });
});

describe('aggregateVerdict', () => {
  it('fails when any run has an enforced failure, naming the runs', () => {
    const result = aggregateVerdict(buildMatrix(runs()), 2);
    expect(result.passed).toBe(false);
    expect(result.reason).toBe(
      '2 of 3 runs have enforced results that fail under fail-on must: refresh-without-resource (3), ' +
        'reuse-rotated (1). 2 problems finding or reading results (listed in the summary).',
    );
  });

  it('passes when only draft-only results fail, even with problems', () => {
    expect(aggregateVerdict(buildMatrix(runs().slice(0, 1)), 1)).toEqual({
      passed: true,
      reason:
        '1 run merged; no enforced result fails under fail-on must. 1 problem finding or reading results (listed ' +
        'in the summary).',
    });
    expect(aggregateVerdict(buildMatrix(runs(), 'never')).passed).toBe(true);
  });

  it('fails with no runs at all', () => {
    const result = aggregateVerdict(buildMatrix([]), 3);
    expect(result.passed).toBe(false);
    expect(result.reason).toMatch(/^No results\.json could be loaded/);
  });
});

describe('renderAggregateSummary', () => {
  const problems: LoadProblem[] = [
    {
      file: 'artifacts/sep-2207-broken/results.json',
      reason: 'not valid JSON: Unexpected token < in "<script>alert(1)</script>"',
    },
  ];
  const markdown = renderAggregateSummary(buildMatrix(runs()), problems);

  it('heads with how many runs fail and who', () => {
    expect(markdown).toMatch(/^## ❌ SEP-2207 compatibility matrix: 2 of 3 runs fail\n/);
    expect(markdown).toContain(
      `**Failed:** ${RUN_LINK('refresh-without-resource')}, \`reuse-rotated\` have enforced results`,
    );
    expect(markdown).toContain('Spec versions `2025-11-25`, `2026-07-28`, `2025-06-18` (they differ between runs');
    expect(renderAggregateSummary(buildMatrix(runs(), 'never'), [])).toMatch(
      /^## ✅ SEP-2207 compatibility matrix: 3 runs, none fails\n/,
    );
  });

  it('lists what fails, one line per finding, the run linked to its GitHub run when known', () => {
    const table = failuresTable(markdown);
    expect(table?.title).toBe('### ❌ What fails (3)');
    expect(table?.lines[0]).toBe('| Run | Scenario | Check | Level | Finding |');
    const rows = (table?.lines.slice(2) ?? []).map(cellsOf);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      [
        RUN_LINK('refresh-without-resource'),
        '2 scenarios: `auth/refresh-token-use`, `auth/refresh-token-rotation`',
        '`oauth-refresh-resource-parameter`',
        'MUST',
      ],
      [
        RUN_LINK('refresh-without-resource'),
        '`auth/offline-access-not-supported`',
        '`sep-2207-offline-access-not-requested`',
        'MUST NOT',
      ],
      ['`reuse-rotated`', '`auth/refresh-token-rotation`', '`oauth-refresh-uses-latest-token`', 'MUST'],
    ]);
    expect(rows[0]?.[4]).toContain('did not carry <code>resource</code>');
    expect(rows[2]?.[4]).toContain('presented the rotated refresh token again');
    // The draft-only FAILURE of the passing run is no failure.
    expect(rows.some((row) => row[0]?.includes('greedy-offline-access'))).toBe(false);
    expect(renderAggregateSummary(buildMatrix(runs(), 'never'), [])).not.toContain('What fails');
  });

  it(
    'shows the rows with a FAILURE or WARNING in some run, grouped ' + 'by scenario, draft-only 🟠 next to enforced ❌',
    () => {
      const table = findingsTable(markdown);
      expect(table?.title).toMatch(/\(5 of 13 rows\)$/);
      expect(table?.lines[0]).toBe(
        `| Check | \`greedy-offline-access@1.0\`<br>2025-11-25 | ${RUN_LINK('refresh-without-resource')}` +
          `<br>2026-07-28 | \`reuse-rotated\`<br>2025-06-18 |`,
      );
      expect(groups(table)).toEqual([
        {
          scenario: 'auth/offline-access-not-supported',
          rows: [
            { check: 'sep-2207-client-metadata-grant-types', cells: ['✅ pass', '⚠️ warning', '—'] },
            { check: 'sep-2207-offline-access-not-requested', cells: ['🟠 fail', '❌ fail', '—'] },
          ],
        },
        {
          scenario: 'auth/refresh-token-use',
          rows: [{ check: 'oauth-refresh-resource-parameter', cells: ['✅ pass', '❌ fail', '—'] }],
        },
        {
          scenario: 'auth/refresh-token-rotation',
          rows: [
            { check: 'oauth-refresh-resource-parameter', cells: ['—', '❌ fail', '✅ pass'] },
            { check: 'oauth-refresh-uses-latest-token', cells: ['—', '✅ pass', '❌ fail'] },
          ],
        },
      ]);
      expect(table?.lines.at(-1)).toBe('| **Run** | ✅ passes | ❌ fails (3) | ❌ fails (1) |');
      // Under fail-on never nothing fails a run: the same FAILUREs are all 🟠.
      const never = groups(findingsTable(renderAggregateSummary(buildMatrix(runs(), 'never'), [])));
      expect(never[0]?.rows[1]).toEqual({
        check: 'sep-2207-offline-access-not-requested',
        cells: ['🟠 fail', '🟠 fail', '—'],
      });
      expect(
        never.flatMap((group) => group.rows.flatMap((row) => row.cells)).some((text) => text.startsWith('❌')),
      ).toBe(false);
    },
  );

  it('folds the full matrix, every scenario once with all its rows, SKIPPED and INFO included', () => {
    expect(markdown).toContain('<details><summary>The full matrix: 13 rows, ');
    const full = groups(fullMatrix(markdown));
    expect(full.map((group) => group.scenario)).toEqual([
      'auth/offline-access-not-supported',
      'auth/refresh-token-use',
      'auth/refresh-token-rotation',
      'auth/refresh-token-not-issued',
    ]);
    const matrix = buildMatrix(runs());
    expect(full.flatMap((group) => group.rows.map((row) => `${group.scenario} ${row.check}`))).toEqual(
      matrix.rows.map((row) => `${row.scenario} ${row.checkId}`),
    );
    expect(full[3]?.rows).toEqual([
      { check: 'scenario-outcome', cells: ['—', '—', '✅ pass'] },
      { check: 'sep-2207-refresh-token-not-assumed', cells: ['—', '—', '⏭️ skipped'] },
      { check: 'oauth-refresh-token-used', cells: ['—', '—', 'ℹ️ info'] },
    ]);
    expect(markdown.indexOf('</details>')).toBeGreaterThan(markdown.indexOf('<details>'));
  });

  it('explains the marks, lists the runs with a link to each known GitHub run, and the problems', () => {
    expect(markdown).toContain('❌ fails the run · 🟠 FAILURE that does not fail it');
    expect(markdown).toContain('· — not run');
    const runLines = markdown
      .slice(markdown.indexOf('### Runs'))
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .slice(0, 3);
    expect(runLines[0]).toMatch(
      /^- ✅ `greedy-offline-access@1\.0` · client mode, spec `2025-11-25` · badge .*passes · 1\/7 flagged/,
    );
    expect(runLines[0]).not.toContain('](');
    expect(runLines[1]).toMatch(
      new RegExp(
        '^- ❌ \\[`refresh-without-resource`\\]\\(https:\\/\\/github\\.com\\/acme\\/mcp-client\\/actions\\/run' +
          's\\/4242\\) · client mode, spec `2026-07-28` · badge .*fails · 3\\/10 checks',
      ),
    );
    expect(runLines[1]?.match(/\]\(/g)).toHaveLength(1);
    expect(runLines[2]).toMatch(/^- ❌ `reuse-rotated` · /);
    expect(runLines[2]).not.toContain('](');
    expect(markdown).toContain('### Problems (1)');
    expect(markdown).toContain(
      '- `artifacts/sep-2207-broken/results.json`: not valid JSON\\: Unexpected token &lt; in ' +
        '&quot;&lt;script&gt;alert',
    );
    expect(markdown).not.toContain('<script');
  });

  it('uses the marks alone: no bold cells, no draft-only superscript', () => {
    expect(markdown).not.toContain('ᵈ');
    expect(markdown).not.toMatch(/\*\*[❌✅⚠️🟠]/u);
  });

  it('names no local file path of a run', () => {
    for (const file of FILES) expect(markdown).not.toContain(file);
    expect(markdown).not.toMatch(/home\/runner|Downloads|sep-2207-refresh-without-resource\/results\.json/);
  });

  it('keeps every table rectangular', () => {
    expectRectangularTables(markdown);
  });

  it(
    "lists a crashed run's outcome but not its SKIPPED checks among " +
      'the rows worth a look; the full matrix has them',
    () => {
      const crashed = suiteResult(
        [
          scenarioResult(
            'auth/refresh-token-use',
            outcomeResult('FAILURE', false, 'The client exited with code 1 before calling the MCP server.'),
            [
              checkResult(
                'oauth-refresh-resource-parameter',
                'SKIPPED',
                false,
                'Not observed: the client never refreshed.',
              ),
              checkResult('oauth-refresh-token-used', 'SKIPPED', true, 'Not observed: the client never refreshed.'),
              checkResult(
                'sep-2207-refresh-token-confidential',
                'SKIPPED',
                true,
                'Not observed: the client never refreshed.',
              ),
            ],
          ),
        ],
        '2025-11-25',
      );
      const text = renderAggregateSummary(
        buildMatrix([
          { file: 'a.json', label: 'greedy', suite: greedyOfflineAccess() },
          { file: 'b.json', label: 'crashed', suite: crashed },
        ]),
        [],
      );
      expect(groups(findingsTable(text))).toEqual([
        {
          scenario: 'auth/offline-access-not-supported',
          rows: [{ check: 'sep-2207-offline-access-not-requested', cells: ['🟠 fail', '—'] }],
        },
        { scenario: 'auth/refresh-token-use', rows: [{ check: 'scenario-outcome', cells: ['✅ pass', '❌ fail'] }] },
      ]);
      expect(groups(fullMatrix(text))[1]).toEqual({
        scenario: 'auth/refresh-token-use',
        rows: [
          { check: 'scenario-outcome', cells: ['✅ pass', '❌ fail'] },
          { check: 'oauth-refresh-resource-parameter', cells: ['✅ pass', '⏭️ skipped'] },
          { check: 'oauth-refresh-token-used', cells: ['✅ pass', '⏭️ skipped'] },
          { check: 'sep-2207-refresh-token-confidential', cells: ['✅ pass', '⏭️ skipped'] },
        ],
      });
    },
  );

  it(
    'escapes hostile labels, scenario names, check ids, messages and run URLs so they neither inject markup nor ' +
      'split cells',
    () => {
      const hostile = suiteResult([
        scenarioResult('auth/<b>x</b>|y', outcomeResult('SUCCESS', false), [
          {
            ...checkResult('oauth-token-request-post', 'FAILURE', false, '| <img src=y> `a|b` @someone #12 **loud**'),
            id: 'id`|<img src=x>',
          },
        ]),
      ]);
      const matrix = buildMatrix([
        {
          file: 'x/</details>|.json',
          label: HOSTILE_LABEL,
          suite: { ...hostile, runUrl: 'javascript:alert(1)', specVersion: '<i>v</i>|' as SuiteResult['specVersion'] },
        },
        { file: 'ok.json', label: 'ok', suite: { ...greedyOfflineAccess(), runUrl: 'https://evil.example/a)|b<c>' } },
      ]);
      const text = renderAggregateSummary(matrix, [{ file: '<img src=x>|', reason: '| <img src=y> `x` @someone' }]);
      expect(text).not.toMatch(/<img|<b>|<i>|<\/details>[^\n]*\.json/);
      expect(text.match(/<\/details>/g)).toHaveLength(1);
      expect(text).not.toContain('**bold** [');
      expect(text).not.toContain('](https://evil.example)');
      expect(text).not.toContain('**loud**');
      // A run URL that is not http(s) is no link at all; an odd http(s) one is percent-encoded inside the link.
      expect(text).not.toContain('javascript');
      expect(text).toContain('[`ok`](https://evil.example/a%29%7Cb%3Cc%3E)');
      const hostileCode =
        '<code>&lt;img src\\=x onerror\\=alert\\(1\\)&gt; &#124; \\*\\*bold\\*\\* ' +
        '\\[x\\]\\(https\\://evil\\.example\\)</code>';
      expect(text).toContain(`| ${hostileCode} |`);
      expect(text).not.toContain(`[${hostileCode}]`);
      expect(text).toContain('| **auth/&lt;b&gt;x&lt;/b&gt;&#124;y** |');
      expect(text).not.toContain('.json');
      expect(failuresTable(text)?.lines).toHaveLength(3);
      expectRectangularTables(text);
    },
  );

  it('says so when nothing could be loaded', () => {
    const text = renderAggregateSummary(buildMatrix([]), problems);
    expect(text).toMatch(/^## ❌ SEP-2207 compatibility matrix: no results to merge\n/);
    expect(text).not.toContain('| Check');
    expect(text).toContain('### Problems (1)');
  });

  it(
    'stays under the byte budget by dropping problems, the full ' + 'matrix, failures, then the run lines, and says so',
    () => {
      const many: LoadedRun[] = Array.from({ length: 400 }, (_, index) => ({
        ...runs()[index % 3]!,
        label: `client-${index}`,
      }));
      const lots: LoadProblem[] = Array.from({ length: 500 }, (_, index) => ({
        file: `broken-${index}/results.json`,
        reason: 'not valid JSON: '.padEnd(300, 'x'),
      }));
      const matrix = buildMatrix(many);
      const failures = matrix.failures.length;
      expect(failures).toBeGreaterThan(30);
      const render = (maxBytes: number) => {
        const text = renderAggregateSummary(matrix, lots, { maxBytes });
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes);
        return text;
      };
      const size = (text: string) => Buffer.byteLength(text);
      const rowsWorthALook = (text: string) => groups(findingsTable(text)).map((group) => group.scenario);
      /** What the closing note says was left out, in any order. */
      const leftOut = (text: string) =>
        /Left out to stay under the [\d,]+-byte job summary limit: (.+)\. aggregate\.json has everything\./
          .exec(text)?.[1]
          ?.split('; ')
          .sort() ?? [];

      const full = render(10_000_000);
      expect(full).not.toContain('Not everything is shown');
      expect(full).toContain('<details>');
      expect(full).toContain('### Runs');
      expect(full).toMatch(/^## ❌ SEP-2207 compatibility matrix: 266 of 400 runs fail/);

      const fewerProblems = render(size(full) - 1);
      expect(fewerProblems).toContain('… and 480 more problems');
      expect(fewerProblems).toContain('<details>');
      expect(leftOut(fewerProblems)).toEqual(['480 problems']);

      const noFullMatrix = render(size(fewerProblems) - 1);
      expect(noFullMatrix).not.toContain('<details>');
      expect(noFullMatrix).not.toContain('more failure');
      expect(noFullMatrix).toContain('### Runs');
      expect(leftOut(noFullMatrix)).toEqual(['480 problems', 'the full matrix']);

      const fewerFailures = render(size(noFullMatrix) - 1);
      expect(fewerFailures).toContain(`… and ${failures - 30} more failures`);
      expect(failuresTable(fewerFailures)?.lines).toHaveLength(32);
      expect(fewerFailures).toContain('### Runs');
      expect(leftOut(fewerFailures)).toEqual([`${failures - 30} failures`, '480 problems', 'the full matrix']);

      const noRuns = render(size(fewerFailures) - 1);
      expect(noRuns).not.toContain('### Runs');
      expect(leftOut(noRuns)).toEqual([
        `${failures - 30} failures`,
        '480 problems',
        'the full matrix',
        'the per-run lines',
      ]);
      // The rows worth a look survive every cut.
      for (const text of [full, fewerProblems, noFullMatrix, fewerFailures, noRuns]) {
        expect(rowsWorthALook(text)).toEqual([
          'auth/offline-access-not-supported',
          'auth/refresh-token-use',
          'auth/refresh-token-rotation',
        ]);
      }

      const tiny = render(5_000);
      expect(tiny).toContain('The summary was cut here');
    },
  );

  it('uses the title given', () => {
    expect(renderAggregateSummary(buildMatrix(runs()), [], { title: 'Refresh *tokens*' })).toMatch(
      /^## ❌ Refresh \\\*tokens\\\*: 2 of 3 runs fail/,
    );
  });

  it('writes a cell as its mark and a word: ❌ only where the result fails its run', () => {
    expect(cellText(null)).toBe('—');
    expect(cellText(cell('SUCCESS', 'clean', false))).toBe('✅ pass');
    expect(cellText(cell('FAILURE', 'fails', false))).toBe('❌ fail');
    expect(cellText(cell('FAILURE', 'draft-only', true))).toBe('🟠 fail');
    expect(cellText(cell('FAILURE', 'advisory', true))).toBe('🟠 fail');
    expect(cellText(cell('FAILURE', 'below-fail-on', false))).toBe('🟠 fail');
    expect(cellText(cell('WARNING', 'fails', false))).toBe('❌ warning');
    expect(cellText(cell('WARNING', 'draft-only', true))).toBe('⚠️ warning');
    expect(cellText(cell('INFO', 'clean', true))).toBe('ℹ️ info');
    expect(cellText(cell('SKIPPED', 'clean', false))).toBe('⏭️ skipped');
  });
});

describe('badges', () => {
  const clean = () =>
    suiteResult([
      scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-resource-parameter', 'SUCCESS', false),
      ]),
    ]);

  it('builds one per run by its verdict, as the run itself would, labelled with the run label', () => {
    const matrix = buildMatrix(runs());
    expect(matrix.columns.map((column) => column.badge)).toEqual([
      { schemaVersion: 1, label: 'greedy-offline-access@1.0', message: 'passes · 1/7 flagged', color: 'yellow' },
      { schemaVersion: 1, label: 'refresh-without-resource', message: 'fails · 3/10 checks', color: 'red' },
      { schemaVersion: 1, label: 'reuse-rotated', message: 'fails · 1/6 checks', color: 'red' },
    ]);
    runs().forEach((run, index) =>
      expect(matrix.columns[index]?.badge).toEqual(buildBadge(verdict(run.suite, 'must'), run.label)),
    );
    expect(buildMatrix([{ file: 'c', label: 'clean', suite: clean() }]).columns[0]?.badge).toEqual({
      schemaVersion: 1,
      label: 'clean',
      message: 'passes · 0/2 flagged',
      color: 'brightgreen',
    });
  });

  it('builds the overall badge from the summed counts, red when any run fails', () => {
    const matrix = buildMatrix(runs());
    const sum = (key: 'failing' | 'total') =>
      matrix.columns.reduce((total, column) => total + column.badgeCounts[key], 0);
    expect([sum('failing'), sum('total')]).toEqual([4, 23]);
    expect(overallBadge(matrix)).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'fails · 4/23 checks',
      color: 'red',
    });

    // One failing run among passing ones turns it red.
    const oneFails = buildMatrix([
      { file: 'a', label: 'a', suite: greedyOfflineAccess() },
      { file: 'b', label: 'b', suite: clean() },
      { file: 'c', label: 'c', suite: reuseRotatedRefreshToken() },
    ]);
    expect(oneFails.columns.map((column) => column.badge.color)).toEqual(['yellow', 'brightgreen', 'red']);
    expect(overallBadge(oneFails, 'MCP')).toEqual({
      schemaVersion: 1,
      label: 'MCP',
      message: 'fails · 1/15 checks',
      color: 'red',
    });

    expect(overallBadge(buildMatrix([{ file: 'a', label: 'a', suite: greedyOfflineAccess() }]))).toMatchObject({
      message: 'passes · 1/7 flagged',
      color: 'yellow',
    });
    expect(overallBadge(buildMatrix([{ file: 'b', label: 'b', suite: clean() }]))).toMatchObject({
      message: 'passes · 0/2 flagged',
      color: 'brightgreen',
    });
    expect(overallBadge(buildMatrix(runs(), 'never'))).toMatchObject({
      message: 'passes · 6/23 flagged',
      color: 'yellow',
    });
    expect(overallBadge(buildMatrix([]), 'MCP')).toEqual({
      schemaVersion: 1,
      label: 'MCP',
      message: 'no results',
      color: 'lightgrey',
    });
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
    expect(runBadgeFiles(matrix).map((file) => file.path)).toEqual([
      'badges/sdk-1.json',
      'badges/sdk-1-2.json',
      'badges/SDK-1-3.json',
    ]);
  });
});

interface ParsedTestcase {
  name: string;
  failure?: { type: string; message: string };
  skipped?: { message: string } | '';
}
interface ParsedSuite {
  name: string;
  failures: string;
  skipped: string;
  properties?: { property: { name: string; value: string }[] };
  testcase: ParsedTestcase[];
}
interface ParsedJunit {
  testsuites: { tests: string; failures: string; skipped: string; testsuite: ParsedSuite[] };
}

describe('merged JUnit', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  const parse = (xml: string) => (parser.parse(xml) as ParsedJunit).testsuites;
  const properties = (suite: ParsedSuite | undefined) =>
    Object.fromEntries((suite?.properties?.property ?? []).map((item) => [item.name, item.value]));
  const testcase = (suite: ParsedSuite | undefined, name: string) => suite?.testcase.find((item) => item.name === name);

  it('is well-formed, a testsuite per run and scenario, failing only results that fail their run', () => {
    const xml = renderAggregateJunit(runs(), 'must');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parse(xml);
    const suites = parsed.testsuite;
    expect(suites.map((suite) => suite.name)).toEqual([
      'greedy-offline-access@1.0 / auth/offline-access-not-supported',
      'greedy-offline-access@1.0 / auth/refresh-token-use',
      'refresh-without-resource / auth/refresh-token-use',
      'refresh-without-resource / auth/refresh-token-rotation',
      'refresh-without-resource / auth/offline-access-not-supported',
      'reuse-rotated / auth/refresh-token-rotation',
      'reuse-rotated / auth/refresh-token-not-issued',
    ]);
    // The draft-only FAILURE, the WARNING below fail-on and the SKIPPED are skipped, never failed.
    expect(parsed).toMatchObject({ tests: '23', failures: '4', skipped: '3' });
    expect(suites.map((suite) => Number(suite.failures))).toEqual([0, 0, 1, 1, 1, 1, 0]);
    expect(parse(renderAggregateJunit(runs(), 'should'))).toMatchObject({ failures: '5', skipped: '2' });
  });

  it('judges the same check per run: skipped where it is draft-only, a failure where it is enforced', () => {
    const suites = parse(renderAggregateJunit(runs(), 'must')).testsuite;
    const draftOnly = testcase(suites[0], 'sep-2207-offline-access-not-requested');
    expect(draftOnly?.failure).toBeUndefined();
    expect(draftOnly?.skipped).toMatchObject({
      message: expect.stringMatching(/^draft-only FAILURE: The client asked for offline_access/) as unknown as string,
    });
    const enforced = testcase(suites[4], 'sep-2207-offline-access-not-requested');
    expect(enforced?.skipped).toBeUndefined();
    expect(enforced?.failure).toMatchObject({
      type: 'MUST NOT',
      message: expect.stringMatching(/^FAILURE: The client asked for offline_access/) as unknown as string,
    });
    expect(testcase(suites[4], 'sep-2207-client-metadata-grant-types')?.skipped).toMatchObject({
      message: expect.stringMatching(/^below fail-on WARNING: /) as unknown as string,
    });
    expect(testcase(suites[6], 'sep-2207-refresh-token-not-assumed')?.skipped).toMatchObject({
      message: 'not observed: the access token never expired.',
    });
  });

  it('names the run, its spec version and its GitHub run (when known) in every testsuite', () => {
    const suites = parse(renderAggregateJunit(runs(), 'must')).testsuite;
    expect(properties(suites[0])).toEqual({ label: 'greedy-offline-access@1.0', 'spec-version': '2025-11-25' });
    for (const suite of suites.slice(2, 5)) {
      expect(properties(suite)).toEqual({
        label: 'refresh-without-resource',
        'spec-version': '2026-07-28',
        'run-url': REFRESH_WITHOUT_RESOURCE_RUN_URL,
      });
    }
    expect(properties(suites[6])).toEqual({ label: 'reuse-rotated', 'spec-version': '2025-06-18' });
  });

  it('escapes hostile labels, messages and run URLs', () => {
    const suite = suiteResult([
      scenarioResult('auth/"x"', outcomeResult('FAILURE', false, '</failure><script>&\u0001'), [
        checkResult('oauth-token-request-post', 'SUCCESS', false),
      ]),
    ]);
    const runUrl = 'javascript:alert(1)"/><script>x</script>';
    const xml = renderAggregateJunit(
      [{ file: 'a&b<c>.json', label: HOSTILE_LABEL, suite: { ...suite, runUrl } }],
      'must',
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parse(xml).testsuite[0];
    expect(parsed?.name).toBe(`${HOSTILE_LABEL} / auth/"x"`);
    // Only an http(s) URL is recorded as the run's URL, as in the summary.
    expect(properties(parsed)).toEqual({ label: HOSTILE_LABEL, 'spec-version': '2025-11-25' });
    expect(testcase(parsed, 'scenario-outcome')?.failure).toMatchObject({ type: 'MUST' });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('a&b<c>.json');
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
  it('accepts a results.json, with or without a label and a run URL', () => {
    const suite = greedyOfflineAccess();
    expect(suite.runUrl).toBeUndefined();
    expect(validateSuite(JSON.parse(JSON.stringify(suite)))).toEqual({ ok: true, suite });
    const { label: _label, ...unlabelled } = suite;
    expect(validateSuite(unlabelled)).toEqual({ ok: true, suite: { ...unlabelled, label: null } });
    for (const withUrl of [refreshWithoutResource(), reuseRotatedRefreshToken()]) {
      expect(validateSuite(JSON.parse(JSON.stringify(withUrl)))).toEqual({ ok: true, suite: withUrl });
    }
  });

  it.each([
    ['not a results.json: the JSON is an array, not an object', [1, 2]],
    ['not a results.json: it has no schemaVersion', { hello: 'world' }],
    [
      'schemaVersion is number 2; this version of sep-2207-action reads schemaVersion 1',
      { ...greedyOfflineAccess(), schemaVersion: 2 },
    ],
    [
      'not a valid results.json: scenarios is missing, expected an array',
      { ...greedyOfflineAccess(), scenarios: undefined },
    ],
    [
      'not a valid results.json: counts.FAILURE is missing, expected a whole number of 0 or more',
      { ...greedyOfflineAccess(), counts: { SUCCESS: 1 } },
    ],
    [
      'not a valid results.json: runUrl is number 42, expected a string or null',
      { ...greedyOfflineAccess(), runUrl: 42 },
    ],
    [
      'not a valid results.json: runUrl is an object, expected a string or null',
      { ...greedyOfflineAccess(), runUrl: { href: 'https://example.com' } },
    ],
    [
      'not a valid results.json: scenarios[1].checks[0].status is the string "PASS", expected one of SUCCESS, ' +
        'FAILURE, WARNING, INFO, SKIPPED',
      (() => {
        const suite = greedyOfflineAccess();
        return {
          ...suite,
          scenarios: [
            suite.scenarios[0],
            { ...suite.scenarios[1], checks: [{ ...suite.scenarios[1]?.checks[0], status: 'PASS' }] },
          ],
        };
      })(),
    ],
  ] as [string, unknown][])('rejects: %s', (reason, value) => {
    const validation = validateSuite(value);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.reason.startsWith(reason)).toBe(true);
  });
});
