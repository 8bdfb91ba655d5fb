/**
 * Harness for the property-based robustness tests of the mock servers (mock-fuzz.test.ts): a loopback-only HTTP
 * sender (node:http with a keep-alive agent, raw sockets for what node:http refuses to send), the checks every answer
 * must pass, and fast-check arbitraries for hostile requests.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { MockServers } from '../../src/mock/mock-servers.js';
import { MAX_RECORDED_EXCHANGES } from '../../src/mock/transcript.js';
import type { Exchange } from '../../src/model.js';

export const LOOPBACK = '127.0.0.1';
/**
 * Bodies the authorization server and the MCP server accept (src/mock/*: `bodyParsers('64kb')`, `bodyParsers('1mb')`).
 */
export const AS_BODY_LIMIT = 64 * 1024;
export const MCP_BODY_LIMIT = 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 5000;
/** A client_id URL the authorization server may fetch: loopback, a port nothing listens on. */
export const CLOSED_LOOPBACK_URL = 'http://127.0.0.1:9/client.json';
/** Sent with every generated request, so its exchange can be found in the transcript. */
export const FUZZ_ID_HEADER = 'x-fuzz-id';

// ---------------------------------------------------------------------------------------------------------------
// Sending

export interface FuzzRequest {
  method: string;
  /** The request target exactly as sent: origin form (`/token?x=1`), or absolute form. */
  path: string;
  headers: Record<string, string | string[]>;
  body?: Buffer | undefined;
  /** Send the body with `Transfer-Encoding: chunked` instead of a Content-Length. */
  chunked?: boolean;
}

/** One line for a failure message: method, target, headers and the start of the body. */
export function describeRequest(fuzz: FuzzRequest): string {
  const body =
    fuzz.body === undefined
      ? 'no body'
      : `${fuzz.body.length}-byte${fuzz.chunked ? ' chunked' : ''} body ` +
        `${JSON.stringify(fuzz.body.subarray(0, 160).toString('latin1'))}`;
  return (
    `${fuzz.method} ${JSON.stringify(fuzz.path.slice(0, 200))} ${JSON.stringify(fuzz.headers).slice(0, 400)} ` +
    `${body}`
  );
}

/** Makes fast-check print a counterexample as one short line instead of every byte of a 1 MiB body. */
export function printable(fuzz: FuzzRequest): FuzzRequest {
  Object.defineProperty(fuzz, fc.toStringMethod, { value: () => describeRequest(fuzz), enumerable: false });
  return fuzz;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** An event stream the sender cut after its headers (a GET stream stays open until the client leaves). */
  cut: boolean;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

export function destroyAgent(): void {
  agent.destroy();
}

/** Sends one request to 127.0.0.1; rejects when no complete answer arrives within `timeoutMs`. */
export async function send(
  port: number,
  fuzz: FuzzRequest,
  options: { fresh?: boolean; timeoutMs?: number } = {},
): Promise<Answer> {
  try {
    return await sendOnce(port, fuzz, options);
  } catch (error) {
    // A keep-alive socket the server closed while idle: the request never reached it, so send it once more.
    if ((error as { retry?: boolean }).retry) return sendOnce(port, fuzz, { ...options, fresh: true });
    throw error;
  }
}

function sendOnce(port: number, fuzz: FuzzRequest, options: { fresh?: boolean; timeoutMs?: number }): Promise<Answer> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  return new Promise<Answer>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, answer?: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(answer as Answer);
    };
    // Frame every body explicitly: node:http sends a GET, HEAD, DELETE or OPTIONS body with neither Content-Length
    // nor chunked encoding, which the server would read as the next request.
    const headers: Record<string, string | string[]> = { ...fuzz.headers };
    if (fuzz.body !== undefined) {
      if (fuzz.chunked) headers['transfer-encoding'] = 'chunked';
      else headers['content-length'] = String(fuzz.body.length);
    }
    const req = httpRequest({
      host: LOOPBACK,
      port,
      method: fuzz.method,
      path: fuzz.path,
      headers,
      agent: options.fresh ? false : agent,
    });
    const timer = setTimeout(() => {
      finish(new Error(`no answer within ${timeoutMs} ms to ${fuzz.method} ${fuzz.path.slice(0, 120)}`));
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      const retry = req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      finish(
        Object.assign(new Error(`${fuzz.method} ${fuzz.path.slice(0, 120)}: ${error.code ?? error.message}`), {
          retry,
        }),
      );
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const eventStream = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
      if (eventStream && fuzz.method === 'GET') {
        // The server answered; a standalone stream would stay open, so leave it.
        finish(null, { status, headers: res.headers, body: Buffer.alloc(0), cut: true });
        res.destroy();
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let length = 0;
      res.on('data', (chunk: Buffer) => {
        if (length < 256 * 1024) chunks.push(chunk);
        length += chunk.length;
      });
      res.on('end', () => finish(null, { status, headers: res.headers, body: Buffer.concat(chunks), cut: false }));
      res.on('error', (error) => finish(error));
    });
    if (fuzz.body !== undefined && fuzz.chunked) {
      const half = Math.floor(fuzz.body.length / 2);
      req.write(fuzz.body.subarray(0, half));
      req.end(fuzz.body.subarray(half));
    } else req.end(fuzz.body);
  });
}

export interface RawAnswer {
  status: number;
  statusLine: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes bytes on a fresh TCP connection to 127.0.0.1 and reads the first response: for request lines and headers
 * node:http refuses to send. Resolves once a whole response (Content-Length or close) has arrived.
 */
export function sendRaw(port: number, bytes: Buffer, timeoutMs = REQUEST_TIMEOUT_MS): Promise<RawAnswer> {
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = connect({ host: LOOPBACK, port });
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (error: Error | null, answer?: RawAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(answer as RawAnswer);
    };
    const timer = setTimeout(
      () =>
        finish(
          new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(bytes.subarray(0, 120).toString('latin1'))}`),
        ),
      timeoutMs,
    );
    const tryParse = (closed: boolean) => {
      // Skip interim answers (100 Continue): the final response follows them.
      while (
        /^HTTP\/1\.[01] 1\d\d /.test(received.subarray(0, 16).toString('latin1')) &&
        received.includes('\r\n\r\n')
      ) {
        received = received.subarray(received.indexOf('\r\n\r\n') + 4);
      }
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) {
        if (closed) finish(new Error(`connection closed without a response (${received.length} bytes received)`));
        return;
      }
      const head = received.subarray(0, end).toString('latin1').split('\r\n');
      const statusLine = head[0] ?? '';
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const body = received.subarray(end + 4);
      if (headers['transfer-encoding'] === 'chunked') {
        const decoded = dechunk(body);
        if (decoded !== undefined || closed)
          finish(null, { status, statusLine, headers, body: (decoded ?? body).toString('utf8') });
        return;
      }
      const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
      if (length !== undefined && body.length >= length) {
        finish(null, { status, statusLine, headers, body: body.subarray(0, length).toString('utf8') });
      } else if (closed || length === undefined) {
        finish(null, { status, statusLine, headers, body: body.toString('utf8') });
      }
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      tryParse(false);
    });
    socket.on('error', () => tryParse(true));
    socket.on('close', () => tryParse(true));
    socket.on('connect', () => socket.write(bytes));
  });
}

/** A chunked body decoded, or undefined while its last chunk has not arrived. */
function dechunk(body: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size)) return undefined;
    if (size === 0) return Buffer.concat(parts);
    if (body.length < lineEnd + 2 + size + 2) return undefined;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

export type ServerKind = 'authorization-server' | 'mcp-server';

/**
 * Node's own answer to a request it refused before (or instead of) Express: a parse error (400, no Express route
 * ran), headers over the limit (431), an HTTP/1.1 request without Host (400), an unknown Expect (417). Every answer
 * the mock apps give has a JSON content type; these have none.
 */
export function isNodeAnswer(status: number, headers: Record<string, unknown>): boolean {
  return [400, 417, 431].includes(status) && headers['content-type'] === undefined;
}

/** What is wrong with an answer Express gave; empty when nothing is. */
export function answerProblems(
  server: ServerKind,
  method: string,
  status: number,
  contentType: string,
  body: string,
): string[] {
  const problems: string[] = [];
  if (!(status >= 200 && status <= 599)) problems.push(`status ${status} is outside 2xx-5xx`);
  if (status >= 500) problems.push(`status ${status}: an unhandled error (${body.slice(0, 300)})`);
  if (/<!DOCTYPE|<html|<pre>/i.test(body) && status >= 400) problems.push(`an HTML error page: ${body.slice(0, 200)}`);
  if (/\n\s+at .+(\(|:\d+:\d+)/.test(body)) problems.push(`a stack trace in the body: ${body.slice(0, 300)}`);
  if (status < 400) return problems;
  if (!/^application\/json\b/.test(contentType)) {
    problems.push(`error ${status} with content-type ${JSON.stringify(contentType)}`);
    return problems;
  }
  if (method === 'HEAD') return problems;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    problems.push(`error ${status} whose body is not JSON: ${body.slice(0, 200)}`);
    return problems;
  }
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  if (!record) {
    problems.push(`error ${status} whose body is not a JSON object`);
    return problems;
  }
  if (server === 'authorization-server') {
    const keys = Object.keys(record).sort().join(',');
    const ok =
      keys === 'error,error_description' &&
      isNonEmptyString(record.error) &&
      isNonEmptyString(record.error_description);
    if (!ok) problems.push(`error ${status} is not an OAuth error {error, error_description}: ${body.slice(0, 200)}`);
  } else {
    const rpcError = record.error as Record<string, unknown> | undefined;
    const jsonRpc =
      record.jsonrpc === '2.0' &&
      'id' in record &&
      typeof rpcError === 'object' &&
      rpcError !== null &&
      Number.isInteger(rpcError.code) &&
      typeof rpcError.message === 'string';
    const oauth =
      isNonEmptyString(record.error) &&
      (record.error_description === undefined || typeof record.error_description === 'string');
    if (!jsonRpc && !oauth)
      problems.push(`error ${status} is neither a JSON-RPC error nor an OAuth-style error: ${body.slice(0, 200)}`);
  }
  return problems;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The exchange the recorder filed for a request, once every started exchange is recorded. When the transcript is
 * full (MAX_RECORDED_EXCHANGES), the exchange must have been counted as dropped instead.
 */
export async function recordedExchange(
  servers: MockServers,
  id: string,
  droppedBefore: number,
): Promise<Exchange | 'dropped' | undefined> {
  await servers.recorder.settled(2000);
  const exchanges = servers.recorder.exchanges;
  for (let index = exchanges.length - 1; index >= Math.max(0, exchanges.length - 64); index -= 1) {
    const exchange = exchanges[index] as Exchange;
    if (exchange.headers[FUZZ_ID_HEADER] === id) return exchange;
  }
  if (exchanges.length >= MAX_RECORDED_EXCHANGES && servers.recorder.dropped > droppedBefore) return 'dropped';
  return undefined;
}

/** What is wrong with the transcript entry of a request Express answered. */
export function transcriptProblems(
  exchange: Exchange | 'dropped' | undefined,
  method: string,
  status: number,
): string[] {
  if (exchange === 'dropped') return [];
  if (!exchange) return ['the request is not in the transcript'];
  const problems: string[] = [];
  if (exchange.method !== method) problems.push(`transcript method ${exchange.method}, sent ${method}`);
  if (exchange.status !== status) problems.push(`transcript status ${exchange.status}, answered ${status}`);
  try {
    JSON.stringify(exchange);
  } catch (error) {
    // results.json holds the transcript: an exchange that cannot be serialised would stop the report being written.
    problems.push(`the exchange cannot be serialised to JSON: ${String(error)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Tallies

export class Tally {
  /** Per endpoint: requests sent, and answers by status (`400 node`: refused by Node's parser, not by Express). */
  readonly byEndpoint = new Map<string, { sent: number; statuses: Map<string, number> }>();
  readonly crashes: string[] = [];

  count(endpoint: string, status: number, fromNode = false): void {
    const entry = this.byEndpoint.get(endpoint) ?? { sent: 0, statuses: new Map<string, number>() };
    entry.sent += 1;
    const key = fromNode ? `${status} node` : String(status);
    entry.statuses.set(key, (entry.statuses.get(key) ?? 0) + 1);
    this.byEndpoint.set(endpoint, entry);
  }

  status(endpoint: string, status: number): number {
    return this.byEndpoint.get(endpoint)?.statuses.get(String(status)) ?? 0;
  }

  crash(description: string): void {
    if (this.crashes.length < 50) this.crashes.push(description);
  }

  total(): number {
    let sum = 0;
    for (const entry of this.byEndpoint.values()) sum += entry.sent;
    return sum;
  }

  table(): string {
    return [...this.byEndpoint]
      .map(([endpoint, { sent, statuses }]) => {
        const histogram = [...statuses]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([status, count]) => `${status}×${count}`)
          .join(' ');
        return `${endpoint.padEnd(24)} ${String(sent).padStart(6)}  ${histogram}`;
      })
      .join('\n');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries: strings and encodings

const CONTROL_AND_SPECIAL = [
  '\u0000',
  '\u0001',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\uffff',
  '%',
  '&',
  '=',
  '+',
  '#',
  '?',
  '/',
  '\\',
  '"',
  "'",
  '<',
  '>',
  '[',
  ']',
  '{',
  '}',
  ';',
  ',',
  ' ',
  '..',
  '\ud83d\ude00',
];

const SPECIAL_VALUES = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  '[]',
  '{}',
  '%00',
  '%zz',
  '%',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  'javascript:alert(1)',
  'data:text/html,<script>',
  'urn:ietf:params:oauth',
  'at-not-issued',
  'rt-not-issued',
  'code-not-issued',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '\u0000\u0000',
  'a\r\nSet-Cookie: x=1',
];

/** Unicode, lone surrogates, control characters, special and huge values. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL_AND_SPECIAL), maxLength: 10 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
  { weight: 1, arbitrary: fc.integer({ min: 500, max: 6000 }).map((size) => 'x'.repeat(size)) },
);

/** Percent-encodes the UTF-8 bytes of a string (a lone surrogate becomes U+FFFD), leaving unreserved characters. */
export function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** How a query or form component goes on the wire: encoded, raw (Latin-1, what node:http allows), or double-encoded. */
export type Encoding = 'percent' | 'raw' | 'double' | 'plus';
export const encodingArb: fc.Arbitrary<Encoding> = fc.constantFrom(
  'percent',
  'percent',
  'percent',
  'raw',
  'double',
  'plus',
);

export function encodeComponent(value: string, encoding: Encoding): string {
  switch (encoding) {
    case 'raw': {
      // node:http sends \x21-\xff as is; anything else still has to be encoded.
      let out = '';
      for (const char of value) out += /^[\u0021-\u00ff]$/.test(char) && char !== '#' ? char : percentEncode(char);
      return out;
    }
    case 'double':
      return percentEncode(percentEncode(value));
    case 'plus':
      return percentEncode(value).replace(/%20/g, '+');
    default:
      return percentEncode(value);
  }
}

export type Pairs = [key: string, value: string, encoding: Encoding][];

export function encodePairs(pairs: Pairs): string {
  return pairs
    .map(([key, value, encoding]) => `${encodeComponent(key, encoding)}=${encodeComponent(value, encoding)}`)
    .join('&');
}

/**
 * Parameter pairs: the endpoint's own names (with values from `values`, else nasty ones), array-shaped and random
 * names, repeated names, missing `=`.
 */
export function pairsArb(
  names: readonly string[],
  values: (name: string) => fc.Arbitrary<string>,
): fc.Arbitrary<Pairs> {
  const known = fc
    .constantFrom(...names)
    .chain((name) =>
      fc.tuple(
        fc.constant(name),
        fc.oneof({ weight: 3, arbitrary: values(name) }, { weight: 1, arbitrary: nastyString }),
        encodingArb,
      ),
    );
  const shaped = fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom('[]', '[0]', '[a]', '[__proto__]', '.x', '[][]'),
      nastyString,
      encodingArb,
    )
    .map(([name, suffix, value, encoding]): [string, string, Encoding] => [`${name}${suffix}`, value, encoding]);
  const random = fc.tuple(nastyString, nastyString, encodingArb);
  const one = fc.oneof(
    { weight: 6, arbitrary: known },
    { weight: 1, arbitrary: shaped },
    { weight: 1, arbitrary: random },
  );
  return fc.tuple(fc.array(one, { maxLength: 10 }), fc.boolean(), fc.nat()).map(([pairs, repeat, pick]) => {
    const list = pairs.map((pair) => [...pair] as [string, string, Encoding]);
    // A repeated parameter: the same name twice with different values.
    const first = list[pick % Math.max(1, list.length)];
    if (repeat && first) list.push([first[0], `${first[1]}-again`, first[2]]);
    return list;
  });
}

/** A query string, kept well below the 16 KiB header limit (header overflow has a property of its own). */
export function queryString(pairs: Pairs): string {
  let query = encodePairs(pairs);
  if (query.length > 9000) query = query.slice(0, 9000).replace(/%[0-9A-F]?$/i, '');
  return query;
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries: paths, headers, bodies

/**
 * The endpoint's path, sometimes mutated: trailing slash, case, `/../` and `%2e%2e` traversal, double encoding,
 * encoded and raw unicode and control characters, empty segments, matrix parameters.
 */
export function pathArb(base: string): fc.Arbitrary<string> {
  const mutations: fc.Arbitrary<string>[] = [
    fc.constant(base),
    fc.constant(`${base}/`),
    fc.constant(base.toUpperCase()),
    fc.constant(`//${base.slice(1)}`),
    fc.constant(`${base}/..`),
    fc.constant(`${base}/../..`),
    fc.constant(`/x/..${base}`),
    fc.constant(`/%2e%2e${base}`),
    fc.constant(`${base}/%2e%2e/%2e%2e/etc/passwd`),
    fc.constant(`${base}/..%2f..%2f..%2fetc%2fpasswd`),
    fc.constant(`/%252e%252e${base}`),
    fc.constant(`${base}%2f..%2f`),
    fc.constant(`${base};jsessionid=1`),
    fc.constant(`${base}%00`),
    fc.constant(`${base}%`),
    fc.constant(`${base}/%E0%A4%A`),
    fc.constant(`${base}/%C0%AE%C0%AE/`),
    fc.constant(`${base}.json`),
    fc.constant(`${base}\u00e9\u00ff`),
    nastyString.map((segment) => `${base}/${percentEncode(segment).slice(0, 2000)}`),
    nastyString.map((segment) => `${base}/${encodeComponent(segment, 'raw').slice(0, 2000)}`),
    nastyString.map((segment) => `/${encodeComponent(segment, 'double').slice(0, 2000)}${base}`),
  ];
  return fc.oneof({ weight: 12, arbitrary: fc.constant(base) }, { weight: 8, arbitrary: fc.oneof(...mutations) });
}

export const methodArb = (usual: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(usual) },
    { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') },
    { weight: 1, arbitrary: fc.constantFrom('TRACE', 'PROPFIND', 'PURGE', 'LOCK', 'SEARCH') },
  );

/** A header value node:http will send: tab, printable ASCII and Latin-1 (obs-text). */
export const headerValueArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((code) => code !== 0x7f)
      .map((code) => String.fromCharCode(code)),
    maxLength: 40,
  }),
  fc.constantFrom(
    '',
    ' ',
    '\t',
    'null',
    '*',
    '*/*',
    'application/json',
    'text/event-stream',
    'text/html',
    '\u00ff\u00fe',
  ),
  nastyString.map((value) =>
    encodeComponent(value, 'raw')
      .replace(/[^\t\u0020-\u007e\u0080-\u00ff]/g, '')
      .slice(0, 2000),
  ),
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json; charset=utf-16',
  'application/json; charset=bogus',
  'application/JSON',
  'application/merge-patch+json',
  'application/json;;;',
  'application/json; charset="utf-8"',
  'application/json, text/plain',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/x-www-form-urlencoded; charset=utf-32',
  'application/x-www-form-urlencoded; charset=bogus',
  'text/plain',
  'text/plain; charset=bogus',
  'text/plain; charset=latin1',
  'text/html',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  '*/*',
  '',
  ';',
  'application/',
  '/json',
  'json',
];

export const contentTypeArb: fc.Arbitrary<string | undefined> = fc.option(
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: headerValueArb }),
  { nil: undefined, freq: 5 },
);

/** Extra request headers: common ones with odd values, and random names. Never Host, Expect or framing headers. */
export const extraHeadersArb: fc.Arbitrary<Record<string, string | string[]>> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'accept',
          'accept-encoding',
          'accept-language',
          'cookie',
          'origin',
          'referer',
          'user-agent',
          'x-forwarded-for',
          'x-forwarded-host',
          'x-forwarded-proto',
          'forwarded',
          'x-http-method-override',
          'x-original-url',
          'if-none-match',
          'range',
          'cache-control',
          'dnt',
          'x-requested-with',
          'authorization',
        ),
        fc.stringMatching(/^x-[a-z0-9!#$%&'*+.^_`|~-]{1,20}$/),
      ),
      headerValueArb,
      fc.boolean(),
    ),
    { maxLength: 5 },
  )
  .map((entries) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value, twice] of entries) headers[name] = twice ? [value, `${value}2`] : value;
    return headers;
  });

export type ContentEncoding = { encoding: string; compress: boolean } | { bomb: true } | undefined;

export const contentEncodingArb: fc.Arbitrary<ContentEncoding> = fc.oneof(
  { weight: 20, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.record({
      encoding: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, gzip', 'GZIP', 'compress'),
      compress: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ bomb: true as const }) },
);

/** Applies a Content-Encoding to a body: real compression, a wrong (uncompressed) body, or a decompression bomb. */
export function encodeBody(
  body: Buffer | undefined,
  encoding: ContentEncoding,
  limit: number,
  headers: Record<string, string | string[]>,
): Buffer | undefined {
  if (!encoding) return body;
  if ('bomb' in encoding) {
    headers['content-encoding'] = 'gzip';
    return gzipSync(Buffer.alloc(limit * 4, 0x61));
  }
  headers['content-encoding'] = encoding.encoding;
  const plain = body ?? Buffer.alloc(0);
  if (!encoding.compress) return plain;
  if (encoding.encoding === 'gzip') return gzipSync(plain);
  if (encoding.encoding === 'deflate') return deflateSync(plain);
  if (encoding.encoding === 'br') return brotliCompressSync(plain);
  return plain;
}

/** Valid JSON texts cut short or spoilt. */
export const invalidJsonArb: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).chain((value) => {
    const text = JSON.stringify(value) ?? 'null';
    return fc
      .nat({ max: Math.max(0, text.length - 1) })
      .map((cut) => (text.length > 1 ? text.slice(0, cut) : `${text}}`));
  }),
  fc.constantFrom(
    '{',
    '[',
    '{"a":',
    "{'a': 1}",
    '{"a": NaN}',
    '{"a": undefined}',
    '// comment\n{}',
    '{"a":1,}',
    '\ufeff{}',
    '{"a":"\\u12"}',
    '{"a":"\\x41"}',
    '{"a": 1e99999}',
    '{"__proto__": {"polluted": true}}',
    'null',
    'true',
    '"string"',
    '1',
    '{"a":1}{"b":2}',
    '{"a":1} trailing',
    '',
  ),
);

export function deepJson(depth: number, open: '[' | '{' = '['): string {
  return open === '[' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/**
 * JSON nested far deeper than any real message, alone or inside an otherwise acceptable registration or JSON-RPC
 * request: every re-serialisation of it (a response echoing it, the transcript) recurses that deep.
 */
export const deepJsonArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 200, max: 20_000 }), fc.constantFrom<'[' | '{'>('[', '{'), fc.boolean())
  .map(([depth, open, wrapped]) => {
    const deep = deepJson(depth, open);
    return wrapped
      ? `{"redirect_uris":["http://127.0.0.1:9/callback"],"jsonrpc":"2.0","id":1,"method":"ping","deep":${deep}}`
      : deep;
  });

/** A body over `limit` bytes (shaped as JSON, a form or text), or just under it. */
export function sizedBodyArb(limit: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.oneof(
        fc.integer({ min: limit + 1, max: limit + 64 * 1024 }),
        fc.integer({ min: limit - 4096, max: limit - 64 }),
      ),
      fc.constantFrom('json', 'form', 'text'),
    )
    .map(([size, shape]) => {
      if (shape === 'json') return `{"padding":"${'a'.repeat(Math.max(0, size - 14))}"}`;
      if (shape === 'form') return `padding=${'a'.repeat(Math.max(0, size - 8))}`;
      return 'a'.repeat(size);
    });
}

/**
 * A request body: none, the endpoint's own JSON or form shapes, any JSON value, spoilt JSON, random text and bytes,
 * deep nesting, and sizes around the limit.
 */
export function bodyArb(options: {
  json: fc.Arbitrary<unknown>;
  form: fc.Arbitrary<Pairs>;
  limit: number;
}): fc.Arbitrary<Buffer | undefined> {
  const text = (arb: fc.Arbitrary<string>) => arb.map((value) => Buffer.from(value, 'utf8'));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: text(options.json.map((value) => JSON.stringify(value) ?? 'null')) },
    { weight: 5, arbitrary: text(options.form.map(encodePairs)) },
    { weight: 2, arbitrary: text(fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null')) },
    { weight: 3, arbitrary: text(invalidJsonArb) },
    { weight: 1, arbitrary: text(fc.string({ unit: 'binary', maxLength: 64 })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: text(deepJsonArb) },
    { weight: 1, arbitrary: text(sizedBodyArb(options.limit)) },
  );
}

/** Arbitrary JSON with the endpoint's own keys mixed in. */
export function jsonObjectArb(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), nastyString);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, arb] of Object.entries(model))
    fields[key] = fc.oneof({ weight: 3, arbitrary: arb }, { weight: 1, arbitrary: anyValue });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(nastyString, anyValue, { maxKeys: 3 }))
        .map(([known, extra]) => ({ ...extra, ...known })),
    },
    { weight: 1, arbitrary: fc.array(fc.record(fields, { requiredKeys: [] }), { maxLength: 3 }) },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries: JSON-RPC

const MCP_METHODS = [
  'initialize',
  'notifications/initialized',
  'ping',
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/read',
  'prompts/list',
  'prompts/get',
  'logging/setLevel',
  'completion/complete',
  'notifications/cancelled',
  'notifications/progress',
  'sampling/createMessage',
  'roots/list',
  'elicitation/create',
  'resources/subscribe',
];

export const protocolVersionArb = fc.oneof(
  fc.constantFrom('2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2026-07-28', '1999-01-01', '', 'latest'),
  nastyString,
);

const rpcIdArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const paramsArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        protocolVersion: protocolVersionArb,
        capabilities: fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 })),
        clientInfo: fc.oneof(fc.record({ name: nastyString, version: nastyString }), fc.jsonValue({ maxDepth: 1 })),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        name: fc.oneof(fc.constant('echo'), nastyString),
        arguments: fc.oneof(fc.record({ text: nastyString }), fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export const rpcMessageArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    jsonrpc: fc.oneof(
      { weight: 8, arbitrary: fc.constant('2.0') },
      { weight: 1, arbitrary: fc.constantFrom('1.0', '2', 2, null) },
    ),
    id: rpcIdArb,
    method: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MCP_METHODS) }, { weight: 1, arbitrary: nastyString }),
    params: paramsArb,
  },
  { requiredKeys: ['jsonrpc'] },
);

const rpcResponseArb = fc.record(
  {
    jsonrpc: fc.constant('2.0'),
    id: rpcIdArb,
    result: fc.jsonValue({ maxDepth: 2 }),
    error: fc.oneof(fc.record({ code: fc.integer(), message: nastyString }), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: ['jsonrpc'] },
);

/** Random JSON-RPC shapes: requests, notifications, responses, batches (empty too), and any JSON at all. */
export const rpcBodyArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: rpcMessageArb },
  { weight: 2, arbitrary: fc.array(fc.oneof(rpcMessageArb, rpcResponseArb), { maxLength: 4 }) },
  { weight: 1, arbitrary: rpcResponseArb },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
