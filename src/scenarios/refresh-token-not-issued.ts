import { authorizationServer, EXPIRING_TOKEN_LIFETIME_SECONDS, expiryWords, type Scenario } from './types.js';

/** The AS lists `offline_access` but, as is its right, never issues a refresh token; the access token expires. */
export const refreshTokenNotIssued: Scenario = {
  name: 'auth/refresh-token-not-issued',
  conformanceName: 'auth/metadata-default',
  description: `The authorization server lists \`offline_access\` but never issues a refresh token; ${expiryWords('first', 3)}; tokens obtained after that last for the run. The client must not assume a refresh token: it re-authorizes and finishes, and never sends a refresh grant.`,
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
  events: { expiry: 'sep-2207-refresh-token-not-assumed' },
  checks: ['oauth-token-request-post', 'sep-2207-refresh-token-not-assumed'],
};
