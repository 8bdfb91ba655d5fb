import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../src/checks/catalog.js';
import type { SuiteResult } from '../../src/model.js';
import { badgeFor, buildBadge } from '../../src/report/badge.js';
import { loadBaseline, parseBaseline } from '../../src/baseline-file.js';
import { isBaselined, staleEntries, type Baseline } from '../../src/report/baseline.js';
import { escapeXml, renderJunit } from '../../src/report/junit.js';
import { verdict } from '../../src/report/verdict.js';
import { SettingsError } from '../../src/settings.js';
import { withEvidence } from './suite-fixtures.js';
import {
  checkResult,
  clientRun,
  completeFlow,
  outcomeResult,
  scenarioResult,
  suiteResult,
} from './transcript-builder.js';

const SHIELDS_KEYS = [
  'schemaVersion',
  'label',
  'message',
  'color',
  'labelColor',
  'isError',
  'namedLogo',
  'logoSvg',
  'logoColor',
  'logoWidth',
  'style',
  'cacheSeconds',
];

/** Every result of a suite: each scenario's outcome and its checks, whatever their status. */
const resultCount = (suite: SuiteResult) =>
  suite.scenarios.reduce((sum, scenario) => sum + 1 + scenario.checks.length, 0);

/**
 * Under spec 2026-07-28: three scenarios full of SUCCESS, INFO and SKIPPED results, plus `extra` checks in the last.
 */
function busySuite(...extra: ReturnType<typeof checkResult>[]): SuiteResult {
  return suiteResult(
    [
      scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [
        checkResult('sep-2207-client-metadata-grant-types', 'SUCCESS', false),
        checkResult('sep-2207-offline-access-requested', 'INFO', false),
        checkResult('oauth-token-request-post', 'SUCCESS', false),
      ]),
      scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-resource-parameter', 'SUCCESS', false),
        checkResult('oauth-refresh-token-used', 'SKIPPED', true, 'Not observed: no access token expired.'),
        checkResult('sep-2207-refresh-token-confidential', 'SUCCESS', false),
      ]),
      scenarioResult('auth/offline-access-not-supported', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-scope-within-grant', 'SUCCESS', false),
        ...extra,
      ]),
    ],
    '2026-07-28',
  );
}

describe('badge', () => {
  it('holds only shields.io endpoint keys, with the label given', () => {
    const suite = busySuite(checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false));
    const badge = buildBadge(verdict(suite, 'must'), 'MCP refresh');
    for (const key of Object.keys(badge)) expect(SHIELDS_KEYS).toContain(key);
    expect(badge).toEqual({
      schemaVersion: 1,
      label: 'MCP refresh',
      message: `fails · 1/${resultCount(suite)} checks`,
      color: 'red',
    });
  });

  it('a run failing on one enforced MUST NOT among many passes is red, never green', () => {
    const suite = busySuite(checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false));
    expect(resultCount(suite)).toBe(11);
    const judged = verdict(suite, 'must');
    expect(judged.passed).toBe(false);
    expect(buildBadge(judged)).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'fails · 1/11 checks',
      color: 'red',
    });
  });

  it('a failing run counts only what fails it, not its other findings', () => {
    const suite = busySuite(
      checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false),
      checkResult('sep-2207-offline-access-needs-refresh-grant', 'WARNING', false),
      checkResult('oidc-offline-access-prompt-consent', 'WARNING', true),
    );
    expect(buildBadge(verdict(suite, 'must'))).toMatchObject({ message: 'fails · 1/13 checks', color: 'red' });
    // With fail-on should the enforced WARNING fails the run too.
    expect(buildBadge(verdict(suite, 'should'))).toMatchObject({ message: 'fails · 2/13 checks', color: 'red' });
  });

  it('a passing run with a draft-only FAILURE is yellow', () => {
    const suite = suiteResult([
      scenarioResult('auth/offline-access-not-supported', outcomeResult('SUCCESS', false), [
        checkResult('oauth-token-request-post', 'SUCCESS', false),
        checkResult('sep-2207-offline-access-not-requested', 'FAILURE', true),
      ]),
    ]);
    const judged = verdict(suite, 'must');
    expect(judged.passed).toBe(true);
    expect(buildBadge(judged)).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'passes · 1/3 flagged',
      color: 'yellow',
    });
  });

  it.each([
    ['advisory WARNING', checkResult('oauth-refresh-invalid-grant-recovery', 'WARNING', true), 'must'],
    [
      'enforced WARNING below fail-on must',
      checkResult('sep-2207-offline-access-needs-refresh-grant', 'WARNING', false),
      'must',
    ],
    [
      'enforced FAILURE with fail-on never',
      checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false),
      'never',
    ],
  ] as const)('a passing run with an %s is yellow, out of every result', (_, extra, failOn) => {
    const suite = busySuite(extra);
    const judged = verdict(suite, failOn);
    expect(judged.passed).toBe(true);
    expect(buildBadge(judged)).toMatchObject({ message: `passes · 1/${resultCount(suite)} flagged`, color: 'yellow' });
  });

  it('a passing run whose only FAILURE is in the baseline is yellow', () => {
    const suite = busySuite(checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false));
    const baseline = parseBaseline(
      'client:\n  - auth/offline-access-not-supported:sep-2207-offline-access-not-requested\n',
      'b.yml',
    );
    const judged = verdict(suite, 'must', baseline);
    expect(judged.passed).toBe(true);
    expect(buildBadge(judged)).toMatchObject({ message: 'passes · 1/11 flagged', color: 'yellow' });
  });

  it('a clean run is bright green, out of every result (SKIPPED and INFO included)', () => {
    const suite = busySuite();
    expect(suite.scenarios.flatMap((scenario) => scenario.checks.map((check) => check.status))).toEqual(
      expect.arrayContaining(['INFO', 'SKIPPED']),
    );
    expect(buildBadge(verdict(suite, 'should'))).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'passes · 0/10 flagged',
      color: 'brightgreen',
    });
  });

  it('the denominator is the same whatever the verdict: every outcome and check', () => {
    const suite = busySuite(
      checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false),
      checkResult('oidc-offline-access-prompt-consent', 'SKIPPED', true, 'Not observed.'),
      checkResult('sep-2207-offline-access-needs-refresh-grant', 'INFO', false),
    );
    const total = resultCount(suite);
    expect(total).toBe(13);
    const messages = (['must', 'should', 'never'] as const).map((failOn) => buildBadge(verdict(suite, failOn)).message);
    expect(messages).toEqual([`fails · 1/${total} checks`, `fails · 1/${total} checks`, `passes · 1/${total} flagged`]);
    const baseline = parseBaseline('client:\n  - auth/offline-access-not-supported\n', 'b.yml');
    expect(buildBadge(verdict(suite, 'must', baseline)).message).toBe(`passes · 1/${total} flagged`);
  });

  it('no results is light grey', () => {
    expect(buildBadge(verdict(suiteResult([]), 'must'), 'x')).toEqual({
      schemaVersion: 1,
      label: 'x',
      message: 'no results',
      color: 'lightgrey',
    });
    expect(badgeFor({ failing: 0, findings: 0, total: 0 })).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'no results',
      color: 'lightgrey',
    });
  });

  it('badgeFor: red when anything fails, else yellow with findings, else green', () => {
    expect(badgeFor({ failing: 2, findings: 3, total: 40 }, 'ts-sdk')).toEqual({
      schemaVersion: 1,
      label: 'ts-sdk',
      message: 'fails · 2/40 checks',
      color: 'red',
    });
    expect(badgeFor({ failing: 0, findings: 3, total: 40 })).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'passes · 3/40 flagged',
      color: 'yellow',
    });
    expect(badgeFor({ failing: 0, findings: 0, total: 40 })).toEqual({
      schemaVersion: 1,
      label: 'SEP-2207',
      message: 'passes · 0/40 flagged',
      color: 'brightgreen',
    });
    // The caller's verdict wins over the counts.
    expect(badgeFor({ failing: 1, findings: 0, total: 40 }, 'SEP-2207', false)).toMatchObject({ color: 'brightgreen' });
  });
});

describe('JUnit XML', () => {
  type Node = Record<string, string | undefined> & { '#text'?: string };
  interface Testcase {
    classname: string;
    name: string;
    file?: string;
    time: string;
    failure?: Node;
    skipped?: Node | '';
    'system-out'?: string;
  }
  interface Testsuite {
    name: string;
    tests: string;
    failures: string;
    errors: string;
    skipped: string;
    time: string;
    testcase: Testcase[];
  }
  interface Document {
    testsuites: {
      name: string;
      tests: string;
      failures: string;
      errors: string;
      skipped: string;
      time: string;
      testsuite: Testsuite[];
    };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  const parse = (xml: string): Document => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml) as Document;
  };
  const byName = (suite: Testsuite, name: string): Testcase => {
    const found = suite.testcase.find((testcase) => testcase.name === name);
    if (!found) throw new Error(`no testcase ${name} in ${suite.name}`);
    return found;
  };
  const plain = (text: string) => text.replaceAll('`', '');

  /**
   * auth/a: a fails-the-run FAILURE with evidence, draft-only FAILURE and WARNING, an advisory WARNING, an INFO;
   * auth/b: a crashed outcome (fails) and a SKIPPED check; auth/c: a WARNING below fail-on and a baselined FAILURE.
   */
  function mixedSuite(label: string | null = null): SuiteResult {
    const suite = suiteResult([
      scenarioResult(
        'auth/a',
        outcomeResult('SUCCESS', false, 'The client ran to the end.'),
        [
          withEvidence(
            checkResult(
              'oauth-token-request-post',
              'FAILURE',
              false,
              'The token request #6 sent `code` in the query string.',
            ),
            [5, 6],
            { method: 'POST' },
          ),
          checkResult('sep-2207-offline-access-not-requested', 'FAILURE', true, 'It asked for `offline_access`.'),
          checkResult('sep-2207-client-metadata-grant-types', 'WARNING', true, 'grant_types was omitted.'),
          checkResult('oauth-refresh-invalid-grant-recovery', 'WARNING', true, 'It retried invalid_grant twice.'),
          withEvidence(
            checkResult('oauth-refresh-resource-parameter', 'INFO', false, 'No refresh was sent.'),
            [99],
            {},
          ),
        ],
        { transcript: completeFlow(), client: clientRun({ durationMs: 2345 }), durationMs: 2500 },
      ),
      scenarioResult(
        'auth/b',
        outcomeResult('FAILURE', false, 'The client exited with code 2 before authorizing.'),
        [
          checkResult(
            'sep-2207-offline-access-requested',
            'SKIPPED',
            true,
            'Not observed: the client exited with code 2 before authorizing.',
          ),
        ],
        { client: clientRun({ exitCode: 2, durationMs: 812 }) },
      ),
      scenarioResult(
        'auth/c',
        outcomeResult('SUCCESS', false),
        [
          withEvidence(
            checkResult('oauth-refresh-scope-within-grant', 'WARNING', false, 'The refresh asked for a wider scope.'),
            [1, 8],
            {},
          ),
          checkResult('oauth-refresh-uses-latest-token', 'FAILURE', false, 'An old refresh token was sent.'),
        ],
        { transcript: completeFlow() },
      ),
    ]);
    return { ...suite, label };
  }
  const BASELINE: Baseline = {
    path: 'b.yml',
    entries: [{ scenario: 'auth/c', checkId: 'oauth-refresh-uses-latest-token', line: 2 }],
  };

  it('is well-formed, one testsuite per scenario and one testcase per result, with totals by judgement', () => {
    const suite = mixedSuite();
    const document = parse(renderJunit(suite, verdict(suite, 'must', BASELINE)));
    const { testsuites } = document;
    expect([testsuites.tests, testsuites.failures, testsuites.errors, testsuites.skipped]).toEqual([
      '11',
      '2',
      '0',
      '6',
    ]);
    expect(testsuites.name).toBe('sep-2207-action (spec 2025-11-25)');
    expect(testsuites.time).toBe('4.321');
    expect(testsuites.testsuite.map((item) => [item.name, item.tests, item.failures, item.skipped, item.time])).toEqual(
      [
        ['auth/a', '6', '1', '3', '2.500'],
        ['auth/b', '2', '1', '1', '1.500'],
        ['auth/c', '3', '0', '2', '1.500'],
      ],
    );
    for (const item of testsuites.testsuite) {
      expect(item.testcase.map((testcase) => testcase.name)).toEqual(
        suite.scenarios
          .find((scenario) => scenario.name === item.name)
          ?.checks.reduce((names, check) => [...names, check.id], ['scenario-outcome']),
      );
      for (const testcase of item.testcase) {
        expect(testcase.classname).toBe(item.name);
        expect(testcase).not.toHaveProperty('file');
      }
    }
    // Every testsuite's counts agree with its testcases.
    for (const item of testsuites.testsuite) {
      expect(item.testcase.filter((testcase) => testcase.failure !== undefined).length).toBe(Number(item.failures));
      expect(item.testcase.filter((testcase) => testcase.skipped !== undefined).length).toBe(Number(item.skipped));
    }
  });

  it('a result that fails the run is a <failure> typed by its level, with evidence and fix', () => {
    const suite = mixedSuite();
    const [a, b] = parse(renderJunit(suite, verdict(suite, 'must'))).testsuites.testsuite as [Testsuite, Testsuite];
    const post = byName(a, 'oauth-token-request-post');
    expect(post.failure?.type).toBe('MUST');
    expect(post.failure?.message).toBe('FAILURE: The token request #6 sent code in the query string.');
    const text = post.failure?.['#text'] ?? '';
    const definition = checkDefinition('oauth-token-request-post');
    expect(text.split('\n')).toEqual([
      'FAILURE · MUST · fails the run: a MUST in force since 2025-03-26',
      'The token request #6 sent code in the query string.',
      expect.stringMatching(/^ {2}#5 GET \/authorize /),
      expect.stringMatching(
        new RegExp(
          '^ {2}#6 POST \\/token grant_type=authorization_code ' +
            'resource=http:\\/\\/127\\.0\\.0\\.1:4200\\/mcp client_id=client-1 .* → 200, issued no ' +
            'refresh_token$',
        ),
      ),
      '  method: POST',
      `Fix: ${plain(definition.fix)}`,
      `Requirement: ${plain(definition.requirement)}`,
      `Source: ${definition.sources[0]?.url}`,
    ]);
    expect(post.skipped).toBeUndefined();
    expect(post['system-out']).toBeUndefined();

    const crashed = byName(b, 'scenario-outcome');
    expect(crashed.failure?.type).toBe('MUST');
    expect(crashed.failure?.message).toBe('FAILURE: The client exited with code 2 before authorizing.');
    expect(crashed.time).toBe('0.812');
  });

  it('a FAILURE or WARNING that does not fail the run is <skipped>, saying why', () => {
    const suite = mixedSuite();
    const [a, , c] = parse(renderJunit(suite, verdict(suite, 'must', BASELINE))).testsuites.testsuite as [
      Testsuite,
      Testsuite,
      Testsuite,
    ];
    const skipped = (testcase: Testcase) => {
      expect(testcase.failure).toBeUndefined();
      expect(typeof testcase.skipped).toBe('object');
      return testcase.skipped as Node;
    };
    expect(skipped(byName(a, 'sep-2207-offline-access-not-requested')).message).toBe(
      'draft-only FAILURE: It asked for offline_access.',
    );
    expect(skipped(byName(a, 'sep-2207-offline-access-not-requested'))['#text']).toContain(
      'FAILURE · MUST NOT · draft-only: introduced in 2026-07-28, after spec 2025-11-25, so it does not fail the run',
    );
    expect(skipped(byName(a, 'sep-2207-client-metadata-grant-types')).message).toBe(
      'draft-only WARNING: grant_types was omitted.',
    );
    expect(skipped(byName(a, 'oauth-refresh-invalid-grant-recovery')).message).toBe(
      'advisory WARNING: It retried invalid_grant twice.',
    );
    expect(skipped(byName(c, 'oauth-refresh-scope-within-grant')).message).toBe(
      'below fail-on WARNING: The refresh asked for a wider scope.',
    );
    const baselined = skipped(byName(c, 'oauth-refresh-uses-latest-token'));
    expect(baselined.message).toBe('baselined FAILURE: An old refresh token was sent.');
    expect(baselined['#text']).toContain('listed in the baseline as an expected failure');
    expect(baselined['#text']).toContain(`Fix: ${plain(checkDefinition('oauth-refresh-uses-latest-token').fix)}`);
  });

  it('SKIPPED is a bare <skipped message="not observed: …"/>; SUCCESS and INFO pass with <system-out>', () => {
    const suite = mixedSuite();
    const [a, b] = parse(renderJunit(suite, verdict(suite, 'must'))).testsuites.testsuite as [Testsuite, Testsuite];
    const notObserved = byName(b, 'sep-2207-offline-access-requested');
    expect(notObserved.skipped).toEqual({ message: 'not observed: the client exited with code 2 before authorizing.' });
    expect(notObserved.failure).toBeUndefined();
    const info = byName(a, 'oauth-refresh-resource-parameter');
    expect(info['system-out']).toBe('INFO: No refresh was sent.');
    expect(info.failure).toBeUndefined();
    expect(info.skipped).toBeUndefined();
    const success = byName(a, 'scenario-outcome');
    expect(success['system-out']).toBe('SUCCESS: The client ran to the end.');
    expect(success.failure).toBeUndefined();
    expect(success.skipped).toBeUndefined();
  });

  it('times: the client run for the outcome, the span of the judged requests for a check, 0 without any', () => {
    const suite = mixedSuite();
    const [a, b, c] = parse(renderJunit(suite, verdict(suite, 'must'))).testsuites.testsuite as [
      Testsuite,
      Testsuite,
      Testsuite,
    ];
    expect(byName(a, 'scenario-outcome').time).toBe('2.345');
    expect(byName(b, 'scenario-outcome').time).toBe('0.812');
    // completeFlow(): request n is received at (n-1)·10 ms and answered 5 ms later. #5–#6: 40 → 55 ms.
    expect(byName(a, 'oauth-token-request-post').time).toBe('0.015');
    // #1–#8: 0 → 75 ms.
    expect(byName(c, 'oauth-refresh-scope-within-grant').time).toBe('0.075');
    // No requests, or only one not in the transcript.
    expect(byName(a, 'sep-2207-offline-access-not-requested').time).toBe('0.000');
    expect(byName(a, 'oauth-refresh-resource-parameter').time).toBe('0.000');
  });

  it('names each testsuite "<label> / <scenario>" when the run has a label; the classname stays the scenario', () => {
    const suite = mixedSuite('typescript-sdk@1.32');
    const { testsuites } = parse(renderJunit(suite, verdict(suite, 'must')));
    expect(testsuites.name).toBe('sep-2207-action typescript-sdk@1.32 (spec 2025-11-25)');
    expect(testsuites.testsuite.map((item) => item.name)).toEqual([
      'typescript-sdk@1.32 / auth/a',
      'typescript-sdk@1.32 / auth/b',
      'typescript-sdk@1.32 / auth/c',
    ]);
    expect(testsuites.testsuite[1]?.testcase.map((testcase) => testcase.classname)).toEqual(['auth/b', 'auth/b']);
  });

  it('puts file="…" on every testcase when a file is given', () => {
    const suite = mixedSuite();
    const { testsuites } = parse(renderJunit(suite, verdict(suite, 'must'), { file: 'src/client & co.ts' }));
    const cases = testsuites.testsuite.flatMap((item) => item.testcase);
    expect(cases).toHaveLength(11);
    for (const testcase of cases) expect(testcase.file).toBe('src/client & co.ts');
    const none = parse(renderJunit(suite, verdict(suite, 'must'), { file: '' })).testsuites.testsuite.flatMap(
      (item) => item.testcase,
    );
    for (const testcase of none) expect(testcase).not.toHaveProperty('file');
  });

  it('a baselined or fail-on never result is not a failure', () => {
    const suite = suiteResult([
      scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [
        checkResult('oauth-token-request-post', 'FAILURE', false),
      ]),
    ]);
    const baseline = parseBaseline('client:\n  - auth/offline-access-scope:oauth-token-request-post\n', 'b.yml');
    const totals = (xml: string) => {
      const { testsuites } = parse(xml);
      return [
        testsuites.failures,
        testsuites.skipped,
        byName(testsuites.testsuite[0] as Testsuite, 'oauth-token-request-post'),
      ];
    };
    expect(totals(renderJunit(suite, verdict(suite, 'must', baseline)))).toEqual([
      '0',
      '1',
      expect.objectContaining({
        skipped: expect.objectContaining({ message: 'baselined FAILURE: oauth-token-request-post was FAILURE.' }),
      }),
    ]);
    expect(totals(renderJunit(suite, verdict(suite, 'never')))).toEqual([
      '0',
      '1',
      expect.objectContaining({
        skipped: expect.objectContaining({ message: 'below fail-on FAILURE: oauth-token-request-post was FAILURE.' }),
      }),
    ]);
    expect(totals(renderJunit(suite, verdict(suite, 'must')))).toEqual([
      '1',
      '0',
      expect.objectContaining({ failure: expect.objectContaining({ type: 'MUST' }) }),
    ]);
  });

  it('a WARNING fails the run with fail-on should, typed by its level', () => {
    const suite = suiteResult([
      scenarioResult('auth/a', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-scope-within-grant', 'WARNING', false, 'Widened.'),
      ]),
    ]);
    const { testsuites } = parse(renderJunit(suite, verdict(suite, 'should')));
    expect(testsuites.failures).toBe('1');
    expect(byName(testsuites.testsuite[0] as Testsuite, 'oauth-refresh-scope-within-grant').failure).toMatchObject({
      type: 'MUST',
      message: 'WARNING: Widened.',
    });
  });

  it('client-controlled text cannot inject XML', () => {
    const hostile = 'x"/><testcase name="pwned"/><![CDATA[ ]]> \u0000\u001b & </testsuites> \'q\' \ud800 end';
    const inert = 'x"/><testcase name="pwned"/><![CDATA[ ]]>  & </testsuites> \'q\'  end';
    const base = suiteResult([
      scenarioResult('auth/a', outcomeResult('FAILURE', false, hostile), [
        {
          ...withEvidence(checkResult('oauth-token-request-post', 'FAILURE', false, hostile), [], {
            clientName: hostile,
          }),
          evidence: { requests: [], details: { clientName: hostile }, excerpts: [hostile] },
        },
        checkResult('oauth-refresh-token-used', 'INFO', true, hostile),
        checkResult('sep-2207-offline-access-requested', 'SKIPPED', true, hostile),
      ]),
    ]);
    const suite: SuiteResult = { ...base, label: hostile };
    const document = parse(renderJunit(suite, verdict(suite, 'must'), { file: hostile }));
    const [only] = document.testsuites.testsuite as [Testsuite];
    expect(document.testsuites.testsuite).toHaveLength(1);
    expect(only.name).toBe(`${inert} / auth/a`);
    expect(only.testcase.map((testcase) => testcase.name)).toEqual([
      'scenario-outcome',
      'oauth-token-request-post',
      'oauth-refresh-token-used',
      'sep-2207-offline-access-requested',
    ]);
    for (const testcase of only.testcase) expect(testcase.file).toBe(inert);
    expect(byName(only, 'scenario-outcome').failure?.message).toBe(`FAILURE: ${inert}`);
    const post = byName(only, 'oauth-token-request-post').failure;
    expect(post?.message).toBe(`FAILURE: ${inert}`);
    expect(post?.['#text']).toContain(`\n  ${inert}`);
    expect(post?.['#text']).toContain(`client name: ${inert}`);
    expect(byName(only, 'oauth-refresh-token-used')['system-out']).toBe(`INFO: ${inert}`);
    expect(byName(only, 'sep-2207-offline-access-requested').skipped).toEqual({ message: `not observed: ${inert}` });
  });

  it('escapeXml escapes markup and drops what XML 1.0 cannot hold', () => {
    expect(escapeXml('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(escapeXml('tab\tnew\nline\r\u000b\u000c\u001f\ufffe\uffff')).toBe('tab\tnew\nline\r');
    // A lone surrogate is dropped; a pair (an emoji) is kept.
    expect(escapeXml('a\ud800b\udc00c 😀')).toBe('abc 😀');
  });
});

describe('expected-failures baseline', () => {
  it('parses whole-scenario and per-check entries with their lines', () => {
    const baseline = parseBaseline(
      '# known gaps\nclient:\n  - auth/offline-access-scope\n  - ' +
        'auth/offline-access-not-supported:sep-2207-offline-access-not-requested\n',
      'baseline.yml',
    );
    expect(baseline.entries).toEqual([
      { scenario: 'auth/offline-access-scope', line: 3 },
      { scenario: 'auth/offline-access-not-supported', checkId: 'sep-2207-offline-access-not-requested', line: 4 },
    ]);
    expect(isBaselined(baseline, 'auth/offline-access-scope', 'scenario-outcome')).toBe(true);
    expect(isBaselined(baseline, 'auth/offline-access-not-supported', 'sep-2207-offline-access-not-requested')).toBe(
      true,
    );
    expect(isBaselined(baseline, 'auth/offline-access-not-supported', 'scenario-outcome')).toBe(false);
  });

  it('accepts an empty file and an empty client list', () => {
    expect(parseBaseline('', 'b.yml').entries).toEqual([]);
    expect(parseBaseline('client:\n', 'b.yml').entries).toEqual([]);
  });

  it.each([
    ['client:\n  - auth/offline-acess-scope\n', 'b.yml:2: unknown scenario "auth/offline-acess-scope"'],
    [
      'client:\n  - auth/offline-access-scope:sep-2207-no-such-check\n',
      'b.yml:2: unknown check id "sep-2207-no-such-check"',
    ],
    [
      'client:\n  - auth/offline-access-scope: sep-2207-offline-access-requested\n',
      'b.yml:2: expected "<scenario>" or "<scenario>:<check-id>". A per-check entry takes no space after the colon',
    ],
    ['clients:\n  - auth/offline-access-scope\n', 'b.yml:1: unknown section "clients"'],
    ['client: auth/offline-access-scope\n', 'b.yml:1: `client:` must be a list'],
    [
      'client:\n  - auth/offline-access-scope\n  - auth/offline-access-scope:sep-2207-offline-access-requested\n',
      'b.yml:3: "auth/offline-access-scope:sep-2207-offline-access-requested" is redundant',
    ],
    ['client: [auth/offline-access-scope\n', 'b.yml:'],
    ['- auth/offline-access-scope\n', 'b.yml:1: expected a mapping'],
  ])('rejects %j naming the line', (text, message) => {
    expect(() => parseBaseline(text, 'b.yml')).toThrow(SettingsError);
    expect(() => parseBaseline(text, 'b.yml')).toThrow(message);
  });

  it('loadBaseline reads and validates a file, naming the option when it cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baseline-'));
    try {
      const good = join(dir, 'good.yml');
      await writeFile(good, 'client:\n  - auth/offline-access-scope\n');
      expect(await loadBaseline(good, 'expected-failures')).toEqual({
        path: good,
        entries: [{ scenario: 'auth/offline-access-scope', line: 2 }],
      });
      const bad = join(dir, 'bad.yml');
      await writeFile(bad, 'client:\n  - auth/nope\n');
      await expect(loadBaseline(bad, 'expected-failures')).rejects.toThrow(`${bad}:2: unknown scenario "auth/nope"`);
      const missing = join(dir, 'missing.yml');
      await expect(loadBaseline(missing, 'expected-failures')).rejects.toThrow(SettingsError);
      await expect(loadBaseline(missing, 'expected-failures')).rejects.toThrow(
        `expected-failures: cannot read ${missing}: no such file.`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a listed failure does not fail the run, and a listed entry that passes is stale', () => {
    const suite = suiteResult(
      [
        scenarioResult('auth/offline-access-not-supported', outcomeResult('SUCCESS', false), [
          checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false),
        ]),
        scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [
          checkResult('sep-2207-client-metadata-grant-types', 'SUCCESS', false),
        ]),
      ],
      '2026-07-28',
    );
    const none = verdict(suite, 'must');
    expect(none.passed).toBe(false);
    const baseline = parseBaseline(
      'client:\n  - auth/offline-access-not-supported:sep-2207-offline-access-not-requested\n  - ' +
        'auth/offline-access-scope:sep-2207-client-metadata-grant-types\n',
      'b.yml',
    );
    const listed = verdict(suite, 'must', baseline);
    expect(listed.passed).toBe(true);
    expect(listed.expected.map(({ result }) => result.id)).toEqual(['sep-2207-offline-access-not-requested']);
    expect(listed.judged.find(({ result }) => result.id === 'sep-2207-offline-access-not-requested')?.judgement).toBe(
      'baselined',
    );
    expect(listed.stale).toEqual([
      { scenario: 'auth/offline-access-scope', checkId: 'sep-2207-client-metadata-grant-types', line: 3 },
    ]);
    expect(listed.reason).toContain('1 expected failure is listed in the baseline.');
    expect(listed.reason).toContain('1 baseline entry now passes and can be removed.');
    expect(staleEntries(parseBaseline('client:\n  - auth/offline-access-scope\n', 'b.yml'), suite)).toHaveLength(1);
    expect(
      staleEntries(parseBaseline('client:\n  - auth/offline-access-not-supported\n', 'b.yml'), suite),
    ).toHaveLength(0);
  });
});

describe('server entries in the baseline', () => {
  it('accepts the server scenario and its check, and rejects anything else', () => {
    expect(
      parseBaseline('server:\n  - server/no-offline-access:sep-2207-server-no-offline-access\n', 'b.yml').entries,
    ).toEqual([{ scenario: 'server/no-offline-access', checkId: 'sep-2207-server-no-offline-access', line: 2 }]);
    expect(() => parseBaseline('server:\n  - auth/offline-access-scope\n', 'b.yml')).toThrow(
      'b.yml:2: unknown scenario "auth/offline-access-scope". Known: server/no-offline-access.',
    );
  });
});
