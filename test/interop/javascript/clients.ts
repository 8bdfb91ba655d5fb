/** Published MCP clients from the npm registry, pinned as devDependencies, run exactly as their users run them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shellQuote } from '../../../src/engine/client-process.js';
import { ROOT } from '../toolchain.js';
import type { InteropClient } from '../types.js';

/** The installed version of a devDependency, which must be the one package.json pins. */
export function pinnedVersion(name: string): string {
  const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  const pinned = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
  ).devDependencies[name];
  if (pinned !== installed.version)
    throw new Error(`${name}: package.json pins ${pinned}, node_modules has ${installed.version}`);
  return installed.version;
}

const node = shellQuote(process.execPath);
const MCPC = `${node} node_modules/@apify/mcpc/bin/mcpc`;

export const clients: InteropClient[] = [
  {
    id: 'mcp-remote',
    name: 'mcp-remote (mcp-remote-client)',
    version: pinnedVersion('mcp-remote'),
    language: 'javascript',
    kind: 'published',
    homepage: 'https://www.npmjs.com/package/mcp-remote',
    // It opens the browser for consent with the `open` package (xdg-open here): only the consent shim gets it through.
    prepare: async () => ({ command: `${node} node_modules/mcp-remote/dist/client.js` }),
    // How mcp-remote 0.15.1 gets and renews its token, read from dist/chunk-KJCT2FXL.js and dist/client.js:
    // - NodeOAuthClientProvider.tokens() runs before every request. TOKEN_EXPIRY_MARGIN_MS is 60 s, so a token
    //   declared with `expires_in: 1` is expired on arrival and tokens() refreshes proactively (refreshTokens ->
    //   refreshOncePerHost -> doRefreshTokens, one refresh at a time per process and per host via a lease file),
    //   sending `resource` (selectResourceURL) and no wider scope. A 401 also goes through the SDK's
    //   handleOAuthUnauthorized -> auth(), which refreshes or redirects.
    // - runClient (dist/client.js) lists tools and resources, logs any error and always ends with process.exit(0)
    //   ("Exiting OK..."). A mid-session re-authorization is started (redirectToAuthorization opens the browser) but
    //   not waited for: handleOAuthUnauthorized throws UnauthorizedError as soon as auth() answers REDIRECT, and the
    //   process exits before the browser (here the consent shim) reaches the authorization endpoint. In
    //   refresh-token-not-issued and refresh-token-invalid-grant its tools/list therefore fails after the expiry, yet
    //   it exits 0: the scenario outcome, which goes by the exit code, is SUCCESS.
    notes: {
      'auth/refresh-token-invalid-grant oauth-refresh-invalid-grant-recovery':
        'WARNING (advisory): the token is expired on arrival for its 60 s margin (TOKEN_EXPIRY_MARGIN_MS), so ' +
        'NodeOAuthClientProvider.tokens() refreshes before each request; doRefreshTokens catches the ' +
        'invalid_grant and returns undefined, and tokens() logs "Proactive token refresh failed, falling back ' +
        'to the stored token" without discarding the refused refresh token (tokens.json keeps it). So the same ' +
        'token is presented again before initialize, notifications/initialized and the GET stream, and twice ' +
        "more after the 401 (tokens() once more, then the SDK's authInternal, whose InvalidGrantError finally " +
        "makes auth() call invalidateCredentials('tokens') and redirect). The re-authorization it then starts is " +
        'not waited for (see above).',
    },
  },
  {
    id: 'inspector-cli',
    name: 'MCP Inspector CLI (@modelcontextprotocol/inspector --cli)',
    version: pinnedVersion('@modelcontextprotocol/inspector'),
    language: 'javascript',
    kind: 'published',
    homepage: 'https://www.npmjs.com/package/@modelcontextprotocol/inspector',
    // The one-shot command its docs give for scripts and CI (`mcp-inspector --cli <url> --method tools/list`), through
    // the package's own bin. Without a TTY it refuses interactive OAuth unless MCP_AUTO_OPEN_ENABLED=true, the
    // switch its error message names; then it opens the browser with the `open` package (xdg-open here), which only
    // the consent shim answers. Its OAuth callback listener is fixed at 127.0.0.1:6276.
    prepare: async () => ({
      command:
        `${node} node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js --cli --method ` +
        `tools/list`,
      env: { MCP_AUTO_OPEN_ENABLED: 'true' },
    }),
    // Its OAuth runs through @modelcontextprotocol/client 2.3.1 (its own node_modules): StreamableHTTPClientTransport
    // with the Inspector's provider as authProvider, so a 401 goes to adaptOAuthProvider's onUnauthorized ->
    // handleOAuthUnauthorized -> auth() -> authInternal, which refreshes when it holds a refresh token (with
    // `resource`) and otherwise redirects; the CLI then runs the browser flow again (core/cli/cliOAuth.ts,
    // handleCliAuthRecoveryRequired -> runCliInteractiveOAuth) and retries. It declares the refresh_token grant and
    // asks for offline_access with prompt=consent when the AS lists it.
    notes: {
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token':
        'WARNING (the race of typescript-sdk#1813, in SDK 2.3.1): after initialize the access token is spent, ' +
        'and the standalone GET stream (StreamableHTTPClientTransport._startOrAuthSse) and the tools/list POST ' +
        '(send) both get 401; each calls onUnauthorized -> handleOAuthUnauthorized -> auth() on its own, nothing ' +
        'shares an in-flight refresh, and both read the same refresh token before either answer is saved, so two ' +
        'refreshes go out with it. The slower one is refused (invalid_grant); auth() logs "[mcp-sdk] OAuth ' +
        '\"invalid_grant\" — invalidating the stored tokens and retrying authorization", redirects, the CLI ' +
        're-authorizes through the browser, reconnects and lists tools, exiting 0.',
    },
    timing: {
      'auth/refresh-token-rotation oauth-refresh-uses-latest-token': {
        allowed: ['WARNING', 'SUCCESS'],
        why:
          "Both refreshes start from two 401s a few milliseconds apart; if the second 401's auth() reads the " +
          'tokens after the first refresh was saved, it refreshes with the new token and there is no race.',
      },
    },
  },
  {
    id: 'mcpc',
    name: 'mcpc (@apify/mcpc)',
    version: pinnedVersion('@apify/mcpc'),
    language: 'javascript',
    kind: 'published',
    homepage: 'https://www.npmjs.com/package/@apify/mcpc',
    // mcpc has no one-shot form: its README's sequence is `mcpc login <server>`, `mcpc connect <server> @session`,
    // `mcpc @session tools-list`, each a separate process; `connect` starts a background bridge process that holds the
    // MCP connection and the tokens. The shell gets the server URL as $1. `login` opens the browser with xdg-open
    // (the consent shim) and listens for the callback on the first free port from 8000.
    prepare: async () => ({
      command:
        `sh -c ${shellQuote(`${MCPC} login "$1" && ${MCPC} connect "$1" @sep2207 && ${MCPC} @sep2207 tools-list`)} ` +
        `mcpc`,
    }),
    // How mcpc 0.2.6 gets and renews its token, read from its dist/:
    // - `login` (lib/auth/oauth-flow.js, performOAuthFlow) runs the SDK 1.x auth() with no scope, so the scope is the
    //   PRM's scopes_supported (never offline_access); the DCR body declares the refresh_token grant. It is the only
    //   place mcpc authorizes: "mcpc never opens the web browser on its own" (README), a later 401 only tells the
    //   user to run `mcpc login` again.
    // - The bridge (bridge/index.js, BridgeProcess.setAuthCredentials) gets the refresh token and client id but no
    //   access token when there is a refresh token, so OAuthTokenManager.getValidAccessToken (lib/auth/
    //   oauth-token-manager.js) refreshes before its first request (and whenever expiresAt is within 60 s,
    //   EXPIRY_BUFFER_SECONDS). The refresh (lib/auth/oauth-utils.js) first looks for the token endpoint with
    //   discoverTokenEndpoint(serverUrl): `<MCP URL>/.well-known/oauth-authorization-server`,
    //   `<MCP URL>/.well-known/openid-configuration` and the same two at the MCP server's origin only, never the
    //   PRM's authorization_servers. Where the authorization server has an origin of its own (as with most hosted
    //   identity providers: every refresh scenario but refresh-token-use), all four answer 404, the bridge fails
    //   with AuthError "Could not find OAuth token endpoint" and the CLI exits 4. Where it shares the MCP server's
    //   origin (refresh-token-use), the refresh is sent: refreshAccessToken sends grant_type, refresh_token and
    //   client_id only, no `resource`.
    // - Without a refresh token the bridge sends the stored access token as a static header; `connect` starts the
    //   bridge some seconds after `login` got the token (each mcpc process needs seconds to start), so a token
    //   declared with `expires_in: 1` is already expired at its first use and the 401 ends the run (exit 1 or 4).
    notes: {
      'auth/offline-access-scope sep-2207-offline-access-requested':
        'INFO (MAY not taken): performOAuthFlow (lib/auth/oauth-flow.js) calls the SDK 1.x auth() without a ' +
        "scope, and the SDK's authInternal takes the scope from the challenge or the PRM's scopes_supported " +
        '(mcp:basic), never adding offline_access.',
      'auth/offline-access-scope sep-2207-offline-access-needs-refresh-grant':
        'INFO: it did not ask for offline_access (see sep-2207-offline-access-requested), so the rule has ' +
        'nothing to judge; its DCR body declares the refresh_token grant anyway.',
      'auth/refresh-token-use oauth-refresh-resource-parameter':
        "FAILURE (enforced; the known gap): here the authorization server shares the MCP server's origin, so the " +
        "bridge's refresh before its first MCP request (OAuthTokenManager.getValidAccessToken, created without " +
        'an access token in BridgeProcess.setAuthCredentials) finds the token endpoint at ' +
        '`<origin>/.well-known/oauth-authorization-server` (lib/auth/oauth-utils.js, discoverTokenEndpoint), and ' +
        'refreshAccessToken sends grant_type, refresh_token and client_id only: no `resource`.',
      'auth/refresh-token-rotation':
        'scenario-outcome WARNING (advisory: the level of oauth-refresh-token-used, as it stopped when its ' +
        'short-lived token needed refreshing), refresh checks SKIPPED: the authorization server has an origin of ' +
        "its own here, and the bridge's first refresh looks for the token endpoint only under the MCP server's " +
        "URL and origin (lib/auth/oauth-utils.js, discoverTokenEndpoint), never the PRM's authorization_servers; " +
        'all four lookups answer 404, the bridge fails with AuthError "Could not find OAuth token endpoint" ' +
        'and the CLI exits 4 before any refresh is sent.',
      'auth/refresh-token-invalid-grant':
        'scenario-outcome WARNING (advisory: the level of oauth-refresh-token-used), ' +
        'oauth-refresh-invalid-grant-recovery SKIPPED, as in refresh-token-rotation: the refresh that would have ' +
        'met invalid_grant is never sent, because discoverTokenEndpoint finds no token endpoint under the MCP ' +
        "server's URL or origin; the CLI exits 4.",
      'auth/refresh-token-not-issued scenario-outcome':
        'FAILURE (draft-only: it takes the level of sep-2207-refresh-token-not-assumed): no refresh token, so ' +
        'BridgeProcess.setAuthCredentials uses the access token as a static Bearer header; the bridge starts ' +
        'seconds after `login` got the 1 s token, its first request is answered 401 invalid_token, and mcpc does ' +
        'not authorize again by itself (only `mcpc login` does, oauth-flow.js), so it exits with "Authentication ' +
        'required by server ... re-authenticate: mcpc login". It assumed no refresh token.',
      'auth/oidc-offline-access scenario-outcome':
        'WARNING (advisory: it takes the level of oidc-offline-access-prompt-consent): mcpc asks for no ' +
        'offline_access, so the OIDC-flavored AS issues no refresh token; as in refresh-token-not-issued the ' +
        "bridge's first request with the already expired 1 s token is answered 401 and mcpc leaves " +
        're-authorization to the user (`mcpc login`), exiting non-zero.',
      'auth/oidc-offline-access sep-2207-offline-access-requested':
        "INFO (MAY not taken): performOAuthFlow calls the SDK 1.x auth() without a scope; the scope is the PRM's " +
        'scopes_supported, without offline_access.',
      'auth/oidc-offline-access oidc-offline-access-prompt-consent':
        'INFO: it did not ask for offline_access, so prompt=consent does not matter.',
      'auth/oidc-offline-access sep-2207-refresh-token-confidential':
        'SKIPPED: without offline_access and prompt=consent the AS issued no refresh token.',
    },
    timing: {
      'auth/refresh-token-not-issued sep-2207-refresh-token-not-assumed': {
        allowed: ['SUCCESS', 'SKIPPED'],
        why:
          'SUCCESS when the bridge got its first request out (answered 401, no refresh grant); SKIPPED when, on a ' +
          "loaded machine, `mcpc @sep2207 tools-list` gave up waiting 5 s for the bridge's socket " +
          '(lib/bridge-manager.js, startBridge) before any MCP request, so no expiry was seen.',
      },
    },
  },
];
