import { authorizationServer, EXPIRING_TOKEN_LIFETIME_SECONDS, type Scenario } from './types.js';

/** The AS lists `offline_access` but, as is its right, never issues a refresh token; the access token expires. */
export const refreshTokenNotIssued: Scenario = {
  name: 'auth/refresh-token-not-issued',
  conformanceName: 'auth/metadata-default',
  description:
    'The authorization server lists `offline_access` but never issues a refresh token; the first access token declares `expires_in: 2` and is answered 401 `invalid_token` once two seconds or three MCP requests have passed (its third request is answered when the two seconds are up); tokens obtained after that last for the run. The client must not assume a refresh token: it re-authorizes and finishes, and never sends a refresh grant.',
  mock: {
    authorizationServer: authorizationServer({
      scopesSupported: ['mcp:basic', 'offline_access'],
      refreshTokenPolicy: 'none',
    }),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: 3,
    accessTokenLifetimeSeconds: EXPIRING_TOKEN_LIFETIME_SECONDS,
    expiringAccessTokens: 1,
  },
  expiryCoveredBy: 'sep-2207-refresh-token-not-assumed',
  checks: ['oauth-token-request-post', 'sep-2207-refresh-token-not-assumed'],
};
