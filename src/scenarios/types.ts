import type { CheckId } from '../checks/catalog.js';
import type { AuthorizationServerConfig } from '../mock/authorization-server.js';
import type { MockServersConfig } from '../mock/mock-servers.js';

/** A client-mode scenario: how its mock servers behave, and which checks judge the run. */
export interface Scenario {
  name: string;
  /**
   * The upstream conformance scenario whose client this scenario needs, passed as `MCP_CONFORMANCE_SCENARIO` so the
   * SDKs' conformance clients (which exit on a name they do not know) run their standard authorization-code client.
   */
  conformanceName: UpstreamScenarioName;
  description: string;
  mock: MockServersConfig;
  checks: CheckId[];
  /**
   * For scenarios that let the client's access token expire: the checks that cover a client stopping after the
   * scenario's events. `expiry`: its access token came short-lived (by its own clock it may count as expired at once)
   * or was answered 401; `refresh`: a refresh was answered (refreshed, rotated, refused). The scenario outcome of such
   * a stop takes the covering check's level and draft-only status; a stop before any event is an enforced FAILURE.
   */
  events?: { expiry: CheckId; refresh?: CheckId };
  /** Passed to the client as `MCP_CONFORMANCE_CONTEXT` (JSON) when set. */
  context?: Record<string, unknown>;
}

/**
 * Upstream scenario names every SDK's conformance client (TypeScript, Python, Go, Rust, and the upstream suite's
 * everything-client) maps to its standard authorization-code client.
 */
export type UpstreamScenarioName =
  'auth/offline-access-scope' | 'auth/offline-access-not-supported' | 'auth/metadata-default';

/** A plain RFC 8414 authorization server; scenarios change only what they are about. */
export function authorizationServer(overrides: Partial<AuthorizationServerConfig>): AuthorizationServerConfig {
  return {
    scopesSupported: ['mcp:basic'],
    metadataLocation: 'oauth',
    clientIdMetadataDocumentSupported: true,
    refreshTokenPolicy: 'static',
    refreshTokenRequiresConsent: false,
    withheldScopes: [],
    defaultScopes: ['mcp:basic'],
    accessTokenExpiresIn: 3600,
    ...overrides,
  };
}

/** Access tokens last for the whole run unless a scenario is about expiry. */
export const UNLIMITED_USES = Number.MAX_SAFE_INTEGER;

/**
 * The declared `expires_in` (seconds) of a token a scenario lets expire. Short, so that clients that refresh by
 * their own clock refresh within the run, and the run stays fast; a client that refreshes some seconds early (Go's
 * oauth2 does, by 10 s) refreshes before every request while it holds such a token.
 */
export const EXPIRING_TOKEN_LIFETIME_SECONDS = 1;

/** How a scenario's expiring tokens expire, in the words of the scenario descriptions. */
export function expiryWords(tokens: 'first' | 'first two', uses: number): string {
  const subject = tokens === 'first' ? 'the first access token declares' : 'the first two access tokens declare';
  const lifetime = EXPIRING_TOKEN_LIFETIME_SECONDS === 1 ? 'one second' : `${EXPIRING_TOKEN_LIFETIME_SECONDS} seconds`;
  const count = ['no', 'one', 'two', 'three', 'four'][uses] ?? String(uses);
  return `${subject} \`expires_in: ${EXPIRING_TOKEN_LIFETIME_SECONDS}\` and ${tokens === 'first' ? 'is' : 'are'} answered 401 \`invalid_token\` once ${lifetime} or ${count} MCP requests have passed, the last of those requests being answered only when the ${lifetime} ${EXPIRING_TOKEN_LIFETIME_SECONDS === 1 ? 'is' : 'are'} up`;
}
