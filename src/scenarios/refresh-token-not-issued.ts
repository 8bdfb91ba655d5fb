import { authorizationServer, type Scenario } from './types.js';

/** The AS lists `offline_access` but, as is its right, never issues a refresh token; the access token expires. */
export const refreshTokenNotIssued: Scenario = {
  name: 'auth/refresh-token-not-issued',
  conformanceName: 'auth/metadata-default',
  description:
    'The authorization server lists `offline_access` but never issues a refresh token; the access token is answered 401 `invalid_token` after three MCP requests. The client must not assume a refresh token: it re-authorizes and finishes, and never sends a refresh grant.',
  mock: {
    authorizationServer: authorizationServer({
      scopesSupported: ['mcp:basic', 'offline_access'],
      refreshTokenPolicy: 'none',
    }),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: 3,
  },
  checks: ['oauth-token-request-post', 'sep-2207-refresh-token-not-assumed'],
};
