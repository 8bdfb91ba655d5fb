import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildBadge } from '../../src/report/badge.js';
import { isBaselined, parseBaseline, staleEntries } from '../../src/report/baseline.js';
import { escapeXml, renderJunit } from '../../src/report/junit.js';
import { verdict } from '../../src/report/verdict.js';
import { SettingsError } from '../../src/settings.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

const SHIELDS_KEYS = ['schemaVersion', 'label', 'message', 'color', 'labelColor', 'isError', 'namedLogo', 'logoSvg', 'logoColor', 'logoWidth', 'style', 'cacheSeconds'];

function suiteWith(...statuses: Parameters<typeof checkResult>[1][]) {
  return suiteResult([
    scenarioResult(
      'auth/offline-access-scope',
      outcomeResult('SUCCESS', true),
      statuses.map((status) => checkResult('sep-2207-client-metadata-grant-types', status, true)),
    ),
  ]);
}

describe('badge', () => {
  it('holds only shields.io endpoint keys', () => {
    const badge = buildBadge(suiteWith('SUCCESS', 'FAILURE'), 'MCP refresh');
    for (const key of Object.keys(badge)) expect(SHIELDS_KEYS).toContain(key);
    expect(badge).toEqual({ schemaVersion: 1, label: 'MCP refresh', message: '2/3 passed', color: 'yellow' });
  });

  it.each([
    [['SUCCESS'], '2/2 passed', 'brightgreen'],
    [['WARNING', 'WARNING', 'WARNING'], '3 warnings', 'yellow'],
    [['WARNING'], '1 warning', 'yellow'],
    [['FAILURE', 'FAILURE', 'FAILURE'], '1/4 passed', 'orange'],
    [['FAILURE', 'FAILURE', 'FAILURE', 'FAILURE', 'FAILURE'], '1/6 passed', 'red'],
    [['INFO', 'SKIPPED'], '1/1 passed', 'brightgreen'],
  ] as const)('%j → %s, %s', (statuses, message, color) => {
    const badge = buildBadge(suiteWith(...statuses));
    expect(badge.message).toBe(message);
    expect(badge.color).toBe(color);
    expect(badge.label).toBe('SEP-2207');
  });

  it('colours a high pass rate green, not bright green', () => {
    const many = Array.from({ length: 10 }, () => 'SUCCESS' as const);
    expect(buildBadge(suiteWith(...many, 'FAILURE')).color).toBe('green');
  });
});

describe('JUnit XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('is well-formed, one testsuite per scenario and one testcase per result, failing only enforced failures', () => {
    const suite = suiteResult(
      [
        scenarioResult('auth/a', outcomeResult('SUCCESS', false), [
          checkResult('oauth-token-request-post', 'FAILURE', false),
          checkResult('sep-2207-offline-access-not-requested', 'FAILURE', true),
          checkResult('sep-2207-client-metadata-grant-types', 'WARNING', true),
        ]),
        scenarioResult('auth/b', outcomeResult('FAILURE', true), [checkResult('sep-2207-offline-access-requested', 'SKIPPED', true)]),
      ],
      '2025-11-25',
    );
    const xml = renderJunit(suite, 'must');
    expect(XMLValidator.validate(xml)).toBe(true);
    const document = parser.parse(xml);
    expect(document.testsuites.tests).toBe('6');
    expect(document.testsuites.failures).toBe('1');
    expect(document.testsuites.skipped).toBe('1');
    const [first, second] = document.testsuites.testsuite;
    expect(first.name).toBe('auth/a');
    expect(first.testcase).toHaveLength(4);
    const failing = first.testcase.filter((testcase: Record<string, unknown>) => 'failure' in testcase);
    expect(failing.map((testcase: { name: string }) => testcase.name)).toEqual(['oauth-token-request-post']);
    const draft = first.testcase.find((testcase: { name: string }) => testcase.name === 'sep-2207-offline-access-not-requested');
    expect(draft['system-out']).toContain('FAILURE, MUST NOT, draft-only');
    expect(second.testcase.find((testcase: { name: string }) => testcase.name === 'sep-2207-offline-access-requested').skipped).toBeDefined();
  });

  it('a baselined or fail-on never result is not a failure', () => {
    const suite = suiteResult([scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [checkResult('oauth-token-request-post', 'FAILURE', false)])]);
    const baseline = parseBaseline('client:\n  - auth/offline-access-scope:oauth-token-request-post\n', 'b.yml');
    expect(parser.parse(renderJunit(suite, 'must', baseline)).testsuites.failures).toBe('0');
    expect(parser.parse(renderJunit(suite, 'never')).testsuites.failures).toBe('0');
    expect(parser.parse(renderJunit(suite, 'must')).testsuites.failures).toBe('1');
  });

  it('client-controlled text cannot inject XML', () => {
    const hostile = 'x"/><testcase name="pwned"/><![CDATA[ ]]> \u0000\u001b & </testsuites>';
    const suite = suiteResult([
      scenarioResult('auth/a', outcomeResult('FAILURE', false, hostile), [checkResult('oauth-token-request-post', 'FAILURE', false, hostile)]),
    ]);
    const xml = renderJunit(suite, 'must');
    expect(XMLValidator.validate(xml)).toBe(true);
    const document = parser.parse(xml);
    const cases = [document.testsuites.testsuite.testcase].flat();
    expect(cases.map((testcase: { name: string }) => testcase.name)).toEqual(['scenario-outcome', 'oauth-token-request-post']);
    expect(escapeXml('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});

describe('expected-failures baseline', () => {
  it('parses whole-scenario and per-check entries with their lines', () => {
    const baseline = parseBaseline(
      '# known gaps\nclient:\n  - auth/offline-access-scope\n  - auth/offline-access-not-supported:sep-2207-offline-access-not-requested\n',
      'baseline.yml',
    );
    expect(baseline.entries).toEqual([
      { scenario: 'auth/offline-access-scope', line: 3 },
      { scenario: 'auth/offline-access-not-supported', checkId: 'sep-2207-offline-access-not-requested', line: 4 },
    ]);
    expect(isBaselined(baseline, 'auth/offline-access-scope', 'scenario-outcome')).toBe(true);
    expect(isBaselined(baseline, 'auth/offline-access-not-supported', 'sep-2207-offline-access-not-requested')).toBe(true);
    expect(isBaselined(baseline, 'auth/offline-access-not-supported', 'scenario-outcome')).toBe(false);
  });

  it('accepts an empty file and an empty client list', () => {
    expect(parseBaseline('', 'b.yml').entries).toEqual([]);
    expect(parseBaseline('client:\n', 'b.yml').entries).toEqual([]);
  });

  it.each([
    ['client:\n  - auth/offline-acess-scope\n', 'b.yml:2: unknown scenario "auth/offline-acess-scope"'],
    ['client:\n  - auth/offline-access-scope:sep-2207-no-such-check\n', 'b.yml:2: unknown check id "sep-2207-no-such-check"'],
    ['client:\n  - auth/offline-access-scope: sep-2207-offline-access-requested\n', 'b.yml:2: expected "<scenario>" or "<scenario>:<check-id>". A per-check entry takes no space after the colon'],
    ['clients:\n  - auth/offline-access-scope\n', 'b.yml:1: unknown section "clients"'],
    ['client: auth/offline-access-scope\n', 'b.yml:1: `client:` must be a list'],
    ['client:\n  - auth/offline-access-scope\n  - auth/offline-access-scope:sep-2207-offline-access-requested\n', 'b.yml:3: "auth/offline-access-scope:sep-2207-offline-access-requested" is redundant'],
    ['client: [auth/offline-access-scope\n', 'b.yml:'],
    ['- auth/offline-access-scope\n', 'b.yml:1: expected a mapping'],
  ])('rejects %j naming the line', (text, message) => {
    expect(() => parseBaseline(text, 'b.yml')).toThrow(SettingsError);
    expect(() => parseBaseline(text, 'b.yml')).toThrow(message);
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
      'client:\n  - auth/offline-access-not-supported:sep-2207-offline-access-not-requested\n  - auth/offline-access-scope:sep-2207-client-metadata-grant-types\n',
      'b.yml',
    );
    const listed = verdict(suite, 'must', baseline);
    expect(listed.passed).toBe(true);
    expect(listed.expected.map(({ result }) => result.id)).toEqual(['sep-2207-offline-access-not-requested']);
    expect(listed.stale).toEqual([{ scenario: 'auth/offline-access-scope', checkId: 'sep-2207-client-metadata-grant-types', line: 3 }]);
    expect(listed.reason).toContain('1 expected failure is listed in the baseline.');
    expect(listed.reason).toContain('1 baseline entry now passes and can be removed.');
    expect(staleEntries(parseBaseline('client:\n  - auth/offline-access-scope\n', 'b.yml'), suite)).toHaveLength(1);
    expect(staleEntries(parseBaseline('client:\n  - auth/offline-access-not-supported\n', 'b.yml'), suite)).toHaveLength(0);
  });
});

describe('server entries in the baseline', () => {
  it('accepts the server scenario and its check, and rejects anything else', () => {
    expect(parseBaseline('server:\n  - server/no-offline-access:sep-2207-server-no-offline-access\n', 'b.yml').entries).toEqual([
      { scenario: 'server/no-offline-access', checkId: 'sep-2207-server-no-offline-access', line: 2 },
    ]);
    expect(() => parseBaseline('server:\n  - auth/offline-access-scope\n', 'b.yml')).toThrow('b.yml:2: unknown scenario "auth/offline-access-scope". Known: server/no-offline-access.');
  });
});
