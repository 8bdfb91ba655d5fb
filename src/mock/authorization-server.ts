/**
 * The mock OAuth 2.1 authorization server: RFC 8414 (or OIDC discovery) metadata, RFC 7591 dynamic registration,
 * an auto-approving `/authorize` with PKCE S256, and a `/token` endpoint whose refresh behaviour each scenario sets.
 * It never judges the client: it answers like a real server would, and the transcript is judged afterwards.
 * Each endpoint lives in its own module under ./authorization/.
 */
import express, { type Request, type Response } from 'express';
import type { Endpoint } from '../model.js';
import { authorizeHandler } from './authorization/authorize.js';
import type {
  AuthorizationServerConfig,
  AuthorizationServerContext,
  RegisteredClient,
} from './authorization/context.js';
import { metadataHandler } from './authorization/metadata.js';
import { oauthError } from './authorization/oauth.js';
import { registerHandler } from './authorization/register.js';
import { tokenHandler, tokenMethodNotAllowed } from './authorization/token.js';
import { bodyErrors, bodyParsers } from './http.js';
import { recordExchanges } from './record-exchanges.js';
import type { TokenStore } from './token-store.js';
import type { TranscriptRecorder } from './transcript.js';

export type { AuthorizationServerConfig, RegisteredClient } from './authorization/context.js';

export function createAuthorizationServerApp(
  config: AuthorizationServerConfig,
  store: TokenStore,
  recorder: TranscriptRecorder,
  issuer: () => string,
  /** Called with every URL-shaped client_id seen, so its metadata document can be fetched before evaluation. */
  onClientIdUrl: (url: string) => void,
) {
  const context: AuthorizationServerContext = {
    config,
    store,
    recorder,
    issuer,
    onClientIdUrl,
    clients: new Map<string, RegisteredClient>(),
  };
  const app = express();
  app.disable('x-powered-by');
  app.use(recordExchanges(recorder, 'authorization-server', authorizationServerEndpoint));
  // Repeated parameters become arrays, which the handlers treat as absent rather than guessing.
  app.set('query parser', 'simple');
  app.use(bodyParsers('64kb'));

  app.get('/.well-known/oauth-authorization-server{/*rest}', metadataHandler(context, 'oauth'));
  app.get(
    ['/.well-known/openid-configuration', '/.well-known/openid-configuration/*rest'],
    metadataHandler(context, 'openid'),
  );
  app.get('/jwks', (_req, res) => {
    res.json({ keys: [] });
  });
  app.post('/register', registerHandler(context));
  app.get('/authorize', authorizeHandler(context));
  app.post('/token', tokenHandler(context));
  app.all('/token', tokenMethodNotAllowed);

  app.use((_req: Request, res: Response) => {
    oauthError(res, 404, 'not_found', 'No such endpoint on this authorization server.');
  });
  app.use(bodyErrors((res, status, message) => oauthError(res, status, 'invalid_request', message)));
  return app;
}

function authorizationServerEndpoint(path: string): Endpoint {
  if (path.startsWith('/.well-known/oauth-authorization-server')) return 'as-metadata';
  if (path.startsWith('/.well-known/openid-configuration')) return 'oidc-metadata';
  const routes: Record<string, Endpoint> = { '/register': 'register', '/authorize': 'authorize', '/token': 'token' };
  return routes[path] ?? 'other';
}
