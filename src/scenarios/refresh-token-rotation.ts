import { expiringTokensScenario } from './expiring-tokens.js';

/**
 * Every refresh rotates the refresh token, and access tokens last two MCP requests, so the client refreshes at least
 * twice. The mock refuses a rotated token but never revokes the family, so a client that races still finishes.
 */
export const refreshTokenRotation = expiringTokensScenario({
  name: 'auth/refresh-token-rotation',
  description: (expiry) =>
    'Every refresh returns a new refresh token and retires the one presented (as OAuth 2.1 asks for public ' +
    `clients); ${expiry}, so the client refreshes at least twice; the token from the second refresh lasts for the ` +
    'run and must always present the newest refresh token. Two refreshes racing with the same token are reported ' +
    'as a race.',
  authorizationServer: { scopesSupported: ['mcp:basic', 'offline_access'], refreshTokenPolicy: 'rotate' },
  uses: 2,
  expiringTokens: 2,
  events: { expiry: 'oauth-refresh-token-used', refresh: 'oauth-refresh-uses-latest-token' },
  checks: [
    'oauth-token-request-post',
    'oauth-refresh-resource-parameter',
    'oauth-refresh-uses-latest-token',
    'sep-2207-refresh-token-confidential',
  ],
});
