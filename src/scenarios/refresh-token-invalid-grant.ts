import { authorizationServer, EXPIRING_TOKEN_LIFETIME_SECONDS, expiryWords, type Scenario } from './types.js';

/** A refresh token is issued, but every refresh is refused with `invalid_grant` (revoked, expired, rotated away). */
export const refreshTokenInvalidGrant: Scenario = {
  name: 'auth/refresh-token-invalid-grant',
  conformanceName: 'auth/metadata-default',
  description: `The authorization server issues a refresh token but answers every refresh grant with \`invalid_grant\`; ${expiryWords('first', 3)}; tokens obtained after that last for the run. The client drops the refresh token, authorizes again, and does not retry the refused token in a loop.`,
  mock: {
    authorizationServer: authorizationServer({
      scopesSupported: ['mcp:basic', 'offline_access'],
      refreshTokenPolicy: 'invalid_grant',
    }),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: 3,
    accessTokenLifetimeSeconds: EXPIRING_TOKEN_LIFETIME_SECONDS,
    expiringAccessTokens: 1,
  },
  events: { expiry: 'oauth-refresh-token-used', refresh: 'oauth-refresh-invalid-grant-recovery' },
  checks: ['oauth-token-request-post', 'oauth-refresh-invalid-grant-recovery', 'sep-2207-refresh-token-confidential'],
};
