/**
 * Checks on the refresh flow itself: what a refresh request carries (resource, scope, the newest token), whether the
 * client refreshes at all, and what it does when no refresh token is issued or the refresh is refused.
 */
import type { Exchange } from '../model.js';
import {
  after,
  authorizationRequests,
  expiredTokenChallenges,
  formParam,
  grants,
  issuedRefreshToken,
  oauthErrorCode,
  queryParam,
  requestLine,
  responseJson,
  scopeList,
  everyOne,
  succeeded,
  tokenRequests,
} from './transcript-queries.js';
import { outcome, type CheckFunction, type EvaluationInput } from './types.js';

const seqs = (exchanges: Exchange[]) => exchanges.map((exchange) => exchange.seq);

/**
 * What the client did about authorization after `since`: the first authorization request, and whether that
 * re-authorization completed (a new code exchanged, then a successful MCP request), not just opened a browser.
 */
function reauthorization(
  transcript: Exchange[],
  since: Exchange,
): { authorize: Exchange | undefined; completed: boolean } {
  const authorize = authorizationRequests(after(transcript, since))[0];
  if (!authorize) return { authorize, completed: false };
  const exchanged = grants(after(transcript, authorize), 'authorization_code').find(succeeded);
  const called = exchanged
    ? after(transcript, exchanged).some(
        (exchange) => exchange.endpoint === 'mcp' && exchange.status >= 200 && exchange.status < 300,
      )
    : false;
  return { authorize, completed: called };
}
const time = (ms: number) => `${ms.toFixed(1)} ms`;

/** What a refresh token was issued for: the exchange that issued it and the scope of its original grant. */
interface IssuedRefreshToken {
  issuedBy: Exchange;
  grantedScope: string[];
}

/**
 * Follows every refresh token back to the grant it belongs to. A token issued by a code exchange carries the scope
 * granted there; a token issued by a refresh inherits the scope of the token presented.
 */
function refreshTokenLineage(input: EvaluationInput): Map<string, IssuedRefreshToken> {
  const lineage = new Map<string, IssuedRefreshToken>();
  for (const exchange of [
    ...grants(input.transcript, 'authorization_code'),
    ...grants(input.transcript, 'refresh_token'),
  ].sort((a, b) => a.seq - b.seq)) {
    const issued = issuedRefreshToken(exchange);
    if (issued === undefined || lineage.has(issued)) continue;
    const presented = formParam(exchange, 'refresh_token');
    const inherited = presented === undefined ? undefined : lineage.get(presented)?.grantedScope;
    // A token response without `scope` granted what was asked (RFC 6749 §5.1): the authorization request's scope.
    const granted = responseJson(exchange)?.scope;
    const asked = authorizationRequests(input.transcript)
      .filter((authorize) => authorize.seq < exchange.seq)
      .at(-1);
    const grantedScope =
      typeof granted === 'string' ? scopeList(granted) : scopeList(asked ? queryParam(asked, 'scope') : undefined);
    lineage.set(issued, { issuedBy: exchange, grantedScope: inherited ?? grantedScope });
  }
  return lineage;
}

/** The `resource` the client authorized for: its authorization request's, else the protected resource's URL. */
function authorizedResource(input: EvaluationInput): string | undefined {
  const fromAuthorization = authorizationRequests(input.transcript)
    .map((exchange) => queryParam(exchange, 'resource'))
    .find((resource) => resource !== undefined);
  if (fromAuthorization) return fromAuthorization;
  const prm = input.transcript.find((exchange) => exchange.endpoint === 'prm' && exchange.status === 200);
  const resource = prm ? responseJson(prm)?.resource : undefined;
  return typeof resource === 'string' ? resource : undefined;
}

export const refreshResourceParameter: CheckFunction = (input) => {
  const id = 'oauth-refresh-resource-parameter';
  const refreshes = grants(input.transcript, 'refresh_token');
  if (refreshes.length === 0) return outcome(id, 'SKIPPED', 'the client never sent a refresh request');
  const expected = authorizedResource(input);
  const wrong = refreshes.filter((exchange) => {
    const resource = formParam(exchange, 'resource');
    return resource === undefined || (expected !== undefined && resource !== expected);
  });
  if (wrong.length > 0) {
    const first = wrong[0] as Exchange;
    const sent = formParam(first, 'resource');
    return outcome(
      id,
      'FAILURE',
      `${requestLine(first)} refreshed ${sent === undefined ? 'without a `resource` parameter' : `with \`resource\` ${JSON.stringify(sent)}`}; it must carry the resource used at authorization (${JSON.stringify(expected ?? null)}).${wrong.length > 1 ? ` ${wrong.length - 1} more refresh ${wrong.length === 2 ? 'request' : 'requests'} did the same.` : ''}`,
      seqs(wrong),
      { expectedResource: expected ?? null, sentResource: sent ?? null },
    );
  }
  return outcome(
    id,
    'SUCCESS',
    `${everyOne(refreshes.length, 'refresh request')} carried \`resource\` ${JSON.stringify(expected ?? formParam(refreshes[0] as Exchange, 'resource'))}.`,
    seqs(refreshes),
    { resource: expected ?? null },
  );
};

export const refreshScopeWithinGrant: CheckFunction = (input) => {
  const id = 'oauth-refresh-scope-within-grant';
  const refreshes = grants(input.transcript, 'refresh_token');
  if (refreshes.length === 0) return outcome(id, 'SKIPPED', 'the client never sent a refresh request');
  const lineage = refreshTokenLineage(input);
  const widened = refreshes.flatMap((exchange) => {
    const requested = formParam(exchange, 'scope');
    const granted = lineage.get(formParam(exchange, 'refresh_token') ?? '')?.grantedScope;
    if (requested === undefined || granted === undefined) return [];
    const extra = scopeList(requested).filter((scope) => !granted.includes(scope));
    return extra.length > 0 ? [{ exchange, requested, granted, extra }] : [];
  });
  if (widened.length > 0) {
    const first = widened[0] as (typeof widened)[number];
    return outcome(
      id,
      'FAILURE',
      `${requestLine(first.exchange)} asked for scope ${JSON.stringify(first.requested)}, wider than the grant ${JSON.stringify(first.granted.join(' '))}: ${first.extra.map((scope) => `\`${scope}\``).join(', ')} ${first.extra.length === 1 ? 'was' : 'were'} never granted.`,
      seqs(widened.map(({ exchange }) => exchange)),
      { requestedScope: first.requested, grantedScope: first.granted.join(' '), notGranted: first.extra },
    );
  }
  const withScope = refreshes.filter((exchange) => formParam(exchange, 'scope') !== undefined);
  return outcome(
    id,
    'SUCCESS',
    withScope.length === 0
      ? `${everyOne(refreshes.length, 'refresh request')} sent no \`scope\`, so the scope granted is kept.`
      : `Every refresh \`scope\` stayed within the scope granted.`,
    seqs(refreshes),
  );
};

export const refreshUsesLatestToken: CheckFunction = (input) => {
  const id = 'oauth-refresh-uses-latest-token';
  const refreshes = grants(input.transcript, 'refresh_token');
  if (refreshes.length === 0) return outcome(id, 'SKIPPED', 'the client never sent a refresh request');
  // For each rotated token, the exchange whose response replaced it.
  const rotatedBy = new Map<string, Exchange>();
  for (const exchange of refreshes) {
    const presented = formParam(exchange, 'refresh_token');
    const issued = issuedRefreshToken(exchange);
    if (presented !== undefined && issued !== undefined && issued !== presented && !rotatedBy.has(presented))
      rotatedBy.set(presented, exchange);
  }
  const reuses = refreshes.flatMap((exchange) => {
    const rotation = rotatedBy.get(formParam(exchange, 'refresh_token') ?? '');
    // Only requests that arrived after the rotating one can be reuses (earlier ones were refused for other reasons).
    return rotation && exchange.seq > rotation.seq ? [{ exchange, rotation }] : [];
  });
  // A reuse is a MUST violation once the client had demonstrably received the rotating response: it had used the
  // new access token or the new refresh token before the reuse arrived. Otherwise the two refreshes raced (sent
  // together, answered one after the other), which rotation punishes but which is not the same bug.
  const usedRotatedTokens = (rotation: Exchange, reuse: Exchange) => {
    const issued = responseJson(rotation);
    const accessToken = typeof issued?.access_token === 'string' ? issued.access_token : undefined;
    const refreshToken = typeof issued?.refresh_token === 'string' ? issued.refresh_token : undefined;
    return input.transcript.some(
      (exchange) =>
        exchange.seq > rotation.seq &&
        exchange.seq < reuse.seq &&
        ((accessToken !== undefined && (exchange.headers.authorization ?? '').includes(accessToken)) ||
          (refreshToken !== undefined && formParam(exchange, 'refresh_token') === refreshToken)),
    );
  };
  const stale = reuses.filter(({ exchange, rotation }) => usedRotatedTokens(rotation, exchange));
  const raced = reuses.filter(({ exchange, rotation }) => !usedRotatedTokens(rotation, exchange));
  if (stale.length > 0) {
    const { exchange, rotation } = stale[0] as (typeof stale)[number];
    return outcome(
      id,
      'FAILURE',
      `${requestLine(exchange)} at ${time(exchange.receivedAt)} presented a refresh token that ${requestLine(rotation)} had already replaced (answered at ${time(rotation.respondedAt)}, and the client had used the new tokens since); the client must discard the old token.`,
      seqs(stale.flatMap(({ exchange: reuse, rotation: rotating }) => [rotating, reuse])),
      { reusedAt: exchange.receivedAt, rotatedResponseDeliveredAt: rotation.respondedAt, reuses: stale.length },
    );
  }
  if (raced.length > 0) {
    const { exchange, rotation } = raced[0] as (typeof raced)[number];
    return outcome(
      id,
      'WARNING',
      `Two refreshes raced with the same token: ${requestLine(rotation)} (received at ${time(rotation.receivedAt)}, answered at ${time(rotation.respondedAt)}) and ${requestLine(exchange)} (received at ${time(exchange.receivedAt)}, before the client had used anything from the first answer). With rotation the slower one is refused; refresh once and share the result.`,
      seqs([rotation, exchange]),
      { firstSentAt: rotation.receivedAt, secondSentAt: exchange.receivedAt, firstDeliveredAt: rotation.respondedAt },
    );
  }
  if (rotatedBy.size === 0) {
    return outcome(
      id,
      'INFO',
      'The authorization server never rotated a refresh token the client presented, so there was nothing to replace.',
      seqs(refreshes),
    );
  }
  return outcome(
    id,
    'SUCCESS',
    `The client followed ${rotatedBy.size} ${rotatedBy.size === 1 ? 'rotation' : 'rotations'}, always presenting the newest refresh token.`,
    seqs(refreshes),
    { rotations: rotatedBy.size },
  );
};

export const refreshTokenUsed: CheckFunction = (input) => {
  const id = 'oauth-refresh-token-used';
  const refreshes = grants(input.transcript, 'refresh_token');
  const firstTokens = grants(input.transcript, 'authorization_code').find(succeeded);
  if (!firstTokens) return outcome(id, 'SKIPPED', 'the client never obtained tokens');
  const refreshed = refreshes.filter(succeeded);
  if (refreshed.length > 0) {
    return outcome(
      id,
      'SUCCESS',
      `The client refreshed its access token (${requestLine(refreshed[0] as Exchange)}).`,
      seqs(refreshed),
    );
  }
  const expired = expiredTokenChallenges(after(input.transcript, firstTokens));
  if (expired.length === 0) return outcome(id, 'SKIPPED', 'the access token never expired during the run');
  const reauthorized = authorizationRequests(after(input.transcript, expired[0] as Exchange));
  return reauthorized.length > 0
    ? outcome(
        id,
        'INFO',
        `When its access token expired (${requestLine(expired[0] as Exchange)}), the client ran the authorization flow again (${requestLine(reauthorized[0] as Exchange)}) instead of using its refresh token: legitimate, but it costs the user a consent.`,
        seqs([expired[0] as Exchange, reauthorized[0] as Exchange]),
      )
    : outcome(
        id,
        'INFO',
        `When its access token expired (${requestLine(expired[0] as Exchange)}), the client neither refreshed nor re-authorized.`,
        seqs(expired),
      );
};

/**
 * Never acts as if a refresh token had been issued: a refresh grant (even an empty one) without an issued token is
 * the only FAILURE. Starting the authorization over is the legitimate path (OAuth 2.1 §3.2.3); a re-authorization that
 * started but did not complete is the scenario outcome's to judge, not this check's.
 */
export const refreshTokenNotAssumed: CheckFunction = (input) => {
  const id = 'sep-2207-refresh-token-not-assumed';
  const refreshes = grants(input.transcript, 'refresh_token');
  const issued = grants(input.transcript, 'authorization_code')
    .concat(refreshes)
    .some((exchange) => issuedRefreshToken(exchange) !== undefined);
  if (refreshes.length > 0 && !issued) {
    const sent = formParam(refreshes[0] as Exchange, 'refresh_token');
    return outcome(
      id,
      'FAILURE',
      `${requestLine(refreshes[0] as Exchange)} sent a refresh grant (\`refresh_token\` ${sent === undefined ? 'missing' : JSON.stringify(sent)}), but the authorization server never issued a refresh token.`,
      seqs(refreshes),
      { refreshTokenSent: sent ?? null },
    );
  }
  if (issued)
    return outcome(id, 'SKIPPED', 'the authorization server issued a refresh token, so there was nothing to assume');
  const firstTokens = grants(input.transcript, 'authorization_code').find(succeeded);
  if (!firstTokens) return outcome(id, 'SKIPPED', 'the client never obtained tokens');
  const expired = expiredTokenChallenges(after(input.transcript, firstTokens))[0];
  const { authorize: reauthorized, completed } = reauthorization(input.transcript, expired ?? firstTokens);
  if (!expired && !reauthorized) return outcome(id, 'SKIPPED', 'the access token never expired during the run');
  if (reauthorized && completed) {
    return outcome(
      id,
      'SUCCESS',
      `Without a refresh token, the client sent no refresh grant and authorized again${expired ? ` when its access token expired (${requestLine(expired)})` : ''} (${requestLine(reauthorized)}), completing it.`,
      seqs(expired ? [expired, reauthorized] : [reauthorized]),
    );
  }
  const what = reauthorized
    ? `started to authorize again (${requestLine(reauthorized)}) but did not complete it`
    : `did not authorize again after its access token expired (${requestLine(expired as Exchange)})`;
  return outcome(
    id,
    'SUCCESS',
    `Without a refresh token, the client sent no refresh grant: it assumed none. It ${what}; how it stopped is judged by the scenario outcome.`,
    seqs([expired, reauthorized].filter((exchange): exchange is Exchange => exchange !== undefined)),
  );
};

export const invalidGrantRecovery: CheckFunction = (input) => {
  const id = 'oauth-refresh-invalid-grant-recovery';
  const refreshes = grants(input.transcript, 'refresh_token');
  const refused = refreshes.filter((exchange) => oauthErrorCode(exchange) === 'invalid_grant');
  if (refused.length === 0) {
    if (refreshes.length > 0) return outcome(id, 'SKIPPED', 'no refresh request was answered `invalid_grant`');
    const firstTokens = grants(input.transcript, 'authorization_code').find(succeeded);
    const expired = firstTokens ? expiredTokenChallenges(after(input.transcript, firstTokens))[0] : undefined;
    if (!expired) return outcome(id, 'SKIPPED', 'the client never refreshed');
    return outcome(
      id,
      'INFO',
      'The client never tried its refresh token: it re-authorized or stopped when its access token expired, so `invalid_grant` was never met.',
    );
  }
  // The same refused token presented again is a loop; a client that recovers drops it and authorizes again.
  const refusedTokens = new Set(refused.map((exchange) => formParam(exchange, 'refresh_token')));
  const repeats = refreshes.filter((exchange) =>
    refused.some(
      (first) => first.seq < exchange.seq && formParam(first, 'refresh_token') === formParam(exchange, 'refresh_token'),
    ),
  );
  const raced = racedRepeats(input.transcript, refused[0] as Exchange, repeats);
  const retries = repeats.filter((exchange) => !raced.includes(exchange));
  const race =
    raced.length > 0
      ? ` ${requestLine(raced[0] as Exchange)} presented the same token, but it was sent from another place at the same time (each after its own 401), before the client had acted on the refusal: a race, not a retry.`
      : '';
  if (retries.length > 0) {
    return outcome(
      id,
      'WARNING',
      `After ${requestLine(refused[0] as Exchange)} answered \`invalid_grant\`, the client presented ${refusedTokens.size === 1 ? 'the same refresh token' : 'refused refresh tokens'} ${retries.length} more ${retries.length === 1 ? 'time' : 'times'} (${requestLine(retries[0] as Exchange)}): a refused refresh token must be dropped, not retried.`,
      seqs([refused[0] as Exchange, ...retries]),
      { retries: retries.length, refusedTokens: refusedTokens.size },
    );
  }
  const { authorize: reauthorized, completed } = reauthorization(input.transcript, refused[0] as Exchange);
  if (!reauthorized || !completed) {
    return outcome(
      id,
      'WARNING',
      `After ${requestLine(refused[0] as Exchange)} answered \`invalid_grant\`, the client ${reauthorized ? `started to authorize again (${requestLine(reauthorized)}) but never got a new token to work with` : 'did not authorize again'} (${input.client.timedOut ? 'it timed out' : `it exited with code ${input.client.exitCode}`}).`,
      seqs(reauthorized ? [refused[0] as Exchange, reauthorized] : refused),
      { reauthorizationStarted: reauthorized !== undefined },
    );
  }
  return outcome(
    id,
    'SUCCESS',
    `After ${requestLine(refused[0] as Exchange)} answered \`invalid_grant\`, the client dropped the refresh token and authorized again (${requestLine(reauthorized)}).${race}`,
    seqs([refused[0] as Exchange, ...raced, reauthorized]),
  );
};

/**
 * Repeats of a refused refresh token that raced the refusal rather than retried it: a client that got several 401s
 * for one expired access token at once (a GET stream and a POST, say) may refresh from each place with the same
 * token. Up to one repeat per extra 401 counts as such a race, as long as it arrived before the client's next
 * authorization request (by then it had acted on the refusal).
 */
function racedRepeats(transcript: Exchange[], refusal: Exchange, repeats: Exchange[]): Exchange[] {
  const lastTokens = tokenRequests(transcript)
    .filter((exchange) => exchange.seq < refusal.seq && succeeded(exchange))
    .at(-1);
  const concurrent401s = expiredTokenChallenges(
    transcript.filter((exchange) => exchange.seq < refusal.seq && exchange.seq > (lastTokens?.seq ?? 0)),
  ).length;
  const nextAuthorization = authorizationRequests(after(transcript, refusal))[0]?.seq ?? Infinity;
  return repeats.filter((exchange) => exchange.seq < nextAuthorization).slice(0, Math.max(0, concurrent401s - 1));
}

export const offlineAccessPromptConsent: CheckFunction = (input) => {
  const id = 'oidc-offline-access-prompt-consent';
  const authorizations = authorizationRequests(input.transcript);
  if (authorizations.length === 0) return outcome(id, 'SKIPPED', 'the client never sent an authorization request');
  const offline = authorizations.filter((exchange) =>
    scopeList(queryParam(exchange, 'scope')).includes('offline_access'),
  );
  if (offline.length === 0)
    return outcome(
      id,
      'INFO',
      'The client did not ask for `offline_access`, so `prompt` does not matter here.',
      seqs(authorizations),
    );
  const withoutConsent = offline.filter(
    (exchange) => !(queryParam(exchange, 'prompt') ?? '').split(' ').includes('consent'),
  );
  if (withoutConsent.length > 0) {
    const first = withoutConsent[0] as Exchange;
    return outcome(
      id,
      'WARNING',
      `${requestLine(first)} asked for \`offline_access\` with ${queryParam(first, 'prompt') === undefined ? 'no `prompt`' : `\`prompt=${queryParam(first, 'prompt')}\``}; OpenID providers issue a refresh token for offline access only with \`prompt=consent\`, so this client got none.`,
      seqs(withoutConsent),
      { prompt: queryParam(first, 'prompt') ?? null, scope: queryParam(first, 'scope') ?? null },
    );
  }
  return outcome(
    id,
    'SUCCESS',
    `Every request for \`offline_access\` went with \`prompt=consent\` (${requestLine(offline[0] as Exchange)}).`,
    seqs(offline),
  );
};
