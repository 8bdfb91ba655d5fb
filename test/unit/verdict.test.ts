import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../src/model.js';
import { parseBaseline } from '../../src/baseline-file.js';
import type { Baseline } from '../../src/report/baseline.js';
import { failsRun, verdict } from '../../src/report/verdict.js';
import type { FailOn } from '../../src/settings.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

const STATUSES: CheckStatus[] = ['SUCCESS', 'FAILURE', 'WARNING', 'INFO', 'SKIPPED'];
const FAIL_ONS: FailOn[] = ['must', 'should', 'never'];

/** The expected verdict, written out case by case rather than as the rule itself. */
const FAILS: Record<FailOn, Record<CheckStatus, boolean>> = {
  must: { SUCCESS: false, FAILURE: true, WARNING: false, INFO: false, SKIPPED: false },
  should: { SUCCESS: false, FAILURE: true, WARNING: true, INFO: false, SKIPPED: false },
  never: { SUCCESS: false, FAILURE: false, WARNING: false, INFO: false, SKIPPED: false },
};

describe('verdict: one result under test, the rest SUCCESS', () => {
  for (const status of STATUSES) {
    for (const draftOnly of [true, false]) {
      for (const failOn of FAIL_ONS) {
        const expectedFail = !draftOnly && FAILS[failOn][status];
        it(
          `${status}, ${draftOnly ? 'draft-only' : 'enforced'}, fail-on ${failOn}: ` +
            `${expectedFail ? 'fails' : 'passes'}`,
          () => {
            const judged = checkResult('oauth-refresh-resource-parameter', status, draftOnly);
            const suite = suiteResult(
              [
                scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [
                  checkResult('oauth-token-request-post', 'SUCCESS', false),
                  judged,
                ]),
                scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', true), [
                  checkResult('sep-2207-offline-access-requested', 'SUCCESS', true),
                ]),
              ],
              '2025-11-25',
            );
            expect(failsRun(judged, failOn)).toBe(expectedFail);
            const result = verdict(suite, failOn);
            expect(result.passed).toBe(!expectedFail);
            if (expectedFail) {
              expect(result.failing).toEqual([{ scenario: 'auth/refresh-token-use', result: judged }]);
              expect(result.reason).toBe(
                `1 enforced result fails the run under spec 2025-11-25 with fail-on ${failOn}: ` +
                  `oauth-refresh-resource-parameter in auth/refresh-token-use.`,
              );
            } else {
              expect(result.failing).toEqual([]);
              expect(result.reason).not.toContain('oauth-refresh-resource-parameter');
              if (failOn === 'never') expect(result.reason).toMatch(/^fail-on is never/);
              else
                expect(result.reason).toMatch(
                  new RegExp(`^no enforced result fails under spec 2025-11-25 with fail-on ${failOn}\\.`),
                );
            }
          },
        );
      }
    }
  }
});

describe('verdict with a baseline: status × draft-only × fail-on × listed', () => {
  const listings = {
    'not listed': 'client:\n  - auth/offline-access-scope\n',
    'listed by check': 'client:\n  - auth/refresh-token-use:oauth-refresh-resource-parameter\n',
    'listed by scenario': 'client:\n  - auth/refresh-token-use\n',
  } as const;
  for (const status of STATUSES) {
    for (const draftOnly of [true, false]) {
      for (const failOn of FAIL_ONS) {
        for (const [listing, yaml] of Object.entries(listings)) {
          const listed = listing !== 'not listed';
          const wouldFail = !draftOnly && FAILS[failOn][status];
          it(
            `${status}, ${draftOnly ? 'draft-only' : 'enforced'}, fail-on ${failOn}, ${listing}: ` +
              `${wouldFail && !listed ? 'fails' : 'passes'}`,
            () => {
              const judged = checkResult('oauth-refresh-resource-parameter', status, draftOnly);
              const suite = suiteResult([
                scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [judged]),
                scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), []),
              ]);
              const result = verdict(suite, failOn, parseBaseline(yaml, 'baseline.yml'));
              expect(result.passed).toBe(!(wouldFail && !listed));
              expect(result.expected.length).toBe(wouldFail && listed ? 1 : 0);
              // A listed entry is stale once nothing it covers is a FAILURE or WARNING (per check: once it is a
              // SUCCESS).
              const staleEntries = result.stale.map(
                (entry) => entry.scenario + (entry.checkId ? `:${entry.checkId}` : ''),
              );
              const offlineStale = 'auth/offline-access-scope';
              if (listing === 'not listed') expect(staleEntries).toEqual([offlineStale]);
              if (listing === 'listed by check')
                expect(staleEntries).toEqual(
                  status === 'SUCCESS' ? ['auth/refresh-token-use:oauth-refresh-resource-parameter'] : [],
                );
              if (listing === 'listed by scenario') {
                expect(staleEntries).toEqual(
                  status === 'FAILURE' || status === 'WARNING' ? [] : ['auth/refresh-token-use'],
                );
              }
            },
          );
        }
      }
    }
  }
});

describe('verdict reasons', () => {
  const suite = suiteResult(
    [
      scenarioResult('auth/offline-access-scope', outcomeResult('FAILURE', false), [
        checkResult('sep-2207-client-metadata-grant-types', 'WARNING', false),
        checkResult('sep-2207-offline-access-requested', 'INFO', false),
      ]),
      scenarioResult('auth/offline-access-not-supported', outcomeResult('SUCCESS', false), [
        checkResult('sep-2207-offline-access-not-requested', 'FAILURE', false),
      ]),
      scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', true), [
        checkResult('oauth-refresh-token-used', 'WARNING', true),
      ]),
    ],
    '2026-07-28',
  );

  it('names every failing id once, in order, with the count of failing results', () => {
    const must = verdict(suite, 'must');
    expect(must.passed).toBe(false);
    expect(must.failing.map(({ scenario, result }) => `${scenario} ${result.id}`)).toEqual([
      'auth/offline-access-scope scenario-outcome',
      'auth/offline-access-not-supported sep-2207-offline-access-not-requested',
    ]);
    expect(must.reason).toBe(
      '2 enforced results fail the run under spec 2026-07-28 with fail-on must: scenario-outcome in ' +
        'auth/offline-access-scope; sep-2207-offline-access-not-requested in auth/offline-access-not-supported.',
    );

    const should = verdict(suite, 'should');
    expect(should.failing).toHaveLength(3);
    expect(should.reason).toBe(
      '3 enforced results fail the run under spec 2026-07-28 with fail-on should: scenario-outcome in ' +
        'auth/offline-access-scope; sep-2207-client-metadata-grant-types in auth/offline-access-scope; ' +
        'sep-2207-offline-access-not-requested in auth/offline-access-not-supported.',
    );
  });

  it('lists an id that fails in two scenarios once', () => {
    const twice = suiteResult([
      scenarioResult('a', outcomeResult('FAILURE', false), []),
      scenarioResult('b', outcomeResult('FAILURE', false), []),
    ]);
    const result = verdict(twice, 'must');
    expect(result.failing).toHaveLength(2);
    expect(result.reason).toMatch(/^2 enforced results fail .*: scenario-outcome in a, b\.$/);
  });

  it('counts the findings that cannot fail the run when it passes', () => {
    const never = verdict(suite, 'never');
    expect(never.passed).toBe(true);
    expect(never.reason).toBe(
      'fail-on is never, so no result fails the run. 4 results have a FAILURE or WARNING that cannot fail it ' +
        '(draft-only, advisory or below fail-on).',
    );

    const draftOnly = suiteResult([
      scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', true), [
        checkResult('sep-2207-client-metadata-grant-types', 'FAILURE', true),
      ]),
    ]);
    const result = verdict(draftOnly, 'should');
    expect(result.passed).toBe(true);
    expect(result.reason).toBe(
      'no enforced result fails under spec 2025-11-25 with fail-on should. 1 result has a FAILURE or WARNING ' +
        'that cannot fail it (draft-only, advisory or below fail-on).',
    );
  });

  it('passes a clean suite with no note', () => {
    const clean = suiteResult([
      scenarioResult('a', outcomeResult('SUCCESS', false), [checkResult('oauth-token-request-post', 'SUCCESS', false)]),
    ]);
    const judged = verdict(clean, 'must');
    expect(judged).toMatchObject({
      passed: true,
      reason: 'no enforced result fails under spec 2025-11-25 with fail-on must.',
      failing: [],
      expected: [],
      stale: [],
    });
    expect(judged.judged.map(({ result, judgement }) => [result.id, judgement])).toEqual([
      ['scenario-outcome', 'clean'],
      ['oauth-token-request-post', 'clean'],
    ]);
  });
});

describe('one judgement per result, read by every report', () => {
  const suite = suiteResult(
    [
      scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-resource-parameter', 'FAILURE', false),
        checkResult('sep-2207-refresh-token-confidential', 'FAILURE', true),
        checkResult('oauth-refresh-token-used', 'WARNING', true),
        checkResult('oauth-token-request-post', 'WARNING', false),
        checkResult('oauth-refresh-scope-within-grant', 'INFO', false),
        checkResult('oauth-refresh-uses-latest-token', 'SKIPPED', false),
      ]),
    ],
    '2025-11-25',
  );
  const kinds = (failOn: FailOn, baseline?: Baseline) =>
    verdict(suite, failOn, baseline).judged.map(({ result, judgement }) => `${result.id}: ${judgement}`);

  it('tells fails, draft-only, advisory, below fail-on and clean apart', () => {
    expect(kinds('must')).toEqual([
      'scenario-outcome: clean',
      'oauth-refresh-resource-parameter: fails',
      'sep-2207-refresh-token-confidential: draft-only',
      'oauth-refresh-token-used: advisory',
      'oauth-token-request-post: below-fail-on',
      'oauth-refresh-scope-within-grant: clean',
      'oauth-refresh-uses-latest-token: clean',
    ]);
    expect(kinds('should')[4]).toBe('oauth-token-request-post: fails');
    expect(kinds('never')[1]).toBe('oauth-refresh-resource-parameter: below-fail-on');
  });

  it('calls a listed failure baselined, and the run passes', () => {
    const baseline: Baseline = {
      path: 'b.yml',
      entries: [{ scenario: 'auth/refresh-token-use', checkId: 'oauth-refresh-resource-parameter', line: 1 }],
    };
    expect(kinds('must', baseline)[1]).toBe('oauth-refresh-resource-parameter: baselined');
    expect(verdict(suite, 'must', baseline).passed).toBe(true);
  });
});
