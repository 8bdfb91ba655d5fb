import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 80530:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ evaluateCheck),
  m: () => (/* binding */ evaluateScenario)
});

// EXTERNAL MODULE: ./src/checks/catalog.ts
var catalog = __nccwpck_require__(80530);
// EXTERNAL MODULE: ./src/checks/transcript-queries.ts
var transcript_queries = __nccwpck_require__(59246);
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
var www_authenticate = __nccwpck_require__(70584);
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
var scenario_outcome = __nccwpck_require__(21342);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ scenarioOutcome),
/* harmony export */   Wv: () => (/* binding */ scenarioEvents),
/* harmony export */   cF: () => (/* binding */ SCENARIO_OUTCOME),
/* harmony export */   wC: () => (/* binding */ outcomeResult)
/* harmony export */ });
/* unused harmony export BASIC_AUTHORIZATION_INTRODUCED_IN */
/* harmony import */ var _transcript_queries_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(59246);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 32040:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K1: () => (/* binding */ runClientProcess)
});

// UNUSED EXPORTS: inheritedEnvironment, shellQuote

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(46193);
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
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/engine/temp-dir.ts
var temp_dir = __nccwpck_require__(43996);
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
        (0,external_node_child_process_namespaceObject.execFileSync)('mkfifo', ['-m', '600', ...paths], { stdio: 'ignore' });
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
var external_node_crypto_ = __nccwpck_require__(77598);
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
var shell = __nccwpck_require__(57656);
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
            child = (0,external_node_child_process_namespaceObject.spawn)('/bin/sh', ['-c', this.command], {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mG: () => (/* binding */ SCENARIO_NAME_CHOICES),
  og: () => (/* binding */ runSuite)
});

// UNUSED EXPORTS: runScenario

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
// EXTERNAL MODULE: ./src/suite-result.ts
var suite_result = __nccwpck_require__(88169);
// EXTERNAL MODULE: ./src/checks/catalog.ts
var catalog = __nccwpck_require__(80530);
// EXTERNAL MODULE: ./src/checks/evaluate.ts + 9 modules
var evaluate = __nccwpck_require__(4807);
// EXTERNAL MODULE: ./src/checks/scenario-outcome.ts
var scenario_outcome = __nccwpck_require__(21342);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/engine/temp-dir.ts
var temp_dir = __nccwpck_require__(43996);
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

// EXTERNAL MODULE: ./src/engine/client-process.ts + 4 modules
var client_process = __nccwpck_require__(32040);
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
var shell = __nccwpck_require__(57656);
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
const loadMockServers = () => (mockServersModule ??= Promise.all(/* import() */[__nccwpck_require__.e(901), __nccwpck_require__.e(784), __nccwpck_require__.e(221), __nccwpck_require__.e(634)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53634)));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ describeShellFailure),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   aJ: () => (/* binding */ inheritedEnvironment),
/* harmony export */   dB: () => (/* binding */ describeSpawnError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ removeTempDir),
/* harmony export */   RT: () => (/* binding */ safeTempBase)
/* harmony export */ });
/* unused harmony export KEEP_TEMP_ENV */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ recordedBody),
/* harmony export */   bV: () => (/* binding */ MAX_RECORDED_BODY_CHARS),
/* harmony export */   x: () => (/* binding */ TranscriptRecorder)
/* harmony export */ });
/* unused harmony exports MAX_RECORDED_EXCHANGES, formToRecord */
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48494);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(10182);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gk: () => (/* binding */ githubRunUrl),
  aI: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: runConformance

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
// EXTERNAL MODULE: ./src/checks/catalog.ts
var catalog = __nccwpck_require__(80530);
// EXTERNAL MODULE: ./src/checks/scenario-outcome.ts
var scenario_outcome = __nccwpck_require__(21342);
// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __nccwpck_require__(67355);
// EXTERNAL MODULE: ./src/scenarios/index.ts + 9 modules
var src_scenarios = __nccwpck_require__(73054);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
// EXTERNAL MODULE: ./src/checks/evaluate.ts + 9 modules
var evaluate = __nccwpck_require__(4807);
// EXTERNAL MODULE: ./src/suite-result.ts
var suite_result = __nccwpck_require__(88169);
// EXTERNAL MODULE: ./src/engine/client-process.ts + 4 modules
var client_process = __nccwpck_require__(32040);
// EXTERNAL MODULE: ./src/mock/transcript.ts
var mock_transcript = __nccwpck_require__(15582);
// EXTERNAL MODULE: ./src/server/www-authenticate.ts
var www_authenticate = __nccwpck_require__(70584);
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
var settings = __nccwpck_require__(58750);
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
var run_suite = __nccwpck_require__(56808);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
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
var report_badge = __nccwpck_require__(40793);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __nccwpck_require__(42998);
// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __nccwpck_require__(32585);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(14031);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __nccwpck_require__(19334);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(10182);
// EXTERNAL MODULE: ./src/report/evidence.ts
var report_evidence = __nccwpck_require__(53877);
// EXTERNAL MODULE: ./src/report/judgement.ts
var report_judgement = __nccwpck_require__(99401);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __nccwpck_require__(87496);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(65655);
// EXTERNAL MODULE: ./src/report/verdict.ts
var report_verdict = __nccwpck_require__(90687);
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
/** A request's query, decoded for reading, key parameters first (so they survive when a long line is cut). */
const queryString = (query) => (0,report_evidence/* parameters */.F)(query, '&');
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
    const maxBytes = options.maxBytes ?? budget/* STEP_SUMMARY_MAX_BYTES */.T;
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
    return (0,budget/* fitToBudget */.c)(render, steps, maxBytes, 'results.json');
}

// EXTERNAL MODULE: ./src/report/write-files.ts
var write_files = __nccwpck_require__(50483);
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
    const { runAggregate } = await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(324), __nccwpck_require__.e(159)]).then(__nccwpck_require__.bind(__nccwpck_require__, 56159));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ badgeFor),
/* harmony export */   qb: () => (/* binding */ buildBadge),
/* harmony export */   w9: () => (/* binding */ badgeCounts)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(10182);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ STEP_SUMMARY_MAX_BYTES),
/* harmony export */   c: () => (/* binding */ fitToBudget)
/* harmony export */ });
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   YD: () => (/* binding */ richText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports visibleText, escapeMarkdownCell */
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(87496);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parameters),
/* harmony export */   p: () => (/* binding */ evidenceLines)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65655);

const MAX_LINE = 300;
const MAX_DETAIL = 200;
/** Parameters the checks are about come first, so they survive when a long line is cut. */
const KEY_PARAMETERS = ['grant_type', 'refresh_token', 'scope', 'resource', 'prompt', 'client_id', 'grant_types'];
const keyRank = (name) => {
    const rank = KEY_PARAMETERS.indexOf(name);
    return rank === -1 ? KEY_PARAMETERS.length : rank;
};
/** `a=b c=d` (or joined with `separator`), key parameters first. */
function parameters(values, separator = ' ') {
    return Object.entries(values)
        .sort(([a], [b]) => keyRank(a) - keyRank(b))
        .flatMap(([name, value]) => [value].flat().map((item) => `${name}=${item}`))
        .join(separator);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ collectFindings),
/* harmony export */   Wr: () => (/* binding */ groupResults),
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
/**
 * The judged results `include` keeps, grouped by what they say (see sameThingKey), in suite order: each group is one
 * result standing for every scenario that has it. Numbered 1, 2, … in that order.
 */
function groupResults(suite, verdict, include) {
    const scenarios = new Map(suite.scenarios.map((scenario) => [scenario.name, scenario]));
    const groups = new Map();
    for (const item of verdict.judged) {
        if (!include(item))
            continue;
        const { scenario, result, judgement } = item;
        const key = sameThingKey(result, judgement);
        const group = groups.get(key);
        if (group)
            group.scenarios.push(scenario);
        else {
            const first = scenarios.get(scenario);
            groups.set(key, { number: groups.size + 1, judgement, result, first, scenarios: [scenario] });
        }
    }
    return [...groups.values()];
}
/** The findings (FAILUREs and WARNINGs), what fails the run first, numbered in that order. */
function collectFindings(suite, verdict) {
    const rank = (finding) => JUDGEMENT_ORDER.indexOf(finding.judgement) * 2 + (finding.result.status === 'FAILURE' ? 0 : 1);
    return groupResults(suite, verdict, (item) => item.judgement !== 'clean')
        .sort((a, b) => rank(a) - rank(b) || a.number - b.number)
        .map((finding, index) => ({ ...finding, number: index + 1 }));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ mark),
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   T_: () => (/* binding */ MARKS_LEGEND),
/* harmony export */   ej: () => (/* binding */ STATUS_DISPLAY),
/* harmony export */   j6: () => (/* binding */ whyLong),
/* harmony export */   z3: () => (/* binding */ whyShort)
/* harmony export */ });
/* unused harmony export failsRun */
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ renderTestsuite),
/* harmony export */   Qx: () => (/* binding */ suiteName),
/* harmony export */   RV: () => (/* binding */ renderJunit),
/* harmony export */   ys: () => (/* binding */ renderTestsuites)
/* harmony export */ });
/* unused harmony exports escapeXml, seconds */
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(53877);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(99401);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(65655);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90687);




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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(65655);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99401);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(90687);




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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   lG: () => (/* binding */ judgementOf)
/* harmony export */ });
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(67355);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99401);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(65655);




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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   c9: () => (/* binding */ strictBoolean)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_run_suite_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(56808);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(10182);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(88381);
/* harmony import */ var _scenarios_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(73054);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ suiteResult),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   nE: () => (/* binding */ notRun)
/* harmony export */ });
/* unused harmony export countStatuses */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(10182);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(311);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** The tool's name and version as reports show them; a test keeps the version equal to package.json's. */
const TOOL = { name: 'sep-2207-action', version: '0.1.0' };


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 90290:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("async_hooks");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction),
  ak: () => (/* reexport */ runCli),
  aW: () => (/* binding */ runReferenceClient)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __nccwpck_require__(88381);
;// CONCATENATED MODULE: ./src/cli-flags.ts
/**
 * The command line's flags and help text, both read from the options table (src/options.ts), and the flags' values
 * as the raw options `parseSettings` takes.
 */


const FLAG_OPTIONS = [...Object.values(src_options/* RUN_OPTIONS */.p7), ...Object.values(src_options/* COMMAND_LINE_ONLY */.k1)];
const HELP_WIDTH = 118;
const DESCRIPTION_COLUMN = 32;
const HEADER = `Usage: sep-2207-action --command "<shell command that starts your MCP client>" [options]
       sep-2207-action --mode server --server-url <url> [--server-command "<cmd>"] [options]
       sep-2207-action --mode aggregate --results "<glob of results.json files>" [options]

Client mode (the default) runs each scenario's mock OAuth authorization server and MCP server on 127.0.0.1, starts
your client with the MCP server URL as its last argument, and checks what it did on the wire (SEP-2207 and the
OAuth 2.1 refresh rules). Server mode probes your MCP server's WWW-Authenticate challenge and Protected Resource
Metadata. Aggregate mode merges results.json files from several runs into one compatibility matrix.

Options:`;
const FOOTER = 'Exit codes: 0 passed, 1 an enforced result failed, 2 bad usage, 3 harness error, 130 interrupted.';
/** Throws parseArgs's own errors (code `ERR_PARSE_ARGS_…`) for an unknown flag or a missing value. */
function parseCommandLine(argv) {
    const options = {};
    for (const { flag, short, value, multiple } of FLAG_OPTIONS) {
        if (flag === undefined)
            continue;
        // parseArgs rejects a `short` or `multiple` key that is there but undefined.
        options[flag] = {
            type: value === undefined ? 'boolean' : 'string',
            ...(short === undefined ? {} : { short }),
            ...(multiple === undefined ? {} : { multiple }),
        };
    }
    const { values } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, allowPositionals: false, options });
    const commands = ['help', 'version', 'listScenarios'].filter((key) => values[src_options/* COMMAND_LINE_ONLY */.k1[key].flag] === true);
    const raw = {};
    for (const key of src_options/* RUN_OPTION_KEYS */.ld) {
        const option = src_options/* RUN_OPTIONS */.p7[key];
        const given = values[src_options/* RUN_OPTIONS */.p7[key].flag];
        if ((0,src_options/* isListOption */.C_)(key)) {
            if (Array.isArray(given))
                raw[key] = given.filter((item) => typeof item === 'string');
        }
        else if (option.switchGives !== undefined) {
            if (given === true)
                raw[key] = option.switchGives;
        }
        else if (typeof given === 'string')
            raw[key] = given;
    }
    return { command: commands[0], raw };
}
/** The help text: each flag with its value, what it does, the mode that takes it and its default. */
function usage() {
    const lines = FLAG_OPTIONS.flatMap((option) => {
        if (option.flag === undefined)
            return [];
        const short = option.short ? `-${option.short}, ` : '    ';
        const name = `${short}--${option.flag}${option.value ? ` ${option.value}` : ''}`;
        const notes = helpNotes(option);
        const text = `${option.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
        return helpLines(`  ${name}`, text);
    });
    return [HEADER, ...lines, '', FOOTER].join('\n');
}
function helpNotes(option) {
    const notes = [];
    if (option.mode)
        notes.push(`${option.mode} mode${option.required ? ', required' : ''}`);
    if (option.multiple)
        notes.push('repeatable');
    if (option.switchGives !== undefined)
        notes.push('on by default; this flag turns it off');
    else if (option.defaultText ?? option.default)
        notes.push(`default: ${option.defaultText ?? option.default}`);
    return notes;
}
/** The flag, then its description from the description column, wrapped at the help's width. */
function helpLines(name, text) {
    const lines = [];
    let line = name.length + 1 > DESCRIPTION_COLUMN ? `${name} ` : name.padEnd(DESCRIPTION_COLUMN);
    let empty = true;
    for (const word of text.split(' ')) {
        if (!empty && line.length + 1 + word.length > HELP_WIDTH) {
            lines.push(line);
            line = ' '.repeat(DESCRIPTION_COLUMN);
            empty = true;
        }
        line += `${empty ? '' : ' '}${word}`;
        empty = false;
    }
    return [...lines, line];
}

// EXTERNAL MODULE: ./src/pipeline.ts + 7 modules
var pipeline = __nccwpck_require__(57346);
// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __nccwpck_require__(67355);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __nccwpck_require__(87496);
// EXTERNAL MODULE: ./src/scenarios/index.ts + 9 modules
var scenarios = __nccwpck_require__(73054);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __nccwpck_require__(58750);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli-main.ts
/**
 * The command-line interface: the same pipeline and files as the action, with a terminal report.
 * Exit codes: 0 passed, 1 failed (an enforced result), 2 bad usage, 3 harness error, 130 interrupted.
 */








const EXIT = { passed: 0, failed: 1, usage: 2, harness: 3, interrupted: 130 };
function terminalOptions(stream) {
    return { color: Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb' };
}
const print = (line) => process.stdout.write(`${line}\n`);
const complain = (line) => process.stderr.write(`${version/* TOOL */.j.name}: ${line}\n`);
function progressLine(event, options) {
    const position = (0,terminal/* paint */.nI)(`[${event.index + 1}/${event.total}]`, 90, options);
    if (event.type === 'scenario-started')
        return `${position} ${event.scenario} started`;
    if (event.type === 'scenario-rerun')
        return `${position} ${event.scenario} runs again, alone: ${(0,terminal/* inParallel */.HN)(event.reason)}`;
    const result = event.result;
    const worst = [result.outcome, ...result.checks].map((check) => check.status);
    const status = ['FAILURE', 'WARNING', 'INFO', 'SKIPPED', 'SUCCESS'].find((candidate) => worst.includes(candidate)) ??
        'SUCCESS';
    const took = (0,terminal/* formatSeconds */.Xo)(result.durationMs);
    return `${position} ${event.scenario} finished in ${took} ${(0,terminal/* statusLabel */.Rh)(status, options)}`;
}
function reportSuite(settings, outcome) {
    process.stdout.write((0,terminal/* renderTerminalReport */.JJ)(outcome.suite, outcome.verdict, terminalOptions(process.stdout)));
    for (const entry of outcome.verdict.stale) {
        const where = `${outcome.baseline?.path}:${entry.line}`;
        print(`Stale baseline entry (now passes, remove it): ${(0,baseline/* formatEntry */.WL)(entry)} (${where})`);
    }
    print(`Reports: ${outcome.files.results}, badge.json, junit.xml, summary.md`);
    if (outcome.interrupted) {
        const ran = outcome.suite.scenarios.length;
        const planned = settings.mode === 'client' ? settings.scenarios.length : ran;
        complain(`interrupted: the reports hold the ${ran} of ${planned} scenarios that ran.`);
        return EXIT.interrupted;
    }
    return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}
/** Aggregate mode on a terminal: a line per merged run, the problems, the verdict. */
function reportAggregate(outcome) {
    const style = terminalOptions(process.stdout);
    for (const column of outcome.matrix.columns) {
        const mark = column.failing > 0 ? (0,terminal/* paint */.nI)('✘', 31, style) : (0,terminal/* paint */.nI)('✔', 32, style);
        const { label, specVersion, badge, file } = column;
        print(`${mark} ${(0,terminal/* visible */.RK)(label)}  spec ${specVersion}  ${badge.message}  (${(0,terminal/* visible */.RK)(file)})`);
    }
    for (const problem of outcome.problems)
        print(`${(0,terminal/* paint */.nI)('▲', 33, style)} not merged: ${(0,terminal/* visible */.RK)(problem.file)}: ${(0,terminal/* visible */.RK)(problem.reason)}`);
    print(`${outcome.passed ? (0,terminal/* paint */.nI)('PASSED', 32, style) : (0,terminal/* paint */.nI)('FAILED', 31, style)}  ${(0,terminal/* visible */.RK)(outcome.reason)}`);
    print(`Reports: ${outcome.files.summary}, badge.json, badges/, junit.xml, aggregate.json`);
    return outcome.passed ? EXIT.passed : EXIT.failed;
}
/**
 * The glob library under aggregate mode reports its progress as `::debug::` workflow commands on stdout; a terminal
 * has no use for them, so they are held back while the pipeline runs.
 */
async function withoutDebugCommands(run) {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => String(chunk).startsWith('::debug::')
        ? true
        : write(chunk, ...rest));
    try {
        return await run();
    }
    finally {
        process.stdout.write = write;
    }
}
function isUsageError(error) {
    return (error instanceof src_settings/* SettingsError */.GN ||
        (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')));
}
function failed(error) {
    if (isUsageError(error)) {
        complain(`${error.message}\nRun with --help for usage.`);
        return EXIT.usage;
    }
    complain(`harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.harness;
}
async function run(settings) {
    const stderrStyle = terminalOptions(process.stderr);
    const outcome = await withoutDebugCommands(() => (0,pipeline/* runPipeline */.aI)(settings, {
        nameOf: src_options/* flagName */.GI,
        onStart: (line) => process.stderr.write(`${version/* TOOL */.j.name} ${version/* TOOL */.j.version}: ${line}\n`),
        onProgress: (event) => process.stderr.write(`${progressLine(event, stderrStyle)}\n`),
        onInterrupt: (again) => complain(again
            ? 'still stopping clients and writing the reports.'
            : 'interrupted; stopping clients and writing what has run.'),
    }));
    return outcome.mode === 'aggregate' ? reportAggregate(outcome) : reportSuite(settings, outcome);
}
async function main(argv) {
    let settings;
    try {
        const { command, raw } = parseCommandLine(argv);
        if (command === 'help')
            print(usage());
        else if (command === 'version')
            print(version/* TOOL */.j.version);
        else if (command === 'listScenarios') {
            for (const scenario of scenarios/* SCENARIOS */.U9)
                print(`${scenario.name}\n  ${scenario.description}`);
        }
        if (command !== undefined)
            return EXIT.passed;
        settings = (0,src_settings/* parseSettings */.P$)(raw, src_options/* flagName */.GI);
    }
    catch (error) {
        if (isUsageError(error))
            return failed(error);
        throw error;
    }
    // A bad baseline or output directory is still bad usage (2); anything else that goes wrong is the harness's (3).
    return run(settings).catch(failed);
}
/** The CLI as a program: `argv` in, the exit code set, a closed stdout (`… | head -1`) not a crash. */
async function runCli(argv = process.argv.slice(2)) {
    // A reader that stops early (`… --list-scenarios | head -1`) closes the pipe: that is the end, not a crash.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
    process.exitCode = await main(argv);
}

;// CONCATENATED MODULE: ./scripts/dist-entries.ts
/**
 * The one module ncc bundles into dist/main.js. The action (dist/index.js), the CLI (dist/cli/index.js) and the
 * reference client (dist/reference-client/index.js) are two-line stubs that call one of these, so they share one
 * bundle and every module is in dist/ once. The CLI is main.js itself (its `--version` and `--help` load nothing
 * more); the action and the reference client load their own chunks on demand (ncc splits the dynamic imports below
 * into chunks, shared where the programs meet).
 */

/** dist/index.js: the action. */
async function runAction() {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(213)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68213));
    await run();
}
/**
 * dist/reference-client/index.js: the reference client `npm start` runs in every scenario. It loads main.js (the
 * CLI's code) too, about 30 ms per start: the price of one copy of the MCP SDK in dist/.
 */
async function runReferenceClient() {
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(901), __nccwpck_require__.e(147), __nccwpck_require__.e(448)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70448));
    await main();
}

var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runCli = __webpack_exports__.ak;
var __webpack_exports__runReferenceClient = __webpack_exports__.aW;
export { __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli, __webpack_exports__runReferenceClient as runReferenceClient };
