import { expiringTokensScenario } from './expiring-tokens.js';

/** The AS lists `offline_access` but, as is its right, never issues a refresh token; the access token expires. */
export const refreshTokenNotIssued = expiringTokensScenario({
  name: 'auth/refresh-token-not-issued',
  description: (expiry) =>
    `The authorization server lists \`offline_access\` but never issues a refresh token; ${expiry}; ` +
    'tokens obtained after that last for the run. The client must not assume a refresh token: it re-authorizes ' +
    'and finishes, and never sends a refresh grant.',
  authorizationServer: { scopesSupported: ['mcp:basic', 'offline_access'], refreshTokenPolicy: 'none' },
  events: { expiry: 'sep-2207-refresh-token-not-assumed' },
  checks: ['oauth-token-request-post', 'sep-2207-refresh-token-not-assumed'],
});
