import { describe, expect, it } from 'vitest';
import { CATALOG, checkDefinition, isDraftOnly } from '../../src/checks/catalog.js';
import { evaluateScenario, type ScenarioObservations } from '../../src/checks/evaluate.js';
import { scenarioOutcome } from '../../src/checks/scenario-outcome.js';
import type { CheckResult, ProcessRun, SpecVersion, Transcript } from '../../src/model.js';
import { offlineAccessNotSupported } from '../../src/scenarios/offline-access-not-supported.js';
import { offlineAccessScope } from '../../src/scenarios/offline-access-scope.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { refreshTokenInvalidGrant } from '../../src/scenarios/refresh-token-invalid-grant.js';
import { refreshTokenNotIssued } from '../../src/scenarios/refresh-token-not-issued.js';
import { refreshTokenRotation } from '../../src/scenarios/refresh-token-rotation.js';
import { refreshTokenUse } from '../../src/scenarios/refresh-token-use.js';
import type { Scenario } from '../../src/scenarios/types.js';
import {
  asMetadata,
  authorize,
  clientRun,
  codeExchange,
  completeFlow,
  expired401,
  mcp,
  prm,
  refresh,
  register,
  token,
  tokenResponse,
  transcript,
} from './transcript-builder.js';

const TIMEOUT_MS = 30_000;

/** The client hit the MCP server, read the metadata, and died before reaching /authorize. */
const crashedBeforeAuthorizing: Transcript = transcript(mcp(401), prm(), asMetadata());

describe('scenarioOutcome', () => {
  it('is SUCCESS with no root cause when the client completed the flow and exited 0', () => {
    const run = scenarioOutcome(
      completeFlow({ scope: 'mcp:basic' }),
      clientRun({ durationMs: 1234.4 }),
      TIMEOUT_MS,
      null,
    );
    expect(run.status).toBe('SUCCESS');
    expect(run.rootCause).toBeNull();
    expect(run.message).toContain('1234 ms');
    expect(run.evidence.details).toMatchObject({
      exitCode: 0,
      signal: null,
      timedOut: false,
      durationMs: 1234,
      requests: 8,
    });
  });

  it('reports a harness error first, whatever the client did', () => {
    const run = scenarioOutcome(completeFlow(), clientRun(), TIMEOUT_MS, 'listen EADDRINUSE 127.0.0.1');
    expect(run.status).toBe('FAILURE');
    expect(run.rootCause).toBe('the harness failed');
    expect(run.message).toContain('listen EADDRINUSE 127.0.0.1');
  });

  it('reports a client that could not be started', () => {
    const run = scenarioOutcome(
      [],
      clientRun({ exitCode: null, startError: 'spawn ./missing ENOENT' }),
      TIMEOUT_MS,
      null,
    );
    expect(run.status).toBe('FAILURE');
    expect(run.rootCause).toBe('the client could not be started');
    expect(run.message).toContain('spawn ./missing ENOENT');
  });

  it('reports a timeout with the timeout and how far the client got', () => {
    const client = clientRun({ exitCode: null, signal: 'SIGKILL', timedOut: true, durationMs: 5000 });
    const before = scenarioOutcome(crashedBeforeAuthorizing, client, 5000, null);
    expect(before.status).toBe('FAILURE');
    expect(before.rootCause).toBe('the client timed out before authorizing');
    expect(before.message).toContain('5000 ms');
    expect(before.evidence.details).toMatchObject({ timedOut: true, signal: 'SIGKILL', exitCode: null });

    const authorizing = transcript(asMetadata(), register(), authorize({ scope: 'mcp:basic' }));
    expect(scenarioOutcome(authorizing, client, 5000, null).rootCause).toBe(
      'the client timed out before exchanging an authorization code',
    );

    const noCall = transcript(asMetadata(), register(), authorize(), token(), mcp(401));
    expect(scenarioOutcome(noCall, client, 5000, null).rootCause).toBe(
      'the client timed out after getting tokens but before a successful MCP request',
    );

    expect(scenarioOutcome(completeFlow(), client, 5000, null).rootCause).toBe(
      'the client timed out after completing the flow',
    );
  });

  it('reports a non-zero exit before authorizing', () => {
    const run = scenarioOutcome(crashedBeforeAuthorizing, clientRun({ exitCode: 2 }), TIMEOUT_MS, null);
    expect(run.status).toBe('FAILURE');
    expect(run.rootCause).toBe('the client exited with code 2 before authorizing');
    expect(run.message).toBe('The client exited with code 2 before authorizing.');
    expect(run.evidence.details).toMatchObject({ exitCode: 2, requests: 3 });
  });

  it('reports a non-zero exit even after a complete flow', () => {
    const run = scenarioOutcome(completeFlow(), clientRun({ exitCode: 1 }), TIMEOUT_MS, null);
    expect(run.status).toBe('FAILURE');
    expect(run.rootCause).toBe('the client exited with code 1 after completing the flow');
  });

  it('does not count a failed code exchange as tokens issued', () => {
    const rejected = transcript(asMetadata(), register(), authorize(), token({}, 400), mcp(200));
    expect(scenarioOutcome(rejected, clientRun({ exitCode: 1 }), TIMEOUT_MS, null).rootCause).toBe(
      'the client exited with code 1 before exchanging an authorization code',
    );
  });

  it('reports a client killed by a signal, named or not', () => {
    const named = scenarioOutcome(
      crashedBeforeAuthorizing,
      clientRun({ exitCode: null, signal: 'SIGSEGV' }),
      TIMEOUT_MS,
      null,
    );
    expect(named.status).toBe('FAILURE');
    expect(named.rootCause).toBe('the client was killed by SIGSEGV before authorizing');
    expect(named.message).toBe('The client was killed by SIGSEGV before authorizing.');

    const unnamed = scenarioOutcome(
      crashedBeforeAuthorizing,
      clientRun({ exitCode: null, signal: null }),
      TIMEOUT_MS,
      null,
    );
    expect(unnamed.rootCause).toBe('the client was killed by a signal before authorizing');
  });

  it('is FAILURE when the client exits 0 without completing the flow', () => {
    const silent = scenarioOutcome([], clientRun(), TIMEOUT_MS, null);
    expect(silent.status).toBe('FAILURE');
    expect(silent.rootCause).toBe('the client exited 0 before authorizing');
    expect(silent.message).toContain('the authorization flow was not completed');

    const noCall = transcript(asMetadata(), register(), authorize(), token(), mcp(401));
    const afterTokens = scenarioOutcome(noCall, clientRun(), TIMEOUT_MS, null);
    expect(afterTokens.status).toBe('FAILURE');
    expect(afterTokens.rootCause).toBe('the client exited 0 after getting tokens but before a successful MCP request');
  });
});

function observe(scenario: Scenario, exchanges: Transcript, client: ProcessRun): ScenarioObservations {
  return {
    scenario,
    transcript: exchanges,
    clientMetadataDocuments: [],
    client,
    timeoutMs: TIMEOUT_MS,
    harnessError: null,
  };
}

function allResults(evaluation: { outcome: CheckResult; checks: CheckResult[] }): CheckResult[] {
  return [evaluation.outcome, ...evaluation.checks];
}

describe('evaluateScenario', () => {
  it('has the real scenarios list checks from the catalog', () => {
    expect(SCENARIOS.map((scenario) => scenario.name)).toEqual([
      'auth/offline-access-scope',
      'auth/offline-access-not-supported',
      'auth/refresh-token-use',
      'auth/refresh-token-rotation',
      'auth/refresh-token-not-issued',
      'auth/refresh-token-invalid-grant',
      'auth/oidc-offline-access',
    ]);
    for (const scenario of SCENARIOS) {
      expect(scenario.checks.length).toBeGreaterThan(0);
      for (const id of scenario.checks) expect(() => checkDefinition(id)).not.toThrow();
    }
  });

  for (const scenario of SCENARIOS) {
    it(
      `${scenario.name}: a crash before authorizing is one FAILURE; ` + `its checks are SKIPPED naming the root cause`,
      () => {
        const evaluation = evaluateScenario(
          observe(scenario, crashedBeforeAuthorizing, clientRun({ exitCode: 2 })),
          '2026-07-28',
        );
        expect(evaluation.outcome.id).toBe('scenario-outcome');
        expect(evaluation.outcome.status).toBe('FAILURE');
        expect(allResults(evaluation).filter((result) => result.status === 'FAILURE')).toHaveLength(1);
        expect(evaluation.checks.map((check) => check.id)).toEqual(scenario.checks);
        for (const check of evaluation.checks) {
          expect(check.status).toBe('SKIPPED');
          expect(check.message.startsWith('Not observed:')).toBe(true);
          expect(check.message).toContain('(the client exited with code 2 before authorizing)');
        }
      },
    );
  }

  it('skips with the timeout as the root cause', () => {
    const client = clientRun({ exitCode: null, signal: 'SIGKILL', timedOut: true });
    const evaluation = evaluateScenario(observe(offlineAccessScope, [], client), '2025-11-25');
    expect(evaluation.outcome.status).toBe('FAILURE');
    const grantTypes = evaluation.checks.find((check) => check.id === 'sep-2207-client-metadata-grant-types');
    expect(grantTypes?.message).toBe(
      'Not observed: the client never registered or authorized (the client timed out before authorizing).',
    );
  });

  it('judges what was observed before a crash rather than skipping it', () => {
    const exchanges = transcript(asMetadata(), register({ grant_types: ['authorization_code'] }));
    const evaluation = evaluateScenario(
      observe(offlineAccessScope, exchanges, clientRun({ exitCode: 1 })),
      '2026-07-28',
    );
    expect(evaluation.outcome.status).toBe('FAILURE');
    const byId = Object.fromEntries(evaluation.checks.map((check) => [check.id, check]));
    expect(byId['sep-2207-client-metadata-grant-types']?.status).toBe('WARNING');
    expect(byId['sep-2207-offline-access-requested']?.status).toBe('SKIPPED');
    expect(byId['sep-2207-offline-access-requested']?.message).toContain(
      '(the client exited with code 1 before authorizing)',
    );
  });

  it('attaches the catalog words to each check and a clean outcome to a complete run', () => {
    const evaluation = evaluateScenario(
      observe(
        offlineAccessScope,
        completeFlow({ grantTypes: ['authorization_code', 'refresh_token'], scope: 'mcp:basic offline_access' }),
        clientRun(),
      ),
      '2026-07-28',
    );
    expect(evaluation.outcome.status).toBe('SUCCESS');
    expect(evaluation.outcome.introducedIn).toBe('2025-03-26');
    for (const check of evaluation.checks) {
      expect(check.status).toBe('SUCCESS');
      const definition = CATALOG.find((entry) => entry.id === check.id);
      expect(definition).toBeDefined();
      expect(check).toMatchObject({
        title: definition?.title,
        requirement: definition?.requirement,
        level: definition?.level,
        introducedIn: definition?.introducedIn,
        sources: definition?.sources,
      });
    }
  });

  it('a clean run with no offline_access leaves the not-supported scenario passing', () => {
    const evaluation = evaluateScenario(
      observe(offlineAccessNotSupported, completeFlow({ scope: 'mcp:basic' }), clientRun()),
      '2026-07-28',
    );
    expect(allResults(evaluation).map((result) => result.status)).toEqual(['SUCCESS', 'SUCCESS']);
  });

  const SPEC_CASES: { specVersion: SpecVersion; draftOnly: boolean }[] = [
    { specVersion: '2025-11-25', draftOnly: true },
    { specVersion: '2026-07-28', draftOnly: false },
    { specVersion: 'draft', draftOnly: false },
  ];
  for (const { specVersion, draftOnly } of SPEC_CASES) {
    it(`under spec ${specVersion}, every SEP-2207 result is ${draftOnly ? 'draft-only' : 'enforced'}`, () => {
      for (const scenario of SCENARIOS) {
        const evaluation = evaluateScenario(
          observe(scenario, crashedBeforeAuthorizing, clientRun({ exitCode: 2 })),
          specVersion,
        );
        for (const result of allResults(evaluation).filter((entry) => entry.introducedIn === '2026-07-28')) {
          expect(result.draftOnly, `${scenario.name} ${result.id}`).toBe(draftOnly);
          expect(result.draftOnly).toBe(isDraftOnly(result.introducedIn, specVersion));
        }
      }
    });
  }

  for (const specVersion of ['2025-03-26', '2025-11-25', 'draft'] as const) {
    it(
      `under spec ${specVersion}, a crash before the first authorization completes is an enforced FAILURE in every ` +
        `scenario`,
      () => {
        for (const scenario of SCENARIOS) {
          const evaluation = evaluateScenario(
            observe(scenario, crashedBeforeAuthorizing, clientRun({ exitCode: 2 })),
            specVersion,
          );
          expect(evaluation.outcome, scenario.name).toMatchObject({
            status: 'FAILURE',
            level: 'MUST',
            introducedIn: '2025-03-26',
            draftOnly: false,
          });
        }
      },
    );
  }

  it('a crash on the first 401 after authorizing is enforced in a scenario without an expiry event', () => {
    const exchanges = transcript(asMetadata(), register(), authorize(), token(), mcp(200), mcp(401));
    for (const scenario of [offlineAccessScope, offlineAccessNotSupported]) {
      const evaluation = evaluateScenario(observe(scenario, exchanges, clientRun({ exitCode: 1 })), '2025-11-25');
      expect(evaluation.outcome).toMatchObject({ status: 'FAILURE', draftOnly: false });
    }
  });
});

describe("a stop after the scenario's event takes the level of the check covering it", () => {
  const evaluate = (
    scenario: Scenario,
    exchanges: Transcript,
    client: Partial<ProcessRun>,
    specVersion: SpecVersion = '2025-11-25',
  ) => evaluateScenario(observe(scenario, exchanges, clientRun(client)), specVersion);

  it(
    "rotation: a crash after two refreshes raced with the same token is the race's WARNING, enforced, naming the " +
      'refused refresh',
    () => {
      const exchanges = transcript(
        authorize(),
        codeExchange({ refresh_token: 'rt-1' }),
        mcp(200),
        expired401(),
        refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
        refresh('rt-1', { error: 'invalid_grant' }),
      );
      const { outcome } = evaluate(refreshTokenRotation, exchanges, { exitCode: 1 });
      expect(outcome).toMatchObject({ status: 'WARNING', level: 'MUST', introducedIn: '2025-03-26', draftOnly: false });
      expect(outcome.message).toMatch(
        new RegExp(
          '^The client exited with code 1 after its refresh \\(#6 POST \\/token → 400\\) was refused with ' +
            '`invalid_grant`: two refreshes raced with the same token',
        ),
      );
      expect(outcome.message).toContain('`oauth-refresh-uses-latest-token`');
      expect(outcome.evidence.requests).toEqual([6]);
    },
  );

  it('invalid-grant: a crash after the refusal is an advisory WARNING, draft-only', () => {
    const exchanges = transcript(
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      mcp(200),
      expired401(),
      refresh('rt-1', { error: 'invalid_grant' }),
    );
    const { outcome } = evaluate(refreshTokenInvalidGrant, exchanges, { exitCode: 1 });
    expect(outcome).toMatchObject({ status: 'WARNING', level: 'ADVISORY', draftOnly: true });
    expect(outcome.message).toContain('after its refresh (#5 POST /token → 400) was refused');
  });

  it(
    'not-issued: a stop after the token expired without a refresh token is a FAILURE of the MUST NOT, draft-only ' +
      'until 2026-07-28',
    () => {
      const exchanges = transcript(authorize(), token(), mcp(200), expired401(), authorize());
      const draft = evaluate(refreshTokenNotIssued, exchanges, { exitCode: null, signal: 'SIGKILL', timedOut: true });
      expect(draft.outcome).toMatchObject({
        status: 'FAILURE',
        level: 'MUST NOT',
        introducedIn: '2026-07-28',
        draftOnly: true,
      });
      expect(draft.outcome.message).toContain(
        'did not exit within the 30000 ms timeout after its access token expired (#4 POST /mcp → 401)',
      );
      expect(evaluate(refreshTokenNotIssued, exchanges, { exitCode: 1 }, '2026-07-28').outcome.draftOnly).toBe(false);
    },
  );

  it(
    'not-issued: a client whose clock counts a short-lived token as expired on arrival stops after that token ' +
      'response',
    () => {
      const shortLived = { ...token(), response: tokenResponse({ expires_in: 1 }) };
      const exchanges = transcript(mcp(401), prm(), asMetadata(), register(), authorize(), shortLived);
      const { outcome, checks } = evaluate(refreshTokenNotIssued, exchanges, { exitCode: 1 });
      expect(outcome).toMatchObject({ status: 'FAILURE', level: 'MUST NOT', draftOnly: true });
      expect(outcome.message).toContain('brought an access token that expires in 1 s and no refresh token');
      expect(checks.find((check) => check.id === 'sep-2207-refresh-token-not-assumed')?.status).toBe('SKIPPED');
    },
  );

  it(
    'rotation: a client that stops on a short-lived token before any refresh is judged as a refresh on expiry, not ' +
      'as a rotation',
    () => {
      const shortLived = {
        ...codeExchange({ refresh_token: 'rt-1' }),
        response: tokenResponse({ expires_in: 1, refresh_token: 'rt-1' }),
      };
      const exchanges = transcript(mcp(401), prm(), asMetadata(), register(), authorize(), shortLived, mcp(404, 'GET'));
      const { outcome, checks } = evaluate(refreshTokenRotation, exchanges, { exitCode: 4 });
      expect(outcome).toMatchObject({ status: 'WARNING', level: 'ADVISORY', draftOnly: true });
      expect(outcome.message).toContain(
        'after the token response (#6 POST /token → 200) brought an access token that expires in 1 s.',
      );
      expect(outcome.message).toContain('`oauth-refresh-token-used`');
      // The covering check is evaluated for the outcome, not added to the scenario's checks.
      expect(checks.map((check) => check.id)).toEqual(refreshTokenRotation.checks);
    },
  );

  it(
    'a long-lived token without a refresh token is no event: a ' + 'stop before the first MCP success stays enforced',
    () => {
      const exchanges = transcript(mcp(401), prm(), asMetadata(), register(), authorize(), token());
      expect(evaluate(refreshTokenNotIssued, exchanges, { exitCode: 1 }).outcome).toMatchObject({
        status: 'FAILURE',
        draftOnly: false,
      });
    },
  );

  it('refresh-token-use: a crash after expiry is the advisory WARNING of oauth-refresh-token-used', () => {
    const exchanges = transcript(authorize(), codeExchange({ refresh_token: 'rt-1' }), mcp(200), expired401());
    const { outcome } = evaluate(refreshTokenUse, exchanges, { exitCode: 1 });
    expect(outcome).toMatchObject({ status: 'WARNING', level: 'ADVISORY', draftOnly: true });
    expect(outcome.message).toContain('after its access token expired (#4 POST /mcp → 401)');
  });

  it('a clean exit after the events is SUCCESS, enforced', () => {
    const exchanges = transcript(
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      mcp(200),
      expired401(),
      refresh('rt-1'),
      mcp(200),
    );
    expect(evaluate(refreshTokenUse, exchanges, {}).outcome).toMatchObject({ status: 'SUCCESS', draftOnly: false });
  });
});
