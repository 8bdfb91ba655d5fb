/**
 * Conformance-style clients written here on the MCP TypeScript SDKs, in the manner of the SDKs' own conformance
 * `everything-client`s (scenario from MCP_CONFORMANCE_SCENARIO, upstream names only, server URL last, headless
 * consent and mid-session re-authorization through `withOAuthRetry`). Run with the repository's tsx; nothing to build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shellQuote } from '../../../src/engine/client-process.js';
import { pinnedVersion } from '../javascript/clients.js';
import { ROOT } from '../toolchain.js';
import type { InteropClient } from '../types.js';

/**
 * SDK 1.x is a runtime dependency of this project (a range in package.json): the version under test is the one
 * installed, which package-lock.json pins.
 */
function installedSdkVersion(): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@modelcontextprotocol/sdk/package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

const tsx = (file: string) =>
  `${shellQuote(process.execPath)} --import tsx ${shellQuote(`test/interop/typescript/${file}`)}`;

export const clients: InteropClient[] = [
  {
    id: 'ts-sdk-v1',
    name: 'MCP TypeScript SDK 1.x (@modelcontextprotocol/sdk)',
    version: installedSdkVersion(),
    language: 'typescript',
    kind: 'sdk',
    homepage: 'https://github.com/modelcontextprotocol/typescript-sdk/tree/v1.x',
    prepare: async () => ({ command: tsx('sdk-v1/everything-client.ts') }),
    // How it gets and renews its token: sdk-v1/with-oauth-retry.ts (upstream's withOAuthRetry) answers every 401 with
    // the SDK's auth() (client/auth.js): auth() -> authInternal refreshes when the provider holds a refresh token
    // (refreshAuthorization, with `resource`, no scope) and otherwise starts an authorization, whose code the
    // provider's headless consent already holds; auth() catches InvalidGrantError, calls
    // invalidateCredentials('tokens') and authorizes again. It refreshes only on a 401, never by `expires_in`.
    notes: {
      'auth/offline-access-scope sep-2207-client-metadata-grant-types':
        "WARNING (SHOULD): the client metadata (as upstream's ConformanceOAuthProvider has it) declares no " +
        "grant_types, and SDK 1.32's registerClient (client/auth.js) posts clientMetadata as given, so the " +
        'registration means ["authorization_code"] only (RFC 7591 §2).',
      'auth/offline-access-scope sep-2207-offline-access-requested':
        'INFO (MAY not taken): authInternal (client/auth.js) takes the scope from the WWW-Authenticate ' +
        "challenge, else the PRM's scopes_supported, else clientMetadata.scope (SEP-835), and never adds " +
        'offline_access; startAuthorization only adds prompt=consent when the scope already has it.',
      'auth/offline-access-scope sep-2207-offline-access-needs-refresh-grant':
        'INFO: it did not ask for offline_access (see sep-2207-offline-access-requested), so the rule has ' +
        'nothing to judge.',
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token':
        'WARNING (typescript-sdk#1813): after initialize the access token is spent, and the standalone GET ' +
        'stream and the tools/list POST both get 401; withOAuthRetry calls handle401 -> auth() for each, nothing ' +
        'shares an in-flight refresh, and both authInternal calls read the same refresh token before either ' +
        'answer is saved, so two refreshes go out with it. The slower one is refused; auth() catches the ' +
        "InvalidGrantError, calls invalidateCredentials('tokens') and redirects, handle401 exchanges the new " +
        'code, and the client finishes.',
      'auth/oidc-offline-access sep-2207-offline-access-requested':
        'INFO (MAY not taken): as in offline-access-scope, authInternal never adds offline_access.',
      'auth/oidc-offline-access oidc-offline-access-prompt-consent':
        'INFO: it did not ask for offline_access, so prompt=consent does not matter.',
      'auth/oidc-offline-access sep-2207-refresh-token-confidential':
        'SKIPPED: without offline_access and prompt=consent the OIDC-flavored AS issued no refresh token; on the ' +
        'expiry 401, auth() finds none and authorizes again, and the client finishes.',
    },
    timing: {
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token': {
        allowed: ['WARNING', 'SUCCESS'],
        why:
          'The two refreshes start from two 401s milliseconds apart; when the second authInternal reads the tokens ' +
          'after the first refresh was saved, it refreshes with the new token and nothing races.',
      },
    },
  },
  {
    id: 'ts-sdk-v2',
    name: 'MCP TypeScript SDK 2.x (@modelcontextprotocol/client)',
    version: pinnedVersion('@modelcontextprotocol/client'),
    language: 'typescript',
    kind: 'sdk',
    homepage: 'https://github.com/modelcontextprotocol/typescript-sdk',
    prepare: async () => ({ command: tsx('sdk-v2/everything-client.ts') }),
    // How it gets and renews its token: sdk-v2/with-oauth-retry.ts (typescript-sdk's test/conformance withOAuthRetry)
    // answers a 401 with auth() (dist/public-*.mjs): authInternal refreshes when it holds a refresh token unless
    // forceReauthorization is set (handle401 sets it when the challenge asks for more scope than was granted,
    // SEP-2350; the mock's expiry 401 names the granted scope, so it refreshes), and otherwise authorizes; auth()
    // catches invalid_grant, calls
    // invalidateCredentials('tokens') and authorizes again. The SDK fills the DCR body's grant_types with
    // ["authorization_code", "refresh_token"] (resolveClientMetadata) but adds offline_access (determineScope) only
    // when the provider's own clientMetadata.grant_types has refresh_token, which the conformance provider's does not.
    notes: {
      'auth/offline-access-scope sep-2207-offline-access-requested':
        'INFO (MAY not taken): determineScope adds offline_access only when provider.clientMetadata.grant_types ' +
        "includes refresh_token; the conformance provider (as upstream's) sets no grant_types, and the default " +
        'that resolveClientMetadata fills in goes to the registration body only (documented: it "does not drive ' +
        'determineScope\'s offline_access augmentation").',
      'auth/offline-access-scope sep-2207-offline-access-needs-refresh-grant':
        'INFO: it did not ask for offline_access (see sep-2207-offline-access-requested), so the rule has ' +
        'nothing to judge.',
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token':
        'WARNING (the race of typescript-sdk#1813, still in 2.4.0): the standalone GET stream and the tools/list ' +
        'POST both get 401; withOAuthRetry runs handle401 -> auth() for each, auth() shares no in-flight ' +
        'refresh, and both read the same refresh token before either answer is saved, so two refreshes go out ' +
        'with it. The slower one is refused; auth() invalidates the tokens on invalid_grant and redirects, ' +
        'handle401 exchanges the new code, and the client finishes.',
      'auth/oidc-offline-access sep-2207-offline-access-requested':
        "INFO (MAY not taken): determineScope adds offline_access only when the provider's own " +
        'clientMetadata.grant_types has refresh_token (see offline-access-scope).',
      'auth/oidc-offline-access oidc-offline-access-prompt-consent':
        'INFO: it did not ask for offline_access, so prompt=consent does not matter.',
      'auth/oidc-offline-access sep-2207-refresh-token-confidential':
        'SKIPPED: without offline_access and prompt=consent the OIDC-flavored AS issued no refresh token; on the ' +
        'expiry 401 auth() authorizes again and the client finishes.',
    },
    timing: {
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token': {
        allowed: ['WARNING', 'SUCCESS'],
        why:
          'The two refreshes start from two 401s milliseconds apart; when the second authInternal reads the tokens ' +
          'after the first refresh was saved, it refreshes with the new token and nothing races.',
      },
    },
  },
];
