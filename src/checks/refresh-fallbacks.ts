/**
 * Checks on what the client does when its access token expires: whether it refreshes at all, what it does when no
 * refresh token was issued, and how it recovers when the refresh is refused with `invalid_grant`.
 */
import type { Exchange, Transcript } from '../model.js';
import {
  after,
  authorizationRequests,
  expiredTokenChallenges,
  firstTokens,
  formParam,
  grants,
  issuedRefreshToken,
  oauthErrorCode,
  requestLine,
  seqs,
  succeeded,
  tokenRequests,
} from './transcript-queries.js';
import { clientCheck, finding, type EvaluationInput, type CheckFinding } from './types.js';

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

export const refreshTokenUsed = clientCheck('oauth-refresh-token-used', (input) => {
  const first = firstTokens(input.transcript);
  if (!first) return finding('SKIPPED', 'the client never obtained tokens');
  const refreshed = grants(input.transcript, 'refresh_token').filter(succeeded);
  if (refreshed[0]) {
    return finding('SUCCESS', `The client refreshed its access token (${requestLine(refreshed[0])}).`, seqs(refreshed));
  }
  const expired = expiredTokenChallenges(after(input.transcript, first));
  if (!expired[0]) return finding('SKIPPED', 'the access token never expired during the run');
  const when = `When its access token expired (${requestLine(expired[0])}), the client`;
  const reauthorized = authorizationRequests(after(input.transcript, expired[0]))[0];
  return reauthorized
    ? finding(
        'INFO',
        `${when} ran the authorization flow again (${requestLine(reauthorized)}) instead of using its refresh ` +
          'token: legitimate, but it costs the user a consent.',
        seqs([expired[0], reauthorized]),
      )
    : finding('INFO', `${when} neither refreshed nor re-authorized.`, seqs(expired));
});

/**
 * Never acts as if a refresh token had been issued: a refresh grant (even an empty one) without an issued token is
 * the only FAILURE. Starting the authorization over is the legitimate path (OAuth 2.1 §3.2.3); a re-authorization that
 * started but did not complete is the scenario outcome's to judge, not this check's.
 */
export const refreshTokenNotAssumed = clientCheck('sep-2207-refresh-token-not-assumed', (input) => {
  const refreshes = grants(input.transcript, 'refresh_token');
  const issued = grants(input.transcript, 'authorization_code')
    .concat(refreshes)
    .some((exchange) => issuedRefreshToken(exchange) !== undefined);
  if (refreshes[0] && !issued) {
    const sent = formParam(refreshes[0], 'refresh_token');
    return finding(
      'FAILURE',
      `${requestLine(refreshes[0])} sent a refresh grant (\`refresh_token\` ` +
        `${sent === undefined ? 'missing' : JSON.stringify(sent)}), ` +
        'but the authorization server never issued a refresh token.',
      seqs(refreshes),
      { refreshTokenSent: sent ?? null },
    );
  }
  if (issued)
    return finding('SKIPPED', 'the authorization server issued a refresh token, so there was nothing to assume');
  const first = firstTokens(input.transcript);
  if (!first) return finding('SKIPPED', 'the client never obtained tokens');
  const expired = expiredTokenChallenges(after(input.transcript, first))[0];
  const { authorize: reauthorized, completed } = reauthorization(input.transcript, expired ?? first);
  if (!expired && !reauthorized) return finding('SKIPPED', 'the access token never expired during the run');
  if (reauthorized && completed) {
    const when = expired ? ` when its access token expired (${requestLine(expired)})` : '';
    return finding(
      'SUCCESS',
      `Without a refresh token, the client sent no refresh grant and authorized again${when} ` +
        `(${requestLine(reauthorized)}), completing it.`,
      seqs(expired ? [expired, reauthorized] : [reauthorized]),
    );
  }
  const what = reauthorized
    ? `started to authorize again (${requestLine(reauthorized)}) but did not complete it`
    : `did not authorize again after its access token expired (${requestLine(expired as Exchange)})`;
  return finding(
    'SUCCESS',
    `Without a refresh token, the client sent no refresh grant: it assumed none. It ${what}; ` +
      'how it stopped is judged by the scenario outcome.',
    seqs([expired, reauthorized].filter((exchange): exchange is Exchange => exchange !== undefined)),
  );
});

/**
 * Repeats of a refused refresh token that raced the refusal rather than retried it: a client that got several 401s
 * for one expired access token at once (a GET stream and a POST, say) may refresh from each place with the same
 * token. Up to one repeat per extra 401 counts as such a race, as long as it arrived before the client's next
 * authorization request (by then it had acted on the refusal).
 */
function racedRepeats(transcript: Transcript, refusal: Exchange, repeats: Exchange[]): Exchange[] {
  const lastTokens = tokenRequests(transcript)
    .filter((exchange) => exchange.seq < refusal.seq && succeeded(exchange))
    .at(-1);
  const concurrent401s = expiredTokenChallenges(
    transcript.filter((exchange) => exchange.seq < refusal.seq && exchange.seq > (lastTokens?.seq ?? 0)),
  ).length;
  const nextAuthorization = authorizationRequests(after(transcript, refusal))[0]?.seq ?? Infinity;
  return repeats.filter((exchange) => exchange.seq < nextAuthorization).slice(0, Math.max(0, concurrent401s - 1));
}

/** No refresh was refused: either the client refreshed and nothing refused it, or it never tried its token. */
function neverRefused(input: EvaluationInput, refreshes: Exchange[]): CheckFinding {
  if (refreshes.length > 0) return finding('SKIPPED', 'no refresh request was answered `invalid_grant`');
  const first = firstTokens(input.transcript);
  const expired = first ? expiredTokenChallenges(after(input.transcript, first))[0] : undefined;
  if (!expired) return finding('SKIPPED', 'the client never refreshed');
  return finding(
    'INFO',
    'The client never tried its refresh token: it re-authorized or stopped when its access token expired, ' +
      'so `invalid_grant` was never met.',
  );
}

/** After the first `invalid_grant` (`refusal`): retries of a refused token, else a completed re-authorization. */
function afterRefusal(
  input: EvaluationInput,
  refreshes: Exchange[],
  refused: Exchange[],
  refusal: Exchange,
): CheckFinding {
  // The same refused token presented again is a loop; a client that recovers drops it and authorizes again.
  const refusedTokens = new Set(refused.map((exchange) => formParam(exchange, 'refresh_token')));
  const repeats = refreshes.filter((exchange) =>
    refused.some(
      (first) => first.seq < exchange.seq && formParam(first, 'refresh_token') === formParam(exchange, 'refresh_token'),
    ),
  );
  const raced = racedRepeats(input.transcript, refusal, repeats);
  const retries = repeats.filter((exchange) => !raced.includes(exchange));
  const answered = `After ${requestLine(refusal)} answered \`invalid_grant\`, the client`;
  if (retries[0]) {
    const token = refusedTokens.size === 1 ? 'the same refresh token' : 'refused refresh tokens';
    const times = `${retries.length} more ${retries.length === 1 ? 'time' : 'times'}`;
    return finding(
      'WARNING',
      `${answered} presented ${token} ${times} (${requestLine(retries[0])}): ` +
        'a refused refresh token must be dropped, not retried.',
      seqs([refusal, ...retries]),
      { retries: retries.length, refusedTokens: refusedTokens.size },
    );
  }
  const { authorize: reauthorized, completed } = reauthorization(input.transcript, refusal);
  if (!reauthorized || !completed) {
    const what = reauthorized
      ? `started to authorize again (${requestLine(reauthorized)}) but never got a new token to work with`
      : 'did not authorize again';
    const how = input.client.timedOut ? 'it timed out' : `it exited with code ${input.client.exitCode}`;
    return finding('WARNING', `${answered} ${what} (${how}).`, seqs(reauthorized ? [refusal, reauthorized] : refused), {
      reauthorizationStarted: reauthorized !== undefined,
    });
  }
  const race = raced[0]
    ? ` ${requestLine(raced[0])} presented the same token, but it was sent from another place at the same time ` +
      '(each after its own 401), before the client had acted on the refusal: a race, not a retry.'
    : '';
  return finding(
    'SUCCESS',
    `${answered} dropped the refresh token and authorized again (${requestLine(reauthorized)}).${race}`,
    seqs([refusal, ...raced, reauthorized]),
  );
}

export const invalidGrantRecovery = clientCheck('oauth-refresh-invalid-grant-recovery', (input) => {
  const refreshes = grants(input.transcript, 'refresh_token');
  const refused = refreshes.filter((exchange) => oauthErrorCode(exchange) === 'invalid_grant');
  return refused[0] ? afterRefusal(input, refreshes, refused, refused[0]) : neverRefused(input, refreshes);
});
