import { describe, expect, it } from 'vitest';
import {
  clientMetadataGrantTypes,
  offlineAccessNeedsRefreshGrant,
  offlineAccessNotRequested,
  offlineAccessRequested,
} from '../../src/checks/offline-access.js';
import type { EvaluationInput } from '../../src/checks/types.js';
import type { Transcript } from '../../src/model.js';
import type { ClientMetadataDocument } from '../../src/mock/client-metadata-document.js';
import type { MockServersConfig } from '../../src/mock/mock-servers.js';
import { offlineAccessNotSupported } from '../../src/scenarios/offline-access-not-supported.js';
import { offlineAccessScope } from '../../src/scenarios/offline-access-scope.js';
import { asMetadata, authorize, mcp, prm, register, token, transcript } from './transcript-builder.js';
import { clientRun } from './transcript-builder.js';

const CIMD_URL = 'https://client.example/.well-known/client.json';

function input(
  exchanges: Transcript,
  clientMetadataDocuments: ClientMetadataDocument[] = [],
  mock: MockServersConfig = offlineAccessScope.mock,
): EvaluationInput {
  return { transcript: exchanges, mock, clientMetadataDocuments, client: clientRun() };
}

function cimd(document: Record<string, unknown>): ClientMetadataDocument {
  return {
    url: CIMD_URL,
    fetched: true,
    document: { client_id: CIMD_URL, redirect_uris: ['http://127.0.0.1/cb'], ...document },
  };
}

describe('sep-2207-client-metadata-grant-types', () => {
  it('is SUCCESS when the DCR body declares refresh_token, naming the registration', () => {
    const exchanges = transcript(
      asMetadata(),
      register({ grant_types: ['authorization_code', 'refresh_token'] }),
      authorize({ scope: 'mcp:basic' }),
      token(),
    );
    const result = clientMetadataGrantTypes(input(exchanges));
    expect(result.id).toBe('sep-2207-client-metadata-grant-types');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#2 POST /register');
    expect(result.evidence.requests).toEqual([2]);
    expect(result.evidence.details).toMatchObject({
      registrationMethod: 'DCR',
      grantTypes: ['authorization_code', 'refresh_token'],
    });
  });

  it('is WARNING when the DCR body omits grant_types, which means authorization_code only', () => {
    const exchanges = transcript(asMetadata(), register(), authorize({ scope: 'mcp:basic' }), token());
    const result = clientMetadataGrantTypes(input(exchanges));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('omitted');
    expect(result.message).toContain('`["authorization_code"]` only');
    expect(result.message).toContain('#2 POST /register');
    expect(result.evidence.requests).toEqual([2]);
    expect(result.evidence.details).toMatchObject({ registrationMethod: 'DCR', grantTypes: null });
  });

  it('is WARNING when the DCR body declares only authorization_code', () => {
    const exchanges = transcript(prm(), asMetadata(), register({ grant_types: ['authorization_code'] }), authorize());
    const result = clientMetadataGrantTypes(input(exchanges));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('`grant_types` was ["authorization_code"]');
    expect(result.message).not.toContain('omitted');
    expect(result.message).toContain('#3 POST /register');
    expect(result.evidence.requests).toEqual([3]);
    expect(result.evidence.details).toMatchObject({ grantTypes: ['authorization_code'] });
  });

  it('counts only the last of two registrations', () => {
    const declaredFirst = transcript(
      register({ grant_types: ['authorization_code', 'refresh_token'] }),
      register({ grant_types: ['authorization_code'] }),
      authorize(),
    );
    const first = clientMetadataGrantTypes(input(declaredFirst));
    expect(first.status).toBe('WARNING');
    expect(first.evidence.requests).toEqual([2]);
    expect(first.message).toContain('#2 POST /register');

    const declaredLast = transcript(
      register({ grant_types: ['authorization_code'] }),
      asMetadata(),
      register({ grant_types: ['authorization_code', 'refresh_token'] }),
      authorize(),
    );
    const last = clientMetadataGrantTypes(input(declaredLast));
    expect(last.status).toBe('SUCCESS');
    expect(last.evidence.requests).toEqual([3]);
    expect(last.message).toContain('#3 POST /register');
  });

  it('is SUCCESS when the fetched Client ID Metadata Document declares refresh_token, naming the URL', () => {
    const exchanges = transcript(
      asMetadata(),
      authorize({ client_id: CIMD_URL, scope: 'mcp:basic' }),
      token({ client_id: CIMD_URL }),
    );
    const result = clientMetadataGrantTypes(
      input(exchanges, [cimd({ grant_types: ['authorization_code', 'refresh_token'] })]),
    );
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain(CIMD_URL);
    expect(result.evidence.details).toMatchObject({
      registrationMethod: 'CIMD',
      clientMetadataDocument: CIMD_URL,
      grantTypes: ['authorization_code', 'refresh_token'],
    });
  });

  it('is WARNING when the fetched Client ID Metadata Document lacks refresh_token', () => {
    const exchanges = transcript(asMetadata(), authorize({ client_id: CIMD_URL }), token({ client_id: CIMD_URL }));
    const omitted = clientMetadataGrantTypes(input(exchanges, [cimd({})]));
    expect(omitted.status).toBe('WARNING');
    expect(omitted.message).toContain(CIMD_URL);
    expect(omitted.message).toContain('omitted');
    expect(omitted.evidence.details).toMatchObject({ registrationMethod: 'CIMD', grantTypes: null });

    const codeOnly = clientMetadataGrantTypes(input(exchanges, [cimd({ grant_types: ['authorization_code'] })]));
    expect(codeOnly.status).toBe('WARNING');
    expect(codeOnly.message).toContain('["authorization_code"]');
  });

  it('is INFO with the reason when the Client ID Metadata Document could not be fetched', () => {
    const exchanges = transcript(asMetadata(), authorize({ client_id: CIMD_URL }));
    const reason = 'the URL answered HTTP 404';
    const result = clientMetadataGrantTypes(input(exchanges, [{ url: CIMD_URL, fetched: false, reason }]));
    expect(result.status).toBe('INFO');
    expect(result.message).toContain(reason);
    expect(result.message).toContain(CIMD_URL);
    expect(result.evidence.details).toMatchObject({
      registrationMethod: 'CIMD',
      clientMetadataDocument: CIMD_URL,
      fetchError: reason,
    });
  });

  it('judges a dynamic registration over a Client ID Metadata Document when both are present', () => {
    const exchanges = transcript(register({ grant_types: ['authorization_code'] }), authorize());
    const result = clientMetadataGrantTypes(
      input(exchanges, [cimd({ grant_types: ['authorization_code', 'refresh_token'] })]),
    );
    expect(result.status).toBe('WARNING');
    expect(result.evidence.details).toMatchObject({ registrationMethod: 'DCR' });
  });

  it('is INFO for a pre-registered client (authorized with no registration and no document)', () => {
    const exchanges = transcript(asMetadata(), authorize({ client_id: 'pre-registered-client' }), token());
    const result = clientMetadataGrantTypes(input(exchanges));
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('pre-registered');
    expect(result.evidence.details).toMatchObject({ registrationMethod: 'pre-registered' });
  });

  it('is SKIPPED when the client neither registered nor authorized', () => {
    expect(clientMetadataGrantTypes(input([])).status).toBe('SKIPPED');
    const result = clientMetadataGrantTypes(input(transcript(mcp(401), prm(), asMetadata())));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never registered or authorized');
  });

  it('ignores a GET to /register: only POSTs register a client', () => {
    const get = { ...register({ grant_types: ['refresh_token'] }), method: 'GET' };
    const result = clientMetadataGrantTypes(input(transcript(get)));
    expect(result.status).toBe('SKIPPED');
  });
});

describe('sep-2207-offline-access-requested', () => {
  it('is SUCCESS when an authorization request asks for offline_access, naming it', () => {
    const exchanges = transcript(asMetadata(), register(), authorize({ scope: 'mcp:basic offline_access' }), token());
    const result = offlineAccessRequested(input(exchanges));
    expect(result.id).toBe('sep-2207-offline-access-requested');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('#3 GET /authorize');
    expect(result.evidence.requests).toEqual([3]);
    expect(result.evidence.details).toEqual({
      asScopesSupported: ['mcp:basic', 'offline_access'],
      requestedScope: 'mcp:basic offline_access',
    });
  });

  it('names the authorization request that asked when an earlier one did not', () => {
    const exchanges = transcript(
      authorize({ scope: 'mcp:basic' }),
      authorize({ scope: 'offline_access  mcp:basic' }),
      token(),
    );
    const result = offlineAccessRequested(input(exchanges));
    expect(result.status).toBe('SUCCESS');
    expect(result.evidence.requests).toEqual([2]);
    expect(result.message).toContain('#2 GET /authorize');
  });

  it('is INFO when the client did not ask, listing the authorization requests and their scope', () => {
    const exchanges = transcript(
      asMetadata(),
      register(),
      authorize({ scope: 'mcp:basic' }),
      token(),
      authorize({ scope: 'mcp:basic' }),
    );
    const result = offlineAccessRequested(input(exchanges));
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('"mcp:basic"');
    expect(result.evidence.requests).toEqual([3, 5]);
    expect(result.evidence.details).toMatchObject({ requestedScope: 'mcp:basic' });
  });

  it('does not take a scope that merely contains the words for offline_access', () => {
    const exchanges = transcript(authorize({ scope: 'mcp:offline_access offline_access_extra' }));
    expect(offlineAccessRequested(input(exchanges)).status).toBe('INFO');
  });

  it('is INFO when the authorization request carries no scope at all', () => {
    const result = offlineAccessRequested(input(transcript(authorize())));
    expect(result.status).toBe('INFO');
    expect(result.evidence.details).toMatchObject({ requestedScope: null });
  });

  it('is SKIPPED when there is no authorization request', () => {
    const result = offlineAccessRequested(
      input(transcript(mcp(401), prm(), asMetadata(), register({ grant_types: ['refresh_token'] }))),
    );
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent an authorization request');
  });
});

describe('sep-2207-offline-access-not-requested', () => {
  const notSupported = (exchanges: Transcript) =>
    offlineAccessNotRequested(input(exchanges, [], offlineAccessNotSupported.mock));

  it('is SUCCESS when neither authorization nor token requests ask for offline_access', () => {
    const result = notSupported(
      transcript(
        asMetadata(),
        register(),
        authorize({ scope: 'mcp:basic mcp:read' }),
        token({ scope: 'mcp:basic' }),
        mcp(200),
      ),
    );
    expect(result.id).toBe('sep-2207-offline-access-not-requested');
    expect(result.status).toBe('SUCCESS');
    expect(result.evidence.requests).toEqual([3]);
    expect(result.evidence.details).toEqual({
      asScopesSupported: ['mcp:basic', 'mcp:read'],
      requestedScope: 'mcp:basic mcp:read',
    });
  });

  it('is FAILURE when an authorization request asks for offline_access, naming it and the scopes the AS lists', () => {
    const result = notSupported(
      transcript(asMetadata(), register(), authorize({ scope: 'mcp:basic offline_access' }), token()),
    );
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#3 GET /authorize');
    expect(result.message).toContain('["mcp:basic","mcp:read"]');
    expect(result.evidence.requests).toEqual([3]);
    expect(result.evidence.details).toMatchObject({ requestedScope: 'mcp:basic offline_access' });
  });

  it('is FAILURE when only a token request asks for offline_access, naming the token request', () => {
    const result = notSupported(
      transcript(
        asMetadata(),
        register(),
        authorize({ scope: 'mcp:basic' }),
        token({ scope: 'mcp:basic offline_access' }),
        mcp(200),
      ),
    );
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#4 POST /token');
    expect(result.evidence.requests).toEqual([4]);
    expect(result.evidence.details).toMatchObject({ requestedScope: 'mcp:basic offline_access' });
  });

  it('is FAILURE when a refresh request asks for offline_access', () => {
    const result = notSupported(
      transcript(
        authorize({ scope: 'mcp:basic' }),
        token(),
        mcp(200),
        mcp(401),
        token({ grant_type: 'refresh_token', refresh_token: 'rt-1', scope: 'offline_access' }),
      ),
    );
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([5]);
    expect(result.message).toContain('#5 POST /token');
  });

  it('is SKIPPED when there is no authorization request', () => {
    const result = notSupported(transcript(mcp(401), prm(), asMetadata()));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent an authorization request');
  });
});

describe('sep-2207-offline-access-needs-refresh-grant', () => {
  it('is SUCCESS when the client asks for offline_access and declares refresh_token', () => {
    const exchanges = transcript(
      asMetadata(),
      register({ grant_types: ['authorization_code', 'refresh_token'] }),
      authorize({ scope: 'mcp:basic offline_access' }),
      token(),
    );
    const result = offlineAccessNeedsRefreshGrant(input(exchanges));
    expect(result.id).toBe('sep-2207-offline-access-needs-refresh-grant');
    expect(result.status).toBe('SUCCESS');
    expect(result.evidence.requests).toEqual([3, 2]);
  });

  it('is WARNING naming the authorization request when the registration does not declare refresh_token', () => {
    const exchanges = transcript(
      asMetadata(),
      register({ grant_types: ['authorization_code'] }),
      authorize({ scope: 'mcp:basic' }),
      authorize({ scope: 'mcp:basic offline_access' }),
      token(),
    );
    const result = offlineAccessNeedsRefreshGrant(input(exchanges));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#4 GET /authorize');
    expect(result.message).toContain('#2 POST /register');
    expect(result.evidence.requests).toEqual([4, 2]);
    expect(result.evidence.details).toMatchObject({ registrationMethod: 'DCR', grantTypes: ['authorization_code'] });
  });

  it('is WARNING naming the authorization request when the registration omits grant_types', () => {
    const exchanges = transcript(register(), authorize({ scope: 'offline_access' }));
    const result = offlineAccessNeedsRefreshGrant(input(exchanges));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#2 GET /authorize');
    expect(result.message).toContain('omitted');
  });

  it('is WARNING naming the authorization request when the Client ID Metadata Document lacks refresh_token', () => {
    const exchanges = transcript(asMetadata(), authorize({ client_id: CIMD_URL, scope: 'mcp:basic offline_access' }));
    const result = offlineAccessNeedsRefreshGrant(input(exchanges, [cimd({ grant_types: ['authorization_code'] })]));
    expect(result.status).toBe('WARNING');
    expect(result.message).toContain('#2 GET /authorize');
    expect(result.message).toContain(CIMD_URL);
    expect(result.evidence.requests).toEqual([2]);
  });

  it('is INFO, still naming the authorization request, when a pre-registered client asks for offline_access', () => {
    const exchanges = transcript(
      authorize({ client_id: 'pre-registered', scope: 'mcp:basic offline_access' }),
      token(),
    );
    const result = offlineAccessNeedsRefreshGrant(input(exchanges));
    expect(result.status).toBe('INFO');
    expect(result.evidence.requests).toEqual([1]);
  });

  it('is INFO when the client does not ask for offline_access, whatever it declares', () => {
    const exchanges = transcript(
      register({ grant_types: ['authorization_code'] }),
      authorize({ scope: 'mcp:basic' }),
      token(),
    );
    const result = offlineAccessNeedsRefreshGrant(input(exchanges));
    expect(result.status).toBe('INFO');
    expect(result.message).toContain('did not ask for `offline_access`');
  });

  it('is SKIPPED when there is no authorization request', () => {
    const result = offlineAccessNeedsRefreshGrant(
      input(transcript(asMetadata(), register({ grant_types: ['authorization_code'] }))),
    );
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent an authorization request');
  });
});
