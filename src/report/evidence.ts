/**
 * A finding's evidence in human words, as plain text lines every report can show: the exact part a check points at
 * (its excerpts), else each request it names in one line with the parameters that matter, then its details under
 * readable names. The summary puts the lines in code spans, JUnit and annotations print them as they are.
 */
import type { CheckResult, Exchange, RecordedBody, Transcript } from '../model.js';
import { cut } from './text.js';

const MAX_LINE = 300;
const MAX_DETAIL = 200;

/** Parameters the checks are about come first, so they survive when a long line is cut. */
const KEY_PARAMETERS = ['grant_type', 'refresh_token', 'scope', 'resource', 'prompt', 'client_id', 'grant_types'];
const keyRank = (name: string) => {
  const rank = KEY_PARAMETERS.indexOf(name);
  return rank === -1 ? KEY_PARAMETERS.length : rank;
};

/** `a=b c=d` (or joined with `separator`), key parameters first. */
export function parameters(values: Record<string, string | string[]>, separator = ' '): string {
  return Object.entries(values)
    .sort(([a], [b]) => keyRank(a) - keyRank(b))
    .flatMap(([name, value]) => [value].flat().map((item) => `${name}=${item}`))
    .join(separator);
}

const json = (body: RecordedBody): Record<string, unknown> | undefined =>
  body.kind === 'json' && typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
    ? (body.value as Record<string, unknown>)
    : undefined;

/** What the request sent that matters, on one line. */
function sent(exchange: Exchange): string {
  if (exchange.body.kind === 'form') return parameters(exchange.body.value);
  const body = json(exchange.body);
  if (exchange.endpoint === 'register' && body) return `grant_types=${JSON.stringify(body.grant_types ?? null)}`;
  if (exchange.endpoint === 'mcp' && body && typeof body.method === 'string') return `(${body.method})`;
  return parameters(exchange.query);
}

/** What the answer said that matters: an OAuth error, the tokens a token response carried, a 401's challenge. */
function answered(exchange: Exchange): string {
  const body = json(exchange.response);
  if (typeof body?.error === 'string') return ` ${body.error}`;
  if (exchange.endpoint === 'token' && body) {
    const refresh = typeof body.refresh_token === 'string' ? `refresh_token ${body.refresh_token}` : 'no refresh_token';
    return `, issued ${refresh}`;
  }
  const challenge = exchange.responseHeaders['www-authenticate'];
  if (exchange.status === 401 && challenge) return ` (${/error="([^"]+)"/.exec(challenge)?.[1] ?? 'challenge'})`;
  return '';
}

/** `#11 POST /token grant_type=refresh_token refresh_token=rt-…aaaa → 200, issued refresh_token rt-…bbbb`. */
function requestEvidence(exchange: Exchange): string {
  const what = sent(exchange);
  const request = `#${exchange.seq} ${exchange.method} ${exchange.path}${what === '' ? '' : ` ${what}`}`;
  return cut(`${request} → ${exchange.status}${answered(exchange)}`, MAX_LINE);
}

/** Names for the details checks record; a key not listed here is split into words. */
const DETAIL_NAMES: Record<string, string> = {
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

const words = (name: string) => DETAIL_NAMES[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function detailValue(value: CheckResult['evidence']['details'][string]): string {
  if (typeof value === 'number') return String(Math.round(value * 10) / 10);
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/** Plain text lines: excerpts or request lines, then details (empty or null values left out). */
export function evidenceLines(result: CheckResult, transcript: Transcript): string[] {
  const bySeq = new Map(transcript.map((exchange) => [exchange.seq, exchange]));
  const excerpts = result.evidence.excerpts ?? [];
  const lines =
    excerpts.length > 0
      ? excerpts.map((excerpt) => cut(excerpt, MAX_LINE))
      : result.evidence.requests.map((seq) => {
          const exchange = bySeq.get(seq);
          return exchange ? requestEvidence(exchange) : `#${seq} (not in the transcript)`;
        });
  for (const [name, value] of Object.entries(result.evidence.details)) {
    if (OMITTED.has(name) || value === null || value === false || (name === 'places' && excerpts.length > 0)) continue;
    lines.push(`${words(name)}: ${cut(detailValue(value), MAX_DETAIL)}`);
  }
  return lines;
}
