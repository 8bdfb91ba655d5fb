/**
 * `sep-2207-server-no-offline-access`, judged from a server probe's transcript: a protected resource should not
 * list `offline_access` in its `WWW-Authenticate` scope or its Protected Resource Metadata `scopes_supported`,
 * since refresh tokens are a client's business, not a resource requirement. Pure.
 */
import type { Exchange } from '../model.js';
import { outcome, type CheckOutcome } from '../checks/types.js';
import { jsonBody, requestLine, scopeList } from '../checks/transcript-queries.js';
import type { ServerProbe } from './probe.js';
import { bearerChallenge } from './www-authenticate.js';

const ID = 'sep-2207-server-no-offline-access';

export function serverNoOfflineAccess(probe: ServerProbe): CheckOutcome {
  const challenged = probe.transcript.find((exchange) => exchange.endpoint === 'mcp' && exchange.status === 401);
  const challenge = challenged ? bearerChallenge(challenged.responseHeaders['www-authenticate']) : undefined;
  const metadata = probe.transcript.find(
    (exchange) => exchange.endpoint === 'prm' && exchange.status === 200 && exchange.response.kind === 'json',
  );
  // RFC 9728 metadata always names its `resource`; a JSON answer without one is not Protected Resource Metadata.
  const candidate = metadata ? jsonBody(metadata.response) : undefined;
  const prm = typeof candidate?.resource === 'string' ? candidate : undefined;
  const scopesSupported = Array.isArray(prm?.scopes_supported) ? prm.scopes_supported.map(String) : undefined;

  if (!challenge && !prm) {
    if (challenged) {
      return outcome(
        ID,
        'INFO',
        `The server answered 401 without a Bearer \`WWW-Authenticate\` challenge and no Protected Resource Metadata was found, so there is nothing to inspect.`,
        [challenged.seq],
      );
    }
    return outcome(
      ID,
      'SKIPPED',
      'the server did not ask for authorization and publishes no Protected Resource Metadata',
    );
  }

  const places: { where: string; exchange: Exchange }[] = [];
  if (challenged && challenge && scopeList(challenge.scope).includes('offline_access')) {
    places.push({
      where: `the \`scope\` of the \`WWW-Authenticate\` challenge (${requestLine(challenged)}: scope="${challenge.scope}")`,
      exchange: challenged,
    });
  }
  if (metadata && scopesSupported?.includes('offline_access')) {
    places.push({
      where: `\`scopes_supported\` of the Protected Resource Metadata at ${metadata.path} (${requestLine(metadata)}: ${JSON.stringify(scopesSupported)})`,
      exchange: metadata,
    });
  }
  const details = {
    challengeScope: challenge?.scope ?? null,
    resourceMetadataUrl: challenge?.resource_metadata ?? null,
    prmScopesSupported: scopesSupported ?? null,
  };
  if (places.length > 0) {
    return outcome(
      ID,
      'WARNING',
      `The server advertises \`offline_access\` in ${places.map(({ where }) => where).join(' and in ')}. Refresh tokens are not a resource requirement: leave \`offline_access\` to the authorization server's metadata.`,
      places.map(({ exchange }) => exchange.seq),
      details,
    );
  }
  const missing =
    !prm && probe.unreachableMetadata.length > 0 ? ` (no metadata: ${probe.unreachableMetadata.join('; ')})` : '';
  const message =
    challenge && prm
      ? "Neither the server's `WWW-Authenticate` challenge nor its Protected Resource Metadata lists `offline_access`."
      : `The server's ${challenge ? '`WWW-Authenticate` challenge' : 'Protected Resource Metadata'} does not list \`offline_access\`${missing}.`;
  return outcome(
    ID,
    'SUCCESS',
    message,
    [challenged, metadata]
      .filter((exchange): exchange is Exchange => exchange !== undefined)
      .map((exchange) => exchange.seq),
    details,
  );
}
