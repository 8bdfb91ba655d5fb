export const id = 346;
export const ids = [346];
export const modules = {

/***/ 80530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ checkDefinition),
/* harmony export */   Ug: () => (/* binding */ isDraftOnly),
/* harmony export */   W8: () => (/* binding */ CATALOG)
/* harmony export */ });
/* unused harmony exports SCENARIO_OUTCOME_ID, isKnownCheckId */
const SOURCES = {
    sep2207: {
        label: 'MCP 2026-07-28, Authorization: Refresh Tokens (SEP-2207)',
        url: 'https://modelcontextprotocol.io/specification/2026-07-28/basic/authorization#refresh-tokens',
    },
    resourceParameter: {
        label: 'MCP 2025-06-18, Authorization: Resource Parameter Implementation',
        url: 'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization' +
            '#resource-parameter-implementation',
    },
    rfc8707: { label: 'RFC 8707 §2', url: 'https://datatracker.ietf.org/doc/html/rfc8707#section-2' },
    oauth21TokenEndpoint: {
        label: 'OAuth 2.1 §3.2 Token Endpoint',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-3.2',
    },
    oauth21RefreshTokens: {
        label: 'OAuth 2.1 §4.3 Refresh Token Grant',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-4.3',
    },
    oauth21RefreshRequest: {
        label: 'OAuth 2.1 §4.3.1 Token Endpoint Extension',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-4.3.1',
    },
    oauth21RefreshResponse: {
        label: 'OAuth 2.1 §4.3.2 Refresh Token Response',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-4.3.2',
    },
    oauth21RefreshTokenRole: {
        label: 'OAuth 2.1 §1.3.2 Refresh Token',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-1.3.2',
    },
    oauth21NoRefreshToken: {
        label: 'OAuth 2.1 §3.2.3 Token Response',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-3.2.3',
    },
    oauth21ErrorResponse: {
        label: 'OAuth 2.1 §3.2.4 Error Response',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-3.2.4',
    },
    rfc7591: { label: 'RFC 7591 §2 Client Metadata', url: 'https://datatracker.ietf.org/doc/html/rfc7591#section-2' },
    mcpTokenHandling: {
        label: 'MCP 2025-03-26, Authorization: Token Requirements',
        url: 'https://modelcontextprotocol.io/specification/2025-03-26/basic/authorization#2-6-1-token-requirements',
    },
    oidcOfflineAccess: {
        label: 'OpenID Connect Core 1.0 §11 Offline Access',
        url: 'https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess',
    },
    mcpServerGuidance: {
        label: 'MCP 2026-07-28, Authorization: Refresh Tokens (server guidance)',
        url: 'https://modelcontextprotocol.io/specification/2026-07-28/basic/authorization#refresh-tokens',
    },
};
const CATALOG = [
    {
        id: 'sep-2207-client-metadata-grant-types',
        title: 'Client metadata declares the refresh_token grant',
        requirement: 'MCP clients that desire refresh tokens SHOULD include `refresh_token` in their `grant_types` client metadata ' +
            '(DCR request or Client ID Metadata Document); an omitted `grant_types` means `authorization_code` only.',
        level: 'SHOULD',
        introducedIn: '2026-07-28',
        sources: [SOURCES.sep2207, SOURCES.rfc7591],
        fix: 'Add `refresh_token` to `grant_types` in the client metadata you register (DCR) or publish (CIMD), next to ' +
            '`authorization_code`.',
    },
    {
        id: 'sep-2207-offline-access-requested',
        title: 'Client requests offline_access when the AS lists it',
        requirement: 'MCP clients MAY add `offline_access` to the `scope` parameter of the authorization and token requests when ' +
            'the Authorization Server metadata contains it in `scopes_supported`.',
        level: 'MAY',
        introducedIn: '2026-07-28',
        sources: [SOURCES.sep2207],
        fix: 'Nothing to fix: asking for `offline_access` is optional. To get refresh tokens from providers that need it, ' +
            'add it to `scope` when the AS metadata lists it.',
    },
    {
        id: 'sep-2207-offline-access-not-requested',
        title: 'Client does not request offline_access when the AS does not list it',
        requirement: 'MCP clients add `offline_access` only when the Authorization Server metadata lists it in `scopes_supported`; ' +
            'requesting an unsupported scope makes real authorization servers answer `invalid_scope`.',
        level: 'MUST NOT',
        introducedIn: '2026-07-28',
        sources: [SOURCES.sep2207],
        fix: "Add `offline_access` to `scope` only when the authorization server's `scopes_supported` lists it.",
    },
    {
        id: 'sep-2207-offline-access-needs-refresh-grant',
        title: 'A client asking for offline_access declares the refresh_token grant',
        requirement: 'A client that asks for `offline_access` desires refresh tokens, so it SHOULD declare `refresh_token` in its ' +
            '`grant_types` client metadata.',
        level: 'SHOULD',
        introducedIn: '2026-07-28',
        sources: [SOURCES.sep2207, SOURCES.rfc7591],
        fix: 'When you ask for `offline_access`, also declare `refresh_token` in `grant_types`.',
    },
    {
        id: 'sep-2207-refresh-token-not-assumed',
        title: 'Client does not assume a refresh token will be issued',
        requirement: 'MCP clients MUST NOT assume refresh tokens will be issued: without one, the client works on (re-authorizing ' +
            'when needed) and never sends a refresh grant for a token it was not given.',
        level: 'MUST NOT',
        introducedIn: '2026-07-28',
        sources: [SOURCES.sep2207, SOURCES.oauth21NoRefreshToken],
        fix: 'When the token response has no `refresh_token`, send no refresh grant: run the authorization flow again when ' +
            'the access token expires.',
    },
    {
        id: 'sep-2207-refresh-token-confidential',
        title: 'Refresh tokens stay confidential',
        requirement: 'MCP clients MUST keep refresh tokens confidential: a refresh token goes only to the issuing authorization ' +
            'server token endpoint, in a POST body; never to the MCP server (any header, query or body) and never in any ' +
            'URL.',
        level: 'MUST',
        introducedIn: '2026-07-28',
        sources: [SOURCES.sep2207, SOURCES.oauth21RefreshTokens, SOURCES.oauth21RefreshTokenRole],
        fix: 'Send the refresh token only in the `refresh_token` field of the POST body to the token endpoint; never as a ' +
            'bearer token, header, URL or MCP payload.',
    },
    {
        id: 'sep-2207-server-no-offline-access',
        title: 'Server does not advertise offline_access',
        requirement: 'MCP servers SHOULD NOT include `offline_access` in `WWW-Authenticate` scope or Protected Resource Metadata ' +
            '`scopes_supported`, as refresh tokens are not a resource requirement.',
        level: 'SHOULD NOT',
        introducedIn: '2026-07-28',
        sources: [SOURCES.mcpServerGuidance],
        fix: "Remove `offline_access` from the server's `WWW-Authenticate` scope and its Protected Resource Metadata " +
            '`scopes_supported`.',
    },
    {
        id: 'oauth-refresh-resource-parameter',
        title: 'Refresh requests carry the resource parameter',
        requirement: 'The `resource` parameter MUST be included in both authorization requests and token requests, refresh ' +
            'included, and equal the one used at authorization.',
        level: 'MUST',
        introducedIn: '2025-06-18',
        sources: [SOURCES.resourceParameter, SOURCES.rfc8707],
        fix: 'Send `resource=<the MCP server URL>` in every refresh request body, the same value as in the authorization ' +
            'request.',
    },
    {
        id: 'oauth-token-request-post',
        title: 'Token requests are form-encoded POSTs',
        requirement: 'The client MUST use POST with a form-encoded body for token requests, and MUST NOT put credentials or tokens ' +
            'in the URL.',
        level: 'MUST',
        introducedIn: '2025-03-26',
        sources: [SOURCES.oauth21TokenEndpoint, SOURCES.mcpTokenHandling],
        fix: 'Send token requests as POST with an `application/x-www-form-urlencoded` body; nothing in the query string.',
    },
    {
        id: 'oauth-refresh-scope-within-grant',
        title: 'Refresh scope stays within the grant',
        requirement: 'On refresh, the requested `scope` MUST NOT include any scope not originally granted by the authorization ' +
            'server.',
        level: 'MUST',
        introducedIn: '2025-03-26',
        sources: [SOURCES.oauth21RefreshRequest],
        fix: 'On refresh, omit `scope` or send only scopes the authorization server granted.',
    },
    {
        id: 'oauth-refresh-uses-latest-token',
        title: 'Client uses the newest refresh token after rotation',
        requirement: 'When the authorization server issues a new refresh token, the client MUST discard the old refresh token and ' +
            'replace it with the new one.',
        level: 'MUST',
        introducedIn: '2025-03-26',
        sources: [SOURCES.oauth21RefreshResponse],
        fix: 'Store the `refresh_token` of every refresh response in place of the old one, and send one refresh at a time ' +
            'per token.',
    },
    {
        id: 'oauth-refresh-token-used',
        title: 'Client refreshes instead of re-authorizing',
        requirement: 'When the access token expires and a refresh token is at hand, the client uses the refresh grant rather than ' +
            'running the authorization flow again.',
        level: 'ADVISORY',
        introducedIn: 'advisory',
        sources: [SOURCES.oauth21RefreshTokens],
        fix: 'When the access token expires and a refresh token is stored, send a refresh grant before falling back to the ' +
            'authorization flow.',
    },
    {
        id: 'oauth-refresh-invalid-grant-recovery',
        title: 'Client recovers from invalid_grant without looping',
        requirement: 'After the refresh grant answers `invalid_grant`, the client drops the refresh token, re-authorizes, and does ' +
            'not retry the same refresh in a loop.',
        level: 'ADVISORY',
        introducedIn: 'advisory',
        sources: [SOURCES.oauth21ErrorResponse],
        fix: 'On `invalid_grant`, delete the stored refresh token and authorize again; never resend the same refresh ' +
            'request.',
    },
    {
        id: 'oidc-offline-access-prompt-consent',
        title: 'offline_access goes with prompt=consent',
        requirement: 'When offline access is requested from an OpenID Connect provider, a `prompt` parameter value of `consent` is ' +
            'used, as common providers issue refresh tokens only then.',
        level: 'ADVISORY',
        introducedIn: 'advisory',
        sources: [SOURCES.oidcOfflineAccess],
        fix: 'Add `prompt=consent` to the authorization request whenever `scope` includes `offline_access`.',
    },
];
/** The scenario-level result (did the client run, finish and get far enough) is reported under this id. */
const SCENARIO_OUTCOME_ID = 'scenario-outcome';
const byId = new Map(CATALOG.map((definition) => [definition.id, definition]));
function checkDefinition(id) {
    const definition = byId.get(id);
    if (!definition)
        throw new Error(`unknown check id: ${id}`);
    return definition;
}
function isKnownCheckId(id) {
    return byId.has(id);
}
/**
 * A requirement is draft-only for a client that targets `specVersion` when it is advisory or was introduced in a
 * later revision. Draft-only results are reported everywhere and never fail a run.
 */
function isDraftOnly(introducedIn, specVersion) {
    if (introducedIn === 'advisory')
        return true;
    if (specVersion === 'draft')
        return false;
    return introducedIn > specVersion;
}


/***/ }),

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ evaluateCheck),
  m: () => (/* binding */ evaluateScenario)
});

// EXTERNAL MODULE: ./src/checks/catalog.ts
var catalog = __webpack_require__(80530);
// EXTERNAL MODULE: ./src/checks/transcript-queries.ts
var transcript_queries = __webpack_require__(59246);
;// CONCATENATED MODULE: ./src/checks/types.ts
function defineCheck(id, reads, judge) {
    return Object.assign((input) => ({ id, ...judge(input) }), {
        id,
        reads,
        judge,
    });
}
/** A check of what a client did against the mock servers. */
function clientCheck(id, judge) {
    return defineCheck(id, 'client-run', judge);
}
/** A check of what server mode's probe saw of a user's MCP server. */
function serverCheck(id, judge) {
    return defineCheck(id, 'server-probe', judge);
}
function finding(status, message, requests = [], details = {}) {
    return { status, message, evidence: { requests, details } };
}

;// CONCATENATED MODULE: ./src/checks/requests-sent.ts


const isSent = (requests) => requests.length > 0;
function onRequests(select, what) {
    return (judge) => (input) => {
        const sent = select(input.transcript);
        return isSent(sent) ? judge(sent, input) : finding('SKIPPED', `the client never sent ${what}`);
    };
}
const onAuthorizationRequests = onRequests(transcript_queries/* authorizationRequests */.ec, 'an authorization request');
const onTokenRequests = onRequests(transcript_queries/* tokenRequests */.mi, 'a token request');
const onRefreshRequests = onRequests((transcript) => (0,transcript_queries/* grants */.gu)(transcript, 'refresh_token'), 'a refresh request');

;// CONCATENATED MODULE: ./src/checks/offline-access.ts



function grantTypesOf(metadata) {
    const grantTypes = metadata?.grant_types;
    return Array.isArray(grantTypes) ? grantTypes.map(String) : undefined;
}
/** The client's metadata: its latest registration if it registered, else its Client ID Metadata Document. */
function clientMetadata(input) {
    const registered = (0,transcript_queries/* registrations */.PF)(input.transcript).at(-1);
    if (registered)
        return { kind: 'dcr', exchange: registered, grantTypes: grantTypesOf((0,transcript_queries/* jsonBody */.J9)(registered.body)) };
    const document = input.clientMetadataDocuments.at(-1);
    if (document?.fetched)
        return { kind: 'cimd', url: document.url, grantTypes: grantTypesOf(document.document) };
    if (document)
        return { kind: 'cimd-unreachable', url: document.url, reason: document.reason };
    return (0,transcript_queries/* authorizationRequests */.ec)(input.transcript).length > 0 ? { kind: 'pre-registered' } : { kind: 'not-observed' };
}
function describeGrantTypes(grantTypes) {
    return grantTypes === undefined
        ? '`grant_types` was omitted, which means `["authorization_code"]` only (RFC 7591 §2)'
        : `\`grant_types\` was ${JSON.stringify(grantTypes)}`;
}
/** The finding on grant types the client declared (DCR or CIMD): SUCCESS with `refresh_token`, else WARNING. */
function judgeGrantTypes(metadata, why) {
    const declared = metadata.grantTypes?.includes('refresh_token') ?? false;
    const where = metadata.kind === 'dcr'
        ? `its registration (${(0,transcript_queries/* requestLine */.uA)(metadata.exchange)})`
        : `its Client ID Metadata Document ${metadata.url}`;
    const requests = metadata.kind === 'dcr' ? [metadata.exchange.seq] : [];
    const details = {
        registrationMethod: metadata.kind === 'dcr' ? 'DCR' : 'CIMD',
        grantTypes: metadata.grantTypes ?? null,
        ...(metadata.kind === 'cimd' ? { clientMetadataDocument: metadata.url } : {}),
    };
    return declared
        ? finding('SUCCESS', `The client declared \`refresh_token\` in \`grant_types\` in ${where}.`, requests, details)
        : finding('WARNING', `${why} In ${where}, ${describeGrantTypes(metadata.grantTypes)}.`, requests, details);
}
/** The finding on declared grant types shared by the two checks that need `refresh_token` declared. */
function judgeDeclaredRefreshGrant(metadata, why) {
    switch (metadata.kind) {
        case 'dcr':
        case 'cimd':
            return judgeGrantTypes(metadata, why);
        case 'cimd-unreachable':
            return finding('INFO', `The client uses the Client ID Metadata Document ${metadata.url}, but ${metadata.reason}, ` +
                'so its `grant_types` could not be inspected.', [], { registrationMethod: 'CIMD', clientMetadataDocument: metadata.url, fetchError: metadata.reason });
        case 'pre-registered':
            return finding('INFO', 'The client neither registered dynamically nor used a Client ID Metadata Document URL ' +
                '(a pre-registered client), so its `grant_types` could not be inspected.', [], { registrationMethod: 'pre-registered' });
        case 'not-observed':
            return finding('SKIPPED', 'the client never registered or authorized');
    }
}
const clientMetadataGrantTypes = clientCheck('sep-2207-client-metadata-grant-types', (input) => judgeDeclaredRefreshGrant(clientMetadata(input), 'The client SHOULD declare `refresh_token` in `grant_types` when it desires refresh tokens.'));
/** The first authorization request that asked for `offline_access`, if any. */
function offlineAccessRequest(requests) {
    return requests.find((exchange) => (0,transcript_queries/* scopeList */.Jb)((0,transcript_queries/* requestedScope */.fP)(exchange)).includes('offline_access'));
}
function scopeDetails(input, exchange) {
    return {
        asScopesSupported: input.mock.authorizationServer.scopesSupported,
        requestedScope: exchange ? ((0,transcript_queries/* requestedScope */.fP)(exchange) ?? null) : null,
    };
}
const offlineAccessRequested = clientCheck('sep-2207-offline-access-requested', onAuthorizationRequests((authorizations, input) => {
    const asked = offlineAccessRequest(authorizations);
    if (asked) {
        return finding('SUCCESS', 'The client asked for `offline_access`, which the authorization server lists in `scopes_supported` ' +
            `(${(0,transcript_queries/* requestLine */.uA)(asked)}).`, [asked.seq], scopeDetails(input, asked));
    }
    const [first] = authorizations;
    return finding('INFO', 'The authorization server lists `offline_access`, and the client chose not to request it ' +
        `(scope ${JSON.stringify((0,transcript_queries/* requestedScope */.fP)(first) ?? '')}); a client that wants refresh tokens may ask for it.`, (0,transcript_queries/* seqs */.jf)(authorizations), scopeDetails(input, first));
}));
const offlineAccessNotRequested = clientCheck('sep-2207-offline-access-not-requested', onAuthorizationRequests((authorizations, input) => {
    const offending = offlineAccessRequest([...authorizations, ...(0,transcript_queries/* tokenRequests */.mi)(input.transcript)]);
    if (offending) {
        const listed = JSON.stringify(input.mock.authorizationServer.scopesSupported);
        return finding('FAILURE', `The client asked for \`offline_access\` in ${(0,transcript_queries/* requestLine */.uA)(offending)}, but the authorization server ` +
            `does not list it in \`scopes_supported\` ${listed}; a real server answers \`invalid_scope\`.`, [offending.seq], scopeDetails(input, offending));
    }
    return finding('SUCCESS', 'The client did not ask for `offline_access`, which the authorization server does not list.', (0,transcript_queries/* seqs */.jf)(authorizations), scopeDetails(input, authorizations[0]));
}));
const offlineAccessNeedsRefreshGrant = clientCheck('sep-2207-offline-access-needs-refresh-grant', onAuthorizationRequests((authorizations, input) => {
    const asked = offlineAccessRequest(authorizations);
    if (!asked) {
        return finding('INFO', 'The client did not ask for `offline_access`, so it need not declare the `refresh_token` grant.');
    }
    const judged = judgeDeclaredRefreshGrant(clientMetadata(input), `The client asked for \`offline_access\` (${(0,transcript_queries/* requestLine */.uA)(asked)}), so it desires refresh tokens ` +
        'and SHOULD declare `refresh_token` in `grant_types`.');
    return { ...judged, evidence: { ...judged.evidence, requests: [asked.seq, ...judged.evidence.requests] } };
}));
const offlineAccessPromptConsent = clientCheck('oidc-offline-access-prompt-consent', onAuthorizationRequests((authorizations) => {
    const offline = authorizations.filter((exchange) => (0,transcript_queries/* scopeList */.Jb)((0,transcript_queries/* queryParam */.Ut)(exchange, 'scope')).includes('offline_access'));
    if (!offline[0]) {
        return finding('INFO', 'The client did not ask for `offline_access`, so `prompt` does not matter here.', (0,transcript_queries/* seqs */.jf)(authorizations));
    }
    const withoutConsent = offline.filter((exchange) => !((0,transcript_queries/* queryParam */.Ut)(exchange, 'prompt') ?? '').split(' ').includes('consent'));
    const first = withoutConsent[0];
    if (first) {
        const prompt = (0,transcript_queries/* queryParam */.Ut)(first, 'prompt');
        return finding('WARNING', `${(0,transcript_queries/* requestLine */.uA)(first)} asked for \`offline_access\` with ` +
            `${prompt === undefined ? 'no `prompt`' : `\`prompt=${prompt}\``}; OpenID providers issue a refresh ` +
            'token for offline access only with `prompt=consent`, so this client got none.', (0,transcript_queries/* seqs */.jf)(withoutConsent), { prompt: prompt ?? null, scope: (0,transcript_queries/* queryParam */.Ut)(first, 'scope') ?? null });
    }
    return finding('SUCCESS', `Every request for \`offline_access\` went with \`prompt=consent\` (${(0,transcript_queries/* requestLine */.uA)(offline[0])}).`, (0,transcript_queries/* seqs */.jf)(offline));
}));

;// CONCATENATED MODULE: ./src/checks/refresh-fallbacks.ts


/**
 * What the client did about authorization after `since`: the first authorization request, and whether that
 * re-authorization completed (a new code exchanged, then a successful MCP request), not just opened a browser.
 */
function reauthorization(transcript, since) {
    const authorize = (0,transcript_queries/* authorizationRequests */.ec)((0,transcript_queries/* after */.Pl)(transcript, since))[0];
    if (!authorize)
        return { authorize, completed: false };
    const exchanged = (0,transcript_queries/* grants */.gu)((0,transcript_queries/* after */.Pl)(transcript, authorize), 'authorization_code').find(transcript_queries/* succeeded */.gq);
    const called = exchanged
        ? (0,transcript_queries/* after */.Pl)(transcript, exchanged).some((exchange) => exchange.endpoint === 'mcp' && exchange.status >= 200 && exchange.status < 300)
        : false;
    return { authorize, completed: called };
}
const refreshTokenUsed = clientCheck('oauth-refresh-token-used', (input) => {
    const first = (0,transcript_queries/* firstTokens */.Nr)(input.transcript);
    if (!first)
        return finding('SKIPPED', 'the client never obtained tokens');
    const refreshed = (0,transcript_queries/* grants */.gu)(input.transcript, 'refresh_token').filter(transcript_queries/* succeeded */.gq);
    if (refreshed[0]) {
        return finding('SUCCESS', `The client refreshed its access token (${(0,transcript_queries/* requestLine */.uA)(refreshed[0])}).`, (0,transcript_queries/* seqs */.jf)(refreshed));
    }
    const expired = (0,transcript_queries/* expiredTokenChallenges */.Ln)((0,transcript_queries/* after */.Pl)(input.transcript, first));
    if (!expired[0])
        return finding('SKIPPED', 'the access token never expired during the run');
    const when = `When its access token expired (${(0,transcript_queries/* requestLine */.uA)(expired[0])}), the client`;
    const reauthorized = (0,transcript_queries/* authorizationRequests */.ec)((0,transcript_queries/* after */.Pl)(input.transcript, expired[0]))[0];
    return reauthorized
        ? finding('INFO', `${when} ran the authorization flow again (${(0,transcript_queries/* requestLine */.uA)(reauthorized)}) instead of using its refresh ` +
            'token: legitimate, but it costs the user a consent.', (0,transcript_queries/* seqs */.jf)([expired[0], reauthorized]))
        : finding('INFO', `${when} neither refreshed nor re-authorized.`, (0,transcript_queries/* seqs */.jf)(expired));
});
/**
 * Never acts as if a refresh token had been issued: a refresh grant (even an empty one) without an issued token is
 * the only FAILURE. Starting the authorization over is the legitimate path (OAuth 2.1 §3.2.3); a re-authorization that
 * started but did not complete is the scenario outcome's to judge, not this check's.
 */
const refreshTokenNotAssumed = clientCheck('sep-2207-refresh-token-not-assumed', (input) => {
    const refreshes = (0,transcript_queries/* grants */.gu)(input.transcript, 'refresh_token');
    const issued = (0,transcript_queries/* grants */.gu)(input.transcript, 'authorization_code')
        .concat(refreshes)
        .some((exchange) => (0,transcript_queries/* issuedRefreshToken */.M1)(exchange) !== undefined);
    if (refreshes[0] && !issued) {
        const sent = (0,transcript_queries/* formParam */.kJ)(refreshes[0], 'refresh_token');
        return finding('FAILURE', `${(0,transcript_queries/* requestLine */.uA)(refreshes[0])} sent a refresh grant (\`refresh_token\` ` +
            `${sent === undefined ? 'missing' : JSON.stringify(sent)}), ` +
            'but the authorization server never issued a refresh token.', (0,transcript_queries/* seqs */.jf)(refreshes), { refreshTokenSent: sent ?? null });
    }
    if (issued)
        return finding('SKIPPED', 'the authorization server issued a refresh token, so there was nothing to assume');
    const first = (0,transcript_queries/* firstTokens */.Nr)(input.transcript);
    if (!first)
        return finding('SKIPPED', 'the client never obtained tokens');
    const expired = (0,transcript_queries/* expiredTokenChallenges */.Ln)((0,transcript_queries/* after */.Pl)(input.transcript, first))[0];
    const { authorize: reauthorized, completed } = reauthorization(input.transcript, expired ?? first);
    if (!expired && !reauthorized)
        return finding('SKIPPED', 'the access token never expired during the run');
    if (reauthorized && completed) {
        const when = expired ? ` when its access token expired (${(0,transcript_queries/* requestLine */.uA)(expired)})` : '';
        return finding('SUCCESS', `Without a refresh token, the client sent no refresh grant and authorized again${when} ` +
            `(${(0,transcript_queries/* requestLine */.uA)(reauthorized)}), completing it.`, (0,transcript_queries/* seqs */.jf)(expired ? [expired, reauthorized] : [reauthorized]));
    }
    const what = reauthorized
        ? `started to authorize again (${(0,transcript_queries/* requestLine */.uA)(reauthorized)}) but did not complete it`
        : `did not authorize again after its access token expired (${(0,transcript_queries/* requestLine */.uA)(expired)})`;
    return finding('SUCCESS', `Without a refresh token, the client sent no refresh grant: it assumed none. It ${what}; ` +
        'how it stopped is judged by the scenario outcome.', (0,transcript_queries/* seqs */.jf)([expired, reauthorized].filter((exchange) => exchange !== undefined)));
});
/**
 * Repeats of a refused refresh token that raced the refusal rather than retried it: a client that got several 401s
 * for one expired access token at once (a GET stream and a POST, say) may refresh from each place with the same
 * token. Up to one repeat per extra 401 counts as such a race, as long as it arrived before the client's next
 * authorization request (by then it had acted on the refusal).
 */
function racedRepeats(transcript, refusal, repeats) {
    const lastTokens = (0,transcript_queries/* tokenRequests */.mi)(transcript)
        .filter((exchange) => exchange.seq < refusal.seq && (0,transcript_queries/* succeeded */.gq)(exchange))
        .at(-1);
    const concurrent401s = (0,transcript_queries/* expiredTokenChallenges */.Ln)(transcript.filter((exchange) => exchange.seq < refusal.seq && exchange.seq > (lastTokens?.seq ?? 0))).length;
    const nextAuthorization = (0,transcript_queries/* authorizationRequests */.ec)((0,transcript_queries/* after */.Pl)(transcript, refusal))[0]?.seq ?? Infinity;
    return repeats.filter((exchange) => exchange.seq < nextAuthorization).slice(0, Math.max(0, concurrent401s - 1));
}
/** No refresh was refused: either the client refreshed and nothing refused it, or it never tried its token. */
function neverRefused(input, refreshes) {
    if (refreshes.length > 0)
        return finding('SKIPPED', 'no refresh request was answered `invalid_grant`');
    const first = (0,transcript_queries/* firstTokens */.Nr)(input.transcript);
    const expired = first ? (0,transcript_queries/* expiredTokenChallenges */.Ln)((0,transcript_queries/* after */.Pl)(input.transcript, first))[0] : undefined;
    if (!expired)
        return finding('SKIPPED', 'the client never refreshed');
    return finding('INFO', 'The client never tried its refresh token: it re-authorized or stopped when its access token expired, ' +
        'so `invalid_grant` was never met.');
}
/** After the first `invalid_grant` (`refusal`): retries of a refused token, else a completed re-authorization. */
function afterRefusal(input, refreshes, refused, refusal) {
    // The same refused token presented again is a loop; a client that recovers drops it and authorizes again.
    const refusedTokens = new Set(refused.map((exchange) => (0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token')));
    const repeats = refreshes.filter((exchange) => refused.some((first) => first.seq < exchange.seq && (0,transcript_queries/* formParam */.kJ)(first, 'refresh_token') === (0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token')));
    const raced = racedRepeats(input.transcript, refusal, repeats);
    const retries = repeats.filter((exchange) => !raced.includes(exchange));
    const answered = `After ${(0,transcript_queries/* requestLine */.uA)(refusal)} answered \`invalid_grant\`, the client`;
    if (retries[0]) {
        const token = refusedTokens.size === 1 ? 'the same refresh token' : 'refused refresh tokens';
        const times = `${retries.length} more ${retries.length === 1 ? 'time' : 'times'}`;
        return finding('WARNING', `${answered} presented ${token} ${times} (${(0,transcript_queries/* requestLine */.uA)(retries[0])}): ` +
            'a refused refresh token must be dropped, not retried.', (0,transcript_queries/* seqs */.jf)([refusal, ...retries]), { retries: retries.length, refusedTokens: refusedTokens.size });
    }
    const { authorize: reauthorized, completed } = reauthorization(input.transcript, refusal);
    if (!reauthorized || !completed) {
        const what = reauthorized
            ? `started to authorize again (${(0,transcript_queries/* requestLine */.uA)(reauthorized)}) but never got a new token to work with`
            : 'did not authorize again';
        const how = input.client.timedOut ? 'it timed out' : `it exited with code ${input.client.exitCode}`;
        return finding('WARNING', `${answered} ${what} (${how}).`, (0,transcript_queries/* seqs */.jf)(reauthorized ? [refusal, reauthorized] : refused), {
            reauthorizationStarted: reauthorized !== undefined,
        });
    }
    const race = raced[0]
        ? ` ${(0,transcript_queries/* requestLine */.uA)(raced[0])} presented the same token, but it was sent from another place at the same time ` +
            '(each after its own 401), before the client had acted on the refusal: a race, not a retry.'
        : '';
    return finding('SUCCESS', `${answered} dropped the refresh token and authorized again (${(0,transcript_queries/* requestLine */.uA)(reauthorized)}).${race}`, (0,transcript_queries/* seqs */.jf)([refusal, ...raced, reauthorized]));
}
const invalidGrantRecovery = clientCheck('oauth-refresh-invalid-grant-recovery', (input) => {
    const refreshes = (0,transcript_queries/* grants */.gu)(input.transcript, 'refresh_token');
    const refused = refreshes.filter((exchange) => (0,transcript_queries/* oauthErrorCode */.dV)(exchange) === 'invalid_grant');
    return refused[0] ? afterRefusal(input, refreshes, refused, refused[0]) : neverRefused(input, refreshes);
});

;// CONCATENATED MODULE: ./src/checks/refresh-requests.ts



/**
 * Follows every refresh token back to the grant it belongs to. A token issued by a code exchange carries the scope
 * granted there; a token issued by a refresh inherits the scope of the token presented.
 */
function refreshTokenLineage(input) {
    const lineage = new Map();
    for (const exchange of [
        ...(0,transcript_queries/* grants */.gu)(input.transcript, 'authorization_code'),
        ...(0,transcript_queries/* grants */.gu)(input.transcript, 'refresh_token'),
    ].sort((a, b) => a.seq - b.seq)) {
        const issued = (0,transcript_queries/* issuedRefreshToken */.M1)(exchange);
        if (issued === undefined || lineage.has(issued))
            continue;
        const presented = (0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token');
        const inherited = presented === undefined ? undefined : lineage.get(presented)?.grantedScope;
        // A token response without `scope` granted what was asked (RFC 6749 §5.1): the authorization request's scope.
        const granted = (0,transcript_queries/* responseJson */.cj)(exchange)?.scope;
        const asked = (0,transcript_queries/* authorizationRequests */.ec)(input.transcript)
            .filter((authorize) => authorize.seq < exchange.seq)
            .at(-1);
        const grantedScope = typeof granted === 'string' ? (0,transcript_queries/* scopeList */.Jb)(granted) : (0,transcript_queries/* scopeList */.Jb)(asked ? (0,transcript_queries/* queryParam */.Ut)(asked, 'scope') : undefined);
        lineage.set(issued, { issuedBy: exchange, grantedScope: inherited ?? grantedScope });
    }
    return lineage;
}
/** The `resource` the client authorized for: its authorization request's, else the protected resource's URL. */
function authorizedResource(input) {
    const fromAuthorization = (0,transcript_queries/* authorizationRequests */.ec)(input.transcript)
        .map((exchange) => (0,transcript_queries/* queryParam */.Ut)(exchange, 'resource'))
        .find((resource) => resource !== undefined);
    if (fromAuthorization)
        return fromAuthorization;
    const prm = input.transcript.find((exchange) => exchange.endpoint === 'prm' && exchange.status === 200);
    const resource = prm ? (0,transcript_queries/* responseJson */.cj)(prm)?.resource : undefined;
    return typeof resource === 'string' ? resource : undefined;
}
const refreshResourceParameter = clientCheck('oauth-refresh-resource-parameter', onRefreshRequests((refreshes, input) => {
    const expected = authorizedResource(input);
    const wrong = refreshes.filter((exchange) => {
        const resource = (0,transcript_queries/* formParam */.kJ)(exchange, 'resource');
        return resource === undefined || (expected !== undefined && resource !== expected);
    });
    const first = wrong[0];
    if (first) {
        const sent = (0,transcript_queries/* formParam */.kJ)(first, 'resource');
        const how = sent === undefined ? 'without a `resource` parameter' : `with \`resource\` ${JSON.stringify(sent)}`;
        const more = wrong.length > 1
            ? ` ${wrong.length - 1} more refresh ${wrong.length === 2 ? 'request' : 'requests'} did the same.`
            : '';
        return finding('FAILURE', `${(0,transcript_queries/* requestLine */.uA)(first)} refreshed ${how}; it must carry the resource used at authorization ` +
            `(${JSON.stringify(expected ?? null)}).${more}`, (0,transcript_queries/* seqs */.jf)(wrong), { expectedResource: expected ?? null, sentResource: sent ?? null });
    }
    const resource = JSON.stringify(expected ?? (0,transcript_queries/* formParam */.kJ)(refreshes[0], 'resource'));
    return finding('SUCCESS', `${(0,transcript_queries/* everyOne */.IX)(refreshes.length, 'refresh request')} carried \`resource\` ${resource}.`, (0,transcript_queries/* seqs */.jf)(refreshes), { resource: expected ?? null });
}));
/** The refreshes that asked for more than their token's grant: what they asked, the grant, and the scopes beyond. */
function widenedRefreshes(refreshes, input) {
    const lineage = refreshTokenLineage(input);
    return refreshes.flatMap((exchange) => {
        const requested = (0,transcript_queries/* formParam */.kJ)(exchange, 'scope');
        const granted = lineage.get((0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token') ?? '')?.grantedScope;
        if (requested === undefined || granted === undefined)
            return [];
        const extra = (0,transcript_queries/* scopeList */.Jb)(requested).filter((scope) => !granted.includes(scope));
        return extra.length > 0 ? [{ exchange, requested, granted, extra }] : [];
    });
}
const refreshScopeWithinGrant = clientCheck('oauth-refresh-scope-within-grant', onRefreshRequests((refreshes, input) => {
    const widened = widenedRefreshes(refreshes, input);
    const first = widened[0];
    if (first) {
        const extra = first.extra.map((scope) => `\`${scope}\``).join(', ');
        return finding('FAILURE', `${(0,transcript_queries/* requestLine */.uA)(first.exchange)} asked for scope ${JSON.stringify(first.requested)}, ` +
            `wider than the grant ${JSON.stringify(first.granted.join(' '))}: ` +
            `${extra} ${first.extra.length === 1 ? 'was' : 'were'} never granted.`, (0,transcript_queries/* seqs */.jf)(widened.map(({ exchange }) => exchange)), { requestedScope: first.requested, grantedScope: first.granted.join(' '), notGranted: first.extra });
    }
    const withScope = refreshes.filter((exchange) => (0,transcript_queries/* formParam */.kJ)(exchange, 'scope') !== undefined);
    return finding('SUCCESS', withScope.length === 0
        ? `${(0,transcript_queries/* everyOne */.IX)(refreshes.length, 'refresh request')} sent no \`scope\`, so the scope granted is kept.`
        : `Every refresh \`scope\` stayed within the scope granted.`, (0,transcript_queries/* seqs */.jf)(refreshes));
}));

;// CONCATENATED MODULE: ./src/checks/refresh-rotation.ts



const time = (ms) => `${ms.toFixed(1)} ms`;
/** For each rotated token, the exchange whose response replaced it. */
function rotations(refreshes) {
    const rotatedBy = new Map();
    for (const exchange of refreshes) {
        const presented = (0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token');
        const issued = (0,transcript_queries/* issuedRefreshToken */.M1)(exchange);
        if (presented !== undefined && issued !== undefined && issued !== presented && !rotatedBy.has(presented))
            rotatedBy.set(presented, exchange);
    }
    return rotatedBy;
}
/**
 * A reuse is a MUST violation once the client had demonstrably received the rotating response: it had used the
 * new access token or the new refresh token before the reuse arrived. Otherwise the two refreshes raced (sent
 * together, answered one after the other), which rotation punishes but which is not the same bug.
 */
function usedRotatedTokens(transcript, { exchange: reuse, rotation }) {
    const issued = (0,transcript_queries/* responseJson */.cj)(rotation);
    const accessToken = typeof issued?.access_token === 'string' ? issued.access_token : undefined;
    const refreshToken = typeof issued?.refresh_token === 'string' ? issued.refresh_token : undefined;
    return transcript.some((exchange) => exchange.seq > rotation.seq &&
        exchange.seq < reuse.seq &&
        ((accessToken !== undefined && (exchange.headers.authorization ?? '').includes(accessToken)) ||
            (refreshToken !== undefined && (0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token') === refreshToken)));
}
const refreshUsesLatestToken = clientCheck('oauth-refresh-uses-latest-token', onRefreshRequests((refreshes, input) => {
    const rotatedBy = rotations(refreshes);
    const reuses = refreshes.flatMap((exchange) => {
        const rotation = rotatedBy.get((0,transcript_queries/* formParam */.kJ)(exchange, 'refresh_token') ?? '');
        // Only requests that arrived after the rotating one can be reuses (earlier ones were refused for other reasons).
        return rotation && exchange.seq > rotation.seq ? [{ exchange, rotation }] : [];
    });
    const stale = reuses.filter((reuse) => usedRotatedTokens(input.transcript, reuse));
    const raced = reuses.filter((reuse) => !usedRotatedTokens(input.transcript, reuse));
    const [firstStale] = stale;
    if (firstStale) {
        const { exchange, rotation } = firstStale;
        return finding('FAILURE', `${(0,transcript_queries/* requestLine */.uA)(exchange)} at ${time(exchange.receivedAt)} presented a refresh token that ` +
            `${(0,transcript_queries/* requestLine */.uA)(rotation)} had already replaced (answered at ${time(rotation.respondedAt)}, and the client ` +
            'had used the new tokens since); the client must discard the old token.', (0,transcript_queries/* seqs */.jf)(stale.flatMap(({ exchange: reuse, rotation: rotating }) => [rotating, reuse])), { reusedAt: exchange.receivedAt, rotatedResponseDeliveredAt: rotation.respondedAt, reuses: stale.length });
    }
    const [firstRace] = raced;
    if (firstRace) {
        const { exchange, rotation } = firstRace;
        return finding('WARNING', `Two refreshes raced with the same token: ${(0,transcript_queries/* requestLine */.uA)(rotation)} (received at ` +
            `${time(rotation.receivedAt)}, answered at ${time(rotation.respondedAt)}) and ${(0,transcript_queries/* requestLine */.uA)(exchange)} ` +
            `(received at ${time(exchange.receivedAt)}, before the client had used anything from the first answer). ` +
            'With rotation the slower one is refused; refresh once and share the result.', (0,transcript_queries/* seqs */.jf)([rotation, exchange]), { firstSentAt: rotation.receivedAt, secondSentAt: exchange.receivedAt, firstDeliveredAt: rotation.respondedAt });
    }
    if (rotatedBy.size === 0) {
        return finding('INFO', 'The authorization server never rotated a refresh token the client presented, so there was nothing to replace.', (0,transcript_queries/* seqs */.jf)(refreshes));
    }
    return finding('SUCCESS', `The client followed ${rotatedBy.size} ${rotatedBy.size === 1 ? 'rotation' : 'rotations'}, ` +
        'always presenting the newest refresh token.', (0,transcript_queries/* seqs */.jf)(refreshes), { rotations: rotatedBy.size });
}));

// EXTERNAL MODULE: ./src/server/www-authenticate.ts
var www_authenticate = __webpack_require__(70584);
;// CONCATENATED MODULE: ./src/checks/server-no-offline-access.ts



/** What the probe found: the 401 and its Bearer challenge, and the Protected Resource Metadata. */
function observed(probe) {
    const challenged = probe.transcript.find((exchange) => exchange.endpoint === 'mcp' && exchange.status === 401);
    const challenge = challenged ? (0,www_authenticate/* bearerChallenge */.$)(challenged.responseHeaders['www-authenticate']) : undefined;
    const metadata = probe.transcript.find((exchange) => exchange.endpoint === 'prm' && exchange.status === 200 && exchange.response.kind === 'json');
    // RFC 9728 metadata always names its `resource`; a JSON answer without one is not Protected Resource Metadata.
    const candidate = metadata ? (0,transcript_queries/* jsonBody */.J9)(metadata.response) : undefined;
    const prm = typeof candidate?.resource === 'string' ? candidate : undefined;
    const scopesSupported = Array.isArray(prm?.scopes_supported) ? prm.scopes_supported.map(String) : undefined;
    return { challenged, challenge, metadata, prm, scopesSupported };
}
/** Where the server advertises `offline_access`, in words, with the exchange that shows it. */
function advertisements({ challenged, challenge, metadata, scopesSupported }) {
    const places = [];
    if (challenged && challenge && (0,transcript_queries/* scopeList */.Jb)(challenge.scope).includes('offline_access')) {
        places.push({
            where: 'the `scope` of the `WWW-Authenticate` challenge ' + `(${(0,transcript_queries/* requestLine */.uA)(challenged)}: scope="${challenge.scope}")`,
            exchange: challenged,
        });
    }
    if (metadata && scopesSupported?.includes('offline_access')) {
        places.push({
            where: `\`scopes_supported\` of the Protected Resource Metadata at ${metadata.path} ` +
                `(${(0,transcript_queries/* requestLine */.uA)(metadata)}: ${JSON.stringify(scopesSupported)})`,
            exchange: metadata,
        });
    }
    return places;
}
/** Nothing to inspect: no Bearer challenge and no Protected Resource Metadata. */
function nothingToInspect(challenged) {
    return challenged
        ? finding('INFO', 'The server answered 401 without a Bearer `WWW-Authenticate` challenge and no Protected Resource Metadata ' +
            'was found, so there is nothing to inspect.', [challenged.seq])
        : finding('SKIPPED', 'the server did not ask for authorization and publishes no Protected Resource Metadata');
}
const serverNoOfflineAccess = serverCheck('sep-2207-server-no-offline-access', (probe) => {
    const found = observed(probe);
    const { challenged, challenge, metadata, prm, scopesSupported } = found;
    if (!challenge && !prm)
        return nothingToInspect(challenged);
    const places = advertisements(found);
    const details = {
        challengeScope: challenge?.scope ?? null,
        resourceMetadataUrl: challenge?.resource_metadata ?? null,
        prmScopesSupported: scopesSupported ?? null,
    };
    if (places.length > 0) {
        return finding('WARNING', `The server advertises \`offline_access\` in ${places.map(({ where }) => where).join(' and in ')}. ` +
            "Refresh tokens are not a resource requirement: leave `offline_access` to the authorization server's metadata.", places.map(({ exchange }) => exchange.seq), details);
    }
    const missing = !prm && probe.unreachableMetadata.length > 0 ? ` (no metadata: ${probe.unreachableMetadata.join('; ')})` : '';
    const inspected = challenge ? '`WWW-Authenticate` challenge' : 'Protected Resource Metadata';
    const message = challenge && prm
        ? "Neither the server's `WWW-Authenticate` challenge nor its Protected Resource Metadata lists `offline_access`."
        : `The server's ${inspected} does not list \`offline_access\`${missing}.`;
    return finding('SUCCESS', message, [challenged, metadata].filter((exchange) => exchange !== undefined).map(({ seq }) => seq), details);
});

;// CONCATENATED MODULE: ./src/checks/token-requests.ts



/** Query parameters that carry credentials or grants: none belongs in a token request's URL. */
const CREDENTIAL_PARAMETERS = [
    'code',
    'code_verifier',
    'refresh_token',
    'client_secret',
    'access_token',
    'assertion',
    'password',
];
function tokenRequestProblem(exchange) {
    if (exchange.method !== 'POST')
        return `used ${exchange.method} instead of POST`;
    const contentType = exchange.headers['content-type'] ?? '';
    if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        const sent = contentType === '' ? 'no content type' : `\`${contentType}\``;
        return `sent the body as ${sent} instead of \`application/x-www-form-urlencoded\``;
    }
    const inUrl = Object.keys(exchange.query).filter((name) => CREDENTIAL_PARAMETERS.includes(name));
    if (inUrl.length > 0)
        return `put ${inUrl.map((name) => `\`${name}\``).join(', ')} in the URL`;
    return undefined;
}
const tokenRequestPost = clientCheck('oauth-token-request-post', onTokenRequests((requests) => {
    const problems = requests
        .map((exchange) => ({ exchange, problem: tokenRequestProblem(exchange) }))
        .filter((entry) => entry.problem !== undefined);
    if (problems.length > 0) {
        return finding('FAILURE', problems.map(({ exchange, problem }) => `${(0,transcript_queries/* requestLine */.uA)(exchange)}: the client ${problem}.`).join(' '), problems.map(({ exchange }) => exchange.seq), {
            method: problems[0]?.exchange.method ?? null,
            contentType: problems[0]?.exchange.headers['content-type'] ?? null,
            queryParameters: Object.keys(problems[0]?.exchange.query ?? {}),
        });
    }
    return finding('SUCCESS', `${(0,transcript_queries/* everyOne */.IX)(requests.length, 'token request')} used POST with a form-encoded body and nothing in the URL.`, (0,transcript_queries/* seqs */.jf)(requests));
}));
/** Every place in a request where `token` appears, except a token endpoint POST's `refresh_token` parameter. */
function leaks(exchange, token) {
    const found = [];
    const server = exchange.server === 'mcp-server' ? 'the MCP server' : 'the authorization server';
    const where = `#${exchange.seq} ${exchange.method} ${exchange.path}`;
    const add = (place, part) => found.push({ place, excerpt: `${where}, ${part}` });
    if (exchange.path.includes(token))
        add(`the path of ${(0,transcript_queries/* requestLine */.uA)(exchange)}`, `path ${exchange.path}`);
    for (const [name, value] of Object.entries(exchange.query)) {
        const hit = [value].flat().find((item) => item.includes(token));
        if (hit !== undefined)
            add(`the URL query parameter \`${name}\` of ${(0,transcript_queries/* requestLine */.uA)(exchange)}`, `query ${name}=${hit}`);
    }
    for (const [name, value] of Object.entries(exchange.headers)) {
        if (value.includes(token))
            add(`the \`${name}\` header of ${(0,transcript_queries/* requestLine */.uA)(exchange)} to ${server}`, `header ${name}: ${value}`);
    }
    const body = exchange.body;
    const allowedInBody = exchange.endpoint === 'token' && exchange.method === 'POST' && body.kind === 'form';
    if (body.kind === 'form') {
        for (const [name, value] of Object.entries(body.value)) {
            const allowed = allowedInBody && name === 'refresh_token';
            const hit = [value].flat().find((item) => item.includes(token));
            if (!allowed && hit !== undefined)
                add(`the body parameter \`${name}\` of ${(0,transcript_queries/* requestLine */.uA)(exchange)} to ${server}`, `body ${name}=${hit}`);
        }
    }
    else if (body.kind !== 'none') {
        const text = body.kind === 'text' ? body.value : JSON.stringify(body.value);
        const at = text.indexOf(token);
        if (at !== -1)
            add(`the body of ${(0,transcript_queries/* requestLine */.uA)(exchange)} to ${server}`, `body …${text.slice(Math.max(0, at - 40), at + token.length + 20)}…`);
    }
    return found;
}
const refreshTokenConfidential = clientCheck('sep-2207-refresh-token-confidential', (input) => {
    const issued = [
        ...new Set((0,transcript_queries/* tokenRequests */.mi)(input.transcript)
            .map(transcript_queries/* issuedRefreshToken */.M1)
            .filter((token) => token !== undefined)),
    ];
    if (issued.length === 0)
        return finding('SKIPPED', 'the authorization server issued no refresh token to the client');
    const found = input.transcript.flatMap((exchange) => issued.flatMap((token) => leaks(exchange, token).map((leak) => ({ exchange, ...leak }))));
    if (found.length > 0) {
        const shown = found.slice(0, 5).map(({ place }) => place);
        const more = found.length > shown.length ? ` (and ${found.length - shown.length} more)` : '';
        const result = finding('FAILURE', `An issued refresh token left the token endpoint's POST body: it was in ${shown.join('; ')}${more}.`, [...new Set(found.map(({ exchange }) => exchange.seq))], { places: found.map(({ place }) => place) });
        result.evidence.excerpts = found.slice(0, 10).map(({ excerpt }) => excerpt);
        return result;
    }
    const presented = (0,transcript_queries/* tokenRequests */.mi)(input.transcript).filter((exchange) => exchange.body.kind === 'form' &&
        issued.some((token) => exchange.body.kind === 'form' && exchange.body.value.refresh_token === token));
    const tokens = issued.length === 1 ? 'issued refresh token was' : `${issued.length} issued refresh tokens were`;
    const where = presented.length > 0 ? ` (${presented.map(transcript_queries/* requestLine */.uA).join(', ')})` : '';
    return finding('SUCCESS', `The ${tokens} sent only to the token endpoint, in POST bodies${where}.`, (0,transcript_queries/* seqs */.jf)(presented));
});

;// CONCATENATED MODULE: ./src/checks/registry.ts






const CHECKS = {
    'sep-2207-client-metadata-grant-types': clientMetadataGrantTypes,
    'sep-2207-offline-access-requested': offlineAccessRequested,
    'sep-2207-offline-access-not-requested': offlineAccessNotRequested,
    'sep-2207-offline-access-needs-refresh-grant': offlineAccessNeedsRefreshGrant,
    'sep-2207-refresh-token-not-assumed': refreshTokenNotAssumed,
    'sep-2207-refresh-token-confidential': refreshTokenConfidential,
    'sep-2207-server-no-offline-access': serverNoOfflineAccess,
    'oauth-refresh-resource-parameter': refreshResourceParameter,
    'oauth-token-request-post': tokenRequestPost,
    'oauth-refresh-scope-within-grant': refreshScopeWithinGrant,
    'oauth-refresh-uses-latest-token': refreshUsesLatestToken,
    'oauth-refresh-token-used': refreshTokenUsed,
    'oauth-refresh-invalid-grant-recovery': invalidGrantRecovery,
    'oidc-offline-access-prompt-consent': offlineAccessPromptConsent,
};
const byId = new Map(Object.entries(CHECKS));
/**
 * The judge of the check registered under `id`, which must read a `reads` input. Throws for an id the catalog does
 * not know, which only a scenario built around the types can name (its evaluation then fails with the reason).
 */
function registeredJudge(id, reads) {
    const check = byId.get(id);
    if (!check)
        throw new Error(`unknown check id: ${id}`);
    if (check.reads !== reads)
        throw new Error(`check ${id} reads a ${check.reads}, not a ${reads}`);
    // The check reads a `Kind` input, as just compared (TypeScript does not narrow a generic by that comparison).
    return check.judge;
}

// EXTERNAL MODULE: ./src/checks/scenario-outcome.ts
var scenario_outcome = __webpack_require__(21342);
;// CONCATENATED MODULE: ./src/checks/evaluate.ts



/** The result of check `id` on `input`, which must be the kind of input the check is registered for. */
function evaluateCheck(id, reads, input, specVersion) {
    const found = registeredJudge(id, reads)(input);
    const definition = (0,catalog/* checkDefinition */.QU)(id);
    return { ...definition, ...found, draftOnly: (0,catalog/* isDraftOnly */.Ug)(definition.introducedIn, specVersion) };
}
function evaluateScenario(observations, specVersion) {
    const { scenario, transcript, client, timeoutMs, harnessError } = observations;
    const input = {
        transcript,
        mock: scenario.mock,
        clientMetadataDocuments: observations.clientMetadataDocuments,
        client,
    };
    const run = (0,scenario_outcome/* scenarioOutcome */.$p)(transcript, client, timeoutMs, harnessError);
    const judge = (id) => {
        const result = evaluateCheck(id, 'client-run', input, specVersion);
        if (result.status === 'SKIPPED') {
            const because = run.rootCause ? ` (${run.rootCause})` : '';
            result.message = `Not observed: ${result.message}${because}.`;
        }
        return result;
    };
    const checks = scenario.checks.map(judge);
    // A stop after the scenario's last event is judged by the check covering that event (evaluated here when the
    // scenario does not list it).
    const lastEvent = scenario.events
        ? (0,scenario_outcome/* scenarioEvents */.Wv)(transcript, scenario.mock.accessTokenLifetimeSeconds).at(-1)
        : undefined;
    const coveringId = lastEvent && scenario.events
        ? (lastEvent.kind === 'refresh' && scenario.events.refresh) || scenario.events.expiry
        : undefined;
    const covering = coveringId ? (checks.find((check) => check.id === coveringId) ?? judge(coveringId)) : undefined;
    return {
        outcome: (0,scenario_outcome/* outcomeResult */.wC)(run, lastEvent, covering, (introducedIn) => (0,catalog/* isDraftOnly */.Ug)(introducedIn, specVersion)),
        checks,
    };
}


/***/ }),

/***/ 21342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ scenarioOutcome),
/* harmony export */   Wv: () => (/* binding */ scenarioEvents),
/* harmony export */   cF: () => (/* binding */ SCENARIO_OUTCOME),
/* harmony export */   wC: () => (/* binding */ outcomeResult)
/* harmony export */ });
/* unused harmony export BASIC_AUTHORIZATION_INTRODUCED_IN */
/* harmony import */ var _transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59246);

/** A client that cannot complete basic authorization fails under every spec version. */
const BASIC_AUTHORIZATION_INTRODUCED_IN = '2025-03-26';
const SCENARIO_OUTCOME = {
    id: 'scenario-outcome',
    title: 'Client ran the scenario to the end',
    requirement: 'The client is started with the MCP server URL as its last argument, completes authorization, ' +
        'calls the server and exits 0 within the timeout.',
    level: 'MUST',
    sources: [
        {
            label: 'MCP conformance suite: client contract',
            url: 'https://github.com/modelcontextprotocol/conformance#testing-clients',
        },
    ],
    fix: 'Run this scenario alone (`npx sep-2207-action --scenario <name> --command "…"`) ' +
        "and read the client's stderr: it must finish the flow and exit 0 (README: The client contract).",
};
function scenarioOutcome(transcript, client, timeoutMs, harnessError) {
    const tokensIssued = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .grants */ .gu)(transcript, 'authorization_code').some(_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .succeeded */ .gq);
    const authorizedCall = transcript.some((exchange) => exchange.endpoint === 'mcp' && exchange.status >= 200 && exchange.status < 300);
    const progress = tokensIssued
        ? authorizedCall
            ? 'after completing the flow'
            : 'after getting tokens but before a successful MCP request'
        : transcript.some((exchange) => exchange.endpoint === 'authorize')
            ? 'before exchanging an authorization code'
            : 'before authorizing';
    const details = {
        exitCode: client.exitCode,
        signal: client.signal,
        timedOut: client.timedOut,
        durationMs: Math.round(client.durationMs),
        requests: transcript.length,
    };
    const failure = (message, rootCause, clientStop = null) => ({
        status: 'FAILURE',
        message,
        evidence: { requests: [], details },
        rootCause,
        clientStop,
    });
    if (harnessError !== null)
        return failure(`The harness failed to run this scenario: ${harnessError}`, 'the harness failed');
    if (client.startError !== null)
        return failure(`The client could not be started: ${client.startError}`, 'the client could not be started');
    if (client.interrupted) {
        return failure(`The run was interrupted before the client finished (${progress}); its process group was stopped.`, `the run was interrupted ${progress}`);
    }
    if (client.timedOut) {
        return failure(`The client did not exit within the ${timeoutMs} ms timeout (${progress}); its process group was killed.`, `the client timed out ${progress}`, `did not exit within the ${timeoutMs} ms timeout`);
    }
    if (client.exitCode !== 0) {
        const how = client.exitCode === null ? `was killed by ${client.signal ?? 'a signal'}` : `exited with code ${client.exitCode}`;
        return failure(`The client ${how} ${progress}.`, `the client ${how} ${progress}`, how);
    }
    if (!tokensIssued || !authorizedCall) {
        return failure(`The client exited 0 ${progress}: the authorization flow was not completed.`, `the client exited 0 ${progress}`, 'exited 0 without completing the flow');
    }
    return {
        status: 'SUCCESS',
        message: 'The client completed authorization, called the MCP server and exited 0 ' +
            `in ${Math.round(client.durationMs)} ms.`,
        evidence: { requests: [], details },
        rootCause: null,
        clientStop: null,
    };
}
/**
 * What the scenario did to the client after its first authorization, in order: the first token response brought a
 * short-lived access token (a client that tracks `expires_in`, some seconds early, counts it as expired at once), its
 * access token was answered 401, or a refresh was answered (refreshed, rotated, refused). Empty before the first code
 * exchange succeeded.
 */
function scenarioEvents(transcript, expiringLifetimeSeconds) {
    const firstTokens = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .grants */ .gu)(transcript, 'authorization_code').find(_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .succeeded */ .gq);
    if (!firstTokens)
        return [];
    const events = [];
    const expiresIn = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .responseJson */ .cj)(firstTokens)?.expires_in;
    const shortLived = typeof expiresIn === 'number' && expiringLifetimeSeconds !== undefined && expiresIn <= expiringLifetimeSeconds;
    if (shortLived) {
        const noRefreshToken = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .issuedRefreshToken */ .M1)(firstTokens) === undefined ? ' and no refresh token' : '';
        events.push({
            kind: 'expiry',
            exchange: firstTokens,
            words: `the token response (${(0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .requestLine */ .uA)(firstTokens)}) brought an access token ` +
                `that expires in ${expiresIn} s${noRefreshToken}`,
        });
    }
    const later = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .after */ .Pl)(transcript, firstTokens);
    const expired = new Set((0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .expiredTokenChallenges */ .Ln)(later));
    const refreshes = new Set((0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .grants */ .gu)(later, 'refresh_token'));
    for (const exchange of later) {
        if (expired.has(exchange))
            events.push({ kind: 'expiry', exchange, words: `its access token expired (${(0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .requestLine */ .uA)(exchange)})` });
        else if (refreshes.has(exchange))
            events.push({ kind: 'refresh', exchange, words: refreshWords(exchange) });
    }
    return events;
}
function refreshWords(exchange) {
    if (!(0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .succeeded */ .gq)(exchange)) {
        const code = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .oauthErrorCode */ .dV)(exchange);
        return `its refresh (${(0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .requestLine */ .uA)(exchange)}) was refused${code ? ` with \`${code}\`` : ''}`;
    }
    const issued = (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .issuedRefreshToken */ .M1)(exchange);
    return issued !== undefined && issued !== (0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .formParam */ .kJ)(exchange, 'refresh_token')
        ? `its refresh (${(0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .requestLine */ .uA)(exchange)}) rotated the refresh token`
        : `it refreshed its access token (${(0,_transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .requestLine */ .uA)(exchange)})`;
}
/** The status a stop after an event takes from the check covering it: that check's finding, or else its level. */
function coveredStatus(covering) {
    if (covering.status === 'FAILURE' || covering.status === 'WARNING')
        return covering.status;
    switch (covering.level) {
        case 'MUST':
        case 'MUST NOT':
            return 'FAILURE';
        case 'MAY':
            return 'INFO';
        default:
            // SHOULD, SHOULD NOT, and advisory checks, whose harm is a WARNING.
            return 'WARNING';
    }
}
/**
 * The scenario outcome as a result. Enforced (2025-03-26) unless the client stopped after one of the scenario's
 * events and `covering` (the check the scenario names for them) was evaluated: then it takes that check's level and
 * draft-only status, so a client that stops after, say, a refused refresh never fails a run the check would not fail.
 */
function outcomeResult(run, lastEvent, covering, draftOnly) {
    const enforced = {
        ...SCENARIO_OUTCOME,
        introducedIn: BASIC_AUTHORIZATION_INTRODUCED_IN,
        status: run.status,
        message: run.message,
        evidence: run.evidence,
        draftOnly: draftOnly(BASIC_AUTHORIZATION_INTRODUCED_IN),
    };
    if (run.status !== 'FAILURE' || run.clientStop === null || !lastEvent || !covering)
        return enforced;
    const finding = covering.status === 'FAILURE' || covering.status === 'WARNING' ? `: ${lowerFirst(covering.message)}` : '.';
    return {
        ...enforced,
        level: covering.level,
        introducedIn: covering.introducedIn,
        draftOnly: covering.draftOnly,
        status: coveredStatus(covering),
        message: `The client ${run.clientStop} after ${lastEvent.words}${finding} ` +
            `This stop is judged by \`${covering.id}\` (${covering.level}), which covers that event.`,
        evidence: { ...run.evidence, requests: [lastEvent.exchange.seq] },
    };
}
const lowerFirst = (text) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);


/***/ }),

/***/ 59246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ everyOne),
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   Jb: () => (/* binding */ scopeList),
/* harmony export */   Ln: () => (/* binding */ expiredTokenChallenges),
/* harmony export */   M1: () => (/* binding */ issuedRefreshToken),
/* harmony export */   Nr: () => (/* binding */ firstTokens),
/* harmony export */   PF: () => (/* binding */ registrations),
/* harmony export */   Pl: () => (/* binding */ after),
/* harmony export */   Ut: () => (/* binding */ queryParam),
/* harmony export */   cj: () => (/* binding */ responseJson),
/* harmony export */   dV: () => (/* binding */ oauthErrorCode),
/* harmony export */   ec: () => (/* binding */ authorizationRequests),
/* harmony export */   fP: () => (/* binding */ requestedScope),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   gu: () => (/* binding */ grants),
/* harmony export */   jf: () => (/* binding */ seqs),
/* harmony export */   kJ: () => (/* binding */ formParam),
/* harmony export */   mi: () => (/* binding */ tokenRequests),
/* harmony export */   uA: () => (/* binding */ requestLine)
/* harmony export */ });
/* unused harmony export requestsTo */
function requestsTo(transcript, endpoint) {
    return transcript.filter((exchange) => exchange.endpoint === endpoint);
}
function authorizationRequests(transcript) {
    return requestsTo(transcript, 'authorize');
}
function tokenRequests(transcript) {
    return requestsTo(transcript, 'token');
}
function registrations(transcript) {
    return requestsTo(transcript, 'register').filter((exchange) => exchange.method === 'POST');
}
/** A single-valued parameter from a form body (token requests). */
function formParam(exchange, name) {
    return bodyParam(exchange.body, name);
}
/** A single-valued parameter from the query string (authorization requests). */
function queryParam(exchange, name) {
    const value = exchange.query[name];
    return typeof value === 'string' ? value : undefined;
}
function bodyParam(body, name) {
    if (body.kind !== 'form')
        return undefined;
    const value = body.value[name];
    return typeof value === 'string' ? value : undefined;
}
function scopeList(scope) {
    return (scope ?? '').split(' ').filter((item) => item.length > 0);
}
/** The scope an authorization or token request asked for, whichever place it carries it. */
function requestedScope(exchange) {
    return exchange.endpoint === 'authorize' ? queryParam(exchange, 'scope') : formParam(exchange, 'scope');
}
function jsonBody(body) {
    return body.kind === 'json' && typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
        ? body.value
        : undefined;
}
/** Token requests for a grant type, e.g. `refresh_token`. */
function grants(transcript, grantType) {
    return tokenRequests(transcript).filter((exchange) => formParam(exchange, 'grant_type') === grantType);
}
function succeeded(exchange) {
    return exchange.status >= 200 && exchange.status < 400;
}
/** A one-line description of a request for evidence, e.g. `#7 GET /authorize`. */
function requestLine(exchange) {
    return `#${exchange.seq} ${exchange.method} ${exchange.path} → ${exchange.status}`;
}
/** The JSON object a successful response carried, if any. */
function responseJson(exchange) {
    return exchange.status >= 200 && exchange.status < 300 ? jsonBody(exchange.response) : undefined;
}
/** The refresh token a token response issued, if any. */
function issuedRefreshToken(exchange) {
    const value = responseJson(exchange)?.refresh_token;
    return typeof value === 'string' ? value : undefined;
}
/** The OAuth `error` code of an error response, if any. */
function oauthErrorCode(exchange) {
    const value = exchange.status >= 400 ? jsonBody(exchange.response)?.error : undefined;
    return typeof value === 'string' ? value : undefined;
}
/** MCP requests answered 401 `invalid_token`: the access token was rejected (in these scenarios, it expired). */
function expiredTokenChallenges(transcript) {
    return transcript.filter((exchange) => exchange.endpoint === 'mcp' &&
        exchange.status === 401 &&
        /error="invalid_token"/.test(exchange.responseHeaders['www-authenticate'] ?? ''));
}
function after(transcript, exchange) {
    return transcript.filter((other) => other.seq > exchange.seq);
}
/** "The token request", "Both token requests", "All 3 token requests": for messages about every one of `count`. */
function everyOne(count, noun) {
    if (count === 1)
        return `The ${noun}`;
    return count === 2 ? `Both ${noun}s` : `All ${count} ${noun}s`;
}
/** The sequence numbers of `exchanges`, for a result's evidence. */
function seqs(exchanges) {
    return exchanges.map((exchange) => exchange.seq);
}
/** The first successful code exchange: where the client first got tokens. */
function firstTokens(transcript) {
    return grants(transcript, 'authorization_code').find(succeeded);
}


/***/ }),

/***/ 33136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K1: () => (/* binding */ runClientProcess)
});

// UNUSED EXPORTS: inheritedEnvironment, shellQuote

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/engine/captured-output.ts
/** A client's stdout or stderr as the harness keeps it: the tail, a count of what was dropped, and a live tap. */

/** Keeps the last `capacity` bytes written to it, in a fixed ring, and counts the bytes it had to drop. */
class TailBuffer {
    capacity;
    ring = null;
    writePos = 0;
    filled = 0;
    total = 0;
    constructor(capacity) {
        this.capacity = capacity;
    }
    write(chunk) {
        this.total += chunk.length;
        if (this.capacity <= 0)
            return;
        this.ring ??= Buffer.alloc(this.capacity);
        // Only the part of the chunk that can survive matters.
        const kept = chunk.length > this.capacity ? chunk.subarray(chunk.length - this.capacity) : chunk;
        const firstPart = Math.min(kept.length, this.capacity - this.writePos);
        kept.copy(this.ring, this.writePos, 0, firstPart);
        kept.copy(this.ring, 0, firstPart);
        this.writePos = (this.writePos + kept.length) % this.capacity;
        this.filled = Math.min(this.capacity, this.filled + kept.length);
    }
    get droppedBytes() {
        return this.total - this.filled;
    }
    /** A cut through a multibyte character at the start becomes U+FFFD, which is fine for a log tail. */
    text() {
        if (!this.ring)
            return '';
        if (this.filled < this.capacity)
            return this.ring.toString('utf8', 0, this.filled);
        return Buffer.concat([this.ring.subarray(this.writePos), this.ring.subarray(0, this.writePos)]).toString('utf8');
    }
}
/** One output stream: its tail, and whole characters handed to the tap as they come. */
class CapturedOutput {
    name;
    tap;
    tail;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    constructor(name, capacity, tap) {
        this.name = name;
        this.tap = tap;
        this.tail = new TailBuffer(capacity);
    }
    write(chunk) {
        this.tail.write(chunk);
        if (this.tap)
            this.emit(this.decoder.write(chunk));
    }
    end() {
        if (this.tap)
            this.emit(this.decoder.end());
    }
    text() {
        return this.tail.text();
    }
    get droppedBytes() {
        return this.tail.droppedBytes;
    }
    emit(text) {
        try {
            if (text)
                this.tap?.(this.name, text);
        }
        catch {
            // a faulty tap must not break the run
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/temp-dir.ts
var temp_dir = __webpack_require__(43996);
;// CONCATENATED MODULE: ./src/engine/ordinary-pipe.ts
/**
 * Ordinary pipes for a child's stdout and stderr. Node's `stdio: 'pipe'` hands the child one end of a socket pair:
 * a process of its tree that shuts down its own stdout (a daemonizing helper, `process.stdout.end()`) shuts the
 * socket for every process sharing it, and their output is lost. Through a FIFO the child gets real pipe ends, whose
 * close affects only the closing process, as in a terminal or a CI runner.
 */





/** Pipes for the given streams, or null where the platform has no `mkfifo` (the caller falls back to `'pipe'`). */
function ordinaryPipes(count) {
    let dir;
    const opened = [];
    try {
        dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,temp_dir/* safeTempBase */.RT)(), 'sep-2207-pipe-'));
        const paths = Array.from({ length: count }, (_, index) => (0,external_node_path_.join)(dir, String(index)));
        (0,external_node_child_process_.execFileSync)('mkfifo', ['-m', '600', ...paths], { stdio: 'ignore' });
        return paths.map((path) => {
            // The reading end first and non-blocking, so that opening the writing end does not wait for a reader.
            const readFd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
            opened.push(readFd);
            const writeFd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY);
            opened.push(writeFd);
            let closed = false;
            return {
                writeFd,
                reader: new external_node_net_.Socket({ fd: readFd, readable: true, writable: false }),
                parentDone: () => {
                    if (closed)
                        return;
                    closed = true;
                    (0,external_node_fs_.closeSync)(writeFd);
                },
            };
        });
    }
    catch {
        for (const fd of opened)
            (0,external_node_fs_.closeSync)(fd);
        return null;
    }
    finally {
        // The open ends keep the pipes alive; their names are no longer needed.
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/engine/process-sweep.ts
/**
 * Finds the processes a client run started even when they left its process group: a daemon that called `setsid`
 * (mcpc's bridge does) is out of reach of a signal to the group, but it still carries the environment the harness
 * gave the run, including a marker unique to that run. Linux only (it reads /proc); elsewhere the group is all.
 */


/** The environment variable that marks every process of one client run. */
const RUN_MARKER_ENV = 'SEP2207_CLIENT_RUN';
function newRunMarker() {
    return (0,external_node_crypto_.randomBytes)(9).toString('base64url');
}
/** Live processes (not this one) whose environment holds `SEP2207_CLIENT_RUN=<marker>`. */
function markedProcesses(marker) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const needle = Buffer.from(`${RUN_MARKER_ENV}=${marker}\0`);
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        let environ;
        try {
            environ = (0,external_node_fs_.readFileSync)(`/proc/${entry}/environ`);
        }
        catch {
            continue; // gone already, or not ours
        }
        const at = environ.indexOf(needle);
        if (at === 0 || (at > 0 && environ[at - 1] === 0))
            found.push(Number(entry));
    }
    return found;
}
/** SIGKILLs every marked process, a few rounds in case one forked while the last round ran; returns how many. */
function killMarkedProcesses(marker) {
    let killed = 0;
    for (let round = 0; round < 3; round += 1) {
        const pids = markedProcesses(marker);
        if (pids.length === 0)
            break;
        for (const pid of pids) {
            try {
                process.kill(pid, 'SIGKILL');
                killed += 1;
            }
            catch {
                // exited in the meantime
            }
        }
    }
    return killed;
}
/** Signals the whole process group led by `pid`; a group that is already gone is not an error. */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: nothing left in the group. EPERM cannot happen for our own children; either way nothing to do.
    }
}

// EXTERNAL MODULE: ./src/engine/shell.ts
var shell = __webpack_require__(57656);
;// CONCATENATED MODULE: ./src/engine/client-process.ts
/**
 * Runs the user's MCP client command once against a scenario's server URL and reports what the process did.
 * The client runs as the leader of its own process group so that a timeout, an abort or its own exit can take
 * down everything it started, and the result never waits on pipes held open by stray grandchildren.
 */







const DEFAULT_KILL_GRACE_MS = 500;
const DEFAULT_OUTPUT_CAP_BYTES = 256 * 1024;
/** After the leader exits, how long to keep reading output already in the pipes. */
const DRAIN_WINDOW_MS = 100;
/** If even SIGKILL brings no 'exit' (e.g. a process stuck in the kernel), give up waiting after this. */
const EXIT_AFTER_KILL_LIMIT_MS = 2000;
function runClientProcess(options) {
    return new Promise((resolve) => new ClientProcessRun(options, resolve).start());
}
/** One run of the client: spawns it, then moves through the transitions below until the result is out. */
class ClientProcessRun {
    options;
    resolve;
    state = {
        timedOut: false,
        interrupted: false,
        stopping: 'no',
        exit: null,
        openStreams: 0,
        settled: false,
    };
    startedAt = external_node_perf_hooks_.performance.now();
    /** Every process of this run carries the marker, so those that left the process group are found at the end. */
    marker = newRunMarker();
    command;
    stdout;
    stderr;
    timers = [];
    streams = [];
    child;
    constructor(options, resolve) {
        this.options = options;
        this.resolve = resolve;
        const { command, serverUrl } = options;
        this.command = serverUrl === null ? command : `${command} ${(0,shell/* shellQuote */.ZL)(serverUrl)}`;
        const capacity = options.outputCapBytes ?? DEFAULT_OUTPUT_CAP_BYTES;
        this.stdout = new CapturedOutput('stdout', capacity, options.onOutput);
        this.stderr = new CapturedOutput('stderr', capacity, options.onOutput);
    }
    start() {
        const pipes = ordinaryPipes(2);
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', this.command], {
                cwd: this.options.cwd,
                env: { ...(0,shell/* inheritedEnvironment */.aJ)(process.env), ...this.options.env, [RUN_MARKER_ENV]: this.marker },
                detached: true, // the shell becomes leader of a new process group, so -pid reaches everything it starts
                stdio: ['pipe', pipes?.[0]?.writeFd ?? 'pipe', pipes?.[1]?.writeFd ?? 'pipe'],
            });
        }
        catch (error) {
            // e.g. an env value with a NUL byte is rejected synchronously
            for (const pipe of pipes ?? []) {
                pipe.parentDone();
                pipe.reader.destroy();
            }
            const message = error instanceof Error ? error.message : String(error);
            this.finish({ exitCode: null, signal: null, startError: `could not start /bin/sh: ${message}` });
            return;
        }
        for (const pipe of pipes ?? [])
            pipe.parentDone();
        this.child = child;
        // stdin stays open and empty while the client runs: some clients treat its end as "quit now".
        child.stdin?.on('error', () => { }); // EPIPE once the client is gone is expected
        this.capture(pipes?.[0]?.reader ?? child.stdout, this.stdout);
        this.capture(pipes?.[1]?.reader ?? child.stderr, this.stderr);
        // Only spawn failures reach 'error' (we never use child.kill); the child never ran.
        child.on('error', (error) => this.spawnFailed(error));
        child.on('exit', (code, signal) => this.leaderExited(code, signal));
        this.timers.push(setTimeout(() => this.timeoutReached(), this.options.timeoutMs));
        if (this.options.signal?.aborted)
            this.aborted();
        else
            this.options.signal?.addEventListener('abort', this.aborted, { once: true });
    }
    capture(stream, output) {
        if (!stream)
            return;
        this.streams.push(stream);
        this.state.openStreams += 1;
        stream.on('data', (chunk) => output.write(chunk));
        stream.on('end', () => output.end());
        stream.on('error', () => { });
        stream.on('close', () => this.streamClosed());
    }
    /** Still running, and nobody has asked it to stop yet. */
    running() {
        return this.child?.pid !== undefined && !this.state.settled && this.state.stopping === 'no' && !this.state.exit;
    }
    signalGroup(signal) {
        if (this.child?.pid !== undefined)
            signalGroup(this.child.pid, signal);
    }
    // The transitions.
    timeoutReached() {
        if (this.state.exit)
            return; // the client finished; we are only draining its output
        this.state.timedOut = true;
        this.terminate();
    }
    aborted = () => {
        // Only a client still running is interrupted; one that exited or is already being stopped keeps its story.
        if (!this.running())
            return;
        this.state.interrupted = true;
        this.terminate();
    };
    terminate() {
        if (!this.running())
            return; // an exited leader is already handled
        this.state.stopping = 'sigterm-sent';
        this.signalGroup('SIGTERM');
        this.timers.push(setTimeout(() => this.graceOver(), this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS));
    }
    graceOver() {
        this.state.stopping = 'grace-over';
        if (this.state.exit)
            return this.killGroupThenDrain();
        this.signalGroup('SIGKILL');
        const giveUp = () => this.finish({ exitCode: null, signal: 'SIGKILL', startError: null });
        this.timers.push(setTimeout(giveUp, EXIT_AFTER_KILL_LIMIT_MS));
    }
    spawnFailed(error) {
        if (this.state.exit)
            return;
        this.finish({ exitCode: null, signal: null, startError: (0,shell/* describeSpawnError */.dB)(error, this.options.cwd) });
    }
    leaderExited(code, signal) {
        this.state.exit = { code, signal };
        this.child?.stdin?.end();
        this.afterLeaderExit();
    }
    streamClosed() {
        this.state.openStreams -= 1;
        if (this.state.openStreams === 0 && this.state.exit)
            this.afterLeaderExit();
    }
    /** While a SIGTERM grace period runs, the rest of the group gets it too, unless it has let go of our pipes. */
    afterLeaderExit() {
        if (this.state.stopping === 'sigterm-sent' && this.state.openStreams > 0)
            return; // the grace timer finishes
        this.killGroupThenDrain();
    }
    /** Once the leader is gone: nothing it started may outlive the run, nor hold our pipes open for long. */
    killGroupThenDrain() {
        this.signalGroup('SIGKILL');
        if (this.state.openStreams === 0)
            this.finishAfterExit();
        else
            this.timers.push(setTimeout(() => this.finishAfterExit(), DRAIN_WINDOW_MS));
    }
    finishAfterExit() {
        const { exit } = this.state;
        if (!exit)
            return;
        const startError = exit.signal ? null : (0,shell/* describeShellFailure */.AL)(exit.code, this.options.command, this.stderr.text());
        this.finish({ exitCode: exit.code, signal: exit.signal, startError });
    }
    finish(fields) {
        if (this.state.settled)
            return;
        this.state.settled = true;
        this.timers.forEach(clearTimeout);
        killMarkedProcesses(this.marker);
        this.child?.stdin?.destroy();
        for (const stream of this.streams)
            stream.destroy();
        this.options.signal?.removeEventListener('abort', this.aborted);
        this.resolve({
            command: this.command,
            ...fields,
            timedOut: this.state.timedOut,
            interrupted: this.state.interrupted,
            durationMs: external_node_perf_hooks_.performance.now() - this.startedAt,
            stdoutTail: this.stdout.text(),
            stderrTail: this.stderr.text(),
            stdoutTruncatedBytes: this.stdout.droppedBytes,
            stderrTruncatedBytes: this.stderr.droppedBytes,
        });
    }
}


/***/ }),

/***/ 56808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mG: () => (/* binding */ SCENARIO_NAME_CHOICES),
  og: () => (/* binding */ runSuite)
});

// UNUSED EXPORTS: runScenario

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/suite-result.ts
var suite_result = __webpack_require__(88169);
// EXTERNAL MODULE: ./src/checks/catalog.ts
var catalog = __webpack_require__(80530);
// EXTERNAL MODULE: ./src/checks/evaluate.ts + 9 modules
var evaluate = __webpack_require__(4807);
// EXTERNAL MODULE: ./src/checks/scenario-outcome.ts
var scenario_outcome = __webpack_require__(21342);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/temp-dir.ts
var temp_dir = __webpack_require__(43996);
;// CONCATENATED MODULE: ./src/engine/client-home.ts
/**
 * A fresh home directory per client run, so credentials a client caches in one scenario (mcp-remote keeps tokens
 * in ~/.mcp-auth, others under ~/.config or the XDG dirs) never leak into the next one, or in from the user's own.
 *
 * Toolchains and package caches keep their usual places (when the user has not set them already), so that
 * `npx`, `uvx`, `cargo run` or `go run` still find what is installed instead of downloading it for every scenario.
 * Not isolated: credentials in an OS keychain (Secret Service, macOS Keychain) or in an absolute path.
 */




/** Fresh directories, relative to the fresh home. */
const FRESH_DIRS = {
    XDG_CONFIG_HOME: '.config',
    XDG_CACHE_HOME: '.cache',
    XDG_DATA_HOME: '.local/share',
    XDG_STATE_HOME: '.local/state',
    APPDATA: 'AppData/Roaming',
    LOCALAPPDATA: 'AppData/Local',
};
/** Where tools look by default, relative to the real home, or to the real XDG cache dir. */
function keptToolLocations(env, realHome) {
    const cache = env.XDG_CACHE_HOME || (0,external_node_path_.join)(realHome, '.cache');
    return {
        npm_config_cache: (0,external_node_path_.join)(realHome, '.npm'),
        CARGO_HOME: (0,external_node_path_.join)(realHome, '.cargo'),
        RUSTUP_HOME: (0,external_node_path_.join)(realHome, '.rustup'),
        GOPATH: (0,external_node_path_.join)(realHome, 'go'),
        GOCACHE: (0,external_node_path_.join)(cache, 'go-build'),
        PYTHONUSERBASE: (0,external_node_path_.join)(realHome, '.local'),
        PIP_CACHE_DIR: (0,external_node_path_.join)(cache, 'pip'),
        UV_CACHE_DIR: (0,external_node_path_.join)(cache, 'uv'),
        DENO_DIR: (0,external_node_path_.join)(cache, 'deno'),
        BUN_INSTALL: (0,external_node_path_.join)(realHome, '.bun'),
    };
}
async function createClientHome(baseEnv = process.env) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,temp_dir/* safeTempBase */.RT)(), 'sep-2207-home-'));
    const realHome = baseEnv.HOME || (0,external_node_os_.homedir)();
    const env = { HOME: dir, USERPROFILE: dir };
    for (const [name, relative] of Object.entries(FRESH_DIRS))
        env[name] = (0,external_node_path_.join)(dir, relative);
    await Promise.all(Object.keys(FRESH_DIRS).map((name) => (0,promises_.mkdir)(env[name], { recursive: true })));
    for (const [name, location] of Object.entries(keptToolLocations(baseEnv, realHome))) {
        if (!baseEnv[name])
            env[name] = location;
    }
    return { dir, env, remove: () => (0,temp_dir/* removeTempDir */.CT)(dir) };
}

// EXTERNAL MODULE: ./src/engine/client-process.ts + 3 modules
var client_process = __webpack_require__(33136);
;// CONCATENATED MODULE: ./src/engine/consent-shim-program.ts
class ConsentShimProgram {
    node;
    settings;
    requestTimeoutMs = 5000;
    maxRedirects = 5;
    loopbackAddresses = {
        '127.0.0.1': ['127.0.0.1'],
        localhost: ['127.0.0.1', '::1'],
        '[::1]': ['::1'],
    };
    notListening = new Set([
        'ECONNREFUSED',
        'ECONNRESET',
        'EADDRNOTAVAIL',
        'ENETUNREACH',
        'EAFNOSUPPORT',
        'EHOSTUNREACH',
    ]);
    secretParam = /^code$|token|secret|verifier|assertion|password/i;
    constructor(node, settings) {
        this.node = node;
        this.settings = settings;
    }
    /** `argv`: the name it was called by and the opener's arguments, or the worker flag and the URL. */
    main(argv) {
        const [first, ...rest] = argv;
        if (first !== this.settings.workerFlag) {
            this.open(first, rest);
            return;
        }
        this.deliver(rest[0]).then((code) => process.exit(code), (error) => {
            const message = error?.message;
            this.log(`failed: ${this.errorCode(error) || (typeof message === 'string' && message) || String(error)}`);
            process.exit(1);
        });
    }
    /** The opener: checks the URL, starts the worker and exits 0, or refuses (3) or finds no URL (2). */
    open(invokedAs, args) {
        const name = this.node.basename(invokedAs || 'browser');
        const target = args.find((arg) => /^[a-z][a-z0-9+.-]*:/i.test(arg));
        if (target === undefined) {
            process.stderr.write(`sep-2207 consent shim (${name}): no URL among the arguments\n`);
            this.log(`${name}: no URL among ${args.length} arguments`);
            process.exit(2);
        }
        if (!this.loopbackUrl(target)) {
            process.stderr.write(`sep-2207 consent shim (${name}): refusing to open ${this.describeHost(target)}: ` +
                'only http(s) URLs on 127.0.0.1, localhost or [::1] are opened in a conformance run\n');
            this.log(`${name}: refused ${this.describeHost(target)} (not loopback); no request made`);
            process.exit(3);
        }
        this.log(`${name}: opening ${this.redact(target)}`);
        const worker = this.node.spawn(process.execPath, [this.settings.program, this.settings.workerFlag, target], {
            stdio: 'ignore',
        });
        worker.once('spawn', () => {
            worker.unref();
            process.exit(0);
        });
        worker.once('error', (error) => {
            process.stderr.write(`sep-2207 consent shim (${name}): could not start: ${error.message}\n`);
            this.log(`${name}: could not start the worker: ${error.message}`);
            process.exit(1);
        });
    }
    /** The worker: does what a browser does with the consent URL, following redirects on loopback only. */
    async deliver(start) {
        const { deadlineMs } = this.settings;
        const deadline = Date.now() + deadlineMs;
        setTimeout(() => {
            this.log(`gave up: deadline of ${deadlineMs} ms reached`);
            process.exit(1);
        }, deadlineMs + 1000).unref();
        let url = this.loopbackUrl(start);
        for (let hop = 0; url && hop <= this.maxRedirects; hop += 1) {
            const answer = await this.get(url, deadline);
            const location = answer.location ? new URL(answer.location, url).href : undefined;
            const redirect = location ? ` Location: ${this.redact(location)}` : '';
            this.log(`GET ${this.redact(url.href)} -> ${answer.status}${redirect}`);
            if (answer.status < 300 || answer.status >= 400 || !location)
                return hop > 0 ? 0 : 1;
            url = this.loopbackUrl(location);
            if (!url) {
                this.log(`not following a redirect off loopback, to ${this.describeHost(location)}`);
                return hop > 0 ? 0 : 1;
            }
        }
        if (url)
            this.log(`stopped after ${this.maxRedirects} redirects`);
        return 1;
    }
    /** GETs url, retrying while nothing listens there yet, until the deadline or the end of the run. */
    async get(url, deadline) {
        const addresses = this.loopbackAddresses[url.hostname] ?? [];
        for (let attempt = 1;; attempt += 1) {
            let lastError;
            for (const address of addresses) {
                try {
                    return await this.getOnce(url, address);
                }
                catch (error) {
                    lastError = error;
                    if (!this.notListening.has(this.errorCode(error) ?? ''))
                        throw error;
                }
            }
            const pause = Math.min(50 * attempt, 250);
            if (Date.now() + pause > deadline)
                throw lastError;
            if (!this.node.existsSync(this.settings.dir))
                throw new Error('the run is over');
            if (attempt === 1) {
                this.log(`nothing listening at ${url.host} yet (${this.errorCode(lastError)}); retrying`);
            }
            await new Promise((done) => setTimeout(done, pause));
        }
    }
    /** One GET to one address (no DNS: localhost means 127.0.0.1 then ::1), redirects not followed. */
    getOnce(url, address) {
        const https = url.protocol === 'https:';
        const options = {
            host: address,
            port: url.port || (https ? 443 : 80),
            path: url.pathname + url.search,
            method: 'GET',
            headers: { host: url.host, accept: 'text/html,*/*', 'user-agent': 'sep-2207-consent-shim' },
            servername: url.hostname === 'localhost' ? 'localhost' : undefined,
            timeout: this.requestTimeoutMs,
        };
        return new Promise((resolve, reject) => {
            const answered = (response) => {
                const answer = { status: response.statusCode ?? 0, location: response.headers.location };
                response.resume();
                response.once('end', () => resolve(answer));
                response.once('close', () => resolve(answer));
                response.once('error', () => resolve(answer));
            };
            const request = https ? this.node.https.request(options, answered) : this.node.http.request(options, answered);
            request.once('timeout', () => request.destroy(new Error(`no answer within ${this.requestTimeoutMs} ms`)));
            request.once('error', reject);
            request.end();
        });
    }
    /** The URL when it is http(s) on a loopback host, else null. Decided on the parsed URL, before any connection. */
    loopbackUrl(text) {
        if (text === undefined || !URL.canParse(text))
            return null;
        const url = new URL(text);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return null;
        return Object.hasOwn(this.loopbackAddresses, url.hostname) ? url : null;
    }
    describeHost(text) {
        if (!URL.canParse(text))
            return JSON.stringify(text.slice(0, 80));
        const url = new URL(text);
        return `${url.protocol}//${url.host}`;
    }
    redact(text) {
        if (!URL.canParse(text))
            return '(not a URL)';
        const url = new URL(text);
        for (const key of [...url.searchParams.keys()]) {
            if (this.secretParam.test(key))
                url.searchParams.set(key, 'REDACTED');
        }
        return url.href;
    }
    errorCode(error) {
        const code = error?.code;
        if (code)
            return String(code);
        const errors = error?.errors;
        if (!Array.isArray(errors))
            return undefined;
        const inner = errors.find((item) => item?.code);
        return inner ? String(inner.code) : undefined;
    }
    log(line) {
        try {
            this.node.appendFileSync(this.settings.log, `${new Date().toISOString()} [${process.pid}] ${line}\n`);
        }
        catch {
            // the run may be over and its directory gone
        }
    }
}

// EXTERNAL MODULE: ./src/engine/shell.ts
var shell = __webpack_require__(57656);
;// CONCATENATED MODULE: ./src/engine/consent-shim.ts
/**
 * The headless consent shim: stands in for the browser that published MCP clients open for consent, so they run
 * unmodified in CI. Per client run it makes a temporary directory of executables named like the usual openers
 * (`xdg-open`, `open`, `sensible-browser`, ...), to go first on the client's PATH, with `BROWSER` pointing at one.
 *
 * What a stand-in does with a URL, as a browser would: GET it without following redirects, then follow the
 * `Location` (the mock `/authorize` approves at once with a 302 to the client's loopback callback), retrying while
 * nothing listens there yet, since many clients open their callback listener late. It only ever connects to
 * loopback: any other host is refused, before any request, with a line on stderr and a non-zero exit.
 *
 * It returns at once: the opener checks the URL, starts a worker process that does the requests, and exits 0.
 * Openers are often awaited (Python's `webbrowser` waits for `$BROWSER`; `open(url, {wait: true})`), and a client
 * that starts its callback listener only after the opener returns would otherwise stall against its own browser.
 * The worker stays in the opener's process group, so the harness's timeout kills it with the client; openers
 * spawned detached (the `open` package does that) escape the group, so the worker also has its own deadline and
 * stops as soon as the run's directory is removed.
 *
 * The program (consent-shim-program.ts) is written into the directory at run time from its compiled source and run
 * by the Node.js that runs this tool (`process.execPath`): it needs neither this repository's node_modules nor
 * `node` on PATH, so it works from the bundle in dist/ too. It logs what it did (codes redacted, no tokens) to
 * `consent-shim.log` in the directory.
 */





/** Names clients (and the libraries they use) look up on PATH to open a browser. */
const OPENER_NAMES = ['xdg-open', 'open', 'sensible-browser', 'x-www-browser', 'www-browser'];
const CONSENT_SHIM_LOG = 'consent-shim.log';
/** The program the stand-ins run, in the shim's directory. */
const CONSENT_SHIM_PROGRAM = 'consent-shim.mjs';
/** The first argument that makes the program the worker, with the URL to open as the second. */
const CONSENT_SHIM_WORKER_FLAG = '--sep-2207-consent-worker';
/** Upper bound on how long a worker keeps trying, whatever the scenario timeout. */
const MAX_DEADLINE_MS = 60_000;
async function createConsentShim(options = {}) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,temp_dir/* safeTempBase */.RT)(), 'sep-2207-consent-'));
    const program = (0,external_node_path_.join)(dir, CONSENT_SHIM_PROGRAM);
    const deadlineMs = Math.min(Math.max(options.deadlineMs ?? 20_000, 1_000), MAX_DEADLINE_MS);
    // One wrapper, under every name; it passes its own name on so the log says which one the client ran.
    // NODE_OPTIONS is the client's business (it may load a loader from its own cwd), never the stand-in's.
    const node = (0,shell/* shellQuote */.ZL)(process.execPath);
    const wrapper = `#!/bin/sh\nunset NODE_OPTIONS\nexec ${node} ${(0,shell/* shellQuote */.ZL)(program)} "$0" "$@"\n`;
    // Written at once, not one after another: this runs before every scenario, and waits add up on a busy machine.
    await Promise.all([
        (0,promises_.writeFile)(program, consentShimProgramSource(deadlineMs), { mode: 0o644 }),
        ...OPENER_NAMES.map(async (name) => {
            const file = (0,external_node_path_.join)(dir, name);
            await (0,promises_.writeFile)(file, wrapper);
            await (0,promises_.chmod)(file, 0o755);
        }),
    ]);
    const basePath = options.basePath ?? process.env.PATH ?? '';
    const logFile = (0,external_node_path_.join)(dir, CONSENT_SHIM_LOG);
    return {
        dir,
        logFile,
        env: {
            PATH: basePath === '' ? dir : `${dir}${external_node_path_.delimiter}${basePath}`,
            BROWSER: (0,external_node_path_.join)(dir, 'www-browser'),
            // xdg-open: `X-Generic` selects its generic opener, which tries BROWSER; with a display it would first ask
            // the desktop's URL handler (a real browser on a developer's machine).
            XDG_CURRENT_DESKTOP: 'X-Generic',
            DISPLAY: '',
            WAYLAND_DISPLAY: '',
        },
        readLog: () => (0,promises_.readFile)(logFile, 'utf8').catch(() => ''),
        remove: () => (0,temp_dir/* removeTempDir */.CT)(dir),
    };
}
/**
 * The stand-in program's file: an ES module that imports what ConsentShimProgram needs from Node.js, defines the
 * class from its own source text, and runs it on its arguments
 * (`node consent-shim.mjs <name it was called by> <arguments...>`, or the worker flag and the URL).
 */
function consentShimProgramSource(deadlineMs) {
    const settings = { logName: CONSENT_SHIM_LOG, workerFlag: CONSENT_SHIM_WORKER_FLAG, deadlineMs };
    return `// sep-2207-action headless consent shim (see src/engine/consent-shim-program.ts). Generated; safe to delete.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Compilers that keep function names (esbuild, under tsx and Vitest) may call this helper inside the class.
const __name = (target) => target;
const ConsentShimProgram = ${ConsentShimProgram.toString()};

const program = fileURLToPath(import.meta.url);
const dir = dirname(program);
const { logName, ...settings } = ${JSON.stringify(settings)};
new ConsentShimProgram(
  { spawn, appendFileSync, existsSync, http, https, basename },
  { ...settings, program, dir, log: join(dir, logName) },
).main(process.argv.slice(2));
`;
}

;// CONCATENATED MODULE: ./src/engine/redact.ts
/**
 * Secrets never leave a run in full: every token, code and client secret the mock issued is shown as its prefix and
 * last four characters (`rt-…1a2b`), in the transcript, the evidence and the client's output alike. Checks run on
 * the unredacted transcript first; what is stored and reported is redacted.
 */
/** Values the mock issues look like `rt-<24 base64url chars>`; anything of that shape is redacted too. */
const ISSUED_VALUE = /\b(at|rt|code|secret)-[A-Za-z0-9_-]{20,}/g;
/** HTTP Basic credentials (`client_secret_basic`): base64 of `client_id:client_secret`, so the secret hides inside. */
const BASIC_CREDENTIALS = /\b(Basic\s+)([A-Za-z0-9+/]{4,}={0,2})/gi;
function redactToken(value) {
    const dash = value.indexOf('-');
    const prefix = dash > 0 && dash <= 6 ? value.slice(0, dash + 1) : '';
    return `${prefix}…${value.slice(-4)}`;
}
function redactText(text, secrets) {
    return redactPlain(text, secrets).replace(BASIC_CREDENTIALS, (match, scheme, encoded) => {
        const decoded = decodeBase64Exactly(encoded);
        if (decoded === null)
            return match;
        const redacted = redactPlain(decoded, secrets);
        // Shown decoded once something in it is redacted: re-encoding the redacted text would hide what the client sent.
        return redacted === decoded ? match : `${scheme}[base64 of ${redacted}]`;
    });
}
function redactPlain(text, secrets) {
    let redacted = text;
    for (const secret of secrets) {
        if (secret.length >= 8 && redacted.includes(secret))
            redacted = redacted.split(secret).join(redactToken(secret));
    }
    return redacted.replace(ISSUED_VALUE, (match) => redactToken(match));
}
/**
 * The text `encoded` is the canonical base64 of, or null (not base64, or not printable text: then it is left
 * alone).
 */
function decodeBase64Exactly(encoded) {
    if (encoded.length % 4 !== 0)
        return null;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    if (/[\u0000-\u001f\u007f\ufffd]/.test(decoded))
        return null;
    return Buffer.from(decoded, 'utf8').toString('base64') === encoded ? decoded : null;
}
/** A deep copy of `value` with every string redacted (object keys included). */
function redactDeep(value, secrets) {
    if (typeof value === 'string')
        return redactText(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, secrets));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactText(key, secrets), redactDeep(item, secrets)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/engine/run-scenario.ts
/**
 * Runs one scenario: start its mock servers (with a fresh HOME and the consent shim for the client), run the client
 * once, stop the servers, evaluate. A scenario that fails inside the harness becomes a scenario FAILURE with the
 * reason. What it returns is redacted: no secret the mock issued leaves it in full.
 */









/**
 * The mock servers' web framework and MCP SDK are half of the CLI bundle; server mode, aggregate mode and --help
 * never need them, so they are loaded on first use (once), before the first scenario starts.
 */
let mockServersModule;
const loadMockServers = () => (mockServersModule ??= Promise.all(/* import() */[__webpack_require__.e(901), __webpack_require__.e(784), __webpack_require__.e(221), __webpack_require__.e(634)]).then(__webpack_require__.bind(__webpack_require__, 53634)));
async function runScenario(scenario, options) {
    const start = external_node_perf_hooks_.performance.now();
    const setup = {};
    let client = (0,suite_result/* notRun */.nE)(options.command);
    let clientMetadataDocuments = [];
    let harnessError = null;
    try {
        const servers = await setUp(scenario, options, setup);
        client = await (0,client_process/* runClientProcess */.K1)({
            command: options.command,
            serverUrl: servers.serverUrl,
            env: clientEnvironment(scenario, options, { ...setup.home?.env, ...setup.shim?.env }),
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            signal: options.signal,
        });
        clientMetadataDocuments = await servers.clientMetadataDocuments();
    }
    catch (error) {
        harnessError = error instanceof Error ? error.message : String(error);
    }
    finally {
        await Promise.all([setup.servers?.stop().catch(() => undefined), setup.shim?.remove(), setup.home?.remove()]);
    }
    const { servers } = setup;
    const transcript = servers ? [...servers.recorder.exchanges] : [];
    let evaluation;
    try {
        evaluation = (0,evaluate/* evaluateScenario */.m)({ scenario, transcript, clientMetadataDocuments, client, timeoutMs: options.timeoutMs, harnessError }, options.specVersion);
    }
    catch (error) {
        // A bug in a check or a scenario definition fails this scenario with the reason; the rest of the suite runs.
        harnessError = `could not evaluate the run: ${error instanceof Error ? error.message : String(error)}`;
        evaluation = harnessFailure(transcript, client, options, harnessError);
    }
    // Checks saw the real values; everything stored and reported from here on is redacted.
    const secrets = servers?.store.issuedSecrets() ?? [];
    return redactDeep({
        name: scenario.name,
        description: scenario.description,
        outcome: evaluation.outcome,
        checks: evaluation.checks,
        client,
        serverUrl: servers?.serverUrl ?? '',
        durationMs: Math.round(external_node_perf_hooks_.performance.now() - start),
        transcript,
        transcriptDropped: servers?.recorder.dropped ?? 0,
        harnessError,
    }, secrets);
}
/** Starts the servers, the fresh HOME and the shim at once (they are independent), filling `setup` as they come. */
async function setUp(scenario, options, setup) {
    const { startMockServers } = await loadMockServers();
    const steps = await Promise.allSettled([
        startMockServers(scenario.mock).then((started) => (setup.servers = started)),
        (options.isolateHome ?? true)
            ? createClientHome({ ...process.env, ...options.env }).then((made) => (setup.home = made))
            : undefined,
        (options.consentShim ?? true)
            ? createConsentShim({ basePath: options.env?.PATH ?? process.env.PATH, deadlineMs: options.timeoutMs }).then((made) => (setup.shim = made))
            : undefined,
    ]);
    for (const step of steps)
        if (step.status === 'rejected')
            throw step.reason;
    if (!setup.servers)
        throw new Error('the mock servers did not start');
    return setup.servers;
}
/** The scenario outcome alone, for a run whose checks could not be evaluated. */
function harnessFailure(transcript, client, options, harnessError) {
    const run = (0,scenario_outcome/* scenarioOutcome */.$p)(transcript, client, options.timeoutMs, harnessError);
    return {
        outcome: (0,scenario_outcome/* outcomeResult */.wC)(run, undefined, undefined, (introducedIn) => (0,catalog/* isDraftOnly */.Ug)(introducedIn, options.specVersion)),
        checks: [],
    };
}
/** The harness's own variables (fresh HOME, consent shim) win over the caller's extras; the scenario's over all. */
function clientEnvironment(scenario, options, harness) {
    return {
        ...options.env,
        ...harness,
        MCP_CONFORMANCE_SCENARIO: options.scenarioNames === 'own' ? scenario.name : scenario.conformanceName,
        SEP2207_SCENARIO: scenario.name,
        MCP_CONFORMANCE_PROTOCOL_VERSION: options.protocolVersion,
        ...(scenario.context ? { MCP_CONFORMANCE_CONTEXT: JSON.stringify(scenario.context) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/engine/run-suite.ts
/**
 * Runs scenarios (each as run-scenario.ts says): in parallel, each on its own ports, then again alone where running
 * alongside others may have cost one its verdict. A scenario that fails inside the harness becomes a scenario FAILURE
 * with the reason; the others still run.
 */




const SCENARIO_NAME_CHOICES = ['upstream', 'own'];
async function runSuite(options) {
    await loadMockServers();
    const startedAt = new Date();
    const suiteStart = external_node_perf_hooks_.performance.now();
    const total = options.scenarios.length;
    const spans = [];
    const results = await mapWithConcurrency(options.scenarios, options.concurrency, async (scenario, index) => {
        options.onProgress?.({ type: 'scenario-started', scenario: scenario.name, index, total });
        const start = external_node_perf_hooks_.performance.now();
        const result = await runScenario(scenario, options);
        spans[index] = { start, end: external_node_perf_hooks_.performance.now() };
        options.onProgress?.({ type: 'scenario-finished', scenario: scenario.name, index, total, result });
        return result;
    }, options.signal);
    await rerunAlone(options, results, spans);
    return (0,suite_result/* suiteResult */.AS)({
        mode: 'client',
        label: options.label ?? null,
        specVersion: options.specVersion,
        protocolVersion: options.protocolVersion,
        command: options.command,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(external_node_perf_hooks_.performance.now() - suiteStart),
        scenarios: results.filter((result) => result !== undefined),
    });
}
/**
 * Parallelism must never change a verdict: a client with a fixed callback port or another shared resource may fail
 * only because another scenario's client ran at the same time. Every scenario whose client did not finish cleanly
 * while another ran is run again alone, one after another, and only that run counts; the result says so.
 */
async function rerunAlone(options, results, spans) {
    const overlapped = (index) => {
        const span = spans[index];
        return spans.some((other, at) => at !== index && other !== undefined && span !== undefined && other.start < span.end && span.start < other.end);
    };
    for (const [index, first] of results.entries()) {
        if (options.signal?.aborted)
            return;
        if (!first || first.outcome.status === 'SUCCESS' || first.client.interrupted || !overlapped(index))
            continue;
        const scenario = options.scenarios[index];
        options.onProgress?.({
            type: 'scenario-rerun',
            scenario: scenario.name,
            index,
            total: results.length,
            reason: first.outcome.message,
        });
        const again = await runScenario(scenario, options);
        // An interrupted re-run says nothing about the client: the first run stands.
        if (again.client.interrupted)
            return;
        results[index] = { ...again, rerunAlone: { firstOutcome: first.outcome.message } };
        options.onProgress?.({
            type: 'scenario-finished',
            scenario: scenario.name,
            index,
            total: results.length,
            result: results[index],
        });
    }
}
/**
 * Runs `work` over `items` with at most `limit` in flight, keeping input order in the output. Once `signal`
 * aborts, items not yet started are left out (undefined).
 */
async function mapWithConcurrency(items, limit, work, signal) {
    const results = new Array(items.length).fill(undefined);
    let next = 0;
    const worker = async () => {
        while (next < items.length && !signal?.aborted) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 57656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ describeShellFailure),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   aJ: () => (/* binding */ inheritedEnvironment),
/* harmony export */   dB: () => (/* binding */ describeSpawnError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/** The client command's shell: quoting, the environment it inherits, and its start failures in plain words. */

/**
 * What the client inherits from the harness: everything but the runner's own credentials and workflow files, so a
 * client under test cannot read the action's inputs (a github-token among them), talk to the runner with its
 * token, or write step outputs, environment or the summary behind the harness's back.
 */
const HARNESS_ONLY = new RegExp(`^(${[
    'INPUT_.*',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
].join('|')})$`);
function inheritedEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !HARNESS_ONLY.test(name)));
}
/** Quotes a value as one literal shell word: single quotes, with embedded `'` written as `'\''`. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function describeSpawnError(error, cwd) {
    if (cwd !== undefined) {
        // spawn reports a missing cwd as ENOENT, the same code as a missing /bin/sh, so look at the directory.
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(cwd).isDirectory())
                return `working directory is not a directory: ${cwd}`;
        }
        catch {
            return `working directory does not exist: ${cwd}`;
        }
    }
    return `could not start /bin/sh: ${error.message}`;
}
/** sh exits 127 when the command is not found and 126 when it is not executable; say so in plain words. */
function describeShellFailure(exitCode, command, stderr) {
    if (exitCode !== 127 && exitCode !== 126)
        return null;
    const shellSaid = stderr.trim().split('\n').pop()?.trim() ?? '';
    const detail = shellSaid ? ` (the shell said: ${shellSaid})` : '';
    const what = exitCode === 127 ? 'command not found' : 'command is not executable';
    return `${what}: ${JSON.stringify(command)}${detail}`;
}


/***/ }),

/***/ 43996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ removeTempDir),
/* harmony export */   RT: () => (/* binding */ safeTempBase)
/* harmony export */ });
/* unused harmony export KEEP_TEMP_ENV */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/** The temporary directories of a client run (fresh HOME, consent shim, pipes): where they go, how they go away. */


/** Set to `1` to keep the temporary directories of client runs (and the consent shim's log) for debugging. */
const KEEP_TEMP_ENV = 'SEP_2207_KEEP_TEMP';
/** BROWSER and PATH entries are split on `:` and, by xdg-open and Python's webbrowser, on spaces. */
function safeTempBase() {
    const base = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    return /^[\w./-]+$/.test(base) ? base : '/tmp';
}
async function removeTempDir(dir) {
    if (process.env[KEEP_TEMP_ENV] === '1')
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}


/***/ }),

/***/ 48494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   f: () => (/* binding */ jsonTooDeep)
/* harmony export */ });
/** A guard for deeply nested JSON, shared by the body parsers and the transcript (no Express here). */
/**
 * JSON nested deeper than this is refused as unparseable. Deeper values overflow the stack wherever they are
 * serialised again: a response echoing them, the MCP request handed to the SDK, the transcript in results.json.
 */
const MAX_JSON_DEPTH = 256;
/** Whether a JSON text opens more than MAX_JSON_DEPTH arrays and objects at once (strings skipped, no parsing). */
function jsonTooDeep(text) {
    let depth = 0;
    let inString = false;
    for (let index = 0; index < text.length; index += 1) {
        const char = text.charCodeAt(index);
        if (inString) {
            if (char === 0x5c)
                index += 1; // a backslash escapes the next character
            else if (char === 0x22)
                inString = false;
        }
        else if (char === 0x22)
            inString = true;
        else if (char === 0x5b || char === 0x7b) {
            depth += 1;
            if (depth > MAX_JSON_DEPTH)
                return true;
        }
        else if (char === 0x5d || char === 0x7d)
            depth -= 1;
    }
    return false;
}


/***/ }),

/***/ 15582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ recordedBody),
/* harmony export */   bV: () => (/* binding */ MAX_RECORDED_BODY_CHARS),
/* harmony export */   x: () => (/* binding */ TranscriptRecorder)
/* harmony export */ });
/* unused harmony exports MAX_RECORDED_EXCHANGES, formToRecord */
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48494);

const RECORDED_RESPONSE_HEADERS = ['location', 'www-authenticate', 'content-type', 'mcp-session-id'];
/** Bodies above this size are kept as a truncated text excerpt. */
const MAX_RECORDED_BODY_CHARS = 16 * 1024;
/** Exchanges kept per scenario; a client that floods the servers gets the rest counted, not stored. */
const MAX_RECORDED_EXCHANGES = 2000;
class TranscriptRecorder {
    exchanges = [];
    /** Exchanges not kept because the transcript was full. */
    dropped = 0;
    startedAt = performance.now();
    nextSeq = 1;
    inFlight = 0;
    idleWaiters = [];
    /** Resolves once every exchange that has started is recorded, or after `timeoutMs`. */
    async settled(timeoutMs) {
        if (this.inFlight === 0)
            return;
        await new Promise((resolve) => {
            const timer = setTimeout(resolve, timeoutMs);
            this.idleWaiters.push(() => {
                clearTimeout(timer);
                resolve();
            });
        });
    }
    /** Milliseconds since the recorder was made, to the microsecond. */
    now() {
        return Math.round((performance.now() - this.startedAt) * 1000) / 1000;
    }
    /**
     * Starts an exchange: it takes its place in the transcript (`seq`) now, and is filed once `end` is called.
     * `receivedAt` is when the request went out or came in, if that was earlier than now.
     */
    begin(server, receivedAt = this.now()) {
        const seq = this.nextSeq++;
        this.inFlight += 1;
        let ended;
        return {
            end: (parts) => {
                if (ended)
                    return ended;
                ended = exchangeOf(parts, { seq, server, receivedAt, respondedAt: this.now() });
                this.file(ended);
                return ended;
            },
        };
    }
    file(exchange) {
        if (this.exchanges.length >= MAX_RECORDED_EXCHANGES)
            this.dropped += 1;
        else {
            this.exchanges.push(exchange);
            this.exchanges.sort((a, b) => a.seq - b.seq);
        }
        this.inFlight -= 1;
        if (this.inFlight === 0)
            for (const wake of this.idleWaiters.splice(0))
                wake();
    }
}
function exchangeOf(parts, stamp) {
    const contentType = String(parts.responseHeaders['content-type'] ?? '');
    return {
        seq: stamp.seq,
        server: stamp.server,
        endpoint: parts.endpoint,
        receivedAt: stamp.receivedAt,
        respondedAt: stamp.respondedAt,
        method: parts.method,
        path: parts.path,
        query: parts.query,
        headers: pickHeaders(parts.headers, Object.keys(parts.headers)),
        body: parts.body,
        status: parts.status,
        responseHeaders: pickHeaders(parts.responseHeaders, RECORDED_RESPONSE_HEADERS),
        response: recordedBody(contentType, parts.responseText, parts.responseLength),
    };
}
function pickHeaders(headers, names) {
    const picked = {};
    for (const name of names) {
        const value = headers[name];
        if (value === undefined)
            continue;
        picked[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return picked;
}
/** A body as the transcript keeps it: JSON or form when it parses as its content type says, else (truncated) text. */
function recordedBody(contentType, text, totalLength = text.length) {
    if (text.length === 0)
        return { kind: 'none' };
    const truncated = totalLength > MAX_RECORDED_BODY_CHARS;
    // Text too deeply nested stays text: as a value it could not be serialised into results.json.
    if (!truncated && contentType.includes('json') && !(0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonTooDeep */ .f)(text)) {
        try {
            return { kind: 'json', value: JSON.parse(text) };
        }
        catch {
            // Not valid JSON despite the content type: keep the text.
        }
    }
    if (!truncated && contentType.includes('application/x-www-form-urlencoded')) {
        return { kind: 'form', value: formToRecord(new URLSearchParams(text)) };
    }
    return { kind: 'text', value: text.slice(0, MAX_RECORDED_BODY_CHARS), truncated };
}
function formToRecord(params) {
    const record = {};
    for (const key of new Set(params.keys())) {
        const values = params.getAll(key);
        record[key] = values.length === 1 ? values[0] : values;
    }
    return record;
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ DEFAULT_SPEC_VERSION),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   mR: () => (/* binding */ SPEC_VERSIONS),
/* harmony export */   nk: () => (/* binding */ PROTOCOL_VERSIONS),
/* harmony export */   q3: () => (/* binding */ RESULTS_SCHEMA_VERSION),
/* harmony export */   zg: () => (/* binding */ DEFAULT_BADGE_LABEL)
/* harmony export */ });
/* unused harmony export DEFAULT_PROTOCOL_VERSION */
/**
 * The plain data that flows through the engine: transcripts recorded by the mock servers, check results computed
 * from them, and the SuiteResult that every reporter reads. Nothing here does I/O.
 */
/** Dated MCP specification revisions a client can target. `draft` means "everything published so far". */
const SPEC_VERSIONS = ['2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28', 'draft'];
const DEFAULT_SPEC_VERSION = '2025-11-25';
/** MCP protocol versions a client may be asked to speak (`MCP_CONFORMANCE_PROTOCOL_VERSION`). */
const PROTOCOL_VERSIONS = ['2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28'];
const DEFAULT_PROTOCOL_VERSION = '2025-11-25';
/** Which enforced results fail a run: FAILUREs (`must`), FAILUREs and WARNINGs (`should`), none (`never`). */
const FAIL_ON = ['must', 'should', 'never'];
/** The badge's label and the summary's name when no `badge-label` is given. */
const DEFAULT_BADGE_LABEL = 'SEP-2207';
const RESULTS_SCHEMA_VERSION = 1;


/***/ }),

/***/ 88381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ isListOption),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   d6: () => (/* binding */ WORKFLOW_OPTIONS),
/* harmony export */   k1: () => (/* binding */ COMMAND_LINE_ONLY),
/* harmony export */   ld: () => (/* binding */ RUN_OPTION_KEYS),
/* harmony export */   p7: () => (/* binding */ RUN_OPTIONS),
/* harmony export */   yu: () => (/* binding */ inputName)
/* harmony export */ });
/* unused harmony exports DEFAULT_OUTPUT_DIR, DEFAULT_TIMEOUT_MS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/**
 * Every option, written once: its command-line flag, its action input, its default and what it means. The CLI's
 * parseArgs configuration and help text, the action's input reader, action.yml's `inputs:` and the settings' defaults
 * are all read from these tables (src/action/action-yml.ts makes action.yml's inputs from them).
 */

/** `client`: run a client against the mock scenarios; `server`: probe an MCP server; `aggregate`: merge results. */
const MODES = ['client', 'server', 'aggregate'];
const DEFAULT_OUTPUT_DIR = 'sep-2207-results';
const DEFAULT_TIMEOUT_MS = 30_000;
/** The options of a run, as the CLI and the action both take them; `parseSettings` turns them into Settings. */
const RUN_OPTIONS = {
    mode: {
        flag: 'mode',
        value: '<mode>',
        input: 'mode',
        default: 'client',
        description: 'client (run your client against the mock scenarios), server (probe your MCP server), or aggregate ' +
            '(merge results.json files from a matrix).',
    },
    command: {
        flag: 'command',
        short: 'c',
        value: '<cmd>',
        input: 'command',
        mode: 'client',
        required: true,
        description: 'The shell command that starts your MCP client. The MCP server URL is appended as its last argument.',
    },
    serverUrl: {
        flag: 'server-url',
        value: '<url>',
        input: 'server-url',
        mode: 'server',
        required: true,
        description: 'The MCP endpoint to probe, e.g. http://127.0.0.1:3000/mcp.',
    },
    serverCommand: {
        flag: 'server-command',
        value: '<cmd>',
        input: 'server-command',
        mode: 'server',
        description: 'A shell command that starts the server first; it is stopped after the probe.',
    },
    results: {
        flag: 'results',
        value: '<glob>',
        multiple: true,
        input: 'results',
        mode: 'aggregate',
        required: true,
        description: 'Glob patterns of results.json files (e.g. downloaded matrix artifacts), one per line or comma-separated.',
    },
    label: {
        flag: 'label',
        value: '<name>',
        input: 'label',
        description: 'Names this run in a matrix (e.g. typescript-sdk@1.32); the aggregate matrix uses it as the column.',
    },
    scenarios: {
        flag: 'scenario',
        short: 's',
        value: '<name>',
        multiple: true,
        input: 'scenarios',
        default: 'all',
        description: 'Scenarios to run, separated by commas, spaces or new lines, or `all`.',
    },
    specVersion: {
        flag: 'spec-version',
        value: '<v>',
        input: 'spec-version',
        default: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_VERSION */ .Lk,
        description: `Spec revision the client targets: ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SPEC_VERSIONS */ .mR.slice(0, -1).join(', ')} or ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SPEC_VERSIONS */ .mR.at(-1)}. ` +
            'Requirements introduced later are draft-only and never fail the run.',
    },
    protocolVersion: {
        flag: 'protocol-version',
        value: '<v>',
        input: 'protocol-version',
        defaultText: 'the spec version',
        description: 'MCP protocol version passed to the client as MCP_CONFORMANCE_PROTOCOL_VERSION.',
    },
    timeout: {
        flag: 'timeout',
        value: '<ms>',
        input: 'timeout',
        default: String(DEFAULT_TIMEOUT_MS),
        description: "Per-scenario client timeout in milliseconds. At the timeout the client's whole process group is killed.",
    },
    concurrency: {
        flag: 'concurrency',
        value: '<n>',
        input: 'concurrency',
        defaultText: 'all of them',
        description: 'Scenarios run at once (a scenario that did not finish in parallel runs again alone).',
    },
    failOn: {
        flag: 'fail-on',
        value: '<level>',
        input: 'fail-on',
        default: 'must',
        description: 'Which enforced results fail the run: must (a FAILURE), should (a FAILURE or a WARNING) or never. ' +
            'Draft-only results never do.',
    },
    outputDir: {
        flag: 'output-dir',
        short: 'o',
        value: '<dir>',
        input: 'output-dir',
        default: DEFAULT_OUTPUT_DIR,
        description: 'Directory for results.json, badge.json, junit.xml and summary.md, relative to the working directory.',
    },
    expectedFailures: {
        flag: 'expected-failures',
        value: '<file>',
        input: 'expected-failures',
        description: "Path of a baseline YAML file in the MCP conformance suite's format (`client:` list of `scenario` or " +
            '`scenario:check-id`). Listed failures do not fail the run; listed entries that now pass are reported as stale.',
    },
    badgeLabel: {
        flag: 'badge-label',
        value: '<text>',
        input: 'badge-label',
        default: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BADGE_LABEL */ .zg,
        description: 'Label of the badge in badge.json.',
    },
    workingDirectory: {
        flag: 'working-directory',
        value: '<dir>',
        input: 'working-directory',
        default: '.',
        description: 'Directory the client (or server) command runs in.',
    },
    consentShim: {
        flag: 'no-consent-shim',
        switchGives: 'false',
        input: 'consent-shim',
        default: 'true',
        description: "The headless consent shim, first on the client's PATH: stand-ins for xdg-open, open and $BROWSER that " +
            "follow the consent redirect to the client's loopback callback, so clients that open a browser run " +
            'unattended. Only loopback URLs are ever requested.',
    },
    isolateHome: {
        flag: 'no-isolate-home',
        switchGives: 'false',
        input: 'isolate-home',
        default: 'true',
        description: 'A fresh temporary HOME (and XDG directories) for the client of each scenario, so tokens cached in one ' +
            'scenario never reach the next.',
    },
    scenarioNames: {
        flag: 'scenario-names',
        value: '<which>',
        input: 'scenario-names',
        default: 'upstream',
        description: "What MCP_CONFORMANCE_SCENARIO carries: upstream (a name the SDKs' conformance clients know) or own " +
            "(this tool's scenario name, always in SEP2207_SCENARIO).",
    },
};
/** The options only a workflow has. */
const WORKFLOW_OPTIONS = {
    uploadArtifact: {
        input: 'upload-artifact',
        default: 'true',
        description: 'Upload the report files as a workflow artifact.',
    },
    artifactName: {
        input: 'artifact-name',
        default: DEFAULT_OUTPUT_DIR,
        description: 'Name of the uploaded artifact. Give each job of a matrix its own.',
    },
    annotations: {
        input: 'annotations',
        default: 'true',
        description: 'Emit an annotation per finding, said once for all the scenarios it covers (they show on pull requests).',
    },
    annotationFile: {
        input: 'annotation-file',
        description: "File the annotations and the JUnit testcases point at, e.g. your client's OAuth code, so they show on the " +
            'pull request diff.',
    },
    annotationLine: {
        input: 'annotation-line',
        description: 'Line in annotation-file the annotations point at.',
    },
    comment: {
        input: 'comment',
        default: 'false',
        description: 'Post one comment on the pull request with the results (headline and table, or the aggregate matrix), updated ' +
            'in place on later runs. Needs `pull-requests: write`; on forks or without permission it becomes a notice.',
    },
    githubToken: {
        input: 'github-token',
        default: '${{ github.token }}',
        description: 'Token for the pull request comment.',
    },
};
/** The flags only the command line has: each one does something other than a run. */
const COMMAND_LINE_ONLY = {
    listScenarios: { flag: 'list-scenarios', description: 'List the scenarios and exit.' },
    help: { flag: 'help', short: 'h', description: 'Show this help.' },
    version: { flag: 'version', short: 'v', description: 'Show the version.' },
};
const RUN_OPTION_KEYS = Object.keys(RUN_OPTIONS).filter((key) => key in RUN_OPTIONS);
function isListOption(key) {
    const option = RUN_OPTIONS[key];
    return option.multiple === true;
}
const flagName = (key) => `--${RUN_OPTIONS[key].flag}`;
const inputName = (key) => `input '${RUN_OPTIONS[key].input}'`;


/***/ }),

/***/ 57346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gk: () => (/* binding */ githubRunUrl),
  aI: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: runConformance

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/checks/catalog.ts
var catalog = __webpack_require__(80530);
// EXTERNAL MODULE: ./src/checks/scenario-outcome.ts
var scenario_outcome = __webpack_require__(21342);
// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __webpack_require__(67355);
// EXTERNAL MODULE: ./src/scenarios/index.ts + 9 modules
var src_scenarios = __webpack_require__(73054);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/checks/evaluate.ts + 9 modules
var evaluate = __webpack_require__(4807);
// EXTERNAL MODULE: ./src/suite-result.ts
var suite_result = __webpack_require__(88169);
// EXTERNAL MODULE: ./src/engine/client-process.ts + 3 modules
var client_process = __webpack_require__(33136);
// EXTERNAL MODULE: ./src/mock/transcript.ts
var mock_transcript = __webpack_require__(15582);
// EXTERNAL MODULE: ./src/server/www-authenticate.ts
var www_authenticate = __webpack_require__(70584);
;// CONCATENATED MODULE: ./src/server/probe.ts


function initializeRequest(protocolVersion) {
    return {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion, capabilities: {}, clientInfo: { name: 'sep-2207-action server probe', version: '1' } },
    };
}
/** A fetch failure in words: connection refused, DNS, TLS, timeout. */
function describeFetchError(error, url) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const code = cause?.code;
    const message = cause instanceof Error ? cause.message : String(cause);
    if (error instanceof Error && error.name === 'TimeoutError')
        return `${url} did not answer in time`;
    if (code === 'ECONNREFUSED')
        return `nothing is listening at ${url} (connection refused)`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `the host of ${url} could not be resolved (${code})`;
    if (code &&
        (/^(ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code) || /certificate|TLS|SSL/i.test(message))) {
        return `TLS error talking to ${url}: ${message} (${code})`;
    }
    return `${url} could not be reached: ${message}${code ? ` (${code})` : ''}`;
}
/** One request of the probe, redirects not followed, recorded once answered (a request that fails is not). */
async function recordedFetch(recorder, url, init, endpoint, timeoutMs) {
    const receivedAt = recorder.now();
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    const parsed = new URL(url);
    const headers = Object.fromEntries(Object.entries(init.headers).map(([name, value]) => [name.toLowerCase(), value]));
    return recorder.begin('mcp-server', receivedAt).end({
        endpoint,
        method: init.method,
        path: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        headers,
        body: init.body === undefined ? { kind: 'none' } : (0,mock_transcript/* recordedBody */.T3)(headers['content-type'] ?? '', init.body),
        status: response.status,
        responseHeaders: Object.fromEntries(response.headers),
        responseText: text,
        responseLength: text.length,
    });
}
/** RFC 9728 §3.1: the path-inserted location first, then the root one. */
function wellKnownMetadataUrls(serverUrl) {
    const url = new URL(serverUrl);
    const path = url.pathname.replace(/\/$/, '');
    const root = `${url.origin}/.well-known/oauth-protected-resource`;
    return path === '' ? [root] : [`${root}${path}`, root];
}
async function probeServer(serverUrl, protocolVersion, timeoutMs) {
    const recorder = new mock_transcript/* TranscriptRecorder */.x();
    const transcript = recorder.exchanges;
    let initialize;
    try {
        initialize = await recordedFetch(recorder, serverUrl, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                accept: 'application/json, text/event-stream',
                'mcp-protocol-version': protocolVersion,
            },
            body: JSON.stringify(initializeRequest(protocolVersion)),
        }, 'mcp', timeoutMs);
    }
    catch (error) {
        return { transcript, problem: describeFetchError(error, serverUrl), unreachableMetadata: [] };
    }
    const problem = initializeProblem(serverUrl, initialize);
    if (problem !== null)
        return { transcript, problem, unreachableMetadata: [] };
    const challenge = (0,www_authenticate/* bearerChallenge */.$)(initialize.responseHeaders['www-authenticate']);
    const candidates = challenge?.resource_metadata ? [challenge.resource_metadata] : wellKnownMetadataUrls(serverUrl);
    const unreachableMetadata = [];
    for (const candidate of candidates) {
        if (!URL.canParse(candidate)) {
            unreachableMetadata.push(`${JSON.stringify(candidate)} is not a URL`);
            continue;
        }
        try {
            const metadata = await recordedFetch(recorder, candidate, { method: 'GET', headers: { accept: 'application/json' } }, 'prm', timeoutMs);
            if (metadata.status === 200 && metadata.response.kind === 'json')
                break;
        }
        catch (error) {
            unreachableMetadata.push(describeFetchError(error, candidate));
        }
    }
    return { transcript, problem: null, unreachableMetadata };
}
/** Why the answer to `initialize` ends the probe (a redirect, or not MCP at all), or null. */
function initializeProblem(serverUrl, initialize) {
    const contentType = initialize.responseHeaders['content-type'];
    if (initialize.status >= 300 && initialize.status < 400) {
        const location = initialize.responseHeaders.location ?? '(no Location header)';
        return (`${serverUrl} redirected (${initialize.status}) to ${location}; ` +
            'MCP clients do not follow redirects on the MCP endpoint, so give the final URL.');
    }
    const looksLikeMcp = initialize.status === 401 || (initialize.status < 300 && /json|event-stream/.test(contentType ?? ''));
    if (looksLikeMcp)
        return null;
    return (`${serverUrl} does not look like an MCP server: an \`initialize\` POST was answered ${initialize.status} ` +
        `with ${contentType ?? 'no content type'}.`);
}

;// CONCATENATED MODULE: ./src/engine/server-suite.ts
/**
 * Server mode as a suite: optionally start the user's server (its own process group, like a client), wait until
 * its URL answers, probe it, stop it, and judge. The result is a SuiteResult with one scenario, so every report,
 * the verdict and the baseline (`server:` entries) work as they do for clients.
 */





const SERVER_SCENARIO = 'server/no-offline-access';
const POLL_INTERVAL_MS = 100;
/** Polls until the URL gives any HTTP answer; a refused connection means "not up yet". */
async function waitUntilAnswering(url, deadline, exited) {
    let lastError = '';
    while (external_node_perf_hooks_.performance.now() < deadline) {
        const run = exited();
        if (run) {
            const how = run.exitCode === null ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
            return `the server command ${run.startError ?? how} before ${url} answered`;
        }
        try {
            await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(1000) });
            return null;
        }
        catch (error) {
            lastError = describeFetchError(error, url);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
    return `${url} did not answer within the timeout after the server command started (${lastError})`;
}
async function runServerSuite(options) {
    const startedAt = new Date();
    const start = external_node_perf_hooks_.performance.now();
    let server = (0,suite_result/* notRun */.nE)(options.serverCommand ?? '');
    let probe = { transcript: [], problem: null, unreachableMetadata: [] };
    if (options.serverCommand !== null) {
        const stop = new AbortController();
        let finished;
        const running = (0,client_process/* runClientProcess */.K1)({
            command: options.serverCommand,
            serverUrl: null,
            env: options.env,
            cwd: options.cwd,
            // The server lives until the probe is done; the timeout only guards against a probe that never ends.
            timeoutMs: options.timeoutMs * 3,
            signal: stop.signal,
        }).then((run) => (finished = run));
        const notUp = await waitUntilAnswering(options.serverUrl, external_node_perf_hooks_.performance.now() + options.timeoutMs, () => finished);
        if (notUp === null)
            probe = await probeServer(options.serverUrl, options.protocolVersion, options.timeoutMs);
        else
            probe.problem = notUp;
        stop.abort();
        server = await running;
    }
    else {
        probe = await probeServer(options.serverUrl, options.protocolVersion, options.timeoutMs);
    }
    const scenario = serverScenario(options, probe, server, Math.round(external_node_perf_hooks_.performance.now() - start));
    return (0,suite_result/* suiteResult */.AS)({
        mode: 'server',
        label: options.label ?? null,
        specVersion: options.specVersion,
        protocolVersion: options.protocolVersion,
        command: options.serverCommand ?? options.serverUrl,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(external_node_perf_hooks_.performance.now() - start),
        scenarios: [scenario],
    });
}
function serverScenario(options, probe, server, durationMs) {
    const check = (0,evaluate/* evaluateCheck */.Y)('sep-2207-server-no-offline-access', 'server-probe', probe, options.specVersion);
    const { introducedIn, draftOnly } = check;
    if (probe.problem !== null && check.status === 'SKIPPED')
        check.message = `Not observed: ${probe.problem}.`;
    const outcome = {
        id: 'scenario-outcome',
        title: 'Server answered the probe',
        requirement: 'The MCP server answers an unauthenticated `initialize` at the given URL, ' +
            'with a 401 challenge when it requires authorization.',
        level: 'MUST',
        introducedIn,
        sources: [
            {
                label: 'MCP 2025-06-18, Authorization: Authorization Server Location',
                url: 'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization' +
                    '#authorization-server-location',
            },
        ],
        fix: 'Check that the server URL answers an unauthenticated `initialize` POST ' +
            'with a 401 and a `WWW-Authenticate` challenge.',
        status: probe.problem === null ? 'SUCCESS' : 'FAILURE',
        message: probe.problem === null
            ? `The server at ${options.serverUrl} answered the probe.`
            : `The probe failed: ${probe.problem}.`,
        evidence: { requests: probe.transcript.map((exchange) => exchange.seq), details: { serverUrl: options.serverUrl } },
        draftOnly,
    };
    return {
        name: SERVER_SCENARIO,
        description: `Probes the MCP server at ${options.serverUrl} as a client would before authorizing: ` +
            'an unauthenticated `initialize`, its `WWW-Authenticate` challenge, and its Protected Resource Metadata.',
        outcome,
        checks: [check],
        client: server,
        serverUrl: options.serverUrl,
        durationMs,
        transcript: probe.transcript,
        transcriptDropped: 0,
        harnessError: null,
    };
}

// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(58750);
;// CONCATENATED MODULE: ./src/baseline-file.ts
/**
 * Reads the expected-failures baseline, in the upstream MCP conformance suite's YAML format:
 *
 *     client:
 *       - auth/offline-access-scope                                          # the whole scenario may fail
 *       - auth/offline-access-not-supported:sep-2207-offline-access-not-requested   # only this check may
 *
 * An input like the options: read and validated before anything runs, so a typo is a SettingsError naming the line.
 * What the reports do with it (baselined results, stale entries) is src/report/baseline.ts.
 */








const SECTIONS = ['client', 'server'];
const KNOWN_CHECK_IDS = new Set([...catalog/* CATALOG */.W8.map((check) => check.id), scenario_outcome/* SCENARIO_OUTCOME */.cF.id]);
async function loadBaseline(path, option) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : String(error);
        throw new settings/* SettingsError */.GN(`${option}: cannot read ${path}: ${reason}.`);
    }
    return parseBaseline(text, path);
}
function parseBaseline(text, path) {
    const lineOf = lineCounter(text);
    const fail = (node, message) => {
        const line = node?.range ? lineOf(node.range[0]) : 1;
        throw new settings/* SettingsError */.GN(`${path}:${line}: ${message}`);
    };
    const document = (0,dist/* parseDocument */.Tp)(text);
    const syntaxError = document.errors[0];
    if (syntaxError)
        throw new settings/* SettingsError */.GN(`${path}:${syntaxError.linePos?.[0]?.line ?? 1}: invalid YAML: ${syntaxError.message.split('\n')[0]}`);
    const root = document.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return { path, entries: [] };
    if (!(0,dist/* isMap */.jh)(root))
        return fail(root, 'expected a mapping with a `client:` list (and optionally `server:`).');
    const entries = [];
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!SECTIONS.includes(key)) {
            fail(pair.key, `unknown section "${key}": expected ${SECTIONS.join(' or ')}.`);
        }
        const list = pair.value;
        if (list === null || ((0,dist/* isScalar */.jn)(list) && list.value === null))
            continue;
        if (!(0,dist/* isSeq */.oP)(list))
            return fail(list, `\`${key}:\` must be a list of "<scenario>" or "<scenario>:<check-id>" entries.`);
        for (const item of list.items) {
            if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string') {
                const hint = (0,dist/* isMap */.jh)(item) ? ' A per-check entry takes no space after the colon: "- scenario:check-id".' : '';
                fail(item, `expected "<scenario>" or "<scenario>:<check-id>".${hint}`);
            }
            const line = lineOf(item.range[0]);
            const scenarios = key === 'client' ? src_scenarios/* SCENARIO_NAMES */.es : [SERVER_SCENARIO];
            entries.push(parseEntry(String(item.value), line, scenarios, fail.bind(null, item)));
        }
    }
    const wholeScenarios = new Set(entries.filter((entry) => !entry.checkId).map((entry) => entry.scenario));
    for (const entry of entries) {
        if (entry.checkId && wholeScenarios.has(entry.scenario)) {
            throw new settings/* SettingsError */.GN(`${path}:${entry.line}: "${(0,baseline/* formatEntry */.WL)(entry)}" is redundant: ` +
                `the whole scenario "${entry.scenario}" is already listed.`);
        }
    }
    return { path, entries };
}
function parseEntry(text, line, scenarios, fail) {
    const separator = text.indexOf(':');
    const scenario = (separator === -1 ? text : text.slice(0, separator)).trim();
    const checkId = separator === -1 ? undefined : text.slice(separator + 1).trim();
    if (!scenarios.includes(scenario))
        fail(`unknown scenario "${scenario}". Known: ${scenarios.join(', ')}.`);
    if (checkId !== undefined && !KNOWN_CHECK_IDS.has(checkId)) {
        fail(`unknown check id "${checkId}". Known: ${[...KNOWN_CHECK_IDS].join(', ')}.`);
    }
    return checkId === undefined ? { scenario, line } : { scenario, checkId, line };
}
function lineCounter(text) {
    const starts = [0];
    for (let index = 0; index < text.length; index++)
        if (text[index] === '\n')
            starts.push(index + 1);
    return (offset) => {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset)
            line++;
        return line + 1;
    };
}

// EXTERNAL MODULE: ./src/engine/run-suite.ts + 5 modules
var run_suite = __webpack_require__(56808);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/output-dir.ts
/**
 * The output directory is made ready before any scenario starts, so that a run never ends with nothing written: an
 * unusable path is one clear error up front. Each missing level is created on its own (`mkdir` with `recursive` can
 * spin forever on some `/proc` paths on Node 20), and a probe file proves the directory takes files.
 */




async function prepareOutputDir(path, option) {
    const fail = (why) => {
        throw new settings/* SettingsError */.GN(`Invalid ${option} '${path}': ${why}.`);
    };
    // From the path up to the first level that exists; every step shortens the path, so this ends.
    const missing = [];
    let existing = path;
    for (;;) {
        const found = await (0,promises_.stat)(existing).catch((error) => error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : fail(reason(error)));
        if (found) {
            if (!found.isDirectory())
                fail(`${existing === path ? 'it' : `'${existing}'`} is not a directory`);
            break;
        }
        missing.unshift(existing);
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            fail('no part of it exists');
        existing = parent;
    }
    for (const level of missing) {
        await (0,promises_.mkdir)(level).catch((error) => error.code === 'EEXIST' ? undefined : fail(`cannot create '${level}' (${reason(error)})`));
    }
    const probe = (0,external_node_path_.join)(path, `.sep-2207-probe-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,promises_.writeFile)(probe, '').catch((error) => fail(`cannot write files in it (${reason(error)})`));
    await (0,promises_.rm)(probe, { force: true });
}
const reason = (error) => error.code ?? error.message;

// EXTERNAL MODULE: ./src/report/badge.ts
var report_badge = __webpack_require__(40793);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(42998);
// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(32585);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(19334);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/report/evidence.ts
var report_evidence = __webpack_require__(53877);
// EXTERNAL MODULE: ./src/report/judgement.ts
var report_judgement = __webpack_require__(99401);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/report/verdict.ts
var report_verdict = __webpack_require__(90687);
;// CONCATENATED MODULE: ./src/report/summary-scenarios.ts





/** Caps applied before the byte budget: a single field never dominates the summary. */
const LIMITS = {
    message: 1_000,
    cell: 160,
    requestLine: 300,
    outputLines: 200,
    outputChars: 16 * 1024,
    exchanges: 300,
    headerValue: 200,
    body: 400,
};
/** Request headers every HTTP client sends that say nothing about OAuth; results.json keeps them all. */
const ROUTINE_HEADERS = new Set([
    'host',
    'connection',
    'accept-language',
    'accept-encoding',
    'sec-fetch-mode',
    'content-length',
    'user-agent',
    'keep-alive',
]);
/** "exited 0 after 6.8 s", "timed out after 30.0 s", "did not start". */
function clientStop(scenario) {
    const { client } = scenario;
    const after = `after ${(0,report_text/* formatSeconds */.Xo)(client.durationMs)}`;
    if (client.startError)
        return 'did not start';
    if (client.interrupted)
        return `stopped ${after}: the run was interrupted`;
    if (client.timedOut)
        return `timed out ${after}`;
    if (client.exitCode === null)
        return `was killed by ${client.signal ?? 'a signal'} ${after}`;
    return `exited ${client.exitCode} ${after}`;
}
function clientLine(scenario) {
    const parts = [`Client ${(0,report_escape/* escapeMarkdown */.FV)(clientStop(scenario))}`, (0,report_text/* plural */.LS)(scenario.transcript.length, 'HTTP request')];
    if (scenario.transcriptDropped > 0)
        parts.push(`**${(0,terminal/* droppedNote */.RY)(scenario)}**`);
    const rerun = (0,terminal/* rerunNote */.vd)(scenario);
    if (rerun)
        parts.push((0,report_escape/* escapeMarkdown */.FV)((0,report_text/* cut */.Jj)(rerun, LIMITS.message)));
    if (scenario.harnessError !== null)
        parts.push(`harness error: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_text/* cut */.Jj)(scenario.harnessError, LIMITS.message))}`);
    return parts.join(' · ');
}
/** Every check SKIPPED because the client stopped early: one line says so instead of a row each. */
function allUnobserved(scenario) {
    return (scenario.outcome.status !== 'SUCCESS' &&
        scenario.checks.length > 0 &&
        scenario.checks.every((check) => check.status === 'SKIPPED'));
}
function resultsTable(scenario, verdict, anchors) {
    if (allUnobserved(scenario)) {
        const row = resultRow(scenario, scenario.outcome, verdict, anchors);
        const ids = scenario.checks.map((check) => (0,report_escape/* code */.aY)(check.id)).join(', ');
        return [
            '| Check | Status | Result |',
            '| --- | --- | --- |',
            row,
            '',
            `Not observed, as the client stopped first: ${ids}.`,
        ].join('\n');
    }
    const rows = [scenario.outcome, ...scenario.checks].map((result) => resultRow(scenario, result, verdict, anchors));
    return ['| Check | Status | Result |', '| --- | --- | --- |', ...rows].join('\n');
}
function resultRow(scenario, result, verdict, anchors) {
    const status = (0,report_judgement/* statusLabel */.Rh)(result.status, (0,report_verdict/* judgementOf */.lG)(verdict, scenario.name, result));
    return `| ${(0,report_escape/* code */.aY)(result.id)} | ${status} | ${cell(scenario.name, result, anchors)} |`;
}
function cell(scenario, result, anchors) {
    const text = (0,report_escape/* richText */.YD)((0,report_text/* firstSentence */.qi)(result.message, LIMITS.cell));
    const anchor = anchors.get(`${scenario}\u0000${result.id}`);
    return anchor === undefined ? text : `${text} [details](#${anchor})`;
}
const MARK_ORDER = ['❌', '🔕', '🟠', '⚠️', 'ℹ️', '⏭️', '✅'];
/** The most serious mark among a scenario's results, for its heading. */
function worstMark(scenario, verdict) {
    const marks = [scenario.outcome, ...scenario.checks].map((result) => (0,report_judgement/* mark */.Gy)(result.status, (0,report_verdict/* judgementOf */.lG)(verdict, scenario.name, result)));
    return MARK_ORDER.find((candidate) => marks.includes(candidate)) ?? '✅';
}
/** What a scenario section always shows: the description, the client line and the results. */
function sectionBody(scenario, verdict, anchors) {
    return [(0,report_escape/* richText */.YD)(scenario.description), '', clientLine(scenario), '', resultsTable(scenario, verdict, anchors)].join('\n');
}
/** An open section's heading: the scenario's worst mark and its name. */
const sectionHeading = (scenario, verdict) => `#### ${worstMark(scenario, verdict)} ${(0,report_escape/* plainText */.wh)(scenario.name)}`;
/** A folded section's one line: mark, name, what it holds, how the client stopped. */
function foldedLine(scenario, verdict, findingNumbers) {
    const results = [scenario.outcome, ...scenario.checks];
    const passed = results.filter((result) => result.status === 'SUCCESS').length;
    const others = passed < results.length ? `, ${results.length - passed} INFO or not observed` : '';
    const what = findingNumbers.length > 0
        ? `${findingNumbers.length === 1 ? 'finding' : 'findings'} ${findingNumbers.join(', ')}, ` +
            'as in the scenario shown above'
        : `${passed}/${results.length} SUCCESS${others}`;
    return `${worstMark(scenario, verdict)} ${scenario.name}: ${what} · client ${clientStop(scenario)}`;
}
/** A folded section: `<details>` with its one line as the summary and `inner` inside. */
function folded(line, inner) {
    return [`<details><summary>${(0,report_escape/* escapeHtml */.ZD)(line)}</summary>`, '', inner, '', '</details>'].join('\n');
}
/** A collapsed block whose content is pre-formatted text: HTML-escaped, so nothing in it can end the block. */
function collapsed(summary, content) {
    return [
        `<details><summary>${(0,report_escape/* escapeHtml */.ZD)(summary)}</summary>`,
        '',
        `<pre><code>${(0,report_escape/* escapeHtml */.ZD)(content)}`,
        '</code></pre>',
        '',
        '</details>',
    ].join('\n');
}
function outputBlock(name, scenario, capped) {
    const text = name === 'stdout' ? scenario.client.stdoutTail : scenario.client.stderrTail;
    const droppedBytes = name === 'stdout' ? scenario.client.stdoutTruncatedBytes : scenario.client.stderrTruncatedBytes;
    if (text.trim() === '')
        return null;
    const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
    let shown = lines.slice(-LIMITS.outputLines).join('\n');
    let partialLine = false;
    if (shown.length > LIMITS.outputChars) {
        // Keep whole lines when there are several; a single huge line keeps its end.
        const tail = shown.slice(-LIMITS.outputChars);
        const newline = tail.indexOf('\n');
        partialLine = newline === -1;
        shown = partialLine ? `…${tail}` : tail.slice(newline + 1);
    }
    const shownLines = shown.split('\n').length;
    const notes = [];
    if (droppedBytes > 0)
        notes.push(`${(0,report_text/* plural */.LS)(droppedBytes, 'earlier byte')} not kept by the runner`);
    if (shownLines < lines.length || partialLine) {
        const what = partialLine
            ? `its last ${(0,report_text/* plural */.LS)(LIMITS.outputChars, 'character')}`
            : `its last ${(0,report_text/* plural */.LS)(shownLines, 'line')} of ${lines.length.toLocaleString('en-US')}`;
        notes.push(`${what.replace(/^its /, '')} shown`);
        capped.push(`${name} of ${scenario.name} shortened to ${what}`);
    }
    const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    return collapsed(`Client ${name}${note}`, shown);
}
/** Parameters the checks are about come first, so they survive when a long request line is cut. */
const KEY_PARAMETERS = ['grant_type', 'scope', 'resource', 'prompt', 'refresh_token', 'client_id'];
const keyRank = (name) => KEY_PARAMETERS.includes(name) ? KEY_PARAMETERS.indexOf(name) : KEY_PARAMETERS.length;
function queryString(query) {
    return Object.entries(query)
        .sort(([a], [b]) => keyRank(a) - keyRank(b))
        .flatMap(([key, value]) => [value].flat().map((item) => `${key}=${item}`))
        .join('&');
}
function target(exchange) {
    const query = queryString(exchange.query);
    return query === '' ? exchange.path : `${exchange.path}?${query}`;
}
/** A body for the transcript: JSON pretty-printed, cut to a few hundred characters. */
function prettyBody(body) {
    switch (body.kind) {
        case 'none':
            return '';
        case 'form':
            return (0,report_text/* cut */.Jj)(queryString(body.value), LIMITS.body);
        case 'json':
            return (0,report_text/* cut */.Jj)(JSON.stringify(body.value, null, 2) ?? '', LIMITS.body);
        case 'text':
            return (0,report_text/* cut */.Jj)(body.value, LIMITS.body) + (body.truncated ? ' [truncated by the recorder]' : '');
    }
}
const SERVER_SHORT = { 'authorization-server': 'AS ', 'mcp-server': 'MCP' };
function exchangeLines(exchange, withBodies) {
    const at = `#${String(exchange.seq).padEnd(3)} +${String(Math.round(exchange.receivedAt)).padStart(5)} ms`;
    const request = (0,report_text/* cut */.Jj)(`${exchange.method} ${target(exchange)}`, LIMITS.requestLine);
    const head = `${at}  ${SERVER_SHORT[exchange.server]}  ${request} → ${exchange.status}`;
    if (!withBodies)
        return [head];
    const lines = [head];
    const indent = (prefix, text) => text.split('\n').map((line) => `      ${prefix} ${line}`);
    for (const [name, value] of Object.entries(exchange.headers)) {
        if (!ROUTINE_HEADERS.has(name))
            lines.push(...indent('>', `${name}: ${(0,report_text/* cut */.Jj)(value, LIMITS.headerValue)}`));
    }
    const requestBody = prettyBody(exchange.body);
    if (requestBody !== '')
        lines.push(...indent('>', requestBody));
    for (const [name, value] of Object.entries(exchange.responseHeaders))
        lines.push(...indent('<', `${name}: ${(0,report_text/* cut */.Jj)(value, LIMITS.headerValue)}`));
    const response = prettyBody(exchange.response);
    if (response !== '')
        lines.push(...indent('<', response));
    return lines;
}
function transcriptBlock(scenario, withBodies, capped) {
    const { transcript } = scenario;
    if (transcript.length === 0)
        return null;
    let shown = transcript;
    if (transcript.length > LIMITS.exchanges) {
        const half = LIMITS.exchanges / 2;
        shown = [...transcript.slice(0, half), null, ...transcript.slice(-half)];
        const count = transcript.length.toLocaleString('en-US');
        capped?.push(`the transcript of ${scenario.name} shortened to its first and last ${half} of ${count} requests`);
    }
    const omitted = transcript.length - LIMITS.exchanges;
    const lines = shown.flatMap((exchange) => exchange === null ? [`… ${(0,report_text/* plural */.LS)(omitted, 'request')} not shown …`] : exchangeLines(exchange, withBodies));
    const legend = withBodies ? '> request, < response' : 'request lines only';
    return collapsed(`HTTP transcript: ${(0,report_text/* plural */.LS)(transcript.length, 'request')} (${legend})`, lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/report/summary-findings.ts
/**
 * The parts of the job summary above the scenarios: the headline with the verdict and its cause, what fails the run,
 * what is only reported and why, each finding with its evidence and fix, and the legend of requirements. Pure.
 */








const DEFAULT_TITLE = model/* DEFAULT_BADGE_LABEL */.zg;
const STDERR_IN_FINDING = 12;
/** GitHub's heading anchor for "Finding 3: <id>": lower case, punctuation dropped, spaces as hyphens. */
const findingAnchor = (finding) => `finding-${finding.number}-${finding.result.id}`.toLowerCase().replace(/[^a-z0-9 _-]/g, '');
const anchorLink = (text, finding) => `[${text}](#${findingAnchor(finding)})`;
function headline(suite, verdict, findings, title) {
    const failing = findings.filter((finding) => finding.judgement === 'fails');
    const reported = findings.filter((finding) => finding.judgement !== 'fails');
    const total = suite.scenarios.length;
    let head;
    if (failing.length > 0) {
        const first = failing[0];
        const more = failing.length > 1 ? ` (and ${(0,report_text/* plural */.LS)(failing.length - 1, 'more finding')})` : '';
        const check = anchorLink((0,report_escape/* code */.aY)(first.result.id), first);
        head = `## ❌ ${title} fails: ${check} in ${(0,report_findings/* scenariosText */.rK)(first, total, report_escape/* code */.aY)}${more}`;
    }
    else if (suite.scenarios.length === 0) {
        head = `## ❌ ${title}: no scenario ran`;
    }
    else {
        const tail = reported.length > 0
            ? `, with ${(0,report_text/* plural */.LS)(reported.length, 'finding')} that cannot fail it`
            : `: no findings in ${(0,report_text/* plural */.LS)(total, 'scenario')}`;
        head = `## ✅ ${title} passes${tail}`;
    }
    const cause = failing[0]
        ? failureCause(failing[0].result)
        : (0,report_escape/* escapeMarkdown */.FV)(verdict.reason.charAt(0).toUpperCase() + verdict.reason.slice(1));
    const subject = suite.mode === 'server'
        ? `Probed ${(0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(suite.scenarios[0]?.serverUrl ?? suite.command, 300))}`
        : `Ran ${(0,report_text/* plural */.LS)(total, 'scenario')} of ${(0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(suite.command, 300))}`;
    const facts = [
        `${subject}${suite.label ? ` (${(0,report_escape/* code */.aY)(suite.label)})` : ''}`,
        `spec ${(0,report_escape/* code */.aY)(suite.specVersion)}`,
        `fail-on ${(0,report_escape/* code */.aY)(verdict.failOn)}`,
        (0,report_text/* formatSeconds */.Xo)(suite.durationMs),
        (0,report_escape/* escapeMarkdown */.FV)(`${suite.tool.name} ${suite.tool.version}`),
    ];
    return [head, '', cause, '', `${facts.join(' · ')}  `, `${countsLine(verdict)}`].join('\n');
}
/** The first failing result's title, level and message. */
function failureCause(result) {
    const what = `**${(0,report_escape/* escapeMarkdown */.FV)(result.title)}** (${(0,report_escape/* escapeMarkdown */.FV)(result.level)})`;
    return `${what}: ${(0,report_escape/* richText */.YD)((0,report_text/* cut */.Jj)(result.message, LIMITS.message))}`;
}
/**
 * `28 ✅ · 1 ❌ · 2 🟠`: counts by mark, so a draft-only FAILURE is never counted with the ones that fail the run.
 */
function countsLine(verdict) {
    const counts = new Map();
    for (const { result, judgement } of verdict.judged) {
        const label = (0,report_judgement/* statusLabel */.Rh)(result.status, judgement);
        counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts].map(([label, count]) => `${count} ${(0,report_escape/* escapeMarkdown */.FV)(label)}`).join(' · ');
}
function failingTable(findings, total) {
    const rows = findings.filter((finding) => finding.judgement === 'fails');
    if (rows.length === 0)
        return null;
    return [
        `### ❌ Fails the run (${rows.length})`,
        '',
        '| Scenario | Check | Level | Finding |',
        '| --- | --- | --- | --- |',
        ...rows.map((finding) => failingRow(finding, total)),
    ].join('\n');
}
function failingRow(finding, total) {
    const check = anchorLink((0,report_escape/* code */.aY)(finding.result.id), finding);
    const message = (0,report_escape/* richText */.YD)((0,report_text/* firstSentence */.qi)(finding.result.message, LIMITS.cell));
    return `| ${(0,report_findings/* scenariosText */.rK)(finding, total, report_escape/* code */.aY)} | ${check} | ${(0,report_escape/* escapeMarkdown */.FV)(finding.result.level)} | ${message} |`;
}
function reportedRow(finding, total) {
    const status = `${(0,report_judgement/* mark */.Gy)(finding.result.status, finding.judgement)} ${finding.result.status}`;
    const check = anchorLink((0,report_escape/* code */.aY)(finding.result.id), finding);
    const why = (0,report_escape/* escapeMarkdown */.FV)((0,report_judgement/* whyShort */.z3)(finding.judgement));
    const message = (0,report_escape/* richText */.YD)((0,report_text/* firstSentence */.qi)(finding.result.message, LIMITS.cell));
    return `| ${status} | ${(0,report_findings/* scenariosText */.rK)(finding, total, report_escape/* code */.aY)} | ${check} | ${why} | ${message} |`;
}
function reportedTable(findings, total, verdict) {
    const rows = findings.filter((finding) => finding.judgement !== 'fails');
    const stale = verdict.stale.map((entry) => `- Stale baseline entry ${(0,report_escape/* code */.aY)((0,baseline/* formatEntry */.WL)(entry))} (line ${entry.line}) now passes: remove it.`);
    if (rows.length === 0 && stale.length === 0)
        return null;
    const lines = [`### Reported, does not fail the run (${rows.length})`, ''];
    if (rows.length > 0) {
        lines.push('| Status | Scenario | Check | Why it does not fail | Finding |', '| --- | --- | --- | --- | --- |', ...rows.map((finding) => reportedRow(finding, total)));
    }
    if (stale.length > 0)
        lines.push('', ...stale);
    return lines.join('\n');
}
/** One finding: what, where, why it does or does not fail the run, the evidence in place, and the fix. */
function findingBlock(finding, suite, verdict, withEvidence) {
    const { result, first } = finding;
    const where = (0,report_findings/* scenariosText */.rK)(finding, suite.scenarios.length, report_escape/* code */.aY);
    const why = (0,report_escape/* escapeMarkdown */.FV)((0,report_judgement/* whyLong */.j6)(finding.judgement, result, verdict.specVersion, verdict.failOn));
    const lines = [
        `#### Finding ${finding.number}: ${result.id}`,
        '',
        `${(0,report_judgement/* mark */.Gy)(result.status, finding.judgement)} ${result.status} · ${(0,report_escape/* escapeMarkdown */.FV)(result.level)} · ${where} · ${why}`,
        '',
        `**${(0,report_escape/* escapeMarkdown */.FV)(result.title)}.** ${(0,report_escape/* richText */.YD)((0,report_text/* cut */.Jj)(result.message, LIMITS.message))}`,
    ];
    if (withEvidence) {
        const evidence = (0,report_evidence/* evidenceLines */.p)(result, first.transcript).map((line) => `- ${(0,report_escape/* code */.aY)(line)}`);
        if (evidence.length > 0)
            lines.push('', ...evidence);
        const stderr = result.id === 'scenario-outcome' ? (0,report_text/* lastLines */.w$)(first.client.stderrTail, STDERR_IN_FINDING) : [];
        if (stderr.length > 0) {
            lines.push('', `The client's last stderr lines${finding.scenarios.length > 1 ? ` (in ${(0,report_escape/* code */.aY)(first.name)})` : ''}:`, '', `<pre><code>${(0,report_escape/* escapeHtml */.ZD)((0,report_text/* cut */.Jj)(stderr.join('\n'), 3000))}</code></pre>`);
        }
    }
    const source = result.sources[0];
    lines.push('', `**Fix:** ${(0,report_escape/* richText */.YD)(result.fix ?? '')}${source ? ` (${(0,report_escape/* link */.nf)(source.label, source.url)})` : ''}`);
    return lines.join('\n');
}
function legend(suite) {
    const seen = new Map();
    for (const scenario of suite.scenarios)
        for (const result of [scenario.outcome, ...scenario.checks])
            if (!seen.has(result.id))
                seen.set(result.id, result);
    const rows = [...seen.values()].map(legendRow);
    const summary = (0,report_escape/* escapeHtml */.ZD)(`The ${(0,report_text/* plural */.LS)(seen.size, 'requirement')} checked, and what the marks mean`);
    return [
        `<details><summary>${summary}</summary>`,
        '',
        (0,report_escape/* escapeMarkdown */.FV)(report_judgement/* MARKS_LEGEND */.T_),
        '',
        '| Check | Level | Since | Requirement |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        '</details>',
    ].join('\n');
}
function legendRow(result) {
    const source = result.sources[0] ? ` ${(0,report_escape/* link */.nf)(result.sources[0].label, result.sources[0].url)}` : '';
    const requirement = `${(0,report_escape/* richText */.YD)(result.requirement)}${source}`;
    const since = (0,report_escape/* escapeMarkdown */.FV)(result.introducedIn);
    return `| ${(0,report_escape/* code */.aY)(result.id)} | ${(0,report_escape/* escapeMarkdown */.FV)(result.level)} | ${since} | ${requirement} |`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts





const CUTS = [
    {
        what: 'request and response headers and bodies in the transcripts',
        apply: (s, i) => s.transcript[i] === 'full' && ((s.transcript[i] = 'lines'), true),
    },
    { what: 'the HTTP transcripts', apply: (s, i) => s.transcript[i] === 'lines' && ((s.transcript[i] = 'none'), true) },
    {
        what: 'client stdout',
        apply: (s, i, b) => s.stdout[i] === true && b.scenarios[i]?.stdout != null && !(s.stdout[i] = false),
    },
    {
        what: 'client stderr',
        apply: (s, i, b) => s.stderr[i] === true && b.scenarios[i]?.stderr != null && !(s.stderr[i] = false),
    },
    {
        what: 'the results tables of scenarios without findings',
        apply: (s, i, b) => s.foldedTables[i] === true && b.scenarios[i]?.show === 'clean' && !(s.foldedTables[i] = false),
    },
    { what: 'evidence of findings', apply: (s, i) => s.evidence[i] === true && !(s.evidence[i] = false) },
];
function assemble(blocks, shown, note) {
    const parts = [blocks.head, ...blocks.tables];
    if (blocks.findings.length > 0)
        parts.push('### Findings', ...blocks.findings.map((finding, index) => (shown.evidence[index] ? finding.full : finding.brief)));
    parts.push('### Scenarios');
    // Scenarios with findings first, the first scenario of each finding open; clean ones last, folded.
    const rank = { open: 0, folded: 1, clean: 2 };
    const order = blocks.scenarios
        .map((scenario, index) => ({ scenario, index }))
        .sort((a, b) => rank[a.scenario.show] - rank[b.scenario.show]);
    for (const { scenario, index } of order) {
        if (scenario.show === 'clean') {
            parts.push(shown.foldedTables[index] ? folded(scenario.line, scenario.body) : `- ${(0,report_escape/* escapeMarkdown */.FV)(scenario.line)}`);
            continue;
        }
        const transcript = shown.transcript[index] === 'full'
            ? scenario.transcript
            : shown.transcript[index] === 'lines'
                ? scenario.transcriptLines
                : null;
        const extras = [
            shown.stderr[index] ? scenario.stderr : null,
            shown.stdout[index] ? scenario.stdout : null,
            transcript,
        ].filter((part) => part !== null);
        if (scenario.show === 'open')
            parts.push(scenario.heading, scenario.body, ...extras);
        else
            parts.push(folded(scenario.line, [scenario.body, ...extras].join('\n\n')));
    }
    parts.push(blocks.legend);
    if (note !== null)
        parts.push(note);
    return `${parts.join('\n\n')}\n`;
}
function closingNote(applied, capped, maxBytes) {
    if (applied.size === 0 && capped.length === 0)
        return null;
    const sentences = [];
    if (capped.length > 0)
        sentences.push(`Shortened for reading: ${capped.map(report_escape/* escapeMarkdown */.FV).join('; ')}.`);
    const dropped = [...applied].map(([what, names]) => `${what} of ${names.map(report_escape/* code */.aY).join(', ')}`);
    if (dropped.length > 0)
        sentences.push(`Left out to stay under the ${maxBytes.toLocaleString('en-US')}-byte job summary limit: ${dropped.join('; ')}.`);
    sentences.push('results.json, in the uploaded artifact, has everything.');
    return `---\n\n**Not everything is shown.** ${sentences.join(' ')}`;
}
function scenarioBlocks(suite, verdict, findings, capped) {
    const anchors = new Map(findings.flatMap((finding) => finding.scenarios.map((scenario) => [`${scenario}\u0000${finding.result.id}`, findingAnchor(finding)])));
    return suite.scenarios.map((scenario) => {
        const mine = findings.filter((finding) => finding.scenarios.includes(scenario.name));
        const show = mine.some((finding) => finding.first === scenario)
            ? 'open'
            : mine.length > 0 || scenario.outcome.status !== 'SUCCESS'
                ? 'folded'
                : 'clean';
        const detailed = show !== 'clean';
        return {
            name: scenario.name,
            show,
            heading: sectionHeading(scenario, verdict),
            line: foldedLine(scenario, verdict, mine.map((finding) => finding.number)),
            body: sectionBody(scenario, verdict, anchors),
            stderr: detailed ? outputBlock('stderr', scenario, capped) : null,
            stdout: detailed ? outputBlock('stdout', scenario, capped) : null,
            transcript: detailed ? transcriptBlock(scenario, true, capped) : null,
            transcriptLines: detailed ? transcriptBlock(scenario, false, null) : null,
        };
    });
}
function buildBlocks(suite, verdict, title) {
    const findings = (0,report_findings/* collectFindings */.F3)(suite, verdict);
    const capped = [];
    return {
        head: headline(suite, verdict, findings, title),
        tables: [
            failingTable(findings, suite.scenarios.length),
            reportedTable(findings, suite.scenarios.length, verdict),
        ].filter((table) => table !== null),
        findings: findings.map((finding) => ({
            full: findingBlock(finding, suite, verdict, true),
            brief: findingBlock(finding, suite, verdict, false),
        })),
        scenarios: scenarioBlocks(suite, verdict, findings, capped),
        legend: legend(suite),
        capped,
    };
}
function renderSummary(suite, options) {
    const maxBytes = options.maxBytes ?? budget/* STEP_SUMMARY_MAX_BYTES */.TH;
    const label = options.badgeLabel?.trim() ?? '';
    const blocks = buildBlocks(suite, options.verdict, label === '' ? DEFAULT_TITLE : (0,report_escape/* escapeMarkdown */.FV)(options.badgeLabel ?? ''));
    const shown = {
        transcript: blocks.scenarios.map((scenario) => (scenario.transcript === null ? 'none' : 'full')),
        stdout: blocks.scenarios.map(() => true),
        stderr: blocks.scenarios.map(() => true),
        evidence: blocks.findings.map(() => true),
        foldedTables: blocks.scenarios.map(() => true),
    };
    const applied = new Map();
    const count = Math.max(blocks.scenarios.length, blocks.findings.length);
    // Each kind of cut in turn, last scenario (or finding) first.
    const steps = CUTS.flatMap((item) => Array.from({ length: count }, (_, offset) => () => {
        const index = count - 1 - offset;
        if (!item.apply(shown, index, blocks))
            return false;
        const name = item.what === 'evidence of findings' ? `finding ${index + 1}` : (blocks.scenarios[index]?.name ?? '');
        applied.set(item.what, [name, ...(applied.get(item.what) ?? [])]);
        return true;
    }));
    const render = () => assemble(blocks, shown, closingNote(applied, blocks.capped, maxBytes));
    return (0,budget/* fitToBudget */.c5)(render, steps, maxBytes, 'results.json');
}

// EXTERNAL MODULE: ./src/report/write-files.ts
var write_files = __webpack_require__(50483);
;// CONCATENATED MODULE: ./src/pipeline.ts









async function runPipeline(settings, options) {
    const baseline = settings.mode === 'aggregate' || settings.expectedFailures === null
        ? undefined
        : await loadBaseline(settings.expectedFailures, options.nameOf('expectedFailures'));
    await prepareOutputDir(settings.outputDir, options.nameOf('outputDir'));
    options.onStart?.(openingLine(settings));
    if (settings.mode === 'aggregate')
        return { mode: 'aggregate', ...(await mergeResults(settings)) };
    const stop = listenForStopSignals(options.onInterrupt);
    try {
        const outcome = await runConformance(settings, baseline, {
            signal: stop.signal,
            onProgress: options.onProgress,
            file: options.file,
        });
        return { mode: settings.mode, interrupted: stop.signal.aborted, ...outcome };
    }
    finally {
        stop.release();
    }
}
function openingLine(settings) {
    if (settings.mode === 'aggregate')
        return `merging ${settings.results.join(', ')}`;
    if (settings.mode === 'server')
        return `probing ${settings.serverUrl}, spec ${settings.specVersion}`;
    const { scenarios, specVersion, concurrency } = settings;
    return `${scenarios.length} scenarios, spec ${specVersion}, up to ${concurrency} at once`;
}
async function mergeResults(settings) {
    // Loaded only in this mode: the glob library and the HTTP client under it are a third of the bundle.
    const { runAggregate } = await Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(324), __webpack_require__.e(159)]).then(__webpack_require__.bind(__webpack_require__, 56159));
    return runAggregate({
        patterns: settings.results,
        cwd: settings.workingDirectory,
        outputDir: settings.outputDir,
        failOn: settings.failOn,
        badgeLabel: settings.badgeLabel,
    });
}
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Every signal that would end the process (a Ctrl-C, a cancelled job's SIGINT then SIGTERM) is handled for the whole
 * run: the first stops the clients' process groups and lets the reports be written; a later one must not kill the
 * process and orphan them. Once interrupted, signals stay handled until the process exits, so a late one cannot cut
 * the reports short.
 */
function listenForStopSignals(onInterrupt) {
    const interrupt = new AbortController();
    const onSignal = () => {
        onInterrupt?.(interrupt.signal.aborted);
        interrupt.abort();
    };
    for (const name of STOP_SIGNALS)
        process.on(name, onSignal);
    const release = () => {
        if (!interrupt.signal.aborted)
            for (const name of STOP_SIGNALS)
                process.off(name, onSignal);
    };
    return { signal: interrupt.signal, release };
}
/** The GitHub Actions run this process belongs to, from the runner's environment; undefined off a runner. */
function githubRunUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt, } = env;
    if (!server || !repository || !runId)
        return undefined;
    return `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}
/** Runs the client scenarios or probes the server, then judges the result, renders the reports and writes them. */
async function runConformance(settings, baseline, hooks = {}) {
    const suite = await produceSuite(settings, hooks);
    const runUrl = githubRunUrl();
    if (runUrl !== undefined)
        suite.runUrl = runUrl;
    const outcome = (0,report_verdict/* verdict */.WJ)(suite, settings.failOn, baseline);
    const badge = (0,report_badge/* buildBadge */.qb)(outcome, settings.badgeLabel);
    const summaryMarkdown = renderSummary(suite, { verdict: outcome, badgeLabel: settings.badgeLabel });
    const files = await (0,write_files/* writeReportFiles */.t)(settings.outputDir, {
        suite,
        badge,
        junit: (0,junit/* renderJunit */.RV)(suite, outcome, { file: hooks.file }),
        summaryMarkdown,
    });
    return { suite, verdict: outcome, baseline, badge, summaryMarkdown, files };
}
function produceSuite(settings, hooks) {
    const { specVersion, protocolVersion, timeoutMs, label, workingDirectory: cwd } = settings;
    const common = { specVersion, protocolVersion, timeoutMs, label, cwd };
    if (settings.mode === 'server') {
        return runServerSuite({ ...common, serverUrl: settings.serverUrl, serverCommand: settings.serverCommand });
    }
    const { command, scenarios, concurrency, consentShim, isolateHome, scenarioNames } = settings;
    const { signal, onProgress } = hooks;
    return (0,run_suite/* runSuite */.og)({
        ...common,
        command,
        scenarios,
        concurrency,
        consentShim,
        isolateHome,
        scenarioNames,
        signal,
        onProgress,
    });
}


/***/ }),

/***/ 40793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ badgeFor),
/* harmony export */   qb: () => (/* binding */ buildBadge),
/* harmony export */   w9: () => (/* binding */ badgeCounts)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/**
 * A shields.io endpoint badge (https://shields.io/badges/endpoint-badge), coloured and worded by the verdict:
 * red when the run fails, yellow when it passes with findings that cannot fail it (draft-only, advisory, below
 * fail-on, baselined), green when it is clean. The count is always out of every result of the run, so two badges
 * read alike. shields.io rejects unknown keys, so the object holds only schema keys.
 */


function badgeCounts(verdict) {
    return {
        failing: verdict.judged.filter((item) => item.judgement === 'fails').length,
        findings: verdict.judged.filter((item) => item.judgement !== 'fails' && item.judgement !== 'clean').length,
        total: verdict.judged.length,
    };
}
/** `fails · 1/29 checks` (red), `passes · 3/29 flagged` (yellow), `passes · 0/29 flagged` (green). */
function badgeFor(counts, label = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BADGE_LABEL */ .zg, failed = counts.failing > 0) {
    if (counts.total === 0)
        return { schemaVersion: 1, label, message: 'no results', color: 'lightgrey' };
    if (failed)
        return { schemaVersion: 1, label, message: `fails · ${counts.failing}/${counts.total} checks`, color: 'red' };
    const color = counts.findings > 0 ? 'yellow' : 'brightgreen';
    return { schemaVersion: 1, label, message: `passes · ${counts.findings}/${counts.total} flagged`, color };
}
function buildBadge(verdict, label = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BADGE_LABEL */ .zg) {
    return badgeFor(badgeCounts(verdict), label, !verdict.passed);
}


/***/ }),

/***/ 67355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ isBaselined),
/* harmony export */   WL: () => (/* binding */ formatEntry),
/* harmony export */   oY: () => (/* binding */ staleEntries)
/* harmony export */ });
function formatEntry(entry) {
    return entry.checkId ? `${entry.scenario}:${entry.checkId}` : entry.scenario;
}
function isBaselined(baseline, scenario, checkId) {
    return (baseline?.entries.some((entry) => entry.scenario === scenario && (entry.checkId === undefined || entry.checkId === checkId)) ?? false);
}
const isProblem = (result) => result.status === 'FAILURE' || result.status === 'WARNING';
/** Listed entries that now pass: the whole scenario without a FAILURE or WARNING, or the listed check a SUCCESS. */
function staleEntries(baseline, suite) {
    if (!baseline)
        return [];
    return baseline.entries.filter((entry) => {
        const scenario = suite.scenarios.find((result) => result.name === entry.scenario);
        if (!scenario)
            return false;
        const results = [scenario.outcome, ...scenario.checks];
        if (entry.checkId === undefined)
            return !results.some(isProblem);
        const listed = results.filter((result) => result.id === entry.checkId);
        return listed.length > 0 && listed.every((result) => result.status === 'SUCCESS');
    });
}


/***/ }),

/***/ 32585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TH: () => (/* binding */ STEP_SUMMARY_MAX_BYTES),
/* harmony export */   c5: () => (/* binding */ fitToBudget)
/* harmony export */ });
/* unused harmony export byteLength */
/**
 * Keeping a job summary under GitHub's size limit, for every summary (a run's and the aggregate's): render, then
 * apply the cuts in order, least useful first, until the text fits; as a last resort cut at a line and say so.
 */
/** GitHub rejects a step summary over 1 MiB; summaries stay under this many bytes of UTF-8 by default. */
const STEP_SUMMARY_MAX_BYTES = 1_000_000;
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
/**
 * `render()` after as many `cuts` as it takes to fit in `maxBytes`. A cut changes what `render` shows and returns
 * false when it had nothing to drop. `fullRecord` names the file that has everything (for the last-resort note).
 */
function fitToBudget(render, cuts, maxBytes, fullRecord) {
    let text = render();
    for (const cut of cuts) {
        if (byteLength(text) <= maxBytes)
            break;
        if (cut())
            text = render();
    }
    return byteLength(text) <= maxBytes ? text : hardCut(text, maxBytes, fullRecord);
}
/**
 * Last resort (a tiny budget, a huge suite): cut at a line boundary, close a `<details>` left open, and say so.
 * Cutting at a line also drops a partial multi-byte character.
 */
function hardCut(text, maxBytes, fullRecord) {
    const tail = '\n\n**The summary was cut here to stay under the job summary size limit.** ' + `${fullRecord} has everything.\n`;
    const close = '\n\n</details>';
    const budget = Math.max(0, maxBytes - byteLength(tail) - byteLength(close));
    const kept = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
    let result = kept.slice(0, Math.max(0, kept.lastIndexOf('\n')));
    if (result.lastIndexOf('<details>') > result.lastIndexOf('</details>'))
        result += close;
    result += tail;
    return byteLength(result) <= maxBytes ? result : '';
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   YD: () => (/* binding */ richText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports visibleText, escapeMarkdownCell */
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87496);
/**
 * Escaping for the markdown job summary. GitHub renders the summary as GitHub-flavoured markdown with HTML, and
 * nothing in `core.summary` escapes it, so every string a client controls (scopes, client_name, stderr, headers,
 * bodies, check messages quoting them) goes through one of these before it is written.
 *
 * - `escapeHtml` for text inside HTML blocks (`<pre><code>`, `<summary>`): no markdown is parsed there.
 * - `escapeMarkdown` for text in paragraphs, list items and table cells: HTML-significant characters and `|`, `\`
 *   become entities; every other markdown punctuation character is backslash-escaped, so no emphasis, code span,
 *   link, image, heading, autolink (`https\:`, `www\.`), mention or math can form; new lines become `<br>`.
 */

const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Bidirectional-text controls can make a line read differently from what it is ("Trojan Source"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Control characters (C0 except tab and new line, DEL, C1) and bidi controls shown as `\xNN` / `\u{NNNN}`. */
function visibleText(text) {
    return (0,_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(text.replace(/\r\n/g, '\n')).replace(BIDI_CONTROLS, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}
function escapeHtml(text) {
    return visibleText(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
const MARKDOWN_ENTITIES = { ...HTML_ENTITIES, '|': '&#124;', '\\': '&#92;' };
/** Markdown punctuation that can start or end inline syntax, GitHub extensions included (`~`, `$`, `:`, `@`). */
const MARKDOWN_SPECIAL = /[&<>"'|\\`*_{}[\]()#+\-.!~:@$^=]/g;
/**
 * Text that renders literally anywhere inline: a paragraph, a list item or a table cell. New lines become `<br>`
 * (a line break inside a cell, and no way to start a new block such as a heading).
 */
function escapeMarkdown(text) {
    return visibleText(text)
        .replace(MARKDOWN_SPECIAL, (char) => MARKDOWN_ENTITIES[char] ?? `\\${char}`)
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** `escapeMarkdown` for a table cell: the same rules (`|` is an entity, new lines are `<br>`), named for the reader. */
const escapeMarkdownCell = (/* unused pure expression or super */ null && (escapeMarkdown));
/**
 * Words and identifiers we write ourselves (ids, scenario names, versions) pass as they are; anything else is escaped.
 */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9/-]*$/;
function plainText(text) {
    return PLAIN.test(text) ? text : escapeMarkdown(text);
}
/** Tokens that read the same in a code span: no backtick or `|`, no space at either end (a code span trims one). */
const CODE_SPAN_SAFE = /^[A-Za-z0-9/_.:@=+-](?:[A-Za-z0-9 /_.:@=+-]*[A-Za-z0-9/_.:@=+-])?$/;
/**
 * Inline code that cannot be broken out of. Simple tokens become a markdown code span (readable in the raw file);
 * anything else becomes `<code>` around escaped text, which is safe in table cells too, where a code span is not
 * (a `|` inside it still splits the cell).
 */
function code(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    return CODE_SPAN_SAFE.test(flat) ? `\`${flat}\`` : `<code>${escapeMarkdown(flat)}</code>`;
}
/**
 * Things GitHub may turn into links after rendering (URLs, `www.` hosts, e-mail addresses, @mentions, #references):
 * its post-processing skips `<code>`, so these are shown as code. Escaping alone only stops the parse-time autolinks.
 */
const LINKISH = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"'`]*|[\w.+-]*@[\w-]+(?:\.[\w-]+)*|#\d+/gi;
function escapeProse(text) {
    let result = '';
    let last = 0;
    for (const match of text.matchAll(LINKISH)) {
        // Trailing punctuation ends the sentence, not the link (as GitHub's autolinking has it).
        const token = match[0].replace(/[.,;:!?)\]}]+$/, '');
        if (token === '' || match.index < last)
            continue;
        result += escapeMarkdown(text.slice(last, match.index)) + `<code>${escapeMarkdown(token)}</code>`;
        last = match.index + token.length;
    }
    return result + escapeMarkdown(text.slice(last));
}
/**
 * A sentence that marks code with backticks (check messages, requirements, descriptions), rendered with those spans
 * as `<code>`. Everything is escaped, so a client value with its own backticks can at most move where `<code>`
 * starts and ends.
 */
function richText(text) {
    const parts = text.split('`');
    // An odd number of backticks leaves the last one unpaired: keep it as a literal backtick.
    const unpaired = parts.length % 2 === 0;
    return parts
        .map((part, index) => {
        if (index % 2 === 0)
            return escapeProse(part);
        if (unpaired && index === parts.length - 1)
            return `\\\`${escapeProse(part)}`;
        return `<code>${escapeMarkdown(part)}</code>`;
    })
        .join('');
}
/** An http(s) URL made safe inside `[label](url)`; null for anything else (`javascript:`, relative, malformed). */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    return parsed.href.replace(/[()<>|\\"'`\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[label](url)`, or the escaped label alone when the URL is not an http(s) URL. */
function link(label, url) {
    const href = safeUrl(url);
    return href === null ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${href})`;
}


/***/ }),

/***/ 53877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ evidenceLines)
/* harmony export */ });
/* unused harmony export requestEvidence */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);

const MAX_LINE = 300;
const MAX_DETAIL = 200;
/** Parameters the checks are about come first, so they survive when a long line is cut. */
const KEY_PARAMETERS = ['grant_type', 'refresh_token', 'scope', 'resource', 'prompt', 'client_id', 'grant_types'];
const keyRank = (name) => {
    const rank = KEY_PARAMETERS.indexOf(name);
    return rank === -1 ? KEY_PARAMETERS.length : rank;
};
/** `a=b c=d`, key parameters first. */
function parameters(values) {
    return Object.entries(values)
        .sort(([a], [b]) => keyRank(a) - keyRank(b))
        .flatMap(([name, value]) => [value].flat().map((item) => `${name}=${item}`))
        .join(' ');
}
const json = (body) => body.kind === 'json' && typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
    ? body.value
    : undefined;
/** What the request sent that matters, on one line. */
function sent(exchange) {
    if (exchange.body.kind === 'form')
        return parameters(exchange.body.value);
    const body = json(exchange.body);
    if (exchange.endpoint === 'register' && body)
        return `grant_types=${JSON.stringify(body.grant_types ?? null)}`;
    if (exchange.endpoint === 'mcp' && body && typeof body.method === 'string')
        return `(${body.method})`;
    return parameters(exchange.query);
}
/** What the answer said that matters: an OAuth error, the tokens a token response carried, a 401's challenge. */
function answered(exchange) {
    const body = json(exchange.response);
    if (typeof body?.error === 'string')
        return ` ${body.error}`;
    if (exchange.endpoint === 'token' && body) {
        const refresh = typeof body.refresh_token === 'string' ? `refresh_token ${body.refresh_token}` : 'no refresh_token';
        return `, issued ${refresh}`;
    }
    const challenge = exchange.responseHeaders['www-authenticate'];
    if (exchange.status === 401 && challenge)
        return ` (${/error="([^"]+)"/.exec(challenge)?.[1] ?? 'challenge'})`;
    return '';
}
/** `#11 POST /token grant_type=refresh_token refresh_token=rt-…aaaa → 200, issued refresh_token rt-…bbbb`. */
function requestEvidence(exchange) {
    const what = sent(exchange);
    const request = `#${exchange.seq} ${exchange.method} ${exchange.path}${what === '' ? '' : ` ${what}`}`;
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(`${request} → ${exchange.status}${answered(exchange)}`, MAX_LINE);
}
/** Names for the details checks record; a key not listed here is split into words. */
const DETAIL_NAMES = {
    registrationMethod: 'registered by',
    grantTypes: 'grant_types',
    clientMetadataDocument: 'client metadata document',
    places: 'found in',
    reuses: 'old refresh tokens presented',
    serverUrl: 'server URL',
};
/** Details the reports leave to results.json: the scenario outcome's client line and the messages already say them. */
const OMITTED = new Set([
    'exitCode',
    'signal',
    'timedOut',
    'durationMs',
    'requests',
    'reusedAt',
    'rotatedResponseDeliveredAt',
]);
const words = (name) => DETAIL_NAMES[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
function detailValue(value) {
    if (typeof value === 'number')
        return String(Math.round(value * 10) / 10);
    if (Array.isArray(value))
        return value.join('; ');
    return String(value);
}
/** Plain text lines: excerpts or request lines, then details (empty or null values left out). */
function evidenceLines(result, transcript) {
    const bySeq = new Map(transcript.map((exchange) => [exchange.seq, exchange]));
    const excerpts = result.evidence.excerpts ?? [];
    const lines = excerpts.length > 0
        ? excerpts.map((excerpt) => (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(excerpt, MAX_LINE))
        : result.evidence.requests.map((seq) => {
            const exchange = bySeq.get(seq);
            return exchange ? requestEvidence(exchange) : `#${seq} (not in the transcript)`;
        });
    for (const [name, value] of Object.entries(result.evidence.details)) {
        if (OMITTED.has(name) || value === null || value === false || (name === 'places' && excerpts.length > 0))
            continue;
        lines.push(`${words(name)}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(detailValue(value), MAX_DETAIL)}`);
    }
    return lines;
}


/***/ }),

/***/ 19334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ collectFindings),
/* harmony export */   WG: () => (/* binding */ sameThingKey),
/* harmony export */   rK: () => (/* binding */ scenariosText)
/* harmony export */ });
const JUDGEMENT_ORDER = ['fails', 'baselined', 'draft-only', 'below-fail-on', 'advisory', 'clean'];
/**
 * Two results say the same thing when only request numbers, times and ports differ: "#15 POST /token → 400 at
 * 9199.1 ms" in one scenario is "#17 POST /token → 400 at 8120.4 ms" in another.
 */
function sameThingKey(result, judgement) {
    const message = result.message
        .replace(/#\d+/g, '#')
        .replace(/\b\d+(?:\.\d+)?\s*(?:ms|s)\b/g, 'T')
        .replace(/:\d{2,5}\b/g, ':P');
    return [judgement, result.status, result.id, message].join('\u0000');
}
function collectFindings(suite, verdict) {
    const scenarios = new Map(suite.scenarios.map((scenario) => [scenario.name, scenario]));
    const groups = new Map();
    for (const { scenario, result, judgement } of verdict.judged) {
        if (judgement === 'clean')
            continue;
        const key = sameThingKey(result, judgement);
        const group = groups.get(key);
        if (group)
            group.scenarios.push(scenario);
        else
            groups.set(key, { judgement, result, first: scenarios.get(scenario), scenarios: [scenario] });
    }
    const rank = (finding) => JUDGEMENT_ORDER.indexOf(finding.judgement) * 2 + (finding.result.status === 'FAILURE' ? 0 : 1);
    return [...groups.values()]
        .map((finding, order) => ({ finding, order }))
        .sort((a, b) => rank(a.finding) - rank(b.finding) || a.order - b.order)
        .map(({ finding }, index) => ({ ...finding, number: index + 1 }));
}
/** "auth/refresh-token-use", "3 scenarios: a, b, c", "all 7 scenarios"; `name` formats each scenario name. */
function scenariosText(finding, total, name = (scenario) => scenario) {
    const { scenarios } = finding;
    if (scenarios.length === 1)
        return name(scenarios[0]);
    if (scenarios.length === total && total > 2)
        return `all ${total} scenarios`;
    return `${scenarios.length} scenarios: ${scenarios.map(name).join(', ')}`;
}


/***/ }),

/***/ 99401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ mark),
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   T_: () => (/* binding */ MARKS_LEGEND),
/* harmony export */   ej: () => (/* binding */ STATUS_DISPLAY),
/* harmony export */   j6: () => (/* binding */ whyLong),
/* harmony export */   z3: () => (/* binding */ whyShort)
/* harmony export */ });
/* unused harmony exports failsRun, isFinding */
/** Whether a result is enforced and at the `fail-on` level, before the baseline is consulted. */
function failsRun(result, failOn) {
    if (result.draftOnly || failOn === 'never')
        return false;
    return result.status === 'FAILURE' || (failOn === 'should' && result.status === 'WARNING');
}
function judge(result, failOn, baselined) {
    if (result.status !== 'FAILURE' && result.status !== 'WARNING')
        return 'clean';
    if (result.draftOnly)
        return result.introducedIn === 'advisory' ? 'advisory' : 'draft-only';
    if (failsRun(result, failOn))
        return baselined ? 'baselined' : 'fails';
    return 'below-fail-on';
}
/** A finding: a FAILURE or WARNING, whether or not it fails the run. */
const isFinding = (judgement) => judgement !== 'clean';
/** Why a finding does not fail the run, in a few words for a table cell; empty for `fails` and `clean`. */
function whyShort(judgement) {
    switch (judgement) {
        case 'baselined':
            return 'baselined';
        case 'draft-only':
        case 'advisory':
            return judgement;
        case 'below-fail-on':
            return 'below fail-on';
        case 'fails':
        case 'clean':
            return '';
    }
}
/** Why a result does (or does not) fail the run, in a sentence fragment: "draft-only: introduced in 2026-07-28, …". */
function whyLong(judgement, result, specVersion, failOn) {
    switch (judgement) {
        case 'fails':
            return `fails the run: a ${result.level} in force since ${result.introducedIn}`;
        case 'baselined':
            return 'listed in the baseline as an expected failure, so it does not fail the run';
        case 'draft-only':
            return `draft-only: introduced in ${result.introducedIn}, after spec ${specVersion}, so it does not fail the run`;
        case 'advisory':
            return 'advisory: good practice with no MCP normative text, so it never fails the run';
        case 'below-fail-on':
            return failOn === 'never'
                ? 'fail-on is never, so it does not fail the run'
                : `a ${result.status} does not fail the run with fail-on ${failOn}`;
        case 'clean':
            return 'not a finding';
    }
}
/**
 * How each status is shown: its mark in markdown, its word in a matrix cell, its mark and ANSI colour in a terminal.
 */
const STATUS_DISPLAY = {
    SUCCESS: { mark: '✅', word: 'pass', terminalMark: '✔', color: 32 },
    FAILURE: { mark: '🟠', word: 'fail', terminalMark: '✘', color: 31 },
    WARNING: { mark: '⚠️', word: 'warning', terminalMark: '▲', color: 33 },
    INFO: { mark: 'ℹ️', word: 'info', terminalMark: 'ℹ', color: 36 },
    SKIPPED: { mark: '⏭️', word: 'skipped', terminalMark: '○', color: 90 },
};
/**
 * The icon for a result: ❌ only when it fails the run; 🔕 when the baseline expects it; a FAILURE that cannot fail
 * the run (draft-only, advisory, below fail-on) is 🟠, never ❌.
 */
function mark(status, judgement) {
    if (judgement === 'fails')
        return '❌';
    if (judgement === 'baselined')
        return '🔕';
    return STATUS_DISPLAY[status].mark;
}
/** `❌ FAILURE`, `🟠 FAILURE · draft-only`, `⚠️ WARNING · advisory`, `✅ SUCCESS`. */
function statusLabel(status, judgement) {
    const why = whyShort(judgement);
    return `${mark(status, judgement)} ${status}${why === '' ? '' : ` · ${why}`}`;
}
/** The legend of the marks, for reports that use them. */
const MARKS_LEGEND = '❌ fails the run · 🟠 FAILURE that does not fail it (draft-only, advisory or below fail-on) · ' +
    '⚠️ WARNING that does not fail it · 🔕 expected failure (baseline) · ℹ️ INFO · ⏭️ not observed · ✅ SUCCESS';


/***/ }),

/***/ 42998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ renderTestsuite),
/* harmony export */   Qx: () => (/* binding */ suiteName),
/* harmony export */   RV: () => (/* binding */ renderJunit),
/* harmony export */   ys: () => (/* binding */ renderTestsuites)
/* harmony export */ });
/* unused harmony exports escapeXml, seconds */
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53877);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99401);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65655);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90687);




/** Escapes text for XML and drops characters XML 1.0 cannot hold at all. */
function escapeXml(text) {
    return text
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const seconds = (ms) => (Math.max(0, ms) / 1000).toFixed(3);
/** How long the behaviour a result judged took: the client's run for the outcome, else its requests' span. */
function resultMs(result, scenario) {
    if (result.id === 'scenario-outcome')
        return scenario.client.durationMs;
    const judged = scenario.transcript.filter((exchange) => result.evidence.requests.includes(exchange.seq));
    if (judged.length === 0)
        return 0;
    return (Math.max(...judged.map((exchange) => exchange.respondedAt)) -
        Math.min(...judged.map((exchange) => exchange.receivedAt)));
}
function testcase(scenario, classname, result, judgement, verdict, options) {
    const file = options.file ? ` file="${escapeXml(options.file)}"` : '';
    const time = seconds(resultMs(result, scenario));
    const name = escapeXml(result.id);
    const head = `    <testcase classname="${escapeXml(classname)}" name="${name}"${file} time="${time}">`;
    const close = (inner) => `${head}\n      ${inner}\n    </testcase>`;
    const message = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainMessage */ .C5)(result.message);
    const details = () => [
        `${result.status} · ${result.level} · ${(0,_judgement_js__WEBPACK_IMPORTED_MODULE_1__/* .whyLong */ .j6)(judgement, result, verdict.specVersion, verdict.failOn)}`,
        message,
        ...(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceLines */ .p)(result, scenario.transcript).map((line) => `  ${line}`),
        `Fix: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainMessage */ .C5)(result.fix ?? '')}`,
        `Requirement: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainMessage */ .C5)(result.requirement)}`,
        `Source: ${result.sources[0]?.url ?? ''}`,
    ].join('\n');
    if (judgement === 'fails') {
        const attributes = `type="${escapeXml(result.level)}" message="${escapeXml(`${result.status}: ${message}`)}"`;
        return close(`<failure ${attributes}>${escapeXml(details())}</failure>`);
    }
    if (judgement !== 'clean') {
        const reason = escapeXml(`${(0,_judgement_js__WEBPACK_IMPORTED_MODULE_1__/* .whyShort */ .z3)(judgement)} ${result.status}: ${message}`);
        return close(`<skipped message="${reason}">${escapeXml(details())}</skipped>`);
    }
    if (result.status === 'SKIPPED') {
        const reason = /^not observed/i.test(message) ? message.replace(/^Not/, 'not') : `not observed: ${message}`;
        return close(`<skipped message="${escapeXml(reason)}"/>`);
    }
    return close(`<system-out>${escapeXml(`${result.status}: ${message}`)}</system-out>`);
}
/** One <testsuite> for a scenario of a judged run. */
function renderTestsuite(scenario, verdict, name, options, properties = {}) {
    const results = [scenario.outcome, ...scenario.checks];
    const judgements = results.map((result) => (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .judgementOf */ .lG)(verdict, scenario.name, result));
    const failures = judgements.filter((judgement) => judgement === 'fails').length;
    const skipped = results.filter((result, index) => result.status === 'SKIPPED' || (judgements[index] !== 'fails' && judgements[index] !== 'clean')).length;
    const entries = Object.entries(properties);
    const xml = [
        `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="0" ` +
            `skipped="${skipped}" time="${seconds(scenario.durationMs)}">`,
        ...(entries.length > 0
            ? [
                '    <properties>',
                ...entries.map(([key, value]) => `      <property name="${escapeXml(key)}" value="${escapeXml(value)}"/>`),
                '    </properties>',
            ]
            : []),
        ...results.map((result, index) => testcase(scenario, scenario.name, result, judgements[index], verdict, options)),
        '  </testsuite>',
    ].join('\n');
    return { xml, tests: results.length, failures, skipped };
}
/** The whole document around rendered testsuites, with the totals. */
function renderTestsuites(name, suites, durationMs) {
    const total = (key) => suites.reduce((sum, suite) => sum + suite[key], 0);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${escapeXml(name)}" tests="${total('tests')}" failures="${total('failures')}" errors="0" ` +
            `skipped="${total('skipped')}" time="${seconds(durationMs)}">`,
        ...suites.map((suite) => suite.xml),
        '</testsuites>',
        '',
    ].join('\n');
}
/** `label / scenario` when the run has a label, so merged reports of two clients stay apart. */
const suiteName = (label, scenario) => (label ? `${label} / ${scenario}` : scenario);
function renderJunit(suite, verdict, options = {}) {
    const suites = suite.scenarios.map((scenario) => renderTestsuite(scenario, verdict, suiteName(suite.label, scenario.name), options));
    const name = `sep-2207-action${suite.label ? ` ${suite.label}` : ''} (spec ${suite.specVersion})`;
    return renderTestsuites(name, suites, suite.durationMs);
}


/***/ }),

/***/ 87496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ inParallel),
/* harmony export */   JJ: () => (/* binding */ renderTerminalReport),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   RY: () => (/* binding */ droppedNote),
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   Xo: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_2__.Xo),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   vd: () => (/* binding */ rerunNote)
/* harmony export */ });
/* unused harmony export lastLines */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65655);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99401);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90687);




function paint(text, code, options) {
    return options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}
function statusLabel(status, options) {
    const style = _judgement_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_DISPLAY */ .ej[status];
    return paint(`${style.terminalMark} ${status.padEnd(7)}`, style.color, options);
}
/** A client that flooded the mocks: the transcript, and so the checks, hold only its first requests. */
function droppedNote(scenario) {
    const dropped = `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(scenario.transcriptDropped, 'more request')} dropped from the transcript (it was full)`;
    return `${dropped}; the checks saw the first ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(scenario.transcript.length, 'request')} only`;
}
/** How a scenario's first run ended while other scenarios ran, from its outcome message: the reason for a re-run. */
function inParallel(firstOutcome) {
    const first = firstOutcome.replace(/\.$/, '');
    return `with other scenarios running at the same time, ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
/** A scenario whose client did not finish while others ran, and was run again alone: only that run counts. */
function rerunNote(scenario) {
    if (!scenario.rerunAlone)
        return null;
    const { firstOutcome } = scenario.rerunAlone;
    if (firstOutcome === scenario.outcome.message)
        return 'ran again alone and ended the same way, so running in parallel did not cause this';
    return `run again alone: ${inParallel(firstOutcome)}; only this run counts`;
}
function resultLines(result, judgement, options) {
    const why = judgement === 'fails'
        ? 'fails the run'
        : judgement === 'clean'
            ? result.draftOnly
                ? 'draft-only'
                : 'enforced'
            : `${(0,_judgement_js__WEBPACK_IMPORTED_MODULE_0__/* .whyShort */ .z3)(judgement)}, does not fail the run`;
    // A FAILURE that cannot fail the run is yellow, never the red of one that does.
    const label = result.status === 'FAILURE' && judgement !== 'fails'
        ? paint(`✘ ${result.status.padEnd(7)}`, 33, options)
        : statusLabel(result.status, options);
    return [
        `  ${label} ${result.id} ${paint(`(${result.level}, ${why})`, 90, options)}`,
        `            ${visible(result.message)}`,
    ];
}
function clientSummary(scenario) {
    const { client } = scenario;
    if (client.startError)
        return 'client did not start';
    if (client.interrupted)
        return 'client stopped: the run was interrupted';
    if (client.timedOut)
        return 'client timed out';
    if (client.exitCode === null)
        return `client killed by ${client.signal ?? 'a signal'}`;
    return `client exit ${client.exitCode} after ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(client.durationMs)}`;
}
function renderTerminalReport(suite, outcome, options) {
    const lines = [];
    for (const scenario of suite.scenarios) {
        lines.push('', `${paint(scenario.name, 1, options)}  ${paint(`(${clientSummary(scenario)})`, 90, options)}`);
        if (scenario.transcriptDropped > 0)
            lines.push(`  ${paint(`▲ ${droppedNote(scenario)}`, 33, options)}`);
        const rerun = rerunNote(scenario);
        if (rerun)
            lines.push(`  ${paint(`↻ ${visible(rerun)}`, 90, options)}`);
        for (const result of [scenario.outcome, ...scenario.checks])
            lines.push(...resultLines(result, (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .judgementOf */ .lG)(outcome, scenario.name, result), options));
        if (scenario.outcome.status !== 'SUCCESS' && scenario.client.stderrTail.trim() !== '') {
            lines.push(`            ${paint('client stderr (last lines):', 90, options)}`);
            for (const line of lastLines(scenario.client.stderrTail, 5))
                lines.push(`            ${paint(`│ ${line}`, 90, options)}`);
        }
    }
    const counts = Object.keys(suite.counts)
        .filter((status) => suite.counts[status] > 0)
        .map((status) => `${suite.counts[status]} ${status}`)
        .join(', ');
    lines.push('', `${suite.scenarios.length} scenarios, spec ${suite.specVersion}, protocol ${suite.protocolVersion}, ` +
        `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(suite.durationMs)}: ${counts}`, outcome.passed ? paint(`PASSED  ${outcome.reason}`, 32, options) : paint(`FAILED  ${outcome.reason}`, 31, options));
    return `${lines.join('\n')}\n`;
}
/**
 * Control characters (C0, DEL and C1) made visible as `\xNN`, so text a client controls cannot steer a terminal.
 * Tabs and new lines are kept.
 */
function visible(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** The last `count` non-empty lines of `text`, made safe for a terminal. */
function lastLines(text, count) {
    return text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .slice(-count)
        .map(visible);
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ plainMessage),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   qi: () => (/* binding */ firstSentence),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/**
 * Small text helpers every reporter shares: counting words, cutting to a length, seconds, and turning the checks'
 * markdown-flavoured messages into plain text for places that render none (annotations, JUnit, badges).
 */
/** `1 scenario`, `2 scenarios`, `1,024 requests`. */
function plural(count, one, many = `${one}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
/** `text` cut to `max` characters (not splitting a surrogate pair), with `…` when cut. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
    return `${text.slice(0, Math.max(0, end))}…`;
}
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/**
 * A check message without backticks, for places that render no markdown:
 * `` `offline_access` `` reads as offline_access.
 */
function plainMessage(text) {
    return text.replace(/`/g, '');
}
/** The first sentence of a message, for a table cell or a title; the whole message when it has one sentence. */
function firstSentence(text, max) {
    const match = /^(.+?\.)(\s|$)/s.exec(text);
    return cut((match?.[1] ?? text).replace(/\s+/g, ' ').trim(), max);
}
/** The last `count` non-empty lines of `text`. */
function lastLines(text, count) {
    return text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .slice(-count);
}


/***/ }),

/***/ 90687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   lG: () => (/* binding */ judgementOf)
/* harmony export */ });
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67355);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99401);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65655);




const key = (scenario, id) => `${scenario}\u0000${id}`;
/** The judgement of one result of the suite the verdict was made for. */
function judgementOf(verdict, scenario, result) {
    let index = indexes.get(verdict);
    if (index === undefined) {
        index = new Map(verdict.judged.map((item) => [key(item.scenario, item.result.id), item.judgement]));
        indexes.set(verdict, index);
    }
    return index.get(key(scenario, result.id)) ?? 'clean';
}
const indexes = new WeakMap();
function verdict(suite, failOn, baseline) {
    const judged = suite.scenarios.flatMap((scenario) => [scenario.outcome, ...scenario.checks].map((result) => ({
        scenario: scenario.name,
        result,
        judgement: (0,_judgement_js__WEBPACK_IMPORTED_MODULE_0__/* .judge */ .S4)(result, failOn, (0,_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .isBaselined */ .Ee)(baseline, scenario.name, result.id)),
    })));
    const pick = (judgement) => judged.filter((item) => item.judgement === judgement).map(({ scenario, result }) => ({ scenario, result }));
    const failing = pick('fails');
    const expected = pick('baselined');
    const stale = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .staleEntries */ .oY)(baseline, suite);
    const base = { specVersion: suite.specVersion, failOn, judged, failing, expected, stale };
    const notes = [
        expected.length > 0
            ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(expected.length, 'expected failure is', 'expected failures are')} listed in the baseline.`
            : '',
        stale.length > 0
            ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(stale.length, 'baseline entry now passes', 'baseline entries now pass')} and can be removed.`
            : '',
    ].filter(Boolean);
    if (failing.length > 0) {
        const byId = new Map();
        for (const { scenario, result } of failing)
            byId.set(result.id, [...(byId.get(result.id) ?? []), scenario]);
        const named = [...byId].slice(0, 3).map(([id, scenarios]) => `${id} in ${scenarios.join(', ')}`);
        const more = byId.size > named.length ? `; and ${byId.size - named.length} more checks` : '';
        return {
            ...base,
            passed: false,
            reason: [
                `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(failing.length, 'enforced result fails', 'enforced results fail')} the run ` +
                    `under spec ${suite.specVersion} with fail-on ${failOn}: ${named.join('; ')}${more}.`,
                ...notes,
            ].join(' '),
        };
    }
    const findings = judged.filter((item) => item.judgement !== 'clean' && item.judgement !== 'baselined').length;
    if (findings > 0)
        notes.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(findings, 'result has', 'results have')} a FAILURE or WARNING that cannot fail it ` +
            '(draft-only, advisory or below fail-on).');
    const head = failOn === 'never'
        ? 'fail-on is never, so no result fails the run.'
        : `no enforced result fails under spec ${suite.specVersion} with fail-on ${failOn}.`;
    return { ...base, passed: true, reason: [head, ...notes].join(' ') };
}


/***/ }),

/***/ 50483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Writes the report files. Every file is written to a temporary name and renamed into place, so a reader (or an
 * interrupted run) never sees half a file.
 */



async function writeFileAtomic(path, content) {
    const temporary = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, content, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
}
async function writeReportFiles(outputDir, reports) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outputDir, { recursive: true });
    const files = {
        results: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'results.json'),
        badge: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'badge.json'),
        junit: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'junit.xml'),
        summary: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'summary.md'),
    };
    // results.json first: it is the one file everything else can be rebuilt from.
    await writeFileAtomic(files.results, `${JSON.stringify(reports.suite, null, 2)}\n`);
    await Promise.all([
        writeFileAtomic(files.badge, `${JSON.stringify(reports.badge)}\n`),
        writeFileAtomic(files.junit, reports.junit),
        writeFileAtomic(files.summary, reports.summaryMarkdown),
    ]);
    return files;
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U9: () => (/* binding */ SCENARIOS),
  es: () => (/* binding */ SCENARIO_NAMES),
  Cc: () => (/* binding */ findScenario)
});

;// CONCATENATED MODULE: ./src/scenarios/types.ts
/** A plain RFC 8414 authorization server; scenarios change only what they are about. */
function authorizationServer(overrides) {
    return {
        scopesSupported: ['mcp:basic'],
        metadataLocation: 'oauth',
        clientIdMetadataDocumentSupported: true,
        refreshTokenPolicy: 'static',
        refreshTokenRequiresConsent: false,
        withheldScopes: [],
        defaultScopes: ['mcp:basic'],
        accessTokenExpiresIn: 3600,
        ...overrides,
    };
}
/** Access tokens last for the whole run unless a scenario is about expiry. */
const UNLIMITED_USES = Number.MAX_SAFE_INTEGER;

;// CONCATENATED MODULE: ./src/scenarios/expiring-tokens.ts

/**
 * The declared `expires_in` (seconds) of a token a scenario lets expire. Short, so that clients that refresh by
 * their own clock refresh within the run, and the run stays fast; a client that refreshes some seconds early (Go's
 * oauth2 does, by 10 s) refreshes before every request while it holds such a token.
 */
const EXPIRING_TOKEN_LIFETIME_SECONDS = 1;
/** How a scenario's expiring tokens expire, in the words of the scenario descriptions. */
function expiryWords(expiringTokens, uses) {
    const tokens = expiringTokens === 1 ? 'first' : 'first two';
    const subject = tokens === 'first' ? 'the first access token declares' : 'the first two access tokens declare';
    const lifetime = EXPIRING_TOKEN_LIFETIME_SECONDS === 1 ? 'one second' : `${EXPIRING_TOKEN_LIFETIME_SECONDS} seconds`;
    const count = ['no', 'one', 'two', 'three', 'four'][uses] ?? String(uses);
    return (`${subject} \`expires_in: ${EXPIRING_TOKEN_LIFETIME_SECONDS}\` and ${tokens === 'first' ? 'is' : 'are'} ` +
        `answered 401 \`invalid_token\` once ${lifetime} or ${count} MCP requests have passed, the last of those ` +
        `requests being answered only when the ${lifetime} ${EXPIRING_TOKEN_LIFETIME_SECONDS === 1 ? 'is' : 'are'} up`);
}
/** A scenario whose first access tokens expire, run by the SDKs' standard authorization-code client. */
function expiringTokensScenario(scenario) {
    const { uses = 3, expiringTokens = 1, mcpScopes = ['mcp:basic'], authorizationServerOrigin } = scenario;
    return {
        name: scenario.name,
        conformanceName: 'auth/metadata-default',
        description: scenario.description(expiryWords(expiringTokens, uses)),
        mock: {
            authorizationServer: authorizationServer(scenario.authorizationServer),
            mcpServer: { scopesSupported: mcpScopes },
            accessTokenUses: uses,
            accessTokenLifetimeSeconds: EXPIRING_TOKEN_LIFETIME_SECONDS,
            expiringAccessTokens: expiringTokens,
            ...(authorizationServerOrigin ? { authorizationServerOrigin } : {}),
        },
        events: scenario.events,
        checks: scenario.checks,
    };
}

;// CONCATENATED MODULE: ./src/scenarios/oidc-offline-access.ts

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * An OIDC-flavored authorization server: discovery only at `/.well-known/openid-configuration`, and a refresh token
 * only for `offline_access` requested with `prompt=consent`, like common OpenID providers.
 */
const oidcOfflineAccess = expiringTokensScenario({
    name: 'auth/oidc-offline-access',
    description: (expiry) => 'An OpenID Connect provider: metadata only at `/.well-known/openid-configuration`, `offline_access` listed, ' +
        'and a refresh token issued only when `offline_access` is requested with `prompt=consent`. ' +
        `${capitalize(expiry)}; tokens obtained after that last for the run.`,
    authorizationServer: {
        scopesSupported: ['openid', 'mcp:basic', 'offline_access'],
        metadataLocation: 'openid-only',
        refreshTokenPolicy: 'static',
        refreshTokenRequiresConsent: true,
    },
    events: { expiry: 'oidc-offline-access-prompt-consent' },
    checks: [
        'sep-2207-offline-access-requested',
        'oidc-offline-access-prompt-consent',
        'oauth-token-request-post',
        'sep-2207-refresh-token-confidential',
    ],
});

;// CONCATENATED MODULE: ./src/scenarios/offline-access-not-supported.ts

/** The AS does not list `offline_access`: asking for it anyway is asking for an unsupported scope. */
const offlineAccessNotSupported = {
    name: 'auth/offline-access-not-supported',
    conformanceName: 'auth/offline-access-not-supported',
    description: 'The authorization server does not list `offline_access` in `scopes_supported`. The client must not ask for it.',
    mock: {
        authorizationServer: authorizationServer({ scopesSupported: ['mcp:basic', 'mcp:read'] }),
        mcpServer: { scopesSupported: ['mcp:basic', 'mcp:read'] },
        accessTokenUses: UNLIMITED_USES,
    },
    checks: ['sep-2207-offline-access-not-requested'],
};

;// CONCATENATED MODULE: ./src/scenarios/offline-access-scope.ts

/** The AS lists `offline_access`; the protected resource does not (as SEP-2207 asks of servers). */
const offlineAccessScope = {
    name: 'auth/offline-access-scope',
    conformanceName: 'auth/offline-access-scope',
    description: 'The authorization server lists `offline_access` in `scopes_supported` and offers both dynamic registration ' +
        'and Client ID Metadata Documents; the MCP server does not list it. A client that wants refresh tokens declares ' +
        'the `refresh_token` grant and may ask for `offline_access`.',
    mock: {
        authorizationServer: authorizationServer({
            scopesSupported: ['mcp:basic', 'offline_access'],
            clientIdMetadataDocumentSupported: true,
        }),
        mcpServer: { scopesSupported: ['mcp:basic'] },
        accessTokenUses: UNLIMITED_USES,
    },
    checks: [
        'sep-2207-client-metadata-grant-types',
        'sep-2207-offline-access-requested',
        'sep-2207-offline-access-needs-refresh-grant',
    ],
};

;// CONCATENATED MODULE: ./src/scenarios/refresh-token-invalid-grant.ts

/** A refresh token is issued, but every refresh is refused with `invalid_grant` (revoked, expired, rotated away). */
const refreshTokenInvalidGrant = expiringTokensScenario({
    name: 'auth/refresh-token-invalid-grant',
    description: (expiry) => 'The authorization server issues a refresh token but answers every refresh grant with `invalid_grant`; ' +
        `${expiry}; tokens obtained after that last for the run. The client drops the refresh token, authorizes ` +
        'again, and does not retry the refused token in a loop.',
    authorizationServer: { scopesSupported: ['mcp:basic', 'offline_access'], refreshTokenPolicy: 'invalid_grant' },
    events: { expiry: 'oauth-refresh-token-used', refresh: 'oauth-refresh-invalid-grant-recovery' },
    checks: ['oauth-token-request-post', 'oauth-refresh-invalid-grant-recovery', 'sep-2207-refresh-token-confidential'],
});

;// CONCATENATED MODULE: ./src/scenarios/refresh-token-not-issued.ts

/** The AS lists `offline_access` but, as is its right, never issues a refresh token; the access token expires. */
const refreshTokenNotIssued = expiringTokensScenario({
    name: 'auth/refresh-token-not-issued',
    description: (expiry) => `The authorization server lists \`offline_access\` but never issues a refresh token; ${expiry}; ` +
        'tokens obtained after that last for the run. The client must not assume a refresh token: it re-authorizes ' +
        'and finishes, and never sends a refresh grant.',
    authorizationServer: { scopesSupported: ['mcp:basic', 'offline_access'], refreshTokenPolicy: 'none' },
    events: { expiry: 'sep-2207-refresh-token-not-assumed' },
    checks: ['oauth-token-request-post', 'sep-2207-refresh-token-not-assumed'],
});

;// CONCATENATED MODULE: ./src/scenarios/refresh-token-rotation.ts

/**
 * Every refresh rotates the refresh token, and access tokens last two MCP requests, so the client refreshes at least
 * twice. The mock refuses a rotated token but never revokes the family, so a client that races still finishes.
 */
const refreshTokenRotation = expiringTokensScenario({
    name: 'auth/refresh-token-rotation',
    description: (expiry) => 'Every refresh returns a new refresh token and retires the one presented (as OAuth 2.1 asks for public ' +
        `clients); ${expiry}, so the client refreshes at least twice; the token from the second refresh lasts for the ` +
        'run and must always present the newest refresh token. Two refreshes racing with the same token are reported ' +
        'as a race.',
    authorizationServer: { scopesSupported: ['mcp:basic', 'offline_access'], refreshTokenPolicy: 'rotate' },
    uses: 2,
    expiringTokens: 2,
    events: { expiry: 'oauth-refresh-token-used', refresh: 'oauth-refresh-uses-latest-token' },
    checks: [
        'oauth-token-request-post',
        'oauth-refresh-resource-parameter',
        'oauth-refresh-uses-latest-token',
        'sep-2207-refresh-token-confidential',
    ],
});

;// CONCATENATED MODULE: ./src/scenarios/refresh-token-use.ts

/**
 * A refresh token is issued and the AS grants less than asked (`mcp:write` is withheld). The first access token
 * expires, so the client must refresh (or re-authorize) to finish. The AS shares the MCP server's origin, the other
 * common deployment beside an AS of its own (the other refresh scenarios).
 */
const refreshTokenUse = expiringTokensScenario({
    name: 'auth/refresh-token-use',
    description: (expiry) => "The authorization server, on the MCP server's origin (an MCP server that is its own authorization server), " +
        'issues a refresh token and grants a narrower scope than asked (it withholds `mcp:write`); ' +
        `${expiry}; tokens obtained after that last for the run. The client refreshes with \`resource\`, within the ` +
        'granted scope, keeping the refresh token away from the MCP server.',
    authorizationServer: {
        scopesSupported: ['mcp:basic', 'mcp:write', 'offline_access'],
        withheldScopes: ['mcp:write'],
        refreshTokenPolicy: 'static',
    },
    mcpScopes: ['mcp:basic', 'mcp:write'],
    authorizationServerOrigin: 'shared',
    events: { expiry: 'oauth-refresh-token-used' },
    checks: [
        'oauth-token-request-post',
        'oauth-refresh-resource-parameter',
        'oauth-refresh-scope-within-grant',
        'oauth-refresh-token-used',
        'sep-2207-refresh-token-confidential',
    ],
});

;// CONCATENATED MODULE: ./src/scenarios/index.ts







/** Every client-mode scenario, in the order reports list them: the two upstream-parity ones first. */
const SCENARIOS = [
    offlineAccessScope,
    offlineAccessNotSupported,
    refreshTokenUse,
    refreshTokenRotation,
    refreshTokenNotIssued,
    refreshTokenInvalidGrant,
    oidcOfflineAccess,
];
const SCENARIO_NAMES = SCENARIOS.map((scenario) => scenario.name);
function findScenario(name) {
    return SCENARIOS.find((scenario) => scenario.name === name);
}


/***/ }),

/***/ 70584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ bearerChallenge)
/* harmony export */ });
/* unused harmony export parseWwwAuthenticate */
/**
 * A small parser for `WWW-Authenticate` challenges (RFC 9110 §11.6.1): `Bearer realm="x", scope="a b", error=...`.
 * Only what server mode needs: each challenge's scheme and its auth-params.
 */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
function parseWwwAuthenticate(header) {
    const challenges = [];
    let rest = header.trim();
    let current;
    while (rest.length > 0) {
        rest = rest.replace(/^[\s,]+/, '');
        const name = TOKEN.exec(rest)?.[0];
        if (!name)
            break;
        const afterName = rest.slice(name.length).replace(/^\s+/, '');
        if (afterName.startsWith('=') && current) {
            // An auth-param of the current challenge: name=token or name="quoted string".
            const valueText = afterName.slice(1).replace(/^\s+/, '');
            const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(valueText);
            const value = quoted ? quoted[1].replace(/\\(.)/g, '$1') : (TOKEN.exec(valueText)?.[0] ?? '');
            current.params[name.toLowerCase()] = value;
            rest = valueText.slice(quoted ? quoted[0].length : value.length);
        }
        else {
            // A new challenge; a token68 right after the scheme is kept whole, it carries no params.
            current = { scheme: name, params: {} };
            challenges.push(current);
            rest = afterName;
            const token68 = /^[A-Za-z0-9\-._~+/]+=*(?=\s*(,|$))/.exec(rest);
            if (token68 && !rest.slice(token68[0].length).trimStart().startsWith('='))
                rest = rest.slice(token68[0].length);
        }
    }
    return challenges;
}
/** The Bearer challenge's params, if the header has one. */
function bearerChallenge(header) {
    if (!header)
        return undefined;
    return parseWwwAuthenticate(header).find((challenge) => challenge.scheme.toLowerCase() === 'bearer')?.params;
}


/***/ }),

/***/ 58750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   c9: () => (/* binding */ strictBoolean)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_run_suite_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56808);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10182);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88381);
/* harmony import */ var _scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/**
 * Raw options (CLI flags or action inputs, all strings) become one typed Settings object, validated once. A bad
 * value throws a SettingsError naming the option and what it accepts, before any scenario starts. Settings are one
 * of three shapes, by mode: each holds what its mode uses, and nothing stands in for what it does not.
 */







const MAX_TIMEOUT_MS = 60 * 60 * 1000;
const MAX_CONCURRENCY = 64;
class SettingsError extends Error {
    name = 'SettingsError';
}
/** Reads raw values: trimmed, an empty string as not given, a list's values split on commas and new lines. */
class RawReader {
    raw;
    nameOf;
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    text(key) {
        const value = this.raw[key]?.trim();
        return value === '' ? undefined : value;
    }
    /** The given value, or the option's default from the options table. */
    textOrDefault(key) {
        return this.text(key) ?? _options_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_OPTIONS */ .p7[key].default;
    }
    list(key, separator) {
        return (this.raw[key] ?? [])
            .flatMap((value) => value.split(separator))
            .map((value) => value.trim())
            .filter(Boolean);
    }
}
function parseSettings(raw, nameOf) {
    const read = new RawReader(raw, nameOf);
    const target = parseTarget(read);
    const suite = parseSuiteSettings(read);
    const client = parseClientSettings(read);
    if (target.mode === 'client')
        return { ...target, ...suite, ...client };
    if (target.mode === 'server')
        return { ...target, ...suite };
    const { failOn, outputDir, workingDirectory, badgeLabel } = suite;
    return { ...target, failOn, outputDir, workingDirectory, badgeLabel };
}
/** The mode and what it runs: an option of another mode, or a missing one its mode needs, is an error. */
function parseTarget(read) {
    const { nameOf } = read;
    const mode = oneOf(read.textOrDefault('mode'), _options_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN, nameOf('mode'));
    const command = read.text('command');
    const serverUrl = read.text('serverUrl');
    const serverCommand = read.text('serverCommand');
    const results = read.list('results', /[\n,]+/);
    const onlyIn = (option, given) => {
        const where = _options_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_OPTIONS */ .p7[option].mode;
        if (given && mode !== where) {
            throw new SettingsError(`${nameOf(option)} is for ${where} mode, and this run is in ${mode} mode (${nameOf('mode')}).`);
        }
    };
    onlyIn('command', command !== undefined);
    onlyIn('serverUrl', serverUrl !== undefined);
    onlyIn('serverCommand', serverCommand !== undefined);
    onlyIn('results', results.length > 0);
    if (mode === 'client') {
        if (command !== undefined)
            return { mode, command };
        throw new SettingsError(`${nameOf('command')} is required: the shell command that starts your MCP client.`);
    }
    if (mode === 'server') {
        if (serverUrl !== undefined && /^https?:\/\//i.test(serverUrl) && URL.canParse(serverUrl)) {
            return { mode, serverUrl, serverCommand: serverCommand ?? null };
        }
        throw new SettingsError(serverUrl === undefined
            ? `${nameOf('serverUrl')} is required in server mode: the URL of the MCP endpoint to probe, ` +
                'e.g. http://127.0.0.1:3000/mcp.'
            : `${nameOf('serverUrl')}: "${serverUrl}" is not an http(s) URL.`);
    }
    if (results.length > 0)
        return { mode, results };
    throw new SettingsError(`${nameOf('results')} is required in aggregate mode: glob patterns of results.json files, ` +
        'e.g. results/**/results.json.');
}
/** Every mode validates every option, so a bad value is an error whatever the mode; each keeps what it uses. */
function parseSuiteSettings(read) {
    const { nameOf } = read;
    const specVersion = oneOf(read.textOrDefault('specVersion'), _model_js__WEBPACK_IMPORTED_MODULE_4__/* .SPEC_VERSIONS */ .mR, nameOf('specVersion'));
    const protocolVersion = oneOf(read.text('protocolVersion') ?? defaultProtocolVersion(specVersion), _model_js__WEBPACK_IMPORTED_MODULE_4__/* .PROTOCOL_VERSIONS */ .nk, nameOf('protocolVersion'));
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(read.textOrDefault('workingDirectory'));
    const timeoutMs = positiveInteger(read.textOrDefault('timeout'), MAX_TIMEOUT_MS, nameOf('timeout'), 'milliseconds');
    const expectedFailures = read.text('expectedFailures');
    return {
        label: read.text('label') ?? null,
        specVersion,
        protocolVersion,
        timeoutMs,
        failOn: oneOf(read.textOrDefault('failOn'), _model_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d$, nameOf('failOn')),
        outputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDirectory, read.textOrDefault('outputDir')),
        workingDirectory,
        expectedFailures: expectedFailures === undefined ? null : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDirectory, expectedFailures),
        badgeLabel: read.textOrDefault('badgeLabel'),
    };
}
function parseClientSettings(read) {
    const { nameOf } = read;
    const concurrency = read.text('concurrency');
    return {
        scenarios: parseScenarios(read.list('scenarios', /[\s,]+/), nameOf('scenarios')),
        // Most of a scenario is waiting (token lifetimes, the client's own start-up), so all of them run at once.
        concurrency: concurrency === undefined
            ? _scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SCENARIOS */ .U9.length
            : positiveInteger(concurrency, MAX_CONCURRENCY, nameOf('concurrency'), 'scenarios at once'),
        consentShim: strictBoolean(read.textOrDefault('consentShim'), true, nameOf('consentShim')),
        isolateHome: strictBoolean(read.textOrDefault('isolateHome'), true, nameOf('isolateHome')),
        scenarioNames: oneOf(read.textOrDefault('scenarioNames'), _engine_run_suite_js__WEBPACK_IMPORTED_MODULE_1__/* .SCENARIO_NAME_CHOICES */ .mG, nameOf('scenarioNames')),
    };
}
/** A client targeting a dated revision speaks that revision's protocol unless told otherwise. */
function defaultProtocolVersion(specVersion) {
    return specVersion === 'draft' ? '2026-07-28' : specVersion;
}
/** Accepts names separated by commas, spaces or new lines (a workflow's multi-line input), or `all`. */
function parseScenarios(names, option) {
    const chosen = names
        .filter((name) => name !== 'all')
        .map((name) => {
        const scenario = (0,_scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__/* .findScenario */ .Cc)(name) ?? (0,_scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__/* .findScenario */ .Cc)(`auth/${name}`);
        if (!scenario) {
            throw new SettingsError(`${option}: unknown scenario "${name}". Allowed: all, ${_scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SCENARIO_NAMES */ .es.join(', ')}.`);
        }
        return scenario;
    });
    if (names.length === 0 || names.includes('all'))
        return [..._scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SCENARIOS */ .U9];
    return [...new Set(chosen)];
}
function oneOf(value, allowed, option) {
    const found = allowed.find((candidate) => candidate === value);
    if (found !== undefined)
        return found;
    throw new SettingsError(`${option}: "${value}" is not allowed. Allowed: ${allowed.join(', ')}.`);
}
/** The YAML 1.2 core spellings, as `core.getBooleanInput` accepts them; nothing looser (no yes/no, 1/0). */
function strictBoolean(value, fallback, option) {
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new SettingsError(`${option}: "${value}" is not allowed. Allowed: true, false.`);
}
function positiveInteger(value, max, option, unit) {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
        throw new SettingsError(`${option}: "${value}" is not allowed. Expected a whole number of ${unit} from 1 to ${max}.`);
    }
    return Number(value);
}


/***/ }),

/***/ 88169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ suiteResult),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   nE: () => (/* binding */ notRun)
/* harmony export */ });
/* unused harmony export countStatuses */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);
/**
 * Building a SuiteResult from a run's scenarios: the schema and tool stamped, the counts derived. Pure; shared by
 * the client suite (engine) and server mode.
 */


/** A SuiteResult from a run's scenarios: the schema and tool stamped, the counts derived. */
function suiteResult(run) {
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_1__/* .RESULTS_SCHEMA_VERSION */ .q3,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL */ .j.name, version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL */ .j.version },
        ...run,
        counts: countStatuses(run.scenarios, () => true),
        enforcedCounts: countStatuses(run.scenarios, (result) => !result.draftOnly),
    };
}
/** The ProcessRun of a process that never started (the harness failed first). */
function notRun(command) {
    return {
        command,
        exitCode: null,
        signal: null,
        timedOut: false,
        startError: null,
        durationMs: 0,
        stdoutTail: '',
        stderrTail: '',
        stdoutTruncatedBytes: 0,
        stderrTruncatedBytes: 0,
    };
}
/** Zero of every status. */
const emptyCounts = () => ({ SUCCESS: 0, FAILURE: 0, WARNING: 0, INFO: 0, SKIPPED: 0 });
function countStatuses(scenarios, include) {
    const counts = emptyCounts();
    for (const scenario of scenarios) {
        for (const result of [scenario.outcome, ...scenario.checks])
            if (include(result))
                counts[result.status] += 1;
    }
    return counts;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** The tool's name and version as reports show them; a test keeps the version equal to package.json's. */
const TOOL = { name: 'sep-2207-action', version: '0.1.0' };


/***/ })

};
