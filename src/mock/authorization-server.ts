/**
 * The mock OAuth 2.1 authorization server: RFC 8414 (or OIDC discovery) metadata, RFC 7591 dynamic registration,
 * an auto-approving `/authorize` with PKCE S256, and a `/token` endpoint whose refresh behaviour each scenario sets.
 * It never judges the client: it answers like a real server would, and the transcript is judged afterwards.
 */
import express, { type Request, type Response } from 'express';
import { randomToken, s256, type RefreshToken, type RefreshTokenPolicy, type TokenStore } from './token-store.js';
import { bodyErrors, bodyParsers } from './http.js';
import type { TranscriptRecorder } from './transcript.js';
import type { Endpoint } from '../model.js';

export interface AuthorizationServerConfig {
  scopesSupported: string[];
  /** `oauth`: RFC 8414 metadata; `openid-only`: metadata only at `/.well-known/openid-configuration`. */
  metadataLocation: 'oauth' | 'openid-only';
  clientIdMetadataDocumentSupported: boolean;
  refreshTokenPolicy: RefreshTokenPolicy;
  /** Like common OIDC providers: issue a refresh token only for `offline_access` requested with `prompt=consent`. */
  refreshTokenRequiresConsent: boolean;
  /** Scopes the AS leaves out of a grant even when asked, so the granted scope is narrower than the requested one. */
  withheldScopes: string[];
  /** Scopes granted when the client asks for none. */
  defaultScopes: string[];
  /** Advertised lifetime of access tokens; expiry itself is driven by use counts. */
  accessTokenExpiresIn: number;
}

export interface RegisteredClient {
  clientId: string;
  metadata: Record<string, unknown>;
}

interface OAuthErrorBody {
  error: string;
  error_description: string;
}

export function createAuthorizationServerApp(
  config: AuthorizationServerConfig,
  store: TokenStore,
  recorder: TranscriptRecorder,
  issuer: () => string,
  /** Called with every URL-shaped client_id seen, so its metadata document can be fetched before evaluation. */
  onClientIdUrl: (url: string) => void,
) {
  const app = express();
  app.disable('x-powered-by');
  app.use(recorder.middleware('authorization-server', authorizationServerEndpoint));
  // Repeated parameters become arrays, which the handlers treat as absent rather than guessing.
  app.set('query parser', 'simple');
  app.use(bodyParsers('64kb'));
  const clients = new Map<string, RegisteredClient>();

  const metadata = () => ({
    issuer: issuer(),
    authorization_endpoint: `${issuer()}/authorize`,
    token_endpoint: `${issuer()}/token`,
    registration_endpoint: `${issuer()}/register`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_post', 'client_secret_basic'],
    scopes_supported: config.scopesSupported,
    authorization_response_iss_parameter_supported: true,
    client_id_metadata_document_supported: config.clientIdMetadataDocumentSupported,
    ...(config.metadataLocation === 'openid-only'
      ? {
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          jwks_uri: `${issuer()}/jwks`,
          prompt_values_supported: ['none', 'login', 'consent'],
        }
      : {}),
  });

  app.get('/.well-known/oauth-authorization-server{/*rest}', (_req, res) => {
    res.locals.endpoint = 'as-metadata';
    if (config.metadataLocation === 'openid-only') {
      oauthError(res, 404, 'not_found', 'This server publishes OpenID Connect discovery metadata only.');
      return;
    }
    res.json(metadata());
  });
  app.get(['/.well-known/openid-configuration', '/.well-known/openid-configuration/*rest'], (_req, res) => {
    res.locals.endpoint = 'oidc-metadata';
    if (config.metadataLocation !== 'openid-only') {
      oauthError(res, 404, 'not_found', 'This server publishes RFC 8414 metadata only.');
      return;
    }
    res.json(metadata());
  });
  app.get('/jwks', (_req, res) => {
    res.json({ keys: [] });
  });

  app.post('/register', (req, res) => {
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
      ...(authMethod === 'none' ? {} : { client_secret: issueClientSecret(), client_secret_expires_at: 0 }),
    });
  });

  app.get('/authorize', (req, res) => {
    res.locals.endpoint = 'authorize';
    const param = (name: string) => singleParam(req.query[name]);
    const clientId = param('client_id');
    const redirectUri = param('redirect_uri');
    if (!clientId) {
      oauthError(res, 400, 'invalid_request', 'Missing `client_id`.');
      return;
    }
    if (isUrl(clientId)) onClientIdUrl(clientId);
    const registered = clients.get(clientId);
    if (!redirectUri || !isUrl(redirectUri)) {
      oauthError(res, 400, 'invalid_request', 'Missing or invalid `redirect_uri`.');
      return;
    }
    if (registered && !registeredRedirectUris(registered).includes(redirectUri)) {
      oauthError(res, 400, 'invalid_request', '`redirect_uri` is not one of the registered redirect URIs.');
      return;
    }
    const redirectWith = (params: Record<string, string | undefined>) => {
      const target = new URL(redirectUri);
      for (const [key, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(key, value);
      target.searchParams.set('iss', issuer());
      res.redirect(302, target.toString());
    };
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
    const requested = splitScope(param('scope'));
    const code = store.issueCode({
      clientId,
      redirectUri,
      resource: param('resource'),
      codeChallenge,
      scope: grantScope(requested),
      prompt: param('prompt'),
    });
    redirectWith({ code: code.code, state });
  });

  app.post('/token', (req, res) => {
    res.locals.endpoint = 'token';
    // Tokens in token responses must never be cached (OAuth 2.1 §3.2.3).
    res.set('Cache-Control', 'no-store');
    if (!req.is('application/x-www-form-urlencoded')) {
      oauthError(res, 400, 'invalid_request', 'Token requests must be `application/x-www-form-urlencoded` POSTs.');
      return;
    }
    const body = isObject(req.body) ? req.body : {};
    const param = (name: string) => singleParam(body[name]);
    const grantType = param('grant_type');
    if (grantType === 'authorization_code') exchangeCode(param, res);
    else if (grantType === 'refresh_token') refresh(param, res);
    else oauthError(res, 400, 'unsupported_grant_type', `Unsupported grant_type ${JSON.stringify(grantType ?? null)}.`);
  });
  app.all('/token', (_req, res) => {
    res.locals.endpoint = 'token';
    res.set('Allow', 'POST');
    oauthError(res, 405, 'invalid_request', 'The token endpoint accepts POST only.');
  });

  app.use((_req: Request, res: Response) => {
    oauthError(res, 404, 'not_found', 'No such endpoint on this authorization server.');
  });
  app.use(bodyErrors((res, status, message) => oauthError(res, status, 'invalid_request', message)));

  function exchangeCode(param: (name: string) => string | undefined, res: Response) {
    const code = store.codes.get(param('code') ?? '');
    if (!code || code.used) {
      oauthError(
        res,
        400,
        'invalid_grant',
        code ? 'The authorization code was already used.' : 'Unknown authorization code.',
      );
      return;
    }
    code.used = true;
    if (param('client_id') !== undefined && param('client_id') !== code.clientId) {
      oauthError(res, 400, 'invalid_grant', 'The code was issued to another client.');
      return;
    }
    if (param('redirect_uri') !== undefined && param('redirect_uri') !== code.redirectUri) {
      oauthError(res, 400, 'invalid_grant', '`redirect_uri` does not match the authorization request.');
      return;
    }
    const verifier = param('code_verifier');
    if (!verifier || s256(verifier) !== code.codeChallenge) {
      oauthError(
        res,
        400,
        'invalid_grant',
        'PKCE verification failed: `code_verifier` does not match `code_challenge`.',
      );
      return;
    }
    const resource = param('resource');
    if (resource !== undefined && code.resource !== undefined && resource !== code.resource) {
      oauthError(res, 400, 'invalid_target', '`resource` differs from the one in the authorization request.');
      return;
    }
    const issueRefresh =
      config.refreshTokenPolicy !== 'none' &&
      (!config.refreshTokenRequiresConsent || (code.scope.includes('offline_access') && code.prompt === 'consent'));
    const refreshToken = issueRefresh
      ? store.issueRefreshToken(code.clientId, code.scope, resource ?? code.resource)
      : undefined;
    sendTokens(res, code.clientId, code.scope, resource ?? code.resource, refreshToken);
  }

  function refresh(param: (name: string) => string | undefined, res: Response) {
    const presented = store.refreshTokens.get(param('refresh_token') ?? '');
    if (!presented) {
      oauthError(res, 400, 'invalid_grant', 'Unknown refresh token.');
      return;
    }
    if (param('client_id') !== undefined && param('client_id') !== presented.clientId) {
      oauthError(res, 400, 'invalid_grant', 'The refresh token was issued to another client.');
      return;
    }
    if (config.refreshTokenPolicy === 'invalid_grant') {
      oauthError(res, 400, 'invalid_grant', 'The refresh token is no longer valid; authorize again.');
      return;
    }
    if (presented.state === 'rotated') {
      // A real AS may revoke the whole family here; the mock keeps the newest token valid so the client can finish.
      oauthError(res, 400, 'invalid_grant', 'This refresh token was rotated and is no longer valid.');
      return;
    }
    const requested = param('scope');
    const scope = requested === undefined ? presented.grantedScope : splitScope(requested);
    if (scope.some((item) => !presented.grantedScope.includes(item))) {
      oauthError(res, 400, 'invalid_scope', 'The requested scope exceeds the scope originally granted.');
      return;
    }
    const next = config.refreshTokenPolicy === 'rotate' ? store.rotate(presented) : presented;
    sendTokens(res, presented.clientId, scope, param('resource') ?? presented.resource, next);
  }

  function sendTokens(
    res: Response,
    clientId: string,
    scope: string[],
    resource: string | undefined,
    refreshToken: RefreshToken | undefined,
  ) {
    const accessToken = store.issueAccessToken(clientId, scope, resource);
    res.on('finish', () => {
      if (refreshToken && refreshToken.deliveredAt === undefined) refreshToken.deliveredAt = recorder.now();
    });
    res.json({
      access_token: accessToken.token,
      token_type: 'Bearer',
      expires_in: accessToken.declaredExpiresIn ?? config.accessTokenExpiresIn,
      scope: scope.join(' '),
      ...(refreshToken ? { refresh_token: refreshToken.token } : {}),
    });
  }

  function issueClientSecret(): string {
    const secret = randomToken('secret');
    store.clientSecrets.add(secret);
    return secret;
  }

  function grantScope(requested: string[]): string[] {
    const base = requested.length > 0 ? requested : config.defaultScopes;
    return base.filter((scope) => !config.withheldScopes.includes(scope));
  }

  return app;
}

function authorizationServerEndpoint(path: string): Endpoint {
  if (path.startsWith('/.well-known/oauth-authorization-server')) return 'as-metadata';
  if (path.startsWith('/.well-known/openid-configuration')) return 'oidc-metadata';
  const routes: Record<string, Endpoint> = { '/register': 'register', '/authorize': 'authorize', '/token': 'token' };
  return routes[path] ?? 'other';
}

function oauthError(res: Response, status: number, error: string, description: string) {
  const body: OAuthErrorBody = { error, error_description: description };
  res.status(status).json(body);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parameter that must appear once; repeated or structured values count as absent. */
function singleParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function splitScope(scope: string | undefined): string[] {
  return (scope ?? '').split(' ').filter((item) => item.length > 0);
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}

function registeredRedirectUris(client: RegisteredClient): string[] {
  const uris = client.metadata.redirect_uris;
  return Array.isArray(uris) ? uris.filter((uri): uri is string => typeof uri === 'string') : [];
}
