/**
 * SEP-2207's client-metadata and `offline_access` checks: what the client declares about refresh tokens and when
 * it asks for `offline_access` (the first ones are those the upstream conformance suite runs, with the same ids),
 * and the OIDC advice that `offline_access` goes with `prompt=consent`.
 */
import type { Exchange } from '../model.js';
import { onAuthorizationRequests } from './requests-sent.js';
import {
  authorizationRequests,
  jsonBody,
  queryParam,
  registrations,
  requestLine,
  requestedScope,
  scopeList,
  seqs,
  tokenRequests,
} from './transcript-queries.js';
import { clientCheck, finding, type EvaluationInput, type CheckFinding } from './types.js';

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

/** The finding on grant types the client declared (DCR or CIMD): SUCCESS with `refresh_token`, else WARNING. */
function judgeGrantTypes(metadata: Extract<ClientMetadata, { kind: 'dcr' | 'cimd' }>, why: string): CheckFinding {
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
    ? finding('SUCCESS', `The client declared \`refresh_token\` in \`grant_types\` in ${where}.`, requests, details)
    : finding('WARNING', `${why} In ${where}, ${describeGrantTypes(metadata.grantTypes)}.`, requests, details);
}

/** The finding on declared grant types shared by the two checks that need `refresh_token` declared. */
function judgeDeclaredRefreshGrant(metadata: ClientMetadata, why: string): CheckFinding {
  switch (metadata.kind) {
    case 'dcr':
    case 'cimd':
      return judgeGrantTypes(metadata, why);
    case 'cimd-unreachable':
      return finding(
        'INFO',
        `The client uses the Client ID Metadata Document ${metadata.url}, but ${metadata.reason}, ` +
          'so its `grant_types` could not be inspected.',
        [],
        { registrationMethod: 'CIMD', clientMetadataDocument: metadata.url, fetchError: metadata.reason },
      );
    case 'pre-registered':
      return finding(
        'INFO',
        'The client neither registered dynamically nor used a Client ID Metadata Document URL ' +
          '(a pre-registered client), so its `grant_types` could not be inspected.',
        [],
        { registrationMethod: 'pre-registered' },
      );
    case 'not-observed':
      return finding('SKIPPED', 'the client never registered or authorized');
  }
}

export const clientMetadataGrantTypes = clientCheck('sep-2207-client-metadata-grant-types', (input) =>
  judgeDeclaredRefreshGrant(
    clientMetadata(input),
    'The client SHOULD declare `refresh_token` in `grant_types` when it desires refresh tokens.',
  ),
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

export const offlineAccessRequested = clientCheck(
  'sep-2207-offline-access-requested',
  onAuthorizationRequests((authorizations, input) => {
    const asked = offlineAccessRequest(authorizations);
    if (asked) {
      return finding(
        'SUCCESS',
        'The client asked for `offline_access`, which the authorization server lists in `scopes_supported` ' +
          `(${requestLine(asked)}).`,
        [asked.seq],
        scopeDetails(input, asked),
      );
    }
    const [first] = authorizations;
    return finding(
      'INFO',
      'The authorization server lists `offline_access`, and the client chose not to request it ' +
        `(scope ${JSON.stringify(requestedScope(first) ?? '')}); a client that wants refresh tokens may ask for it.`,
      seqs(authorizations),
      scopeDetails(input, first),
    );
  }),
);

export const offlineAccessNotRequested = clientCheck(
  'sep-2207-offline-access-not-requested',
  onAuthorizationRequests((authorizations, input) => {
    const offending = offlineAccessRequest([...authorizations, ...tokenRequests(input.transcript)]);
    if (offending) {
      const listed = JSON.stringify(input.mock.authorizationServer.scopesSupported);
      return finding(
        'FAILURE',
        `The client asked for \`offline_access\` in ${requestLine(offending)}, but the authorization server ` +
          `does not list it in \`scopes_supported\` ${listed}; a real server answers \`invalid_scope\`.`,
        [offending.seq],
        scopeDetails(input, offending),
      );
    }
    return finding(
      'SUCCESS',
      'The client did not ask for `offline_access`, which the authorization server does not list.',
      seqs(authorizations),
      scopeDetails(input, authorizations[0]),
    );
  }),
);

export const offlineAccessNeedsRefreshGrant = clientCheck(
  'sep-2207-offline-access-needs-refresh-grant',
  onAuthorizationRequests((authorizations, input) => {
    const asked = offlineAccessRequest(authorizations);
    if (!asked) {
      return finding(
        'INFO',
        'The client did not ask for `offline_access`, so it need not declare the `refresh_token` grant.',
      );
    }
    const judged = judgeDeclaredRefreshGrant(
      clientMetadata(input),
      `The client asked for \`offline_access\` (${requestLine(asked)}), so it desires refresh tokens ` +
        'and SHOULD declare `refresh_token` in `grant_types`.',
    );
    return { ...judged, evidence: { ...judged.evidence, requests: [asked.seq, ...judged.evidence.requests] } };
  }),
);

export const offlineAccessPromptConsent = clientCheck(
  'oidc-offline-access-prompt-consent',
  onAuthorizationRequests((authorizations) => {
    const offline = authorizations.filter((exchange) =>
      scopeList(queryParam(exchange, 'scope')).includes('offline_access'),
    );
    if (!offline[0]) {
      return finding(
        'INFO',
        'The client did not ask for `offline_access`, so `prompt` does not matter here.',
        seqs(authorizations),
      );
    }
    const withoutConsent = offline.filter(
      (exchange) => !(queryParam(exchange, 'prompt') ?? '').split(' ').includes('consent'),
    );
    const first = withoutConsent[0];
    if (first) {
      const prompt = queryParam(first, 'prompt');
      return finding(
        'WARNING',
        `${requestLine(first)} asked for \`offline_access\` with ` +
          `${prompt === undefined ? 'no `prompt`' : `\`prompt=${prompt}\``}; OpenID providers issue a refresh ` +
          'token for offline access only with `prompt=consent`, so this client got none.',
        seqs(withoutConsent),
        { prompt: prompt ?? null, scope: queryParam(first, 'scope') ?? null },
      );
    }
    return finding(
      'SUCCESS',
      `Every request for \`offline_access\` went with \`prompt=consent\` (${requestLine(offline[0])}).`,
      seqs(offline),
    );
  }),
);
