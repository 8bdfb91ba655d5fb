/**
 * Aggregate mode on files, as an aggregate job sees them: every matrix job's artifact downloaded into its own
 * directory (`artifacts/sep-2207-<label>/results.json`, next to the job's other report files), plus a broken file
 * and one from a future schema version.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadResults } from '../../src/aggregate/load.js';
import { runAggregate, type AggregateFile } from '../../src/aggregate/merge.js';
import type { Badge } from '../../src/report/badge.js';
import { MATRIX_CLIENTS, REFRESH_WITHOUT_RESOURCE_RUN_URL } from '../fixtures/results/matrix-suites.js';

function write(path: string, content: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

/** A temporary directory holding `artifacts/` as actions/download-artifact leaves it. */
function downloadedArtifacts(): string {
  const root = mkdtempSync(join(tmpdir(), 'sep-2207-aggregate-'));
  for (const client of MATRIX_CLIENTS) {
    const directory = join(root, 'artifacts', client.directory);
    write(join(directory, 'results.json'), `${JSON.stringify(client.suite(), null, 2)}\n`);
    // The other report files of the artifact: never read by the default pattern.
    write(join(directory, 'junit.xml'), '<testsuites/>\n');
    write(join(directory, 'badge.json'), '{"schemaVersion":1,"label":"x","message":"y","color":"red"}\n');
  }
  write(join(root, 'artifacts', 'sep-2207-broken', 'results.json'), '{"schemaVersion": 1, "scenarios": [');
  const future = { ...MATRIX_CLIENTS[0].suite(), schemaVersion: 2, label: 'from-the-future' };
  write(join(root, 'artifacts', 'sep-2207-future', 'results.json'), JSON.stringify(future));
  return root;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('runAggregate on downloaded artifacts', () => {
  let root: string;
  let outcome: Awaited<ReturnType<typeof runAggregate>>;

  beforeAll(async () => {
    root = downloadedArtifacts();
    outcome = await runAggregate({
      patterns: ['artifacts/**/results.json'],
      cwd: root,
      outputDir: join(root, 'out'),
      failOn: 'must',
    });
  });

  it(
    'merges the three readable runs into one matrix, a column ' + 'each, labels from the files or their directories',
    () => {
      expect(
        outcome.matrix.columns.map((column) => [column.label, column.file, column.specVersion, column.runUrl]),
      ).toEqual([
        ['greedy-offline-access@1.0', 'artifacts/sep-2207-greedy-offline-access/results.json', '2025-11-25', null],
        [
          'refresh-without-resource',
          'artifacts/sep-2207-refresh-without-resource/results.json',
          '2026-07-28',
          REFRESH_WITHOUT_RESOURCE_RUN_URL,
        ],
        [
          'sep-2207-reuse-rotated-refresh-token',
          'artifacts/sep-2207-reuse-rotated-refresh-token/results.json',
          '2025-06-18',
          null,
        ],
      ]);
      expect(outcome.matrix.rows).toHaveLength(13);
      expect(outcome.matrix.rows.every((row) => row.cells.length === 3)).toBe(true);
    },
  );

  it('lists the broken and the mismatched file as problems, naming each', () => {
    expect(outcome.problems).toEqual([
      {
        file: 'artifacts/sep-2207-broken/results.json',
        reason: expect.stringMatching(/^not valid JSON: /) as unknown as string,
      },
      {
        file: 'artifacts/sep-2207-future/results.json',
        reason:
          'schemaVersion is number 2; this version of sep-2207-action reads schemaVersion 1 (use the same action ' +
          'version in the matrix jobs and the aggregate job)',
      },
    ]);
  });

  it('fails because two runs have enforced failures, not because of the broken files', () => {
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toBe(
      '2 of 3 runs have enforced results that fail under fail-on must: refresh-without-resource (3), ' +
        'sep-2207-reuse-rotated-refresh-token (1). 2 problems finding or reading results (listed in the summary).',
    );
  });

  it('writes summary.md, badge.json, a badge per run, junit.xml and aggregate.json, and nothing else', () => {
    const out = join(root, 'out');
    expect(readdirSync(out).sort()).toEqual(['aggregate.json', 'badge.json', 'badges', 'junit.xml', 'summary.md']);
    expect(readdirSync(join(out, 'badges')).sort()).toEqual([
      'greedy-offline-access@1.0.json',
      'refresh-without-resource.json',
      'sep-2207-reuse-rotated-refresh-token.json',
    ]);
    expect(outcome.files.badges.map((file) => file.label)).toEqual(
      outcome.matrix.columns.map((column) => column.label),
    );
    expect(readJson<Badge>(join(out, 'badges', 'refresh-without-resource.json'))).toEqual({
      schemaVersion: 1,
      label: 'refresh-without-resource',
      message: 'fails · 3/10 checks',
      color: 'red',
    });
    expect(readJson<Badge>(join(out, 'badges', 'greedy-offline-access@1.0.json'))).toMatchObject({
      message: 'passes · 1/7 flagged',
      color: 'yellow',
    });
    expect(readJson<Badge>(outcome.files.badge)).toEqual(outcome.overallBadge);
    // Red as soon as one run fails, counted out of every result of every run.
    expect(outcome.overallBadge).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'fails · 4/23 checks',
      color: 'red',
    });
    expect(readFileSync(outcome.files.summary, 'utf8')).toBe(outcome.summaryMarkdown);
  });

  it(
    'summarises the matrix: what fails linked to its run, the ' + 'rows by scenario, the runs, and the problem files',
    () => {
      const markdown = outcome.summaryMarkdown;
      const runLink = `[\`refresh-without-resource\`](${REFRESH_WITHOUT_RESOURCE_RUN_URL})`;
      expect(markdown).toMatch(/^## ❌ SEP-2207 compatibility matrix: 2 of 3 runs fail\n/);
      expect(markdown).toContain('### ❌ What fails (3)');
      expect(markdown).toContain(
        `| ${runLink} | 2 scenarios: \`auth/refresh-token-use\`, \`auth/refresh-token-rotation\` | ` +
          `\`oauth-refresh-resource-parameter\` | MUST |`,
      );
      expect(markdown).toContain(
        '| `sep-2207-reuse-rotated-refresh-token` | `auth/refresh-token-rotation` | ' +
          '`oauth-refresh-uses-latest-token` | MUST |',
      );
      // The same check, draft-only in one run and enforced in another, under its scenario's heading row.
      const worthALook = markdown.slice(
        markdown.indexOf('\n### ', markdown.indexOf('### ❌ What fails') + 1),
        markdown.indexOf('<details>'),
      );
      expect(worthALook).toMatch(
        new RegExp(
          '\\| \\*\\*auth\\/offline\\\\-access\\\\-not\\\\-supported\\*\\* \\|[ |]+\\n\\| ' +
            '`sep-2207-client-metadata-grant-types` \\| ✅ pass \\| ⚠️ warning \\| — \\|\\n\\| ' +
            '`sep-2207-offline-access-not-requested` \\| 🟠 fail \\| ❌ fail \\| — \\|\\n',
        ),
      );
      expect(worthALook).toContain('| `oauth-refresh-uses-latest-token` | — | ✅ pass | ❌ fail |');
      expect(worthALook).not.toContain('auth/refresh\\-token\\-not\\-issued');
      expect(markdown.slice(markdown.indexOf('<details>'))).toContain(
        '| `sep-2207-refresh-token-not-assumed` | — | — | ⏭️ skipped |',
      );
      const runs = markdown.slice(markdown.indexOf('### Runs'), markdown.indexOf('### Problems'));
      expect(runs).toContain(`- ❌ ${runLink} · `);
      expect(runs.match(/\]\(/g)).toHaveLength(1);
      expect(markdown).toContain('- `artifacts/sep-2207-broken/results.json`: not valid JSON');
      expect(markdown).toContain('- `artifacts/sep-2207-future/results.json`: schemaVersion is number 2');
    },
  );

  it('names no local path of a run in the summary', () => {
    const markdown = outcome.summaryMarkdown;
    for (const column of outcome.matrix.columns) expect(markdown).not.toContain(column.file);
    expect(markdown).not.toContain(root);
  });

  it('merges the JUnit reports into one valid file, a testsuite per run and scenario', () => {
    const xml = readFileSync(outcome.files.junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'testsuite',
    }).parse(xml) as {
      testsuites: { failures: string; testsuite: { name: string }[] };
    };
    expect(parsed.testsuites.testsuite.map((suite) => suite.name)).toEqual([
      'greedy-offline-access@1.0 / auth/offline-access-not-supported',
      'greedy-offline-access@1.0 / auth/refresh-token-use',
      'refresh-without-resource / auth/refresh-token-use',
      'refresh-without-resource / auth/refresh-token-rotation',
      'refresh-without-resource / auth/offline-access-not-supported',
      'sep-2207-reuse-rotated-refresh-token / auth/refresh-token-rotation',
      'sep-2207-reuse-rotated-refresh-token / auth/refresh-token-not-issued',
    ]);
    expect(parsed.testsuites.failures).toBe('4');
    expect(xml).toContain(`<property name="run-url" value="${REFRESH_WITHOUT_RESOURCE_RUN_URL}"/>`);
    expect(xml.match(/<property name="run-url"/g)).toHaveLength(3);
  });

  it('writes the matrix as data in aggregate.json', () => {
    const report = readJson<AggregateFile>(outcome.files.aggregate);
    expect(report.schemaVersion).toBe(1);
    expect(report.columns.map((column) => column.label)).toEqual(outcome.matrix.columns.map((column) => column.label));
    expect(report.rows).toEqual(outcome.matrix.rows);
    expect(report.failures).toEqual(outcome.matrix.failures);
    expect(
      report.failures.map((failure) => [
        report.columns[failure.column]?.label,
        failure.checkId,
        failure.scenarios.length,
      ]),
    ).toEqual([
      ['refresh-without-resource', 'oauth-refresh-resource-parameter', 2],
      ['refresh-without-resource', 'sep-2207-offline-access-not-requested', 1],
      ['sep-2207-reuse-rotated-refresh-token', 'oauth-refresh-uses-latest-token', 1],
    ]);
    expect(report.columns.map((column) => column.runUrl)).toEqual([null, REFRESH_WITHOUT_RESOURCE_RUN_URL, null]);
    expect(report.problems).toEqual(outcome.problems);
    expect(report).toMatchObject({ passed: false, failOn: 'must', reason: outcome.reason });
  });
});

describe('loading results', () => {
  it(
    'takes a directory for every results.json under it, applies exclusions and reports a pattern that matches ' +
      'nothing',
    async () => {
      const root = downloadedArtifacts();
      const { runs, problems } = await loadResults(
        ['artifacts\n!artifacts/sep-2207-refresh-without-resource/**\n# a comment', 'missing/**/results.json'],
        root,
      );
      expect(runs.map((run) => run.label)).toEqual([
        'greedy-offline-access@1.0',
        'sep-2207-reuse-rotated-refresh-token',
      ]);
      expect(problems.map((problem) => [problem.file, problem.reason.slice(0, 25)])).toEqual([
        ['missing/**/results.json', 'no file matches this patt'],
        ['artifacts/sep-2207-broken/results.json', 'not valid JSON: Unexpecte'],
        ['artifacts/sep-2207-future/results.json', 'schemaVersion is number 2'],
      ]);
    },
  );

  it('makes repeated labels unique and names a loose file by its name, from a pattern with ..', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sep-2207-aggregate-'));
    const suite = MATRIX_CLIENTS[1].suite();
    write(join(root, 'a', 'results.json'), JSON.stringify(suite));
    write(join(root, 'b', 'results.json'), JSON.stringify(suite));
    write(join(root, 'loose', 'python-sdk.json'), JSON.stringify({ ...suite, label: null }));
    const { runs, problems } = await loadResults(['../*/results.json', '../loose/*.json'], join(root, 'loose'));
    expect(problems).toEqual([]);
    expect(runs.map((run) => [run.label, run.file])).toEqual([
      ['refresh-without-resource', join(root, 'a', 'results.json')],
      ['refresh-without-resource#2', join(root, 'b', 'results.json')],
      ['python-sdk', 'python-sdk.json'],
    ]);
  });

  it('never links a run URL that is not http(s), and reports one that is not a string', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sep-2207-aggregate-'));
    const suite = MATRIX_CLIENTS[1].suite();
    write(
      join(root, 'artifacts', 'evil', 'results.json'),
      JSON.stringify({ ...suite, label: 'evil', runUrl: 'javascript:alert(1)' }),
    );
    write(join(root, 'artifacts', 'odd', 'results.json'), JSON.stringify({ ...suite, label: 'odd', runUrl: 42 }));
    const outcome = await runAggregate({
      patterns: ['artifacts'],
      cwd: root,
      outputDir: join(root, 'out'),
      failOn: 'must',
    });
    expect(outcome.matrix.columns.map((column) => [column.label, column.runUrl])).toEqual([
      ['evil', 'javascript:alert(1)'],
    ]);
    expect(outcome.problems).toEqual([
      {
        file: 'artifacts/odd/results.json',
        reason: 'not a valid results.json: runUrl is number 42, expected a string or null',
      },
    ]);
    expect(outcome.summaryMarkdown).toContain('| `evil` | ');
    expect(outcome.summaryMarkdown).not.toContain('javascript');
    expect(outcome.summaryMarkdown).not.toContain('[the run]');
  });

  it('fails the aggregate when nothing can be loaded, and still writes every file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sep-2207-aggregate-'));
    const outcome = await runAggregate({
      patterns: ['artifacts/**/results.json'],
      cwd: root,
      outputDir: join(root, 'out'),
      failOn: 'never',
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toBe(
      'No results.json could be loaded, so there is nothing to merge. 1 problem finding or reading results ' +
        '(listed in the summary).',
    );
    expect(outcome.problems).toEqual([{ file: 'artifacts/**/results.json', reason: 'no file matches this pattern' }]);
    expect(outcome.overallBadge).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'no results',
      color: 'lightgrey',
    });
    expect(readdirSync(join(root, 'out')).sort()).toEqual([
      'aggregate.json',
      'badge.json',
      'badges',
      'junit.xml',
      'summary.md',
    ]);
    expect(XMLValidator.validate(readFileSync(outcome.files.junit, 'utf8'))).toBe(true);
    expect(outcome.summaryMarkdown).toContain('no results to merge');
  });
});
