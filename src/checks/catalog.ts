/**
 * Every check this project reports, with the requirement's words, level, source and the spec revision that
 * introduced it. Ids are a public contract (baselines, badges and reports name them): never rename one.
 */
import type { CheckDefinition, IntroducedIn, SourceLink, SpecVersion } from '../model.js';

const SOURCES = {
  sep2207: {
    label: 'MCP 2026-07-28, Authorization: Refresh Tokens (SEP-2207)',
    url: 'https://modelcontextprotocol.io/specification/2026-07-28/basic/authorization#refresh-tokens',
  },
  resourceParameter: {
    label: 'MCP 2025-06-18, Authorization: Resource Parameter Implementation',
    url:
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization' +
      '#resource-parameter-implementation',
  },
  rfc8707: { label: 'RFC 8707 §2', url: 'https://datatracker.ietf.org/doc/html/rfc8707#section-2' },
  oauth21TokenEndpoint: {
    label: 'OAuth 2.1 §3.2 Token Endpoint',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-3.2',
  },
  oauth21RefreshTokens: {
    label: 'OAuth 2.1 §4.3 Refresh Token Grant',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-4.3',
  },
  oauth21RefreshRequest: {
    label: 'OAuth 2.1 §4.3.1 Token Endpoint Extension',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-4.3.1',
  },
  oauth21RefreshResponse: {
    label: 'OAuth 2.1 §4.3.2 Refresh Token Response',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-4.3.2',
  },
  oauth21RefreshTokenRole: {
    label: 'OAuth 2.1 §1.3.2 Refresh Token',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-1.3.2',
  },
  oauth21NoRefreshToken: {
    label: 'OAuth 2.1 §3.2.3 Token Response',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-3.2.3',
  },
  oauth21ErrorResponse: {
    label: 'OAuth 2.1 §3.2.4 Error Response',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-3.2.4',
  },
  rfc7591: { label: 'RFC 7591 §2 Client Metadata', url: 'https://datatracker.ietf.org/doc/html/rfc7591#section-2' },
  mcpTokenHandling: {
    label: 'MCP 2025-03-26, Authorization: Token Requirements',
    url: 'https://modelcontextprotocol.io/specification/2025-03-26/basic/authorization#2-6-1-token-requirements',
  },
  oidcOfflineAccess: {
    label: 'OpenID Connect Core 1.0 §11 Offline Access',
    url: 'https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess',
  },
  mcpServerGuidance: {
    label: 'MCP 2026-07-28, Authorization: Refresh Tokens (server guidance)',
    url: 'https://modelcontextprotocol.io/specification/2026-07-28/basic/authorization#refresh-tokens',
  },
} satisfies Record<string, SourceLink>;

export const CATALOG = [
  {
    id: 'sep-2207-client-metadata-grant-types',
    title: 'Client metadata declares the refresh_token grant',
    requirement:
      'MCP clients that desire refresh tokens SHOULD include `refresh_token` in their `grant_types` client metadata ' +
      '(DCR request or Client ID Metadata Document); an omitted `grant_types` means `authorization_code` only.',
    level: 'SHOULD',
    introducedIn: '2026-07-28',
    sources: [SOURCES.sep2207, SOURCES.rfc7591],
    fix:
      'Add `refresh_token` to `grant_types` in the client metadata you register (DCR) or publish (CIMD), next to ' +
      '`authorization_code`.',
  },
  {
    id: 'sep-2207-offline-access-requested',
    title: 'Client requests offline_access when the AS lists it',
    requirement:
      'MCP clients MAY add `offline_access` to the `scope` parameter of the authorization and token requests when ' +
      'the Authorization Server metadata contains it in `scopes_supported`.',
    level: 'MAY',
    introducedIn: '2026-07-28',
    sources: [SOURCES.sep2207],
    fix:
      'Nothing to fix: asking for `offline_access` is optional. To get refresh tokens from providers that need it, ' +
      'add it to `scope` when the AS metadata lists it.',
  },
  {
    id: 'sep-2207-offline-access-not-requested',
    title: 'Client does not request offline_access when the AS does not list it',
    requirement:
      'MCP clients add `offline_access` only when the Authorization Server metadata lists it in `scopes_supported`; ' +
      'requesting an unsupported scope makes real authorization servers answer `invalid_scope`.',
    level: 'MUST NOT',
    introducedIn: '2026-07-28',
    sources: [SOURCES.sep2207],
    fix: "Add `offline_access` to `scope` only when the authorization server's `scopes_supported` lists it.",
  },
  {
    id: 'sep-2207-offline-access-needs-refresh-grant',
    title: 'A client asking for offline_access declares the refresh_token grant',
    requirement:
      'A client that asks for `offline_access` desires refresh tokens, so it SHOULD declare `refresh_token` in its ' +
      '`grant_types` client metadata.',
    level: 'SHOULD',
    introducedIn: '2026-07-28',
    sources: [SOURCES.sep2207, SOURCES.rfc7591],
    fix: 'When you ask for `offline_access`, also declare `refresh_token` in `grant_types`.',
  },
  {
    id: 'sep-2207-refresh-token-not-assumed',
    title: 'Client does not assume a refresh token will be issued',
    requirement:
      'MCP clients MUST NOT assume refresh tokens will be issued: without one, the client works on (re-authorizing ' +
      'when needed) and never sends a refresh grant for a token it was not given.',
    level: 'MUST NOT',
    introducedIn: '2026-07-28',
    sources: [SOURCES.sep2207, SOURCES.oauth21NoRefreshToken],
    fix:
      'When the token response has no `refresh_token`, send no refresh grant: run the authorization flow again when ' +
      'the access token expires.',
  },
  {
    id: 'sep-2207-refresh-token-confidential',
    title: 'Refresh tokens stay confidential',
    requirement:
      'MCP clients MUST keep refresh tokens confidential: a refresh token goes only to the issuing authorization ' +
      'server token endpoint, in a POST body; never to the MCP server (any header, query or body) and never in any ' +
      'URL.',
    level: 'MUST',
    introducedIn: '2026-07-28',
    sources: [SOURCES.sep2207, SOURCES.oauth21RefreshTokens, SOURCES.oauth21RefreshTokenRole],
    fix:
      'Send the refresh token only in the `refresh_token` field of the POST body to the token endpoint; never as a ' +
      'bearer token, header, URL or MCP payload.',
  },
  {
    id: 'sep-2207-server-no-offline-access',
    title: 'Server does not advertise offline_access',
    requirement:
      'MCP servers SHOULD NOT include `offline_access` in `WWW-Authenticate` scope or Protected Resource Metadata ' +
      '`scopes_supported`, as refresh tokens are not a resource requirement.',
    level: 'SHOULD NOT',
    introducedIn: '2026-07-28',
    sources: [SOURCES.mcpServerGuidance],
    fix:
      "Remove `offline_access` from the server's `WWW-Authenticate` scope and its Protected Resource Metadata " +
      '`scopes_supported`.',
  },
  {
    id: 'oauth-refresh-resource-parameter',
    title: 'Refresh requests carry the resource parameter',
    requirement:
      'The `resource` parameter MUST be included in both authorization requests and token requests, refresh ' +
      'included, and equal the one used at authorization.',
    level: 'MUST',
    introducedIn: '2025-06-18',
    sources: [SOURCES.resourceParameter, SOURCES.rfc8707],
    fix:
      'Send `resource=<the MCP server URL>` in every refresh request body, the same value as in the authorization ' +
      'request.',
  },
  {
    id: 'oauth-token-request-post',
    title: 'Token requests are form-encoded POSTs',
    requirement:
      'The client MUST use POST with a form-encoded body for token requests, and MUST NOT put credentials or tokens ' +
      'in the URL.',
    level: 'MUST',
    introducedIn: '2025-03-26',
    sources: [SOURCES.oauth21TokenEndpoint, SOURCES.mcpTokenHandling],
    fix: 'Send token requests as POST with an `application/x-www-form-urlencoded` body; nothing in the query string.',
  },
  {
    id: 'oauth-refresh-scope-within-grant',
    title: 'Refresh scope stays within the grant',
    requirement:
      'On refresh, the requested `scope` MUST NOT include any scope not originally granted by the authorization ' +
      'server.',
    level: 'MUST',
    introducedIn: '2025-03-26',
    sources: [SOURCES.oauth21RefreshRequest],
    fix: 'On refresh, omit `scope` or send only scopes the authorization server granted.',
  },
  {
    id: 'oauth-refresh-uses-latest-token',
    title: 'Client uses the newest refresh token after rotation',
    requirement:
      'When the authorization server issues a new refresh token, the client MUST discard the old refresh token and ' +
      'replace it with the new one.',
    level: 'MUST',
    introducedIn: '2025-03-26',
    sources: [SOURCES.oauth21RefreshResponse],
    fix:
      'Store the `refresh_token` of every refresh response in place of the old one, and send one refresh at a time ' +
      'per token.',
  },
  {
    id: 'oauth-refresh-token-used',
    title: 'Client refreshes instead of re-authorizing',
    requirement:
      'When the access token expires and a refresh token is at hand, the client uses the refresh grant rather than ' +
      'running the authorization flow again.',
    level: 'ADVISORY',
    introducedIn: 'advisory',
    sources: [SOURCES.oauth21RefreshTokens],
    fix:
      'When the access token expires and a refresh token is stored, send a refresh grant before falling back to the ' +
      'authorization flow.',
  },
  {
    id: 'oauth-refresh-invalid-grant-recovery',
    title: 'Client recovers from invalid_grant without looping',
    requirement:
      'After the refresh grant answers `invalid_grant`, the client drops the refresh token, re-authorizes, and does ' +
      'not retry the same refresh in a loop.',
    level: 'ADVISORY',
    introducedIn: 'advisory',
    sources: [SOURCES.oauth21ErrorResponse],
    fix:
      'On `invalid_grant`, delete the stored refresh token and authorize again; never resend the same refresh ' +
      'request.',
  },
  {
    id: 'oidc-offline-access-prompt-consent',
    title: 'offline_access goes with prompt=consent',
    requirement:
      'When offline access is requested from an OpenID Connect provider, a `prompt` parameter value of `consent` is ' +
      'used, as common providers issue refresh tokens only then.',
    level: 'ADVISORY',
    introducedIn: 'advisory',
    sources: [SOURCES.oidcOfflineAccess],
    fix: 'Add `prompt=consent` to the authorization request whenever `scope` includes `offline_access`.',
  },
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof CATALOG)[number]['id'];

/** The scenario-level result (did the client run, finish and get far enough) is reported under this id. */
export const SCENARIO_OUTCOME_ID = 'scenario-outcome';

const byId = new Map<string, CheckDefinition>(CATALOG.map((definition) => [definition.id, definition]));

export function checkDefinition(id: CheckId): CheckDefinition {
  const definition = byId.get(id);
  if (!definition) throw new Error(`unknown check id: ${id}`);
  return definition;
}

export function isKnownCheckId(id: string): id is CheckId {
  return byId.has(id);
}

/**
 * A requirement is draft-only for a client that targets `specVersion` when it is advisory or was introduced in a
 * later revision. Draft-only results are reported everywhere and never fail a run.
 */
export function isDraftOnly(introducedIn: IntroducedIn, specVersion: SpecVersion): boolean {
  if (introducedIn === 'advisory') return true;
  if (specVersion === 'draft') return false;
  return introducedIn > specVersion;
}
