/**
 * The conformance clients' `withOAuthRetry` on SDK 1.x: a fetch middleware that adds the bearer token, and on a 401
 * or 403 runs the SDK's `auth()` (which refreshes when it holds a refresh token, else authorizes), exchanges the
 * code itself when `auth()` had to redirect, and retries the request once.
 */
import { auth, extractWWWAuthenticateParams, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import type { Middleware } from '@modelcontextprotocol/sdk/client/middleware.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { ConformanceOAuthProvider } from './conformance-oauth-provider.js';

/** SEP-2350: re-authorize for what was granted plus what the challenge asks, so no permission is lost. */
function unionScopes(granted: string | undefined, challenged: string | undefined): string | undefined {
  const scopes = new Set([...(granted?.split(' ') ?? []), ...(challenged?.split(' ') ?? [])].filter(Boolean));
  return scopes.size > 0 ? [...scopes].join(' ') : undefined;
}

export async function handle401(
  response: Response,
  provider: ConformanceOAuthProvider,
  next: FetchLike,
  serverUrl: string | URL,
) {
  const { resourceMetadataUrl, scope: challenged } = extractWWWAuthenticateParams(response);
  const scope = unionScopes((await provider.tokens())?.scope, challenged);
  const result = await auth(provider, { serverUrl, resourceMetadataUrl, scope, fetchFn: next });
  if (result === 'REDIRECT') {
    // The provider's headless consent already holds the code: exchange it now instead of waiting for a callback.
    const authorizationCode = provider.authorizationCode();
    const exchanged = await auth(provider, { serverUrl, resourceMetadataUrl, scope, authorizationCode, fetchFn: next });
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
