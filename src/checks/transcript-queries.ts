/**
 * Small, pure questions asked of a transcript: which authorization requests, token requests and registrations the
 * client made, and what they carried. Checks are written in these terms.
 */
import type { Exchange, RecordedBody, Transcript } from '../model.js';

export function requestsTo(transcript: Transcript, endpoint: Exchange['endpoint']): Exchange[] {
  return transcript.filter((exchange) => exchange.endpoint === endpoint);
}

export function authorizationRequests(transcript: Transcript): Exchange[] {
  return requestsTo(transcript, 'authorize');
}

export function tokenRequests(transcript: Transcript): Exchange[] {
  return requestsTo(transcript, 'token');
}

export function registrations(transcript: Transcript): Exchange[] {
  return requestsTo(transcript, 'register').filter((exchange) => exchange.method === 'POST');
}

/** A single-valued parameter from a form body (token requests). */
export function formParam(exchange: Exchange, name: string): string | undefined {
  return bodyParam(exchange.body, name);
}

/** A single-valued parameter from the query string (authorization requests). */
export function queryParam(exchange: Exchange, name: string): string | undefined {
  const value = exchange.query[name];
  return typeof value === 'string' ? value : undefined;
}

function bodyParam(body: RecordedBody, name: string): string | undefined {
  if (body.kind !== 'form') return undefined;
  const value = body.value[name];
  return typeof value === 'string' ? value : undefined;
}

export function scopeList(scope: string | undefined): string[] {
  return (scope ?? '').split(' ').filter((item) => item.length > 0);
}

/** The scope an authorization or token request asked for, whichever place it carries it. */
export function requestedScope(exchange: Exchange): string | undefined {
  return exchange.endpoint === 'authorize' ? queryParam(exchange, 'scope') : formParam(exchange, 'scope');
}

export function jsonBody(body: RecordedBody): Record<string, unknown> | undefined {
  return body.kind === 'json' && typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
    ? (body.value as Record<string, unknown>)
    : undefined;
}

/** Token requests for a grant type, e.g. `refresh_token`. */
export function grants(transcript: Transcript, grantType: string): Exchange[] {
  return tokenRequests(transcript).filter((exchange) => formParam(exchange, 'grant_type') === grantType);
}

export function succeeded(exchange: Exchange): boolean {
  return exchange.status >= 200 && exchange.status < 400;
}

/** A one-line description of a request for evidence, e.g. `#7 GET /authorize`. */
export function requestLine(exchange: Exchange): string {
  return `#${exchange.seq} ${exchange.method} ${exchange.path} → ${exchange.status}`;
}

/** The JSON object a successful response carried, if any. */
export function responseJson(exchange: Exchange): Record<string, unknown> | undefined {
  return exchange.status >= 200 && exchange.status < 300 ? jsonBody(exchange.response) : undefined;
}

/** The refresh token a token response issued, if any. */
export function issuedRefreshToken(exchange: Exchange): string | undefined {
  const value = responseJson(exchange)?.refresh_token;
  return typeof value === 'string' ? value : undefined;
}

/** The OAuth `error` code of an error response, if any. */
export function oauthErrorCode(exchange: Exchange): string | undefined {
  const value = exchange.status >= 400 ? jsonBody(exchange.response)?.error : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** MCP requests answered 401 `invalid_token`: the access token was rejected (in these scenarios, it expired). */
export function expiredTokenChallenges(transcript: Transcript): Exchange[] {
  return transcript.filter(
    (exchange) =>
      exchange.endpoint === 'mcp' &&
      exchange.status === 401 &&
      /error="invalid_token"/.test(exchange.responseHeaders['www-authenticate'] ?? ''),
  );
}

export function after(transcript: Transcript, exchange: Exchange): Exchange[] {
  return transcript.filter((other) => other.seq > exchange.seq);
}

/** "The token request", "Both token requests", "All 3 token requests": for messages about every one of `count`. */
export function everyOne(count: number, noun: string): string {
  if (count === 1) return `The ${noun}`;
  return count === 2 ? `Both ${noun}s` : `All ${count} ${noun}s`;
}

/** The sequence numbers of `exchanges`, for a result's evidence. */
export function seqs(exchanges: Exchange[]): number[] {
  return exchanges.map((exchange) => exchange.seq);
}

/** The first successful code exchange: where the client first got tokens. */
export function firstTokens(transcript: Transcript): Exchange | undefined {
  return grants(transcript, 'authorization_code').find(succeeded);
}
