import { expiringTokensScenario } from './expiring-tokens.js';

/** A refresh token is issued, but every refresh is refused with `invalid_grant` (revoked, expired, rotated away). */
export const refreshTokenInvalidGrant = expiringTokensScenario({
  name: 'auth/refresh-token-invalid-grant',
  description: (expiry) =>
    'The authorization server issues a refresh token but answers every refresh grant with `invalid_grant`; ' +
    `${expiry}; tokens obtained after that last for the run. The client drops the refresh token, authorizes ` +
    'again, and does not retry the refused token in a loop.',
  authorizationServer: { scopesSupported: ['mcp:basic', 'offline_access'], refreshTokenPolicy: 'invalid_grant' },
  events: { expiry: 'oauth-refresh-token-used', refresh: 'oauth-refresh-invalid-grant-recovery' },
  checks: ['oauth-token-request-post', 'oauth-refresh-invalid-grant-recovery', 'sep-2207-refresh-token-confidential'],
});
