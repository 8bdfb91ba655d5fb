/**
 * Checks on how token requests are made and where refresh tokens go: POST with a form body, and refresh tokens
 * nowhere but the token endpoint's POST body.
 */
import type { Exchange } from '../model.js';
import { onTokenRequests } from './requests-sent.js';
import { everyOne, issuedRefreshToken, requestLine, seqs, tokenRequests } from './transcript-queries.js';
import { clientCheck, finding } from './types.js';

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

function tokenRequestProblem(exchange: Exchange): string | undefined {
  if (exchange.method !== 'POST') return `used ${exchange.method} instead of POST`;
  const contentType = exchange.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    const sent = contentType === '' ? 'no content type' : `\`${contentType}\``;
    return `sent the body as ${sent} instead of \`application/x-www-form-urlencoded\``;
  }
  const inUrl = Object.keys(exchange.query).filter((name) => CREDENTIAL_PARAMETERS.includes(name));
  if (inUrl.length > 0) return `put ${inUrl.map((name) => `\`${name}\``).join(', ')} in the URL`;
  return undefined;
}

export const tokenRequestPost = clientCheck(
  'oauth-token-request-post',
  onTokenRequests((requests) => {
    const problems = requests
      .map((exchange) => ({ exchange, problem: tokenRequestProblem(exchange) }))
      .filter((entry): entry is { exchange: Exchange; problem: string } => entry.problem !== undefined);
    if (problems.length > 0) {
      return finding(
        'FAILURE',
        problems.map(({ exchange, problem }) => `${requestLine(exchange)}: the client ${problem}.`).join(' '),
        problems.map(({ exchange }) => exchange.seq),
        {
          method: problems[0]?.exchange.method ?? null,
          contentType: problems[0]?.exchange.headers['content-type'] ?? null,
          queryParameters: Object.keys(problems[0]?.exchange.query ?? {}),
        },
      );
    }
    return finding(
      'SUCCESS',
      `${everyOne(requests.length, 'token request')} used POST with a form-encoded body and nothing in the URL.`,
      seqs(requests),
    );
  }),
);

interface Leak {
  /** In words: "the `authorization` header of #7 POST /mcp → 200 to the MCP server". */
  place: string;
  /**
   * The offending part as sent (redacted later with everything else):
   * "#7 POST /mcp, header authorization: Bearer rt-…".
   */
  excerpt: string;
}

/** Every place in a request where `token` appears, except a token endpoint POST's `refresh_token` parameter. */
function leaks(exchange: Exchange, token: string): Leak[] {
  const found: Leak[] = [];
  const server = exchange.server === 'mcp-server' ? 'the MCP server' : 'the authorization server';
  const where = `#${exchange.seq} ${exchange.method} ${exchange.path}`;
  const add = (place: string, part: string) => found.push({ place, excerpt: `${where}, ${part}` });
  if (exchange.path.includes(token)) add(`the path of ${requestLine(exchange)}`, `path ${exchange.path}`);
  for (const [name, value] of Object.entries(exchange.query)) {
    const hit = [value].flat().find((item) => item.includes(token));
    if (hit !== undefined)
      add(`the URL query parameter \`${name}\` of ${requestLine(exchange)}`, `query ${name}=${hit}`);
  }
  for (const [name, value] of Object.entries(exchange.headers)) {
    if (value.includes(token))
      add(`the \`${name}\` header of ${requestLine(exchange)} to ${server}`, `header ${name}: ${value}`);
  }
  const body = exchange.body;
  const allowedInBody = exchange.endpoint === 'token' && exchange.method === 'POST' && body.kind === 'form';
  if (body.kind === 'form') {
    for (const [name, value] of Object.entries(body.value)) {
      const allowed = allowedInBody && name === 'refresh_token';
      const hit = [value].flat().find((item) => item.includes(token));
      if (!allowed && hit !== undefined)
        add(`the body parameter \`${name}\` of ${requestLine(exchange)} to ${server}`, `body ${name}=${hit}`);
    }
  } else if (body.kind !== 'none') {
    const text = body.kind === 'text' ? body.value : JSON.stringify(body.value);
    const at = text.indexOf(token);
    if (at !== -1)
      add(
        `the body of ${requestLine(exchange)} to ${server}`,
        `body …${text.slice(Math.max(0, at - 40), at + token.length + 20)}…`,
      );
  }
  return found;
}

export const refreshTokenConfidential = clientCheck('sep-2207-refresh-token-confidential', (input) => {
  const issued = [
    ...new Set(
      tokenRequests(input.transcript)
        .map(issuedRefreshToken)
        .filter((token) => token !== undefined),
    ),
  ];
  if (issued.length === 0) return finding('SKIPPED', 'the authorization server issued no refresh token to the client');
  const found = input.transcript.flatMap((exchange) =>
    issued.flatMap((token) => leaks(exchange, token).map((leak) => ({ exchange, ...leak }))),
  );
  if (found.length > 0) {
    const shown = found.slice(0, 5).map(({ place }) => place);
    const more = found.length > shown.length ? ` (and ${found.length - shown.length} more)` : '';
    const result = finding(
      'FAILURE',
      `An issued refresh token left the token endpoint's POST body: it was in ${shown.join('; ')}${more}.`,
      [...new Set(found.map(({ exchange }) => exchange.seq))],
      { places: found.map(({ place }) => place) },
    );
    result.evidence.excerpts = found.slice(0, 10).map(({ excerpt }) => excerpt);
    return result;
  }
  const presented = tokenRequests(input.transcript).filter(
    (exchange) =>
      exchange.body.kind === 'form' &&
      issued.some((token) => exchange.body.kind === 'form' && exchange.body.value.refresh_token === token),
  );
  const tokens = issued.length === 1 ? 'issued refresh token was' : `${issued.length} issued refresh tokens were`;
  const where = presented.length > 0 ? ` (${presented.map(requestLine).join(', ')})` : '';
  return finding('SUCCESS', `The ${tokens} sent only to the token endpoint, in POST bodies${where}.`, seqs(presented));
});
