/**
 * `oauth-refresh-uses-latest-token`: after the authorization server rotates a refresh token, the client presents
 * only the newest one. A reuse after the client had used the new tokens is the MUST violation; two refreshes that
 * raced with the same token are reported as a race.
 */
import type { Exchange, Transcript } from '../model.js';
import { onRefreshRequests } from './requests-sent.js';
import { formParam, issuedRefreshToken, requestLine, responseJson, seqs } from './transcript-queries.js';
import { clientCheck, finding } from './types.js';

const time = (ms: number) => `${ms.toFixed(1)} ms`;

/** A refresh that presented a token another refresh had already rotated away. */
interface Reuse {
  exchange: Exchange;
  rotation: Exchange;
}

/** For each rotated token, the exchange whose response replaced it. */
function rotations(refreshes: Exchange[]): Map<string, Exchange> {
  const rotatedBy = new Map<string, Exchange>();
  for (const exchange of refreshes) {
    const presented = formParam(exchange, 'refresh_token');
    const issued = issuedRefreshToken(exchange);
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
function usedRotatedTokens(transcript: Transcript, { exchange: reuse, rotation }: Reuse): boolean {
  const issued = responseJson(rotation);
  const accessToken = typeof issued?.access_token === 'string' ? issued.access_token : undefined;
  const refreshToken = typeof issued?.refresh_token === 'string' ? issued.refresh_token : undefined;
  return transcript.some(
    (exchange) =>
      exchange.seq > rotation.seq &&
      exchange.seq < reuse.seq &&
      ((accessToken !== undefined && (exchange.headers.authorization ?? '').includes(accessToken)) ||
        (refreshToken !== undefined && formParam(exchange, 'refresh_token') === refreshToken)),
  );
}

export const refreshUsesLatestToken = clientCheck(
  'oauth-refresh-uses-latest-token',
  onRefreshRequests((refreshes, input) => {
    const rotatedBy = rotations(refreshes);
    const reuses = refreshes.flatMap((exchange): Reuse[] => {
      const rotation = rotatedBy.get(formParam(exchange, 'refresh_token') ?? '');
      // Only requests that arrived after the rotating one can be reuses (earlier ones were refused for other reasons).
      return rotation && exchange.seq > rotation.seq ? [{ exchange, rotation }] : [];
    });
    const stale = reuses.filter((reuse) => usedRotatedTokens(input.transcript, reuse));
    const raced = reuses.filter((reuse) => !usedRotatedTokens(input.transcript, reuse));
    const [firstStale] = stale;
    if (firstStale) {
      const { exchange, rotation } = firstStale;
      return finding(
        'FAILURE',
        `${requestLine(exchange)} at ${time(exchange.receivedAt)} presented a refresh token that ` +
          `${requestLine(rotation)} had already replaced (answered at ${time(rotation.respondedAt)}, and the client ` +
          'had used the new tokens since); the client must discard the old token.',
        seqs(stale.flatMap(({ exchange: reuse, rotation: rotating }) => [rotating, reuse])),
        { reusedAt: exchange.receivedAt, rotatedResponseDeliveredAt: rotation.respondedAt, reuses: stale.length },
      );
    }
    const [firstRace] = raced;
    if (firstRace) {
      const { exchange, rotation } = firstRace;
      return finding(
        'WARNING',
        `Two refreshes raced with the same token: ${requestLine(rotation)} (received at ` +
          `${time(rotation.receivedAt)}, answered at ${time(rotation.respondedAt)}) and ${requestLine(exchange)} ` +
          `(received at ${time(exchange.receivedAt)}, before the client had used anything from the first answer). ` +
          'With rotation the slower one is refused; refresh once and share the result.',
        seqs([rotation, exchange]),
        { firstSentAt: rotation.receivedAt, secondSentAt: exchange.receivedAt, firstDeliveredAt: rotation.respondedAt },
      );
    }
    if (rotatedBy.size === 0) {
      return finding(
        'INFO',
        'The authorization server never rotated a refresh token the client presented, so there was nothing to replace.',
        seqs(refreshes),
      );
    }
    return finding(
      'SUCCESS',
      `The client followed ${rotatedBy.size} ${rotatedBy.size === 1 ? 'rotation' : 'rotations'}, ` +
        'always presenting the newest refresh token.',
      seqs(refreshes),
      { rotations: rotatedBy.size },
    );
  }),
);
