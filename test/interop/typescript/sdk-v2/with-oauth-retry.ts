/**
 * typescript-sdk's conformance `withOAuthRetry` on SDK 2.x: a fetch middleware that adds the bearer token, and on
 * a 401 or 403 runs the SDK's `auth()` (which refreshes when it holds a refresh token, else authorizes), exchanges
 * the code itself when `auth()` had to redirect, and retries the request once.
 */
import {
  auth,
  computeScopeUnion,
  extractWWWAuthenticateParams,
  isStrictScopeSuperset,
  UnauthorizedError,
  type FetchLike,
  type Middleware,
} from '@modelcontextprotocol/client';
import type { ConformanceOAuthProvider } from './conformance-oauth-provider.js';

export async function handle401(
  response: Response,
  provider: ConformanceOAuthProvider,
  next: FetchLike,
  serverUrl: string | URL,
) {
  const { resourceMetadataUrl, scope: challenged } = extractWWWAuthenticateParams(response);
  const previous = await provider.tokens();
  // A 403 insufficient_scope is a step-up: ask for the union with what was granted (SEP-2350).
  const scope = response.status === 403 ? computeScopeUnion(previous?.scope, challenged) : challenged;
  // A 401 after holding a token: re-probe discovery, in case the authorization server moved (SEP-2352).
  if (response.status === 401) provider.invalidateCredentials('discovery');
  const result = await auth(provider, {
    serverUrl,
    resourceMetadataUrl,
    scope,
    // A refresh cannot widen the grant (RFC 6749 §6): re-authorize when more is asked than was granted.
    forceReauthorization: isStrictScopeSuperset(scope, previous?.scope),
    fetchFn: next,
  });
  if (result === 'REDIRECT') {
    // The provider's headless consent already holds the code: exchange it now instead of waiting for a callback.
    const exchanged = await auth(provider, {
      serverUrl,
      resourceMetadataUrl,
      scope,
      authorizationCode: provider.authorizationCode(),
      iss: provider.issuer(),
      fetchFn: next,
    });
    if (exchanged !== 'AUTHORIZED') throw new UnauthorizedError(`authorization ended with ${exchanged}`);
  }
}

export function withOAuthRetry(provider: ConformanceOAuthProvider, serverUrl: URL): Middleware {
  return (next) => async (input, init) => {
    const send = async () => {
      const headers = new Headers(init?.headers);
      const tokens = await provider.tokens();
      if (tokens) headers.set('Authorization', `Bearer ${tokens.access_token}`);
      return next(input, { ...init, headers });
    };
    let response = await send();
    if (response.status === 401 || response.status === 403) {
      await handle401(response, provider, next, serverUrl);
      response = await send();
    }
    if (response.status === 401 || response.status === 403) {
      throw new UnauthorizedError(`authentication failed for ${String(input)}`);
    }
    return response;
  };
}
