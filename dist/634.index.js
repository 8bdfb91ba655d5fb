export const id = 634;
export const ids = [634];
export const modules = {

/***/ 53634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOOPBACK: () => (/* binding */ LOOPBACK),
  MAX_HEADER_BYTES: () => (/* binding */ MAX_HEADER_BYTES),
  startMockServers: () => (/* binding */ startMockServers)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/express/index.js
var express = __webpack_require__(85152);
var express_default = /*#__PURE__*/__webpack_require__.n(express);
;// CONCATENATED MODULE: ./src/mock/authorization/oauth.ts
function oauthError(res, status, error, description) {
    const body = { error, error_description: description };
    res.status(status).json(body);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A parameter that must appear once; repeated or structured values count as absent. */
function singleParam(value) {
    return typeof value === 'string' ? value : undefined;
}
function paramReader(source) {
    return (name) => singleParam(source[name]);
}
function splitScope(scope) {
    return (scope ?? '').split(' ').filter((item) => item.length > 0);
}
function isUrl(value) {
    return /^https?:\/\//i.test(value) && URL.canParse(value);
}

;// CONCATENATED MODULE: ./src/mock/authorization/authorize.ts

function authorizeHandler(context) {
    return (req, res) => {
        res.locals.endpoint = 'authorize';
        const param = paramReader(req.query);
        const clientId = param('client_id');
        const redirectUri = param('redirect_uri');
        if (!clientId) {
            oauthError(res, 400, 'invalid_request', 'Missing `client_id`.');
            return;
        }
        if (isUrl(clientId))
            context.onClientIdUrl(clientId);
        const registered = context.clients.get(clientId);
        if (!redirectUri || !isUrl(redirectUri)) {
            oauthError(res, 400, 'invalid_request', 'Missing or invalid `redirect_uri`.');
            return;
        }
        if (registered && !registeredRedirectUris(registered).includes(redirectUri)) {
            oauthError(res, 400, 'invalid_request', '`redirect_uri` is not one of the registered redirect URIs.');
            return;
        }
        const redirectWith = (params) => redirect(res, redirectUri, { ...params, iss: context.issuer() });
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
function redirect(res, redirectUri, params) {
    const target = new URL(redirectUri);
    for (const [key, value] of Object.entries(params))
        if (value !== undefined)
            target.searchParams.set(key, value);
    res.redirect(302, target.toString());
}
function grantScope(config, requested) {
    const base = requested.length > 0 ? requested : config.defaultScopes;
    return base.filter((scope) => !config.withheldScopes.includes(scope));
}
function registeredRedirectUris(client) {
    const uris = client.metadata.redirect_uris;
    return Array.isArray(uris) ? uris.filter((uri) => typeof uri === 'string') : [];
}

;// CONCATENATED MODULE: ./src/mock/authorization/metadata.ts

const NOT_PUBLISHED = {
    oauth: 'This server publishes OpenID Connect discovery metadata only.',
    openid: 'This server publishes RFC 8414 metadata only.',
};
function metadataHandler(context, document) {
    return (_req, res) => {
        res.locals.endpoint = document === 'oauth' ? 'as-metadata' : 'oidc-metadata';
        const published = context.config.metadataLocation === 'openid-only' ? 'openid' : 'oauth';
        if (document !== published) {
            oauthError(res, 404, 'not_found', NOT_PUBLISHED[document]);
            return;
        }
        res.json(metadata(context));
    };
}
function metadata({ config, issuer }) {
    return {
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
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/mock/token-store.ts
/**
 * The tokens a scenario's authorization server issues and its MCP server accepts. Token values are distinctive
 * (`at-…`, `rt-…`, `code-…`) so a leaked token is recognisable anywhere in a transcript.
 */


/**
 * A held answer goes out this long after the token's end, so that a client whose clock started the lifetime a little
 * later (when it had read the token response) also counts the token as expired at its next request.
 */
const HOLD_MARGIN_MS = 300;
function randomToken(prefix) {
    return `${prefix}-${(0,external_node_crypto_.randomBytes)(18).toString('base64url')}`;
}
function s256(verifier) {
    return (0,external_node_crypto_.createHash)('sha256').update(verifier).digest('base64url');
}
class TokenStore {
    expiry;
    now;
    codes = new Map();
    accessTokens = new Map();
    refreshTokens = new Map();
    accessTokensIssued = 0;
    constructor(expiry, now = () => external_node_perf_hooks_.performance.now()) {
        this.expiry = expiry;
        this.now = now;
    }
    issueCode(grant) {
        const record = { ...grant, code: randomToken('code'), used: false };
        this.codes.set(record.code, record);
        return record;
    }
    issueAccessToken(clientId, scope, resource) {
        this.accessTokensIssued += 1;
        const expires = this.accessTokensIssued <= (this.expiry.expiringTokens ?? Infinity);
        const lifetime = expires ? this.expiry.lifetimeSeconds : undefined;
        const record = {
            token: randomToken('at'),
            clientId,
            scope,
            resource,
            usesLeft: expires ? this.expiry.uses : Infinity,
            expiresAt: lifetime === undefined ? Infinity : this.now() + lifetime * 1000,
            declaredExpiresIn: lifetime,
        };
        this.accessTokens.set(record.token, record);
        return record;
    }
    issueRefreshToken(clientId, grantedScope, resource) {
        const record = {
            token: randomToken('rt'),
            clientId,
            grantedScope,
            resource,
            state: 'active',
            replacedBy: undefined,
            deliveredAt: undefined,
        };
        this.refreshTokens.set(record.token, record);
        return record;
    }
    /** Retires `old` in favour of a new token of the same family. */
    rotate(old) {
        const next = this.issueRefreshToken(old.clientId, old.grantedScope, old.resource);
        old.state = 'rotated';
        old.replacedBy = next.token;
        return next;
    }
    /** Validates a bearer token for one MCP request, spending one of its uses. */
    useAccessToken(token) {
        if (!token)
            return { valid: false, reason: 'missing', holdMs: 0 };
        const record = this.accessTokens.get(token);
        if (!record)
            return { valid: false, reason: 'unknown', holdMs: 0 };
        const now = this.now();
        if (now >= record.expiresAt)
            return { valid: false, reason: 'expired', token: record, holdMs: 0 };
        if (record.usesLeft <= 0) {
            // Out of uses before the end of its declared lifetime: the token expires at one moment for every client.
            const holdMs = Number.isFinite(record.expiresAt) ? record.expiresAt + HOLD_MARGIN_MS - now : 0;
            return { valid: false, reason: 'expired', token: record, holdMs };
        }
        record.usesLeft -= 1;
        // The last use of a token that would outlive its uses is answered when its lifetime is over: a client that
        // tracks `expires_in` then sees the token expire before its next request, and one that waits for the 401 gets it.
        const holdMs = record.usesLeft === 0 && Number.isFinite(record.expiresAt) ? record.expiresAt + HOLD_MARGIN_MS - now : 0;
        return { valid: true, token: record, holdMs: Math.max(0, holdMs) };
    }
    clientSecrets = new Set();
    /** Every refresh token issued so far, for leak detection. */
    issuedRefreshTokens() {
        return [...this.refreshTokens.keys()];
    }
    /** Every secret value issued so far (codes, tokens, client secrets): none may appear unredacted in a report. */
    issuedSecrets() {
        return [...this.codes.keys(), ...this.accessTokens.keys(), ...this.refreshTokens.keys(), ...this.clientSecrets];
    }
}

;// CONCATENATED MODULE: ./src/mock/authorization/register.ts


function registerHandler({ clients, store }) {
    return (req, res) => {
        res.locals.endpoint = 'register';
        const body = req.body;
        if (!isObject(body) || !req.is('application/json')) {
            oauthError(res, 400, 'invalid_client_metadata', 'The registration request must be a JSON object.');
            return;
        }
        const redirectUris = body.redirect_uris;
        if (!Array.isArray(redirectUris) ||
            redirectUris.length === 0 ||
            !redirectUris.every((uri) => typeof uri === 'string')) {
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
function issueClientSecret(store) {
    const secret = randomToken('secret');
    store.clientSecrets.add(secret);
    return secret;
}

;// CONCATENATED MODULE: ./src/mock/authorization/token.ts


function tokenHandler(context) {
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
        if (grantType === 'authorization_code')
            exchangeCode(context, param, res);
        else if (grantType === 'refresh_token')
            refresh(context, param, res);
        else
            oauthError(res, 400, 'unsupported_grant_type', `Unsupported grant_type ${JSON.stringify(grantType ?? null)}.`);
    };
}
const tokenMethodNotAllowed = (_req, res) => {
    res.locals.endpoint = 'token';
    res.set('Allow', 'POST');
    oauthError(res, 405, 'invalid_request', 'The token endpoint accepts POST only.');
};
function exchangeCode(context, param, res) {
    const { config, store } = context;
    const code = store.codes.get(param('code') ?? '');
    if (!code || code.used) {
        oauthError(res, 400, 'invalid_grant', code ? 'The authorization code was already used.' : 'Unknown authorization code.');
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
    const issueRefresh = config.refreshTokenPolicy !== 'none' &&
        (!config.refreshTokenRequiresConsent || (code.scope.includes('offline_access') && code.prompt === 'consent'));
    const refreshToken = issueRefresh
        ? store.issueRefreshToken(code.clientId, code.scope, resource ?? code.resource)
        : undefined;
    sendTokens(context, res, { clientId: code.clientId, scope: code.scope, resource: resource ?? code.resource }, refreshToken);
}
function refresh(context, param, res) {
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
function sendTokens({ config, store, recorder }, res, grant, refreshToken) {
    const accessToken = store.issueAccessToken(grant.clientId, grant.scope, grant.resource);
    res.on('finish', () => {
        if (refreshToken && refreshToken.deliveredAt === undefined)
            refreshToken.deliveredAt = recorder.now();
    });
    res.json({
        access_token: accessToken.token,
        token_type: 'Bearer',
        expires_in: accessToken.declaredExpiresIn ?? config.accessTokenExpiresIn,
        scope: grant.scope.join(' '),
        ...(refreshToken ? { refresh_token: refreshToken.token } : {}),
    });
}

// EXTERNAL MODULE: ./src/mock/json-depth.ts
var json_depth = __webpack_require__(48494);
;// CONCATENATED MODULE: ./src/mock/http.ts
/** HTTP plumbing both mock servers share: body parsing with limits, and answers for bodies that cannot be parsed. */


/**
 * JSON and form bodies are parsed; any other body is kept as text, so that a token a client leaks in an odd body
 * is still in the transcript.
 */
function bodyParsers(limit) {
    return [
        express_default().json({ limit, type: ['application/json', 'application/*+json'], verify: refuseDeepJson }),
        express_default().urlencoded({ extended: false, limit }),
        express_default().text({ limit, type: () => true }),
    ];
}
/** A body-parser `verify` hook: throws a parse error for JSON nested deeper than MAX_JSON_DEPTH. */
function refuseDeepJson(_req, _res, body) {
    if ((0,json_depth/* jsonTooDeep */.f)(body.toString('latin1'))) {
        throw Object.assign(new Error(`JSON nested deeper than ${json_depth/* MAX_JSON_DEPTH */.K} levels`), {
            status: 400,
            type: 'entity.parse.failed',
        });
    }
}
/**
 * Turns a body-parser error (invalid JSON, a body over the limit, an unknown charset) into the server's own error
 * format instead of Express's HTML page, and keeps the raw body for the transcript.
 */
function bodyErrors(respond) {
    return (error, _req, res, next) => {
        if (res.headersSent) {
            next(error);
            return;
        }
        if (typeof error.body === 'string')
            res.locals.unparsedBody = error.body;
        // A body refused by a `verify` hook comes as the raw bytes.
        else if (Buffer.isBuffer(error.body))
            res.locals.unparsedBody = error.body.toString('utf8');
        const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
        const message = error.type === 'entity.parse.failed'
            ? 'The request body could not be parsed.'
            : error.type === 'entity.too.large'
                ? 'The request body is too large.'
                : status === 500
                    ? 'Internal error.'
                    : (error.message ?? 'Bad request.');
        respond(res, status, message);
    };
}

// EXTERNAL MODULE: ./src/mock/transcript.ts
var transcript = __webpack_require__(15582);
;// CONCATENATED MODULE: ./src/mock/record-exchanges.ts

/**
 * Mount it before the body parsers: it reads the parsed body only when the response is done, and a request whose
 * body a parser rejects is still recorded. Routes set `res.locals.endpoint`; `endpointOf` files the rest.
 */
function recordExchanges(recorder, server, endpointOf) {
    return (req, res, next) => {
        const pending = recorder.begin(server);
        const response = captureResponseBody(res);
        let recorded = false;
        const record = () => {
            if (recorded)
                return;
            recorded = true;
            pending.end({
                // A request rejected before its route ran (a body that does not parse) is still filed under its endpoint.
                endpoint: res.locals.endpoint ?? endpointOf(req.path),
                method: req.method,
                path: req.path,
                query: flattenQuery(req.query),
                headers: req.headers,
                body: recordRequestBody(req, res.locals.unparsedBody),
                status: res.statusCode,
                responseHeaders: res.getHeaders(),
                responseText: response.text(),
                responseLength: response.length(),
            });
        };
        res.on('finish', record);
        res.on('close', record);
        next();
    };
}
/** Tees what the response writes, up to a little more than the transcript keeps. */
function captureResponseBody(res) {
    const chunks = [];
    let capturedLength = 0;
    const capture = (chunk, encoding) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function')
            return;
        if (capturedLength > transcript/* MAX_RECORDED_BODY_CHARS */.bV)
            return;
        const buffer = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8');
        chunks.push(buffer);
        capturedLength += buffer.length;
    };
    const originalWrite = res.write.bind(res);
    const originalEnd = res.end.bind(res);
    res.write = ((...args) => {
        capture(args[0], args[1]);
        return originalWrite(...args);
    });
    res.end = ((...args) => {
        capture(args[0], args[1]);
        return originalEnd(...args);
    });
    return { text: () => Buffer.concat(chunks).toString('utf8'), length: () => capturedLength };
}
function flattenQuery(query) {
    const flat = {};
    for (const [key, value] of Object.entries(query)) {
        if (typeof value === 'string')
            flat[key] = value;
        else if (Array.isArray(value))
            flat[key] = value.map((item) => String(item));
        else if (value !== undefined)
            flat[key] = JSON.stringify(value);
    }
    return flat;
}
function recordRequestBody(req, unparsed) {
    const raw = req.body;
    if ((raw === undefined || raw === null) && typeof unparsed === 'string') {
        return {
            kind: 'text',
            value: unparsed.slice(0, transcript/* MAX_RECORDED_BODY_CHARS */.bV),
            truncated: unparsed.length > transcript/* MAX_RECORDED_BODY_CHARS */.bV,
        };
    }
    if (raw === undefined || raw === null)
        return { kind: 'none' };
    const contentType = req.headers['content-type'] ?? '';
    if (typeof raw === 'string')
        return (0,transcript/* recordedBody */.T3)(contentType, raw);
    if (Buffer.isBuffer(raw))
        return raw.length === 0 ? { kind: 'none' } : (0,transcript/* recordedBody */.T3)(contentType, raw.toString('utf8'), raw.length);
    if (contentType.includes('application/x-www-form-urlencoded') && typeof raw === 'object') {
        if (Object.keys(raw).length === 0)
            return { kind: 'none' };
        return { kind: 'form', value: raw };
    }
    if (typeof raw === 'object' && Object.keys(raw).length === 0 && !contentType.includes('json'))
        return { kind: 'none' };
    return { kind: 'json', value: raw };
}

;// CONCATENATED MODULE: ./src/mock/authorization-server.ts
/**
 * The mock OAuth 2.1 authorization server: RFC 8414 (or OIDC discovery) metadata, RFC 7591 dynamic registration,
 * an auto-approving `/authorize` with PKCE S256, and a `/token` endpoint whose refresh behaviour each scenario sets.
 * It never judges the client: it answers like a real server would, and the transcript is judged afterwards.
 * Each endpoint lives in its own module under ./authorization/.
 */








function createAuthorizationServerApp(config, store, recorder, issuer, 
/** Called with every URL-shaped client_id seen, so its metadata document can be fetched before evaluation. */
onClientIdUrl) {
    const context = {
        config,
        store,
        recorder,
        issuer,
        onClientIdUrl,
        clients: new Map(),
    };
    const app = express_default()();
    app.disable('x-powered-by');
    app.use(recordExchanges(recorder, 'authorization-server', authorizationServerEndpoint));
    // Repeated parameters become arrays, which the handlers treat as absent rather than guessing.
    app.set('query parser', 'simple');
    app.use(bodyParsers('64kb'));
    app.get('/.well-known/oauth-authorization-server{/*rest}', metadataHandler(context, 'oauth'));
    app.get(['/.well-known/openid-configuration', '/.well-known/openid-configuration/*rest'], metadataHandler(context, 'openid'));
    app.get('/jwks', (_req, res) => {
        res.json({ keys: [] });
    });
    app.post('/register', registerHandler(context));
    app.get('/authorize', authorizeHandler(context));
    app.post('/token', tokenHandler(context));
    app.all('/token', tokenMethodNotAllowed);
    app.use((_req, res) => {
        oauthError(res, 404, 'not_found', 'No such endpoint on this authorization server.');
    });
    app.use(bodyErrors((res, status, message) => oauthError(res, status, 'invalid_request', message)));
    return app;
}
function authorizationServerEndpoint(path) {
    if (path.startsWith('/.well-known/oauth-authorization-server'))
        return 'as-metadata';
    if (path.startsWith('/.well-known/openid-configuration'))
        return 'oidc-metadata';
    const routes = { '/register': 'register', '/authorize': 'authorize', '/token': 'token' };
    return routes[path] ?? 'other';
}

;// CONCATENATED MODULE: ./src/mock/client-metadata-document.ts
/**
 * Client ID Metadata Documents: when a client uses a URL as its `client_id`, the authorization server fetches the
 * document at that URL. The fetch starts when the URL is first seen and is settled before results are written.
 */
const FETCH_TIMEOUT_MS = 3000;
const MAX_DOCUMENT_BYTES = 64 * 1024;
async function fetchClientMetadataDocument(url) {
    try {
        const response = await fetch(url, {
            headers: { accept: 'application/json' },
            redirect: 'error',
            signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        });
        if (!response.ok)
            return { url, fetched: false, reason: `the URL answered HTTP ${response.status}` };
        const text = await response.text();
        if (text.length > MAX_DOCUMENT_BYTES)
            return { url, fetched: false, reason: 'the document is larger than 64 KiB' };
        const document = JSON.parse(text);
        if (typeof document !== 'object' || document === null || Array.isArray(document)) {
            return { url, fetched: false, reason: 'the document is not a JSON object' };
        }
        return { url, fetched: true, document: document };
    }
    catch (error) {
        const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
        return { url, fetched: false, reason: `the URL could not be fetched: ${cause}` };
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js + 1 modules
var esm_server = __webpack_require__(39762);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/webStandardStreamableHttp.js + 2 modules
var webStandardStreamableHttp = __webpack_require__(24281);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
;// CONCATENATED MODULE: ./src/mock/mcp-transport.ts
/**
 * MCP over Streamable HTTP for the mock MCP server, served by the MCP TypeScript SDK with one small tool: sessions
 * (one SDK transport each), the stateless request shape, and the bridge from Express to the SDK's web-standard
 * transport. Deliberately forgiving: the MCP layer must never be why a client fails an auth scenario.
 */





const Transport = webStandardStreamableHttp/* WebStandardStreamableHTTPServerTransport */.a;
/** Methods the Fetch standard forbids: `new Request()` throws on them. Node hands CONNECT to no request handler. */
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
class McpSessions {
    resource;
    sessions = new Map();
    /** `resource`: the MCP endpoint's own URL, the one every request is presented to the SDK at. */
    constructor(resource) {
        this.resource = resource;
    }
    /** Answers one authorized request to the MCP endpoint. */
    async handle(req, res) {
        const sessionId = req.header('mcp-session-id');
        const existing = sessionId ? this.sessions.get(sessionId) : undefined;
        if (existing && FETCH_FORBIDDEN_METHODS.has(req.method)) {
            // A web-standard Request cannot carry TRACE; the SDK would answer any method but GET, POST and DELETE so.
            res.set('Allow', 'GET, POST, DELETE');
            jsonRpcError(res, 405, -32000, 'Method not allowed.');
            return;
        }
        if (existing) {
            await this.forward(existing, req, res);
            return;
        }
        if (req.method === 'POST' && containsInitialize(req.body)) {
            const transport = new Transport({
                sessionIdGenerator: () => (0,external_node_crypto_.randomUUID)(),
                onsessioninitialized: (id) => void this.sessions.set(id, transport),
                onsessionclosed: (id) => void this.sessions.delete(id),
            });
            await createProtocolServer().connect(transport);
            await this.forward(transport, req, res);
            return;
        }
        if (req.method === 'POST' && !sessionId) {
            // The stateless request shape (2026-07-28 and later): no session, protocol version per request.
            const transport = new Transport({ enableJsonResponse: true });
            const server = createProtocolServer();
            await server.connect(transport);
            res.on('close', () => void server.close());
            await this.forward(transport, req, res);
            return;
        }
        if (sessionId) {
            jsonRpcError(res, 404, -32001, 'Session not found');
            return;
        }
        res.set('Allow', 'POST');
        jsonRpcError(res, 405, -32000, 'Method not allowed without a session');
    }
    /** Closes every session (and with it any open SSE stream). */
    async closeAll() {
        await Promise.allSettled([...this.sessions.values()].map((transport) => transport.close()));
        this.sessions.clear();
    }
    async forward(transport, req, res) {
        const abort = new AbortController();
        res.on('close', () => abort.abort());
        const response = await transport.handleRequest(toWebRequest(req, this.resource(), abort.signal), {
            parsedBody: req.method === 'POST' ? req.body : undefined,
        });
        res.status(response.status);
        response.headers.forEach((value, name) => res.setHeader(name, value));
        // An event stream may carry nothing for a long time: send the status and headers now, not with the first event.
        if (response.headers.get('content-type')?.startsWith('text/event-stream'))
            res.flushHeaders();
        if (!response.body) {
            res.end();
            return;
        }
        const body = external_node_stream_.Readable.fromWeb(response.body);
        body.on('error', () => res.end());
        // A client that leaves cancels the SDK's stream; an open GET stream would otherwise keep its session answering
        // 409 Conflict to every new GET.
        res.on('close', () => body.destroy());
        body.pipe(res);
    }
}
/** A JSON-RPC error answer that belongs to no request. */
function jsonRpcError(res, status, code, message) {
    res.status(status).json({ jsonrpc: '2.0', error: { code, message }, id: null });
}
function createProtocolServer() {
    const server = new esm_server/* Server */.g({ name: 'sep-2207-action-mock', version: '1.0.0' }, { capabilities: { tools: {} }, instructions: 'A mock MCP server used to test OAuth refresh-token handling.' });
    server.setRequestHandler(types/* ListToolsRequestSchema */.gW, async () => ({
        tools: [
            {
                name: 'echo',
                description: 'Returns the text it is given.',
                inputSchema: { type: 'object', properties: { text: { type: 'string' } } },
            },
        ],
    }));
    server.setRequestHandler(types/* CallToolRequestSchema */.FT, async (request) => {
        const text = request.params.arguments?.text;
        return { content: [{ type: 'text', text: typeof text === 'string' ? text : 'ok' }] };
    });
    return server;
}
function containsInitialize(body) {
    const messages = Array.isArray(body) ? body : [body];
    return messages.some((message) => typeof message === 'object' && message !== null && message.method === 'initialize');
}
/**
 * Builds the web-standard request the SDK transport reads. A protocol version the SDK does not know yet (a newer
 * revision's stateless request) is presented as the SDK's latest, so the MCP layer never rejects a client over it;
 * the transcript keeps what the client really sent.
 */
function toWebRequest(req, resourceUrl, signal) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined)
            continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const version = headers.get('mcp-protocol-version');
    if (version !== null && !types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu.includes(version)) {
        headers.set('mcp-protocol-version', types/* LATEST_PROTOCOL_VERSION */.aE);
    }
    // The SDK insists on both media types in Accept; clients that send less are still served.
    if (req.method === 'POST')
        headers.set('accept', 'application/json, text/event-stream');
    if (req.method === 'GET')
        headers.set('accept', 'text/event-stream');
    headers.set('host', req.headers.host ?? '127.0.0.1');
    // The URL comes from the server's own address, not from the Host header or the request target: a client may send
    // a Host that is no host (`a b`) or an absolute-form target, and either made an invalid URL (and a 500).
    const url = new URL(resourceUrl);
    const queryStart = req.originalUrl.indexOf('?');
    if (queryStart >= 0)
        url.search = req.originalUrl.slice(queryStart);
    const body = req.method === 'POST' ? JSON.stringify(req.body ?? null) : undefined;
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    return new Request(url, { method: req.method, headers, body, signal });
}

;// CONCATENATED MODULE: ./src/mock/mcp-server.ts
/**
 * The mock MCP server, i.e. the protected resource: RFC 9728 metadata, bearer checks against the scenario's
 * token store, 401 challenges with `WWW-Authenticate`, and MCP over Streamable HTTP (mcp-transport.ts).
 */




const MCP_PATH = '/mcp';
const PRM_PATH = `/.well-known/oauth-protected-resource${MCP_PATH}`;
function createMcpServerApp(config, store, recorder, baseUrl, authorizationServerUrl) {
    const app = express_default()();
    app.disable('x-powered-by');
    app.use(recordExchanges(recorder, 'mcp-server', mcpServerEndpoint));
    app.set('query parser', 'simple');
    app.use(bodyParsers('1mb'));
    const resource = () => `${baseUrl()}${MCP_PATH}`;
    const sessions = new McpSessions(resource);
    app.get([PRM_PATH, '/.well-known/oauth-protected-resource'], (_req, res) => {
        res.locals.endpoint = 'prm';
        res.json({
            resource: resource(),
            authorization_servers: [authorizationServerUrl()],
            scopes_supported: config.scopesSupported,
            bearer_methods_supported: ['header'],
            resource_name: 'sep-2207-action mock MCP server',
        });
    });
    app.all(MCP_PATH, async (req, res) => {
        res.locals.endpoint = 'mcp';
        const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
        const check = store.useAccessToken(bearer);
        if (check.holdMs > 0 && !(await held(check.holdMs, res)))
            return;
        if (!check.valid) {
            res.set('WWW-Authenticate', challenge(check, `${baseUrl()}${PRM_PATH}`, config.scopesSupported));
            res.status(401).json({ error: check.reason === 'missing' ? 'unauthorized' : 'invalid_token' });
            return;
        }
        try {
            await sessions.handle(req, res);
        }
        catch (error) {
            if (!res.headersSent)
                jsonRpcError(res, 500, -32603, String(error));
            else
                res.end();
        }
    });
    app.use((_req, res) => {
        res.status(404).json({ error: 'not_found', error_description: 'No such endpoint on this MCP server.' });
    });
    app.use(bodyErrors((res, status, message) => jsonRpcError(res, status, status === 400 ? -32700 : -32600, message)));
    return { app, closeSessions: () => sessions.closeAll() };
}
function mcpServerEndpoint(path) {
    if (path === MCP_PATH)
        return 'mcp';
    return path.startsWith('/.well-known/oauth-protected-resource') ? 'prm' : 'other';
}
/** The `WWW-Authenticate` value of a 401 for a request without a usable token. */
function challenge(check, metadataUrl, scopesSupported) {
    const parts = [`Bearer resource_metadata="${metadataUrl}"`];
    // An expired token needs renewing, not more scope: its challenge names the scope it was granted, so a client
    // that treats a wider challenge as a step-up (re-authorizing instead of refreshing) refreshes here.
    const scope = check.reason === 'expired' && check.token.scope.length > 0 ? check.token.scope : scopesSupported;
    if (scope.length > 0)
        parts.push(`scope="${scope.join(' ')}"`);
    if (check.reason !== 'missing') {
        const description = check.reason === 'expired' ? 'The access token expired' : 'The access token is not valid';
        parts.push('error="invalid_token"', `error_description="${description}"`);
    }
    return parts.join(', ');
}
/** Waits `ms` before a request is served; false when the client went away meanwhile (nothing left to answer). */
function held(ms, res) {
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            res.off('close', onClose);
            resolve(!res.destroyed);
        }, ms);
        const onClose = () => {
            clearTimeout(timer);
            resolve(false);
        };
        res.once('close', onClose);
    });
}

;// CONCATENATED MODULE: ./src/mock/mock-servers.ts
/**
 * Starts one scenario's pair of mock servers on 127.0.0.1 (ephemeral ports), and stops them without waiting on
 * connections a client left open.
 */






/** The mock servers bind this address only. */
const LOOPBACK = '127.0.0.1';
const MAX_HEADER_BYTES = 16 * 1024;
async function startMockServers(config) {
    const recorder = new transcript/* TranscriptRecorder */.x();
    const store = new TokenStore({
        uses: config.accessTokenUses,
        lifetimeSeconds: config.accessTokenLifetimeSeconds,
        expiringTokens: config.expiringAccessTokens,
    });
    const documentFetches = new Map();
    let authorizationServerUrl = '';
    let mcpBaseUrl = '';
    const authorizationApp = createAuthorizationServerApp(config.authorizationServer, store, recorder, () => authorizationServerUrl, (url) => {
        if (!documentFetches.has(url))
            documentFetches.set(url, fetchClientMetadataDocument(url));
    });
    const mcp = createMcpServerApp(config.mcpServer, store, recorder, () => mcpBaseUrl, () => authorizationServerUrl);
    const started = [];
    try {
        if (config.authorizationServerOrigin === 'shared') {
            const shared = await listen((req, res) => (isAuthorizationServerPath(req.url ?? '') ? authorizationApp : mcp.app)(req, res));
            started.push(shared);
            authorizationServerUrl = mcpBaseUrl = urlOf(shared);
        }
        else {
            const authorizationServer = await listen(authorizationApp);
            started.push(authorizationServer);
            authorizationServerUrl = urlOf(authorizationServer);
            const mcpServer = await listen(mcp.app);
            started.push(mcpServer);
            mcpBaseUrl = urlOf(mcpServer);
        }
    }
    catch (error) {
        await Promise.all(started.map(mock_servers_close));
        throw error;
    }
    return {
        serverUrl: `${mcpBaseUrl}${MCP_PATH}`,
        authorizationServerUrl,
        recorder,
        store,
        clientMetadataDocuments: () => Promise.all(documentFetches.values()),
        async stop() {
            await mcp.closeSessions();
            await Promise.all(started.map(mock_servers_close));
            // Closing sockets ends in-flight exchanges; let the recorder file them before anyone reads the transcript.
            await recorder.settled(500);
        },
    };
}
/** The authorization server's routes: its metadata (RFC 8414 and OIDC discovery), registration, consent, tokens. */
function isAuthorizationServerPath(target) {
    const path = target.split('?')[0] ?? '';
    return (/^\/\.well-known\/(oauth-authorization-server|openid-configuration)(\/|$)/.test(path) ||
        ['/register', '/authorize', '/token', '/jwks'].includes(path));
}
function listen(app) {
    return new Promise((resolve, reject) => {
        // Explicit limits: a hostile client's huge headers get 431, and slow ones are cut off.
        const server = (0,external_node_http_.createServer)({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
            // Express cannot route a request target that is neither a path nor a valid URL (`http://[/mcp`): it would
            // answer with its own HTML 404 page, and the exchange would be missing from the transcript. As a path, it is
            // recorded and answered like any unknown path.
            if (req.url !== undefined && !req.url.startsWith('/') && !URL.canParse(req.url))
                req.url = `/${req.url}`;
            app(req, res);
        });
        // Clients under test may hold connections open; never let one keep a scenario alive.
        server.keepAliveTimeout = 1000;
        server.headersTimeout = 10_000;
        server.requestTimeout = 30_000;
        server.once('error', reject);
        server.listen(0, LOOPBACK, () => {
            server.off('error', reject);
            resolve(server);
        });
    });
}
function urlOf(server) {
    const { address, port } = server.address();
    return `http://${address}:${port}`;
}
function mock_servers_close(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}


/***/ })

};
