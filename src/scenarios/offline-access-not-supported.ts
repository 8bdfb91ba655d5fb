import { authorizationServer, UNLIMITED_USES, type ScenarioDefinition } from './types.js';

/** The AS does not list `offline_access`: asking for it anyway is asking for an unsupported scope. */
export const offlineAccessNotSupported: ScenarioDefinition = {
  name: 'auth/offline-access-not-supported',
  conformanceName: 'auth/offline-access-not-supported',
  description:
    'The authorization server does not list `offline_access` in `scopes_supported`. The client must not ask for it.',
  mock: {
    authorizationServer: authorizationServer({ scopesSupported: ['mcp:basic', 'mcp:read'] }),
    mcpServer: { scopesSupported: ['mcp:basic', 'mcp:read'] },
    accessTokenUses: UNLIMITED_USES,
  },
  checks: ['sep-2207-offline-access-not-requested'],
};
