import { expiringTokensScenario } from './expiring-tokens.js';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * An OIDC-flavored authorization server: discovery only at `/.well-known/openid-configuration`, and a refresh token
 * only for `offline_access` requested with `prompt=consent`, like common OpenID providers.
 */
export const oidcOfflineAccess = expiringTokensScenario({
  name: 'auth/oidc-offline-access',
  description: (expiry) =>
    'An OpenID Connect provider: metadata only at `/.well-known/openid-configuration`, `offline_access` listed, ' +
    'and a refresh token issued only when `offline_access` is requested with `prompt=consent`. ' +
    `${capitalize(expiry)}; tokens obtained after that last for the run.`,
  authorizationServer: {
    scopesSupported: ['openid', 'mcp:basic', 'offline_access'],
    metadataLocation: 'openid-only',
    refreshTokenPolicy: 'static',
    refreshTokenRequiresConsent: true,
  },
  events: { expiry: 'oidc-offline-access-prompt-consent' },
  checks: [
    'sep-2207-offline-access-requested',
    'oidc-offline-access-prompt-consent',
    'oauth-token-request-post',
    'sep-2207-refresh-token-confidential',
  ],
});
