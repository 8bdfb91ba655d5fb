/**
 * SEP-2207's client-metadata and `offline_access` checks: what the client declares about refresh tokens and when
 * it asks for `offline_access`. These are the checks the upstream conformance suite runs, with the same ids.
 */
import type { Exchange } from '../model.js';
import {
  authorizationRequests,
  jsonBody,
  registrations,
  requestLine,
  requestedScope,
  scopeList,
  tokenRequests,
} from './transcript-queries.js';
import { outcome, type CheckFunction, type CheckOutcome, type EvaluationInput } from './types.js';

/** Where the client's metadata (and so its `grant_types`) could be read, if anywhere. */
type ClientMetadata =
  | { kind: 'dcr'; exchange: Exchange; grantTypes: string[] | undefined }
  | { kind: 'cimd'; url: string; grantTypes: string[] | undefined }
  | { kind: 'cimd-unreachable'; url: string; reason: string }
  | { kind: 'pre-registered' }
  | { kind: 'not-observed' };

function grantTypesOf(metadata: Record<string, unknown> | undefined): string[] | undefined {
  const grantTypes = metadata?.grant_types;
  return Array.isArray(grantTypes) ? grantTypes.map(String) : undefined;
}

/** The client's metadata: its latest registration if it registered, else its Client ID Metadata Document. */
export function clientMetadata(input: EvaluationInput): ClientMetadata {
  const registered = registrations(input.transcript).at(-1);
  if (registered) return { kind: 'dcr', exchange: registered, grantTypes: grantTypesOf(jsonBody(registered.body)) };
  const document = input.clientMetadataDocuments.at(-1);
  if (document?.fetched) return { kind: 'cimd', url: document.url, grantTypes: grantTypesOf(document.document) };
  if (document) return { kind: 'cimd-unreachable', url: document.url, reason: document.reason };
  return authorizationRequests(input.transcript).length > 0 ? { kind: 'pre-registered' } : { kind: 'not-observed' };
}

function describeGrantTypes(grantTypes: string[] | undefined): string {
  return grantTypes === undefined
    ? '`grant_types` was omitted, which means `["authorization_code"]` only (RFC 7591 §2)'
    : `\`grant_types\` was ${JSON.stringify(grantTypes)}`;
}

/** The verdict on declared grant types shared by the two checks that need `refresh_token` declared. */
function judgeDeclaredRefreshGrant(
  id: 'sep-2207-client-metadata-grant-types' | 'sep-2207-offline-access-needs-refresh-grant',
  metadata: ClientMetadata,
  why: string,
): CheckOutcome {
  switch (metadata.kind) {
    case 'dcr':
    case 'cimd': {
      const declared = metadata.grantTypes?.includes('refresh_token') ?? false;
      const where =
        metadata.kind === 'dcr'
          ? `its registration (${requestLine(metadata.exchange)})`
          : `its Client ID Metadata Document ${metadata.url}`;
      const requests = metadata.kind === 'dcr' ? [metadata.exchange.seq] : [];
      const details = {
        registrationMethod: metadata.kind === 'dcr' ? 'DCR' : 'CIMD',
        grantTypes: metadata.grantTypes ?? null,
        ...(metadata.kind === 'cimd' ? { clientMetadataDocument: metadata.url } : {}),
      };
      return declared
        ? outcome(
            id,
            'SUCCESS',
            `The client declared \`refresh_token\` in \`grant_types\` in ${where}.`,
            requests,
            details,
          )
        : outcome(id, 'WARNING', `${why} In ${where}, ${describeGrantTypes(metadata.grantTypes)}.`, requests, details);
    }
    case 'cimd-unreachable':
      return outcome(
        id,
        'INFO',
        `The client uses the Client ID Metadata Document ${metadata.url}, but ${metadata.reason}, so its \`grant_types\` could not be inspected.`,
        [],
        { registrationMethod: 'CIMD', clientMetadataDocument: metadata.url, fetchError: metadata.reason },
      );
    case 'pre-registered':
      return outcome(
        id,
        'INFO',
        'The client neither registered dynamically nor used a Client ID Metadata Document URL (a pre-registered client), so its `grant_types` could not be inspected.',
        [],
        { registrationMethod: 'pre-registered' },
      );
    case 'not-observed':
      return outcome(id, 'SKIPPED', 'the client never registered or authorized');
  }
}

export const clientMetadataGrantTypes: CheckFunction = (input) =>
  judgeDeclaredRefreshGrant(
    'sep-2207-client-metadata-grant-types',
    clientMetadata(input),
    'The client SHOULD declare `refresh_token` in `grant_types` when it desires refresh tokens.',
  );

/** The first authorization request that asked for `offline_access`, if any. */
function offlineAccessRequest(requests: Exchange[]): Exchange | undefined {
  return requests.find((exchange) => scopeList(requestedScope(exchange)).includes('offline_access'));
}

function scopeDetails(input: EvaluationInput, exchange: Exchange | undefined) {
  return {
    asScopesSupported: input.mock.authorizationServer.scopesSupported,
    requestedScope: exchange ? (requestedScope(exchange) ?? null) : null,
  };
}

export const offlineAccessRequested: CheckFunction = (input) => {
  const id = 'sep-2207-offline-access-requested';
  const authorizations = authorizationRequests(input.transcript);
  if (authorizations.length === 0) return outcome(id, 'SKIPPED', 'the client never sent an authorization request');
  const asked = offlineAccessRequest(authorizations);
  if (asked) {
    return outcome(
      id,
      'SUCCESS',
      `The client asked for \`offline_access\`, which the authorization server lists in \`scopes_supported\` (${requestLine(asked)}).`,
      [asked.seq],
      scopeDetails(input, asked),
    );
  }
  const first = authorizations[0] as Exchange;
  return outcome(
    id,
    'INFO',
    `The authorization server lists \`offline_access\`, and the client chose not to request it (scope ${JSON.stringify(requestedScope(first) ?? '')}); a client that wants refresh tokens may ask for it.`,
    authorizations.map((exchange) => exchange.seq),
    scopeDetails(input, first),
  );
};

export const offlineAccessNotRequested: CheckFunction = (input) => {
  const id = 'sep-2207-offline-access-not-requested';
  const authorizations = authorizationRequests(input.transcript);
  if (authorizations.length === 0) return outcome(id, 'SKIPPED', 'the client never sent an authorization request');
  const offending = offlineAccessRequest([...authorizations, ...tokenRequests(input.transcript)]);
  if (offending) {
    return outcome(
      id,
      'FAILURE',
      `The client asked for \`offline_access\` in ${requestLine(offending)}, but the authorization server does not list it in \`scopes_supported\` ${JSON.stringify(input.mock.authorizationServer.scopesSupported)}; a real server answers \`invalid_scope\`.`,
      [offending.seq],
      scopeDetails(input, offending),
    );
  }
  return outcome(
    id,
    'SUCCESS',
    'The client did not ask for `offline_access`, which the authorization server does not list.',
    authorizations.map((exchange) => exchange.seq),
    scopeDetails(input, authorizations[0]),
  );
};

export const offlineAccessNeedsRefreshGrant: CheckFunction = (input) => {
  const id = 'sep-2207-offline-access-needs-refresh-grant';
  const authorizations = authorizationRequests(input.transcript);
  if (authorizations.length === 0) return outcome(id, 'SKIPPED', 'the client never sent an authorization request');
  const asked = offlineAccessRequest(authorizations);
  if (!asked) {
    return outcome(
      id,
      'INFO',
      'The client did not ask for `offline_access`, so it need not declare the `refresh_token` grant.',
    );
  }
  const verdict = judgeDeclaredRefreshGrant(
    id,
    clientMetadata(input),
    `The client asked for \`offline_access\` (${requestLine(asked)}), so it desires refresh tokens and SHOULD declare \`refresh_token\` in \`grant_types\`.`,
  );
  return { ...verdict, evidence: { ...verdict.evidence, requests: [asked.seq, ...verdict.evidence.requests] } };
};
