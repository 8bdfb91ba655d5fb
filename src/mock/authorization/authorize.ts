/**
 * `GET /authorize`: approves at once, as if the user consented, with a 302 to the client's redirect URI carrying a
 * code (PKCE S256 required) or an error, and `iss` (RFC 9207).
 */
import type { RequestHandler, Response } from 'express';
import type { AuthorizationServerConfig, AuthorizationServerContext, RegisteredClient } from './context.js';
import { isUrl, oauthError, paramReader, splitScope } from './oauth.js';

export function authorizeHandler(context: AuthorizationServerContext): RequestHandler {
  return (req, res) => {
    res.locals.endpoint = 'authorize';
    const param = paramReader(req.query);
    const clientId = param('client_id');
    const redirectUri = param('redirect_uri');
    if (!clientId) {
      oauthError(res, 400, 'invalid_request', 'Missing `client_id`.');
      return;
    }
    if (isUrl(clientId)) context.onClientIdUrl(clientId);
    const registered = context.clients.get(clientId);
    if (!redirectUri || !isUrl(redirectUri)) {
      oauthError(res, 400, 'invalid_request', 'Missing or invalid `redirect_uri`.');
      return;
    }
    if (registered && !registeredRedirectUris(registered).includes(redirectUri)) {
      oauthError(res, 400, 'invalid_request', '`redirect_uri` is not one of the registered redirect URIs.');
      return;
    }
    const redirectWith = (params: Record<string, string | undefined>) =>
      redirect(res, redirectUri, { ...params, iss: context.issuer() });
    const state = param('state');
    if (param('response_type') !== 'code') {
      redirectWith({ error: 'unsupported_response_type', error_description: '`response_type` must be `code`.', state });
      return;
    }
    const codeChallenge = param('code_challenge');
    if (!codeChallenge || param('code_challenge_method') !== 'S256') {
      redirectWith({
        error: 'invalid_request',
        error_description: 'PKCE with `code_challenge_method=S256` is required.',
        state,
      });
      return;
    }
    const code = context.store.issueCode({
      clientId,
      redirectUri,
      resource: param('resource'),
      codeChallenge,
      scope: grantScope(context.config, splitScope(param('scope'))),
      prompt: param('prompt'),
    });
    redirectWith({ code: code.code, state });
  };
}

/** A 302 to `redirectUri` with `params` (those given) set in its query, `iss` last. */
function redirect(res: Response, redirectUri: string, params: Record<string, string | undefined>): void {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(key, value);
  res.redirect(302, target.toString());
}

function grantScope(config: AuthorizationServerConfig, requested: string[]): string[] {
  const base = requested.length > 0 ? requested : config.defaultScopes;
  return base.filter((scope) => !config.withheldScopes.includes(scope));
}

function registeredRedirectUris(client: RegisteredClient): string[] {
  const uris = client.metadata.redirect_uris;
  return Array.isArray(uris) ? uris.filter((uri): uri is string => typeof uri === 'string') : [];
}
