import { authorizationServer, UNLIMITED_USES, type ScenarioDefinition } from './types.js';

/** The AS lists `offline_access`; the protected resource does not (as SEP-2207 asks of servers). */
export const offlineAccessScope: ScenarioDefinition = {
  name: 'auth/offline-access-scope',
  conformanceName: 'auth/offline-access-scope',
  description:
    'The authorization server lists `offline_access` in `scopes_supported` and offers both dynamic registration ' +
    'and Client ID Metadata Documents; the MCP server does not list it. A client that wants refresh tokens declares ' +
    'the `refresh_token` grant and may ask for `offline_access`.',
  mock: {
    authorizationServer: authorizationServer({
      scopesSupported: ['mcp:basic', 'offline_access'],
      clientIdMetadataDocumentSupported: true,
    }),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: UNLIMITED_USES,
  },
  checks: [
    'sep-2207-client-metadata-grant-types',
    'sep-2207-offline-access-requested',
    'sep-2207-offline-access-needs-refresh-grant',
  ],
};
