/**
 * `POST /token`: the authorization code grant (PKCE checked) and the refresh token grant, which behaves as the
 * scenario's refresh token policy says. Any other method is answered 405.
 */
import type { RequestHandler, Response } from 'express';
import { s256, type RefreshToken } from '../token-store.js';
import type { AuthorizationServerContext } from './context.js';
import { isObject, oauthError, paramReader, splitScope, type ParamReader } from './oauth.js';

export function tokenHandler(context: AuthorizationServerContext): RequestHandler {
  return (req, res) => {
    res.locals.endpoint = 'token';
    // Tokens in token responses must never be cached (OAuth 2.1 §3.2.3).
    res.set('Cache-Control', 'no-store');
    if (!req.is('application/x-www-form-urlencoded')) {
      oauthError(res, 400, 'invalid_request', 'Token requests must be `application/x-www-form-urlencoded` POSTs.');
      return;
    }
    const param = paramReader(isObject(req.body) ? req.body : {});
    const grantType = param('grant_type');
    if (grantType === 'authorization_code') exchangeCode(context, param, res);
    else if (grantType === 'refresh_token') refresh(context, param, res);
    else oauthError(res, 400, 'unsupported_grant_type', `Unsupported grant_type ${JSON.stringify(grantType ?? null)}.`);
  };
}

export const tokenMethodNotAllowed: RequestHandler = (_req, res) => {
  res.locals.endpoint = 'token';
  res.set('Allow', 'POST');
  oauthError(res, 405, 'invalid_request', 'The token endpoint accepts POST only.');
};

function exchangeCode(context: AuthorizationServerContext, param: ParamReader, res: Response): void {
  const { config, store } = context;
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
    oauthError(res, 400, 'invalid_grant', 'PKCE verification failed: `code_verifier` does not match `code_challenge`.');
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
  sendTokens(
    context,
    res,
    { clientId: code.clientId, scope: code.scope, resource: resource ?? code.resource },
    refreshToken,
  );
}

function refresh(context: AuthorizationServerContext, param: ParamReader, res: Response): void {
  const { config, store } = context;
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
  const resource = param('resource') ?? presented.resource;
  sendTokens(context, res, { clientId: presented.clientId, scope, resource }, next);
}

interface Grant {
  clientId: string;
  scope: string[];
  resource: string | undefined;
}

function sendTokens(
  { config, store, recorder }: AuthorizationServerContext,
  res: Response,
  grant: Grant,
  refreshToken: RefreshToken | undefined,
): void {
  const accessToken = store.issueAccessToken(grant.clientId, grant.scope, grant.resource);
  res.on('finish', () => {
    if (refreshToken && refreshToken.deliveredAt === undefined) refreshToken.deliveredAt = recorder.now();
  });
  res.json({
    access_token: accessToken.token,
    token_type: 'Bearer',
    expires_in: accessToken.declaredExpiresIn ?? config.accessTokenExpiresIn,
    scope: grant.scope.join(' '),
    ...(refreshToken ? { refresh_token: refreshToken.token } : {}),
  });
}
