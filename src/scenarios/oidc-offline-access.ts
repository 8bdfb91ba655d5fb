import { authorizationServer, EXPIRING_TOKEN_LIFETIME_SECONDS, type Scenario } from './types.js';

/**
 * An OIDC-flavored authorization server: discovery only at `/.well-known/openid-configuration`, and a refresh token
 * only for `offline_access` requested with `prompt=consent`, like common OpenID providers.
 */
export const oidcOfflineAccess: Scenario = {
  name: 'auth/oidc-offline-access',
  conformanceName: 'auth/metadata-default',
  description:
    'An OpenID Connect provider: metadata only at `/.well-known/openid-configuration`, `offline_access` listed, and a refresh token issued only when `offline_access` is requested with `prompt=consent`. The first access token declares `expires_in: 2` and is answered 401 `invalid_token` once two seconds or three MCP requests have passed (its third request is answered when the two seconds are up); tokens obtained after that last for the run.',
  mock: {
    authorizationServer: authorizationServer({
      scopesSupported: ['openid', 'mcp:basic', 'offline_access'],
      metadataLocation: 'openid-only',
      refreshTokenPolicy: 'static',
      refreshTokenRequiresConsent: true,
    }),
    mcpServer: { scopesSupported: ['mcp:basic'] },
    accessTokenUses: 3,
    accessTokenLifetimeSeconds: EXPIRING_TOKEN_LIFETIME_SECONDS,
    expiringAccessTokens: 1,
  },
  expiryCoveredBy: 'oidc-offline-access-prompt-consent',
  checks: [
    'sep-2207-offline-access-requested',
    'oidc-offline-access-prompt-consent',
    'oauth-token-request-post',
    'sep-2207-refresh-token-confidential',
  ],
};
