/** RFC 7591 dynamic client registration: `POST /register` with the client's metadata as JSON. */
import type { RequestHandler } from 'express';
import { randomToken, type TokenStore } from '../token-store.js';
import type { AuthorizationServerContext } from './context.js';
import { isObject, oauthError } from './oauth.js';

export function registerHandler({ clients, store }: AuthorizationServerContext): RequestHandler {
  return (req, res) => {
    res.locals.endpoint = 'register';
    const body: unknown = req.body;
    if (!isObject(body) || !req.is('application/json')) {
      oauthError(res, 400, 'invalid_client_metadata', 'The registration request must be a JSON object.');
      return;
    }
    const redirectUris = body.redirect_uris;
    if (
      !Array.isArray(redirectUris) ||
      redirectUris.length === 0 ||
      !redirectUris.every((uri) => typeof uri === 'string')
    ) {
      oauthError(res, 400, 'invalid_redirect_uri', '`redirect_uris` must be a non-empty array of strings.');
      return;
    }
    const clientId = randomToken('client');
    clients.set(clientId, { clientId, metadata: body });
    const authMethod = typeof body.token_endpoint_auth_method === 'string' ? body.token_endpoint_auth_method : 'none';
    res.status(201).json({
      ...body,
      client_id: clientId,
      client_id_issued_at: Math.floor(Date.now() / 1000),
      token_endpoint_auth_method: authMethod,
      ...(authMethod === 'none' ? {} : { client_secret: issueClientSecret(store), client_secret_expires_at: 0 }),
    });
  };
}

function issueClientSecret(store: TokenStore): string {
  const secret = randomToken('secret');
  store.clientSecrets.add(secret);
  return secret;
}
