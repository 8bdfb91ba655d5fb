/**
 * Checks on what a refresh request carries: the `resource` used at authorization, and a `scope` within the grant.
 */
import type { Exchange } from '../model.js';
import { onRefreshRequests } from './requests-sent.js';
import {
  authorizationRequests,
  everyOne,
  formParam,
  grants,
  issuedRefreshToken,
  queryParam,
  requestLine,
  responseJson,
  scopeList,
  seqs,
} from './transcript-queries.js';
import { clientCheck, finding, type EvaluationInput } from './types.js';

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

export const refreshResourceParameter = clientCheck(
  'oauth-refresh-resource-parameter',
  onRefreshRequests((refreshes, input) => {
    const expected = authorizedResource(input);
    const wrong = refreshes.filter((exchange) => {
      const resource = formParam(exchange, 'resource');
      return resource === undefined || (expected !== undefined && resource !== expected);
    });
    const first = wrong[0];
    if (first) {
      const sent = formParam(first, 'resource');
      const how = sent === undefined ? 'without a `resource` parameter' : `with \`resource\` ${JSON.stringify(sent)}`;
      const more =
        wrong.length > 1
          ? ` ${wrong.length - 1} more refresh ${wrong.length === 2 ? 'request' : 'requests'} did the same.`
          : '';
      return finding(
        'FAILURE',
        `${requestLine(first)} refreshed ${how}; it must carry the resource used at authorization ` +
          `(${JSON.stringify(expected ?? null)}).${more}`,
        seqs(wrong),
        { expectedResource: expected ?? null, sentResource: sent ?? null },
      );
    }
    const resource = JSON.stringify(expected ?? formParam(refreshes[0], 'resource'));
    return finding(
      'SUCCESS',
      `${everyOne(refreshes.length, 'refresh request')} carried \`resource\` ${resource}.`,
      seqs(refreshes),
      { resource: expected ?? null },
    );
  }),
);

/** The refreshes that asked for more than their token's grant: what they asked, the grant, and the scopes beyond. */
function widenedRefreshes(refreshes: Exchange[], input: EvaluationInput) {
  const lineage = refreshTokenLineage(input);
  return refreshes.flatMap((exchange) => {
    const requested = formParam(exchange, 'scope');
    const granted = lineage.get(formParam(exchange, 'refresh_token') ?? '')?.grantedScope;
    if (requested === undefined || granted === undefined) return [];
    const extra = scopeList(requested).filter((scope) => !granted.includes(scope));
    return extra.length > 0 ? [{ exchange, requested, granted, extra }] : [];
  });
}

export const refreshScopeWithinGrant = clientCheck(
  'oauth-refresh-scope-within-grant',
  onRefreshRequests((refreshes, input) => {
    const widened = widenedRefreshes(refreshes, input);
    const first = widened[0];
    if (first) {
      const extra = first.extra.map((scope) => `\`${scope}\``).join(', ');
      return finding(
        'FAILURE',
        `${requestLine(first.exchange)} asked for scope ${JSON.stringify(first.requested)}, ` +
          `wider than the grant ${JSON.stringify(first.granted.join(' '))}: ` +
          `${extra} ${first.extra.length === 1 ? 'was' : 'were'} never granted.`,
        seqs(widened.map(({ exchange }) => exchange)),
        { requestedScope: first.requested, grantedScope: first.granted.join(' '), notGranted: first.extra },
      );
    }
    const withScope = refreshes.filter((exchange) => formParam(exchange, 'scope') !== undefined);
    return finding(
      'SUCCESS',
      withScope.length === 0
        ? `${everyOne(refreshes.length, 'refresh request')} sent no \`scope\`, so the scope granted is kept.`
        : `Every refresh \`scope\` stayed within the scope granted.`,
      seqs(refreshes),
    );
  }),
);
