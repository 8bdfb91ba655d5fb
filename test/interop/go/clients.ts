/**
 * The Go SDK's conformance-style client (`main.go`), built with the `go` on PATH against the go-sdk release go.mod
 * pins. Rebuilt only when go.mod, go.sum or a .go file changed.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shellQuote } from '../../../src/engine/client-process.js';
import { INTEROP, cached, contentHash, findTool, run } from '../toolchain.js';
import type { InteropClient } from '../types.js';

const DIR = join(INTEROP, 'go');
const BUILD = join(DIR, '.build');
const BINARY = join(BUILD, 'client');
const SDK = 'github.com/modelcontextprotocol/go-sdk';

/** The go-sdk version go.mod requires. */
function sdkVersion(): string {
  const match = readFileSync(join(DIR, 'go.mod'), 'utf8').match(
    /^\s*(?:require\s+)?github\.com\/modelcontextprotocol\/go-sdk\s+(v\S+)/m,
  );
  if (!match?.[1]) throw new Error(`test/interop/go/go.mod does not require ${SDK}`);
  return match[1].replace(/^v/, '');
}

const sources = () => [
  'go.mod',
  'go.sum',
  ...readdirSync(DIR)
    .filter((file) => file.endsWith('.go'))
    .sort(),
];

export const clients: InteropClient[] = [
  {
    id: 'go-sdk',
    name: 'MCP Go SDK',
    version: sdkVersion(),
    language: 'go',
    kind: 'sdk',
    homepage: 'https://github.com/modelcontextprotocol/go-sdk',
    prepare: async (log) => {
      const go = findTool(['go'], ['version']);
      if (!go) return { skip: 'no `go` on PATH (the Go SDK client needs Go 1.25 or newer)' };
      mkdirSync(BUILD, { recursive: true });
      const built = await cached(join(BUILD, '.stamp'), contentHash(DIR, sources()), BINARY, async () => {
        log(`building ${SDK} v${sdkVersion()} client with ${go}`);
        // -mod=readonly: go.mod and go.sum are used as committed; missing modules come from the module proxy.
        await run(go, ['build', '-mod=readonly', '-buildvcs=false', '-trimpath', '-o', BINARY, '.'], {
          cwd: DIR,
          env: { GOWORK: 'off' },
        });
      });
      if (!built) log('build is up to date');
      return { command: shellQuote(BINARY) };
    },
    // How go-sdk v1.8.0 gets and renews its access token, read from the module's source:
    // - auth/authorization_code.go, AuthorizationCodeHandler.exchangeAuthorizationCode: the token source is
    //   golang.org/x/oauth2's Config.TokenSource (a ReuseTokenSource over a tokenRefresher). It refreshes when its own
    //   clock says the token has expired, which oauth2 takes as Expiry minus 10 s (token.go, Token.expired,
    //   defaultExpiryDelta): a token declared with `expires_in: 1` is expired on arrival, so it is refreshed at once.
    // - AuthorizationCodeHandler.Authorize ends with updateGrantedScopes, which calls ts.Token() right after the code
    //   exchange: that is where the first refresh happens, inside the authorization itself.
    // - mcp/streamable.go, streamableClientConn.setMCPHeaders calls ts.Token() before every HTTP request; an error
    //   other than an invalid_grant RetrieveError rejects the request locally (it is never sent). On a 401 or 403,
    //   streamableClientConn.Write calls Authorize: the whole flow again, registration included, never a refresh.
    notes: {
      'auth/refresh-token-use oauth-refresh-resource-parameter':
        'FAILURE (the known gap): the refresh goes through golang.org/x/oauth2 (oauth2.go, ' +
        'tokenRefresher.Token), which sends grant_type and refresh_token only; auth/authorization_code.go adds ' +
        '`resource` only to the authorization URL (getAuthorizationCode, oauth2.SetAuthURLParam) and to the code ' +
        'exchange (exchangeAuthorizationCode), and builds the token source with cfg.TokenSource, which takes no ' +
        'extra parameters.',
      'auth/refresh-token-rotation oauth-refresh-resource-parameter':
        'FAILURE, as in refresh-token-use: both refreshes (the one in ' +
        'AuthorizationCodeHandler.updateGrantedScopes right after the exchange, and the one in ' +
        'streamableClientConn.setMCPHeaders before the first MCP request, each token being expired on arrival ' +
        "for oauth2's 10 s margin) come from oauth2's tokenRefresher.Token, which never sends `resource`.",
      'auth/refresh-token-not-issued scenario-outcome':
        'FAILURE at the level of sep-2207-refresh-token-not-assumed (MUST NOT, draft-only under 2025-11-25): the ' +
        'token comes with no refresh token and `expires_in: 1`, which oauth2 counts as expired on arrival ' +
        '(Expiry minus 10 s). AuthorizationCodeHandler.updateGrantedScopes (auth/authorization_code.go) calls ' +
        'ts.Token() right after the exchange and gets "oauth2: token expired and refresh token is not set" ' +
        "(oauth2.go, tokenRefresher.Token), so Authorize fails; the next request's " +
        'streamableClientConn.setMCPHeaders (mcp/streamable.go) gets the same error, which is not an ' +
        'invalid_grant RetrieveError, and rejects the request without sending it, so no 401 ever comes to start ' +
        'a new authorization and Connect fails. It sends no refresh grant, but it does not start the ' +
        'authorization over either: any token without a refresh token fails the same way in its last 10 s, ' +
        'however long it was issued for.',
      'auth/refresh-token-not-issued sep-2207-refresh-token-not-assumed':
        'SKIPPED: the client stopped before it sent the token anywhere, so the server never saw it expire (see ' +
        "scenario-outcome). It assumed no refresh token: oauth2's tokenRefresher.Token refuses to refresh " +
        'without one, so no refresh grant was sent.',
      'auth/refresh-token-invalid-grant oauth-refresh-invalid-grant-recovery':
        'WARNING (advisory): the first refresh is made by AuthorizationCodeHandler.updateGrantedScopes right ' +
        "after the exchange (the token is expired on arrival for oauth2's 10 s margin); its invalid_grant fails " +
        'Authorize but the token source stays installed (exchangeAuthorizationCode stored it before), and ' +
        "oauth2's tokenRefresher keeps the refused refresh token, so the next request's " +
        'streamableClientConn.setMCPHeaders presents it once more. That second invalid_grant is tolerated there, ' +
        'the request goes out without a token, its 401 starts a new authorization (Authorize), and the client ' +
        'finishes.',
      'auth/oidc-offline-access scenario-outcome':
        'WARNING at the level of oidc-offline-access-prompt-consent (advisory), which covers why no refresh ' +
        'token came: without prompt=consent the OIDC-flavored AS issues none, and a token declared with ' +
        '`expires_in: 1` is expired on arrival for oauth2 (Expiry minus 10 s), so ' +
        'AuthorizationCodeHandler.updateGrantedScopes and then streamableClientConn.setMCPHeaders get "oauth2: ' +
        'token expired and refresh token is not set" and Connect fails before any MCP request is sent (as in ' +
        'refresh-token-not-issued).',
      'auth/oidc-offline-access oidc-offline-access-prompt-consent':
        'WARNING (advisory): with RequestRefreshToken, AuthorizationCodeHandler.Authorize ' +
        '(auth/authorization_code.go) adds offline_access when the AS lists it, but getAuthorizationCode builds ' +
        'the URL with oauth2.Config.AuthCodeURL plus the PKCE challenge and `resource` only: go-sdk has no way ' +
        'to send prompt=consent, so an OIDC provider issues no refresh token.',
      'auth/oidc-offline-access sep-2207-refresh-token-confidential':
        'SKIPPED: the AS issued no refresh token (no prompt=consent, see oidc-offline-access-prompt-consent), so ' +
        'there was none to keep confidential.',
    },
  },
];
