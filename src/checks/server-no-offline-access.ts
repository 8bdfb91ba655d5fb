/**
 * `sep-2207-server-no-offline-access`, judged from server mode's probe: a protected resource should not list
 * `offline_access` in its `WWW-Authenticate` scope or its Protected Resource Metadata `scopes_supported`, since
 * refresh tokens are a client's business, not a resource requirement. Pure.
 */
import type { Exchange } from '../model.js';
import type { ServerProbe } from '../server/probe.js';
import { bearerChallenge } from '../server/www-authenticate.js';
import { jsonBody, requestLine, scopeList } from './transcript-queries.js';
import { serverCheck, finding, type CheckFinding } from './types.js';

/** What the probe found: the 401 and its Bearer challenge, and the Protected Resource Metadata. */
function observed(probe: ServerProbe) {
  const challenged = probe.transcript.find((exchange) => exchange.endpoint === 'mcp' && exchange.status === 401);
  const challenge = challenged ? bearerChallenge(challenged.responseHeaders['www-authenticate']) : undefined;
  const metadata = probe.transcript.find(
    (exchange) => exchange.endpoint === 'prm' && exchange.status === 200 && exchange.response.kind === 'json',
  );
  // RFC 9728 metadata always names its `resource`; a JSON answer without one is not Protected Resource Metadata.
  const candidate = metadata ? jsonBody(metadata.response) : undefined;
  const prm = typeof candidate?.resource === 'string' ? candidate : undefined;
  const scopesSupported = Array.isArray(prm?.scopes_supported) ? prm.scopes_supported.map(String) : undefined;
  return { challenged, challenge, metadata, prm, scopesSupported };
}

type Observed = ReturnType<typeof observed>;

/** Where the server advertises `offline_access`, in words, with the exchange that shows it. */
function advertisements({ challenged, challenge, metadata, scopesSupported }: Observed) {
  const places: { where: string; exchange: Exchange }[] = [];
  if (challenged && challenge && scopeList(challenge.scope).includes('offline_access')) {
    places.push({
      where:
        'the `scope` of the `WWW-Authenticate` challenge ' + `(${requestLine(challenged)}: scope="${challenge.scope}")`,
      exchange: challenged,
    });
  }
  if (metadata && scopesSupported?.includes('offline_access')) {
    places.push({
      where:
        `\`scopes_supported\` of the Protected Resource Metadata at ${metadata.path} ` +
        `(${requestLine(metadata)}: ${JSON.stringify(scopesSupported)})`,
      exchange: metadata,
    });
  }
  return places;
}

/** Nothing to inspect: no Bearer challenge and no Protected Resource Metadata. */
function nothingToInspect(challenged: Exchange | undefined): CheckFinding {
  return challenged
    ? finding(
        'INFO',
        'The server answered 401 without a Bearer `WWW-Authenticate` challenge and no Protected Resource Metadata ' +
          'was found, so there is nothing to inspect.',
        [challenged.seq],
      )
    : finding('SKIPPED', 'the server did not ask for authorization and publishes no Protected Resource Metadata');
}

export const serverNoOfflineAccess = serverCheck('sep-2207-server-no-offline-access', (probe) => {
  const found = observed(probe);
  const { challenged, challenge, metadata, prm, scopesSupported } = found;
  if (!challenge && !prm) return nothingToInspect(challenged);
  const places = advertisements(found);
  const details = {
    challengeScope: challenge?.scope ?? null,
    resourceMetadataUrl: challenge?.resource_metadata ?? null,
    prmScopesSupported: scopesSupported ?? null,
  };
  if (places.length > 0) {
    return finding(
      'WARNING',
      `The server advertises \`offline_access\` in ${places.map(({ where }) => where).join(' and in ')}. ` +
        "Refresh tokens are not a resource requirement: leave `offline_access` to the authorization server's metadata.",
      places.map(({ exchange }) => exchange.seq),
      details,
    );
  }
  const missing =
    !prm && probe.unreachableMetadata.length > 0 ? ` (no metadata: ${probe.unreachableMetadata.join('; ')})` : '';
  const inspected = challenge ? '`WWW-Authenticate` challenge' : 'Protected Resource Metadata';
  const message =
    challenge && prm
      ? "Neither the server's `WWW-Authenticate` challenge nor its Protected Resource Metadata lists `offline_access`."
      : `The server's ${inspected} does not list \`offline_access\`${missing}.`;
  return finding(
    'SUCCESS',
    message,
    [challenged, metadata].filter((exchange): exchange is Exchange => exchange !== undefined).map(({ seq }) => seq),
    details,
  );
});
