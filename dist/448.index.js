export const id = 448;
export const ids = [448];
export const modules = {

/***/ 70448:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports logToStderr, ReferenceOAuthProvider, runClient */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53018);
/* harmony import */ var _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43304);
/* harmony import */ var _modelcontextprotocol_sdk_client_auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87485);
/**
 * A reference MCP client that handles OAuth refresh tokens the way the MCP specification asks (SEP-2207 and the
 * OAuth 2.1 refresh rules), built on the MCP TypeScript SDK. Run as `node --import tsx reference-client.ts <url>`.
 *
 * The SDK does discovery, registration, PKCE, the code exchange, and refreshes on a 401 `invalid_token` (sending
 * `resource`, keeping the refresh token in the POST body to the token endpoint only). This file adds what the SDK
 * leaves to the application: an in-memory `OAuthClientProvider`, the `offline_access` decision, a headless
 * stand-in for the browser, and re-authorizing (once) when refreshing is not possible.
 */





/** Never listened on: the headless consent reads the redirect's `Location` instead of following it. */
const REDIRECT_URL = 'http://127.0.0.1:8976/callback';
const logToStderr = (line) => console.error(`[reference-client] ${line}`);
class ReferenceOAuthProvider {
    log;
    redirectUrl = REDIRECT_URL;
    client;
    stored;
    discovery;
    // A code is kept with the PKCE verifier of its own request: two authorizations can overlap (a POST and the SSE
    // stream's GET both answered 401), and a code must never be exchanged with the other one's verifier.
    nextVerifier;
    approved;
    exchanging;
    authorizing;
    constructor(log = logToStderr) {
        this.log = log;
    }
    /** Seam: the DCR body. A public client that desires refresh tokens declares the `refresh_token` grant. */
    get clientMetadata() {
        return {
            client_name: 'sep-2207-action reference client',
            redirect_uris: [REDIRECT_URL],
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            token_endpoint_auth_method: 'none',
        };
    }
    /**
     * Seam: the scope of the authorization request. SEP-2207: `offline_access` MAY be added only when the AS
     * metadata lists it in `scopes_supported`; it is dropped otherwise, even if the MCP server's challenge asked.
     */
    scopeFor(requested, asMetadata) {
        const listed = asMetadata?.scopes_supported?.includes('offline_access') ?? false;
        const others = requested.filter((scope) => scope !== 'offline_access');
        return listed ? [...others, 'offline_access'] : others;
    }
    /**
     * Why here: the SDK (1.32) builds the scope from the MCP server's challenge and never adds `offline_access`, but it
     * saves the AS metadata (discovery state) before it calls this method, so the authorization URL is the one place
     * that knows both. `prompt=consent` goes with `offline_access` (OIDC Core §11; plain OAuth servers ignore it).
     */
    async redirectToAuthorization(authorizationUrl) {
        const url = new URL(authorizationUrl);
        const requested = (url.searchParams.get('scope') ?? '').split(' ').filter(Boolean);
        const scope = this.scopeFor(requested, this.discovery?.authorizationServerMetadata);
        if (scope.length > 0)
            url.searchParams.set('scope', scope.join(' '));
        else
            url.searchParams.delete('scope');
        url.searchParams.delete('prompt');
        if (scope.includes('offline_access'))
            url.searchParams.set('prompt', 'consent');
        // Overlapping 401s (a POST and the SSE stream's GET) each start an authorization: they share the first one.
        this.authorizing ??= this.authorize(url).finally(() => (this.authorizing = undefined));
        this.approved = await this.authorizing;
    }
    async authorize(url) {
        const verifier = this.nextVerifier;
        this.log(`authorizing with scope "${url.searchParams.get('scope') ?? ''}"`);
        return { code: await this.consent(url), verifier };
    }
    /** Stands in for the user's browser: the mock AS approves at once and redirects with `code`, `state`, `iss`. */
    async consent(url) {
        const response = await fetch(url, { redirect: 'manual' });
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location) {
            throw new Error(`the authorization endpoint answered HTTP ${response.status} instead of redirecting`);
        }
        const callback = new URL(location, url).searchParams;
        const error = callback.get('error');
        if (error)
            throw new Error(`authorization refused: ${error} ${callback.get('error_description') ?? ''}`.trim());
        if (callback.get('state') !== url.searchParams.get('state'))
            throw new Error('the redirect carries a wrong state');
        const issuer = this.discovery?.authorizationServerMetadata?.issuer;
        const iss = callback.get('iss');
        if (iss !== null && issuer !== undefined && iss !== issuer)
            throw new Error(`unexpected issuer ${iss} (mix-up?)`);
        const code = callback.get('code');
        if (!code)
            throw new Error('the authorization response carries no code');
        return code;
    }
    /** The code from the last authorization, handed out once, for `transport.finishAuth`. */
    takeAuthorizationCode() {
        this.exchanging = this.approved;
        this.approved = undefined;
        return this.exchanging?.code;
    }
    state() {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    }
    clientInformation() {
        return this.client;
    }
    saveClientInformation(client) {
        if (!this.client)
            this.log('registered the client');
        this.client = client;
    }
    tokens() {
        return this.stored;
    }
    /** Keeps what the SDK hands over unchanged (it stamps `issuer`); a new refresh token replaces the old one. */
    saveTokens(tokens) {
        const refreshed = this.exchanging === undefined;
        const rotated = refreshed && tokens.refresh_token !== this.stored?.refresh_token;
        this.exchanging = undefined;
        this.stored = tokens;
        const refreshToken = !tokens.refresh_token ? 'none' : !refreshed ? 'issued' : rotated ? 'rotated' : 'unchanged';
        this.log(`${refreshed ? 'refreshed the access token' : 'exchanged the code'}; refresh token: ${refreshToken}`);
    }
    saveCodeVerifier(verifier) {
        this.nextVerifier = verifier;
    }
    codeVerifier() {
        if (!this.exchanging?.verifier)
            throw new Error('no PKCE code verifier for this authorization code');
        return this.exchanging.verifier;
    }
    saveDiscoveryState(state) {
        this.discovery = state;
    }
    discoveryState() {
        return this.discovery;
    }
    /** Called by the SDK after `invalid_grant` ('tokens') or `invalid_client` ('all'): forget, then authorize anew. */
    invalidateCredentials(scope) {
        if (scope === 'all' || scope === 'tokens') {
            if (this.stored)
                this.log('dropping tokens the authorization server no longer accepts');
            this.stored = undefined;
        }
        if (scope === 'all' || scope === 'client')
            this.client = undefined;
        if (scope === 'all' || scope === 'verifier')
            this.nextVerifier = this.approved = this.exchanging = undefined;
        if (scope === 'all' || scope === 'discovery')
            this.discovery = undefined;
    }
    /** Replaces every token this provider holds with a placeholder, so error messages can be printed safely. */
    redact(text) {
        const secrets = [this.stored?.access_token, this.stored?.refresh_token, this.approved?.code, this.exchanging?.code];
        return secrets.reduce((out, secret) => (secret ? out.replaceAll(secret, '[redacted]') : out), text);
    }
}
/** Connects, lists tools, calls `echo` three times (enough for a short-lived access token to expire), closes. */
async function runClient(options) {
    const log = options.log ?? logToStderr;
    const provider = options.provider ?? new ReferenceOAuthProvider(log);
    const serverUrl = new URL(options.serverUrl);
    const sharedFetch = sharingRefreshes(options.fetch ?? fetch);
    let transport;
    let client;
    // The SDK answers UnauthorizedError when it had to send the user to the authorization endpoint (no tokens yet,
    // no refresh token, or the refresh answered invalid_grant). Exchange the code and retry the step once: a step
    // that still fails is an error, never a loop.
    const authorized = async (step) => {
        try {
            return await step();
        }
        catch (error) {
            const code = error instanceof _modelcontextprotocol_sdk_client_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .UnauthorizedError */ .D_ ? provider.takeAuthorizationCode() : undefined;
            if (code === undefined || !transport)
                throw error;
            await transport.finishAuth(code);
            return step();
        }
    };
    const connect = async () => {
        // A failed initialize closes its transport, so every attempt starts with a fresh transport and client.
        transport = new _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_3__/* .StreamableHTTPClientTransport */ .j(serverUrl, { authProvider: provider, fetch: sharedFetch });
        client = new _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_2__/* .Client */ .K({ name: 'sep-2207-reference-client', version: '1.0.0' });
        await client.connect(transport);
    };
    log(`connecting to ${serverUrl.href}`);
    await authorized(connect);
    log('connected');
    try {
        const { tools } = await authorized(() => client.listTools());
        log(`tools/list: ${tools.map((tool) => tool.name).join(', ')}`);
        for (let call = 1; call <= 3; call++) {
            const result = await authorized(() => client.callTool({ name: 'echo', arguments: { text: `hello ${call}` } }));
            const content = result.content;
            const text = content?.find((item) => item.type === 'text')?.text;
            if (result.isError || text !== `hello ${call}`)
                throw new Error(`tools/call echo #${call} failed`);
            log(`tools/call echo #${call}: ok`);
        }
    }
    finally {
        await client.close();
    }
}
/**
 * Two requests can get a 401 at once (a POST and the SSE stream's GET) and the SDK then refreshes twice with the
 * same refresh token; under rotation the second refresh fails. Concurrent refreshes with one token share a request.
 */
function sharingRefreshes(base) {
    const inFlight = new Map();
    return (url, init) => {
        const form = init?.body instanceof URLSearchParams ? init.body : undefined;
        const token = form?.get('grant_type') === 'refresh_token' ? form.get('refresh_token') : null;
        if (token === null)
            return base(url, init);
        let pending = inFlight.get(token);
        if (!pending) {
            pending = base(url, init).finally(() => inFlight.delete(token));
            inFlight.set(token, pending);
        }
        return pending.then((response) => response.clone());
    };
}
/** The command-line entry: `<command> <serverUrl>`, with the conformance env (`MCP_CONFORMANCE_SCENARIO`, ...). */
async function main(overrides = {}) {
    const log = overrides.log ?? logToStderr;
    const provider = overrides.provider ?? new ReferenceOAuthProvider(log);
    const serverUrl = process.argv.at(-1) ?? '';
    if (process.argv.length < 3 || !URL.canParse(serverUrl)) {
        console.error('usage: reference-client <mcp-server-url>');
        process.exitCode = 2;
        return;
    }
    log(`scenario ${process.env.SEP2207_SCENARIO ?? process.env.MCP_CONFORMANCE_SCENARIO ?? '(none)'}`);
    try {
        await runClient({ ...overrides, serverUrl, provider, log });
        log('done');
        process.exitCode = 0;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`[reference-client] failed: ${provider.redact(message)}`);
        process.exitCode = 1;
    }
}
if (process.argv[1] !== undefined && import.meta.url === (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(process.argv[1]).href)
    await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
