import { authorizationServer, EXPIRING_TOKEN_LIFETIME_SECONDS, expiryWords, type Scenario } from './types.js';

/**
 * Every refresh rotates the refresh token, and access tokens last two MCP requests, so the client refreshes at least
 * twice. The mock refuses a rotated token but never revokes the family, so a client that races still finishes.
 */
export const refreshTokenRotation: Scenario = {
  name: 'auth/refresh-token-rotation',
  conformanceName: 'auth/metadata-default',
  description: `Every refresh returns a new refresh token and retires the one presented (as OAuth 2.1 asks for public clients); ${expiryWords('first two', 2)}, so the client refreshes at least twice; the token from the second refresh lasts for the run and must always present the newest refresh token. Two refreshes racing with the same token are reported as a race.`,
  mock: {
    authorizationServer: authorizationServer({
      scopesSupported: ['mcp:basic', 'offline_access'],
      refreshTokenPolicy: 'rotate',
    }),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: 2,
    accessTokenLifetimeSeconds: EXPIRING_TOKEN_LIFETIME_SECONDS,
    expiringAccessTokens: 2,
  },
  events: { expiry: 'oauth-refresh-token-used', refresh: 'oauth-refresh-uses-latest-token' },
  checks: [
    'oauth-token-request-post',
    'oauth-refresh-resource-parameter',
    'oauth-refresh-uses-latest-token',
    'sep-2207-refresh-token-confidential',
  ],
};
