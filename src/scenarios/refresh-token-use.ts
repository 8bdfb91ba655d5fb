import { expiringTokensScenario } from './expiring-tokens.js';

/**
 * A refresh token is issued and the AS grants less than asked (`mcp:write` is withheld). The first access token
 * expires, so the client must refresh (or re-authorize) to finish. The AS shares the MCP server's origin, the other
 * common deployment beside an AS of its own (the other refresh scenarios).
 */
export const refreshTokenUse = expiringTokensScenario({
  name: 'auth/refresh-token-use',
  description: (expiry) =>
    "The authorization server, on the MCP server's origin (an MCP server that is its own authorization server), " +
    'issues a refresh token and grants a narrower scope than asked (it withholds `mcp:write`); ' +
    `${expiry}; tokens obtained after that last for the run. The client refreshes with \`resource\`, within the ` +
    'granted scope, keeping the refresh token away from the MCP server.',
  authorizationServer: {
    scopesSupported: ['mcp:basic', 'mcp:write', 'offline_access'],
    withheldScopes: ['mcp:write'],
    refreshTokenPolicy: 'static',
  },
  mcpScopes: ['mcp:basic', 'mcp:write'],
  authorizationServerOrigin: 'shared',
  events: { expiry: 'oauth-refresh-token-used' },
  checks: [
    'oauth-token-request-post',
    'oauth-refresh-resource-parameter',
    'oauth-refresh-scope-within-grant',
    'oauth-refresh-token-used',
    'sep-2207-refresh-token-confidential',
  ],
});
