import { describe, expect, it } from 'vitest';
import { offlineAccessPromptConsent } from '../../src/checks/offline-access.js';
import { invalidGrantRecovery, refreshTokenNotAssumed, refreshTokenUsed } from '../../src/checks/refresh-fallbacks.js';
import { refreshResourceParameter, refreshScopeWithinGrant } from '../../src/checks/refresh-requests.js';
import { refreshUsesLatestToken } from '../../src/checks/refresh-rotation.js';
import type { EvaluationInput } from '../../src/checks/types.js';
import type { ProcessRun, Transcript } from '../../src/model.js';
import type { MockServersConfig } from '../../src/mock/mock-servers.js';
import { oidcOfflineAccess } from '../../src/scenarios/oidc-offline-access.js';
import { refreshTokenInvalidGrant } from '../../src/scenarios/refresh-token-invalid-grant.js';
import { refreshTokenNotIssued } from '../../src/scenarios/refresh-token-not-issued.js';
import { refreshTokenRotation } from '../../src/scenarios/refresh-token-rotation.js';
import { refreshTokenUse } from '../../src/scenarios/refresh-token-use.js';
import {
  asMetadata,
  authorize,
  clientRun,
  codeExchange,
  expired401,
  MCP_URL,
  mcp,
  prm,
  prmDocument,
  refresh,
  register,
  token,
  transcript,
} from './transcript-builder.js';
import type { Step } from './transcript-builder.js';

const OTHER_RESOURCE = 'http://127.0.0.1:4200/other';

function input(exchanges: Transcript, mock: MockServersConfig, client: Partial<ProcessRun> = {}): EvaluationInput {
  return { transcript: exchanges, mock, clientMetadataDocuments: [], client: clientRun(client) };
}

/** Moves one exchange in time, e.g. to make two refreshes overlap. */
function retime(exchanges: Transcript, seq: number, receivedAt: number, respondedAt: number): Transcript {
  return exchanges.map((exchange) => (exchange.seq === seq ? { ...exchange, receivedAt, respondedAt } : exchange));
}

describe('oauth-refresh-resource-parameter', () => {
  const check = (exchanges: Transcript) => refreshResourceParameter(input(exchanges, refreshTokenUse.mock));
  const issued = () => [authorize(), codeExchange({ refresh_token: 'rt-1' }), expired401()];

  it('is SUCCESS when every refresh carries the resource of the authorization request', () => {
    const result = check(transcript(...issued(), refresh('rt-1'), expired401(), refresh('rt-1'), mcp(200)));
    expect(result.id).toBe('oauth-refresh-resource-parameter');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toBe(`Both refresh requests carried \`resource\` ${JSON.stringify(MCP_URL)}.`);
    expect(result.evidence.requests).toEqual([4, 6]);
    expect(result.evidence.details).toEqual({ resource: MCP_URL });
  });

  it('is FAILURE when a refresh omits resource, naming the request and the expected resource', () => {
    const result = check(transcript(...issued(), refresh('rt-1', { form: { resource: undefined } }), mcp(200)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#4 POST /token');
    expect(result.message).toContain('without a `resource` parameter');
    expect(result.message).toContain(JSON.stringify(MCP_URL));
    expect(result.message).not.toContain('more');
    expect(result.evidence.requests).toEqual([4]);
    expect(result.evidence.details).toEqual({ expectedResource: MCP_URL, sentResource: null });
  });

  it('is FAILURE when a refresh carries a different resource', () => {
    const result = check(transcript(...issued(), refresh('rt-1', { form: { resource: OTHER_RESOURCE } })));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#4 POST /token');
    expect(result.message).toContain(`with \`resource\` ${JSON.stringify(OTHER_RESOURCE)}`);
    expect(result.evidence.requests).toEqual([4]);
    expect(result.evidence.details).toEqual({ expectedResource: MCP_URL, sentResource: OTHER_RESOURCE });
  });

  it('names only the refreshes that got it wrong, and counts the others', () => {
    const exchanges = transcript(
      ...issued(),
      refresh('rt-1'),
      expired401(),
      refresh('rt-1', { form: { resource: undefined } }),
      expired401(),
      refresh('rt-1', { form: { resource: OTHER_RESOURCE } }),
      expired401(),
      refresh('rt-1', { form: { resource: undefined } }),
    );
    const result = check(exchanges);
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([6, 8, 10]);
    expect(result.message).toContain('#6 POST /token');
    expect(result.message).toContain('2 more refresh requests did the same.');
  });

  // Wording: with two wrong refreshes the message says "1 more refresh requests did the same."
  it('says "1 more refresh request" (singular) when two refreshes got it wrong', () => {
    const exchanges = transcript(
      ...issued(),
      refresh('rt-1', { form: { resource: undefined } }),
      expired401(),
      refresh('rt-1', { form: { resource: undefined } }),
    );
    const result = check(exchanges);
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([4, 6]);
    expect(result.message).toContain('1 more refresh request did the same.');
  });

  it('takes the resource from the Protected Resource Metadata when the authorization request had none', () => {
    const base = () => [
      prmDocument(MCP_URL),
      asMetadata(),
      authorize({ resource: undefined }),
      codeExchange({ refresh_token: 'rt-1' }),
      expired401(),
    ];
    const same = check(transcript(...base(), refresh('rt-1')));
    expect(same.status).toBe('SUCCESS');
    expect(same.evidence.requests).toEqual([6]);
    expect(same.evidence.details).toEqual({ resource: MCP_URL });

    const different = check(transcript(...base(), refresh('rt-1', { form: { resource: OTHER_RESOURCE } })));
    expect(different.status).toBe('FAILURE');
    expect(different.message).toContain('#6 POST /token');
    expect(different.evidence.requests).toEqual([6]);
    expect(different.evidence.details).toEqual({ expectedResource: MCP_URL, sentResource: OTHER_RESOURCE });
  });

  it('is FAILURE for a refresh without resource even when no resource is known from authorization or metadata', () => {
    const exchanges = transcript(
      prm(404),
      authorize({ resource: undefined }),
      codeExchange({ refresh_token: 'rt-1' }),
      expired401(),
      refresh('rt-1', { form: { resource: undefined } }),
    );
    const result = check(exchanges);
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#5 POST /token');
    expect(result.evidence.requests).toEqual([5]);
    expect(result.evidence.details).toEqual({ expectedResource: null, sentResource: null });
  });

  it('prefers the authorization request resource over the Protected Resource Metadata', () => {
    const exchanges = transcript(
      prmDocument(OTHER_RESOURCE),
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      expired401(),
      refresh('rt-1'),
    );
    const result = check(exchanges);
    expect(result.status).toBe('SUCCESS');
    expect(result.evidence.details).toEqual({ resource: MCP_URL });
  });

  it('is SKIPPED when the client never refreshed', () => {
    const result = check(transcript(...issued(), authorize(), token()));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent a refresh request');
    expect(result.evidence.requests).toEqual([]);
  });
});

describe('oauth-refresh-scope-within-grant', () => {
  const check = (exchanges: Transcript) => refreshScopeWithinGrant(input(exchanges, refreshTokenUse.mock));
  // The AS withholds mcp:write: the client asked for more than it was granted.
  const granted = () => [
    authorize({ scope: 'mcp:basic mcp:write offline_access' }),
    codeExchange({ refresh_token: 'rt-1', scope: 'mcp:basic offline_access' }),
    expired401(),
  ];

  it('is SUCCESS when refreshes send no scope', () => {
    const result = check(transcript(...granted(), refresh('rt-1'), mcp(200)));
    expect(result.id).toBe('oauth-refresh-scope-within-grant');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toBe('The refresh request sent no `scope`, so the scope granted is kept.');
    expect(result.evidence.requests).toEqual([4]);
  });

  it('is SUCCESS when a refresh asks for a narrower scope than granted', () => {
    const result = check(
      transcript(...granted(), refresh('rt-1', { form: { scope: 'mcp:basic' } }), expired401(), refresh('rt-1')),
    );
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('stayed within the scope granted');
    expect(result.evidence.requests).toEqual([4, 6]);
  });

  it('is FAILURE when a refresh asks for a scope that was withheld, naming the request and the scope', () => {
    const widened = refresh('rt-1', { form: { scope: 'mcp:basic mcp:write' }, error: 'invalid_scope' });
    const result = check(transcript(...granted(), widened, refresh('rt-1')));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#4 POST /token');
    expect(result.message).toContain('`mcp:write` was never granted');
    expect(result.message).toContain('"mcp:basic offline_access"');
    expect(result.evidence.requests).toEqual([4]);
    expect(result.evidence.details).toEqual({
      requestedScope: 'mcp:basic mcp:write',
      grantedScope: 'mcp:basic offline_access',
      notGranted: ['mcp:write'],
    });
  });

  it('names every scope never granted', () => {
    const result = check(transcript(...granted(), refresh('rt-1', { form: { scope: 'mcp:write mcp:admin' } })));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('`mcp:write`, `mcp:admin` were never granted');
    expect(result.evidence.details).toMatchObject({ notGranted: ['mcp:write', 'mcp:admin'] });
  });

  it('judges against the scope granted, not the scope the authorization request asked for', () => {
    // mcp:write was asked for at authorization but withheld: asking for it on refresh is still widening.
    const result = check(transcript(...granted(), refresh('rt-1', { form: { scope: 'mcp:write' } })));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.details).toMatchObject({ notGranted: ['mcp:write'] });
  });

  it('carries the original grant through rotations', () => {
    const rotated = () => [
      authorize({ scope: 'mcp:basic mcp:write' }),
      codeExchange({ refresh_token: 'rt-1', scope: 'mcp:basic' }),
      expired401(),
      // The rotating response names no scope: the new token still belongs to the original grant.
      refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
      expired401(),
    ];
    const within = refreshScopeWithinGrant(
      input(transcript(...rotated(), refresh('rt-2', { form: { scope: 'mcp:basic' } })), refreshTokenRotation.mock),
    );
    expect(within.status).toBe('SUCCESS');
    expect(within.evidence.requests).toEqual([4, 6]);

    const wider = refreshScopeWithinGrant(
      input(
        transcript(...rotated(), refresh('rt-2', { form: { scope: 'mcp:basic mcp:write' } })),
        refreshTokenRotation.mock,
      ),
    );
    expect(wider.status).toBe('FAILURE');
    expect(wider.message).toContain('#6 POST /token');
    expect(wider.message).toContain('`mcp:write` was never granted');
    expect(wider.evidence.requests).toEqual([6]);
    expect(wider.evidence.details).toMatchObject({ grantedScope: 'mcp:basic', notGranted: ['mcp:write'] });
  });

  it('does not let a rotating response widen the grant the new token inherits', () => {
    const exchanges = transcript(
      authorize({ scope: 'mcp:basic' }),
      codeExchange({ refresh_token: 'rt-1', scope: 'mcp:basic' }),
      expired401(),
      refresh('rt-1', { response: { refresh_token: 'rt-2', scope: 'mcp:basic mcp:write' } }),
      expired401(),
      refresh('rt-2', { form: { scope: 'mcp:write' } }),
    );
    const result = refreshScopeWithinGrant(input(exchanges, refreshTokenRotation.mock));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([6]);
    expect(result.evidence.details).toMatchObject({ grantedScope: 'mcp:basic', notGranted: ['mcp:write'] });
  });

  it('is SKIPPED when the client never refreshed', () => {
    const result = check(transcript(...granted(), authorize({ scope: 'mcp:basic mcp:write' }), token()));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent a refresh request');
  });
});

describe('oauth-refresh-uses-latest-token', () => {
  const check = (exchanges: Transcript) => refreshUsesLatestToken(input(exchanges, refreshTokenRotation.mock));
  const issued = () => [authorize(), codeExchange({ refresh_token: 'rt-1' }), expired401()];

  it('is SUCCESS when the client follows every rotation, counting them', () => {
    const exchanges = transcript(
      ...issued(),
      refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
      expired401(),
      refresh('rt-2', { response: { refresh_token: 'rt-3' } }),
      mcp(200),
    );
    const result = check(exchanges);
    expect(result.id).toBe('oauth-refresh-uses-latest-token');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('followed 2 rotations');
    expect(result.evidence.requests).toEqual([4, 6]);
    expect(result.evidence.details).toEqual({ rotations: 2 });
  });

  it('says "1 rotation" for a single one', () => {
    const result = check(transcript(...issued(), refresh('rt-1', { response: { refresh_token: 'rt-2' } }), mcp(200)));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('followed 1 rotation,');
    expect(result.evidence.details).toEqual({ rotations: 1 });
  });

  /** An MCP request carrying the access token a rotation issued: proof the client had the rotating response. */
  const usesNewAccessToken = (): Step => ({ ...mcp(200), headers: { authorization: 'Bearer at-2' } });

  it(
    'is FAILURE when a rotated token is presented after the client ' + "used the rotation's tokens, with both requests",
    () => {
      const exchanges = transcript(
        ...issued(),
        refresh('rt-1', { response: { access_token: 'at-2', refresh_token: 'rt-2' } }),
        usesNewAccessToken(),
        expired401(),
        refresh('rt-1', { error: 'invalid_grant' }),
      );
      const result = check(exchanges);
      expect(result.status).toBe('FAILURE');
      expect(result.message).toContain('#7 POST /token');
      expect(result.message).toContain('#4 POST /token');
      expect(result.message).toContain('at 60.0 ms');
      expect(result.message).toContain('answered at 35.0 ms');
      expect(result.evidence.requests).toEqual([4, 7]);
      expect(result.evidence.details).toEqual({ reusedAt: 60, rotatedResponseDeliveredAt: 35, reuses: 1 });
    },
  );

  it("is FAILURE when the client presented the rotation's new refresh token before going back to the old one", () => {
    const exchanges = transcript(
      ...issued(),
      refresh('rt-1', { response: { access_token: 'at-2', refresh_token: 'rt-2' } }),
      refresh('rt-2', { response: { access_token: 'at-3', refresh_token: 'rt-3' } }),
      refresh('rt-1', { error: 'invalid_grant' }),
    );
    const result = check(exchanges);
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([4, 6]);
  });

  it(
    'is WARNING (a race) when the reuse arrives after the rotating answer but before the client used anything from ' +
      'it',
    () => {
      const exchanges = retime(
        transcript(
          ...issued(),
          refresh('rt-1', { response: { access_token: 'at-2', refresh_token: 'rt-2' } }),
          refresh('rt-1', { error: 'invalid_grant' }),
        ),
        5,
        35,
        40,
      );
      const result = check(exchanges);
      expect(result.status).toBe('WARNING');
      expect(result.evidence.requests).toEqual([4, 5]);
    },
  );

  it('is FAILURE, not WARNING, when a stale reuse comes on top of a race', () => {
    const exchanges = retime(
      transcript(
        ...issued(),
        refresh('rt-1', { response: { access_token: 'at-2', refresh_token: 'rt-2' } }),
        refresh('rt-1', { error: 'invalid_grant' }),
        usesNewAccessToken(),
        expired401(),
        refresh('rt-1', { error: 'invalid_grant' }),
      ),
      4,
      30,
      47,
    );
    const result = check(exchanges);
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([4, 8]);
    expect(result.evidence.details).toMatchObject({ reuses: 1 });
  });

  it(
    'is WARNING (a race) when the second refresh was sent before the rotating response was delivered, with both ' +
      'times',
    () => {
      const exchanges = retime(
        transcript(
          ...issued(),
          refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
          refresh('rt-1', { error: 'invalid_grant' }),
          mcp(200),
        ),
        4,
        30,
        47.5,
      );
      const result = check(exchanges);
      expect(result.status).toBe('WARNING');
      expect(result.message).toContain('raced');
      expect(result.message).toContain('#4 POST /token');
      expect(result.message).toContain('#5 POST /token');
      expect(result.message).toContain('30.0 ms');
      expect(result.message).toContain('40.0 ms');
      expect(result.message).toContain('47.5 ms');
      expect(result.evidence.requests).toEqual([4, 5]);
      expect(result.evidence.details).toEqual({ firstSentAt: 30, secondSentAt: 40, firstDeliveredAt: 47.5 });
    },
  );

  it('is INFO when the authorization server never rotated (a static refresh token)', () => {
    const staticToken = check(
      transcript(
        ...issued(),
        refresh('rt-1', { response: { refresh_token: 'rt-1' } }),
        expired401(),
        refresh('rt-1', { response: { refresh_token: 'rt-1' } }),
      ),
    );
    expect(staticToken.status).toBe('INFO');
    expect(staticToken.message).toContain('never rotated');
    expect(staticToken.evidence.requests).toEqual([4, 6]);

    const noNewToken = check(transcript(...issued(), refresh('rt-1'), expired401(), refresh('rt-1')));
    expect(noNewToken.status).toBe('INFO');
    expect(noNewToken.evidence.requests).toEqual([4, 6]);
  });

  // Bug: a refresh refused for another reason (here `invalid_scope`) before the token was ever rotated is counted as a
  // "reuse" of that token, and since it was sent before the rotating response it is reported as a race.
  it('does not count a refresh sent and answered before the rotation as a reuse or a race', () => {
    const exchanges = transcript(
      authorize({ scope: 'mcp:basic mcp:write' }),
      codeExchange({ refresh_token: 'rt-1', scope: 'mcp:basic' }),
      expired401(),
      refresh('rt-1', { form: { scope: 'mcp:basic mcp:write' }, error: 'invalid_scope' }),
      refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
      expired401(),
      refresh('rt-2', { response: { refresh_token: 'rt-3' } }),
    );
    const result = check(exchanges);
    expect(result.status).toBe('SUCCESS');
    expect(result.evidence.details).toEqual({ rotations: 2 });
  });

  it('is SKIPPED when the client never refreshed', () => {
    const result = check(transcript(...issued(), authorize(), token()));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent a refresh request');
  });
});

describe('oauth-refresh-token-used', () => {
  const check = (exchanges: Transcript) => refreshTokenUsed(input(exchanges, refreshTokenUse.mock));
  const expiring = () => [authorize(), codeExchange({ refresh_token: 'rt-1' }), mcp(200), expired401()];

  it('is SUCCESS when the client refreshed, naming the first refresh', () => {
    const result = check(transcript(...expiring(), refresh('rt-1'), mcp(200), expired401(), refresh('rt-1')));
    expect(result.id).toBe('oauth-refresh-token-used');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#5 POST /token');
    expect(result.evidence.requests).toEqual([5, 8]);
  });

  it('is INFO when the client re-authorized instead of refreshing, naming the expiry and the new authorization', () => {
    const result = check(transcript(...expiring(), authorize(), codeExchange({ refresh_token: 'rt-2' }), mcp(200)));
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('#4 POST /mcp');
    expect(result.message).toContain('#5 GET /authorize');
    expect(result.message).toContain('ran the authorization flow again');
    expect(result.evidence.requests).toEqual([4, 5]);
  });

  it('is INFO when the client neither refreshed nor re-authorized after expiry', () => {
    const result = check(transcript(...expiring(), expired401()));
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('#4 POST /mcp');
    expect(result.message).toContain('neither refreshed nor re-authorized');
    expect(result.evidence.requests).toEqual([4, 5]);
  });

  it('is SKIPPED when the access token never expired', () => {
    const result = check(transcript(authorize(), codeExchange({ refresh_token: 'rt-1' }), mcp(200), mcp(202)));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never expired');
  });

  it('does not take a plain 401 (no invalid_token) or one before the tokens for an expiry', () => {
    const result = check(
      transcript(
        expired401(),
        mcp(401),
        prm(),
        authorize(),
        codeExchange({ refresh_token: 'rt-1' }),
        mcp(401),
        authorize(),
      ),
    );
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never expired');
  });

  it('is SKIPPED when the client never obtained tokens', () => {
    const result = check(transcript(mcp(401), prm(), asMetadata(), register(), authorize(), token({}, 400)));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never obtained tokens');
  });
});

describe('sep-2207-refresh-token-not-assumed', () => {
  const check = (exchanges: Transcript, client: Partial<ProcessRun> = {}) =>
    refreshTokenNotAssumed(input(exchanges, refreshTokenNotIssued.mock, client));
  // No refresh token in the code exchange's response, as in the refresh-token-not-issued scenario.
  const expiring = () => [authorize({ scope: 'mcp:basic offline_access' }), token(), mcp(200), expired401()];

  it('is FAILURE when the client sends a refresh grant although no refresh token was ever issued', () => {
    const result = check(
      transcript(...expiring(), refresh('rt-made-up', { error: 'invalid_grant' }), authorize(), token(), mcp(200)),
    );
    expect(result.id).toBe('sep-2207-refresh-token-not-assumed');
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#5 POST /token');
    expect(result.message).toContain('never issued a refresh token');
    expect(result.evidence.requests).toEqual([5]);
    expect(result.evidence.details).toEqual({ refreshTokenSent: 'rt-made-up' });
  });

  it('is FAILURE for a refresh grant with no refresh_token at all', () => {
    const result = check(transcript(...expiring(), refresh(undefined, { error: 'invalid_request' })));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([5]);
    expect(result.evidence.details).toEqual({ refreshTokenSent: null });
  });

  it('is SUCCESS when the client re-authorizes on expiry and exits 0', () => {
    const result = check(transcript(...expiring(), authorize(), token(), mcp(200)));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#5 GET /authorize');
    expect(result.evidence.requests).toEqual([4, 5]);
  });

  // A re-authorization that started but did not complete is the scenario outcome's to judge, not this check's.
  it('is SUCCESS when the client re-authorizes, even if it then exits 1', () => {
    const result = check(transcript(...expiring(), authorize(), token(), mcp(200)), { exitCode: 1 });
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#5 GET /authorize');
    expect(result.evidence.requests).toEqual([4, 5]);
  });

  it('is SUCCESS, naming the unfinished re-authorization, when the client times out while re-authorizing', () => {
    const result = check(transcript(...expiring(), authorize()), { exitCode: null, signal: 'SIGKILL', timedOut: true });
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('started to authorize again (#5 GET /authorize → 302) but did not complete it');
    expect(result.message).toContain('judged by the scenario outcome');
  });

  it('is SUCCESS when the client sends no refresh grant and stops after expiry without re-authorizing', () => {
    const result = check(transcript(...expiring(), expired401()));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('did not authorize again after its access token expired (#4 POST /mcp → 401)');
    expect(result.evidence.requests).toEqual([4]);
  });

  it('is SUCCESS when a client that tracks expires_in re-authorizes before any 401', () => {
    const result = check(transcript(authorize(), token(), mcp(200), authorize(), token(), mcp(200)));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#4 GET /authorize');
  });

  it('is SKIPPED when the access token never expired', () => {
    const result = check(transcript(authorize(), token(), mcp(200), mcp(202)));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never expired');
  });

  it('is SKIPPED when the client never obtained tokens', () => {
    const result = check(transcript(mcp(401), prm(), asMetadata(), authorize()));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never obtained tokens');
  });
});

describe('oauth-refresh-invalid-grant-recovery', () => {
  const check = (exchanges: Transcript, client: Partial<ProcessRun> = {}) =>
    invalidGrantRecovery(input(exchanges, refreshTokenInvalidGrant.mock, client));
  const refused = () => [
    authorize(),
    codeExchange({ refresh_token: 'rt-1' }),
    mcp(200),
    expired401(),
    refresh('rt-1', { error: 'invalid_grant' }),
  ];

  it('is SUCCESS when the client authorizes again after invalid_grant, naming both requests', () => {
    const result = check(transcript(...refused(), authorize(), codeExchange({ refresh_token: 'rt-2' }), mcp(200)));
    expect(result.id).toBe('oauth-refresh-invalid-grant-recovery');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#5 POST /token');
    expect(result.message).toContain('#6 GET /authorize');
    expect(result.evidence.requests).toEqual([5, 6]);
  });

  it('takes a repeat sent from another place at the same time (each after its own 401) for a race, not a retry', () => {
    const exchanges = transcript(
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      mcp(200),
      expired401(),
      expired401(),
      refresh('rt-1', { error: 'invalid_grant' }),
      refresh('rt-1', { error: 'invalid_grant' }),
      authorize(),
      codeExchange({ refresh_token: 'rt-2' }),
      mcp(200),
    );
    const result = check(exchanges);
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#7 POST /token → 400 presented the same token');
    expect(result.message).toContain('a race, not a retry');
    expect(result.evidence.requests).toEqual([6, 7, 8]);
  });

  it('still takes a repeat after a single 401 for a retry', () => {
    const exchanges = transcript(
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      mcp(200),
      expired401(),
      refresh('rt-1', { error: 'invalid_grant' }),
      refresh('rt-1', { error: 'invalid_grant' }),
      authorize(),
      codeExchange({ refresh_token: 'rt-2' }),
      mcp(200),
    );
    expect(check(exchanges).status).toBe('WARNING');
  });

  it('is SUCCESS when each new refresh token is tried once and the client authorizes again each time', () => {
    const exchanges = transcript(
      ...refused(),
      authorize(),
      codeExchange({ refresh_token: 'rt-2' }),
      mcp(200),
      expired401(),
      refresh('rt-2', { error: 'invalid_grant' }),
      authorize(),
      codeExchange({ refresh_token: 'rt-3' }),
    );
    const result = check(exchanges);
    expect(result.status).toBe('SUCCESS');
    expect(result.evidence.requests).toEqual([5, 6]);
  });

  it('is WARNING when the client only starts to authorize again (opens the browser) and never completes it', () => {
    const result = check(transcript(...refused(), authorize()));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('started to authorize again (#6 GET /authorize');
    expect(result.evidence.details).toEqual({ reauthorizationStarted: true });
  });

  it('is WARNING when the refused refresh token is presented again, counting the retries', () => {
    const exchanges = transcript(
      ...refused(),
      refresh('rt-1', { error: 'invalid_grant' }),
      refresh('rt-1', { error: 'invalid_grant' }),
      authorize(),
    );
    const result = check(exchanges);
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#5 POST /token');
    expect(result.message).toContain('2 more times');
    expect(result.message).toContain('#6 POST /token');
    expect(result.evidence.requests).toEqual([5, 6, 7]);
    expect(result.evidence.details).toEqual({ retries: 2, refusedTokens: 1 });
  });

  it('says "1 more time" for a single retry', () => {
    const result = check(transcript(...refused(), refresh('rt-1', { error: 'invalid_grant' })));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('1 more time ');
    expect(result.evidence.requests).toEqual([5, 6]);
    expect(result.evidence.details).toMatchObject({ retries: 1 });
  });

  it('is WARNING when the client does not authorize again after invalid_grant, naming the refusal and the exit', () => {
    const result = check(transcript(...refused(), expired401()), { exitCode: 1 });
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#5 POST /token');
    expect(result.message).toContain('did not authorize again (it exited with code 1)');
    expect(result.evidence.requests).toEqual([5]);

    const timedOut = check(transcript(...refused()), { exitCode: null, timedOut: true });
    expect(timedOut.status).toBe('WARNING');
    expect(timedOut.message).toContain('(it timed out)');
  });

  it('is INFO when the client never tried its refresh token though its access token expired', () => {
    const result = check(
      transcript(authorize(), codeExchange({ refresh_token: 'rt-1' }), mcp(200), expired401(), authorize(), token()),
    );
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('never tried its refresh token');
  });

  it('is SKIPPED when refreshes were never refused with invalid_grant', () => {
    const accepted = check(
      transcript(authorize(), codeExchange({ refresh_token: 'rt-1' }), expired401(), refresh('rt-1'), mcp(200)),
    );
    expect(accepted.status).toBe('SKIPPED');
    expect(accepted.message).toContain('no refresh request was answered `invalid_grant`');

    const otherError = check(
      transcript(
        authorize(),
        codeExchange({ refresh_token: 'rt-1' }),
        expired401(),
        refresh('rt-1', { error: 'invalid_scope' }),
      ),
    );
    expect(otherError.status).toBe('SKIPPED');
  });

  it('is SKIPPED when the client never refreshed and its token never expired', () => {
    const result = check(transcript(authorize(), codeExchange({ refresh_token: 'rt-1' }), mcp(200)));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never refreshed');
  });
});

describe('oidc-offline-access-prompt-consent', () => {
  const check = (exchanges: Transcript) => offlineAccessPromptConsent(input(exchanges, oidcOfflineAccess.mock));
  const OFFLINE = 'openid mcp:basic offline_access';

  it('is SUCCESS when offline_access goes with prompt=consent, naming the request', () => {
    const result = check(
      transcript(
        asMetadata(),
        register(),
        authorize({ scope: OFFLINE, prompt: 'consent' }),
        codeExchange({ refresh_token: 'rt-1' }),
      ),
    );
    expect(result.id).toBe('oidc-offline-access-prompt-consent');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#3 GET /authorize');
    expect(result.evidence.requests).toEqual([3]);
  });

  it('accepts consent among several prompt values', () => {
    const result = check(transcript(authorize({ scope: OFFLINE, prompt: 'login consent' })));
    expect(result.status).toBe('SUCCESS');
  });

  it('is WARNING when offline_access is asked for with no prompt', () => {
    const result = check(transcript(asMetadata(), authorize({ scope: OFFLINE }), token()));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#2 GET /authorize');
    expect(result.message).toContain('no `prompt`');
    expect(result.evidence.requests).toEqual([2]);
    expect(result.evidence.details).toEqual({ prompt: null, scope: OFFLINE });
  });

  it('is WARNING when offline_access is asked for with prompt=login', () => {
    const result = check(transcript(authorize({ scope: OFFLINE, prompt: 'login' })));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#1 GET /authorize');
    expect(result.message).toContain('`prompt=login`');
    expect(result.evidence.details).toEqual({ prompt: 'login', scope: OFFLINE });
  });

  it('names only the requests without consent when some had it', () => {
    const result = check(
      transcript(
        authorize({ scope: OFFLINE, prompt: 'consent' }),
        token(),
        authorize({ scope: OFFLINE }),
        authorize({ scope: 'mcp:basic' }),
      ),
    );
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#3 GET /authorize');
    expect(result.evidence.requests).toEqual([3]);
  });

  it('is INFO when the client did not ask for offline_access, listing its authorization requests', () => {
    const result = check(
      transcript(authorize({ scope: 'openid mcp:basic' }), token(), authorize({ scope: 'mcp:basic', prompt: 'login' })),
    );
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('did not ask for `offline_access`');
    expect(result.evidence.requests).toEqual([1, 3]);
  });

  it('is SKIPPED when there is no authorization request', () => {
    const result = check(transcript(mcp(401), prm(), asMetadata()));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent an authorization request');
    expect(result.evidence.requests).toEqual([]);
  });
});
