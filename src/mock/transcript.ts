/**
 * The one HTTP exchange recorder: every exchange the mock servers of a scenario see, in arrival order across both
 * (fed by the Express middleware in record-exchanges.ts), and every request server mode's probe makes
 * (src/server/probe.ts). Checks read this transcript after the run; nothing is judged while requests are in flight.
 * Nothing here loads Express: server mode records without the mock servers' framework.
 */
import type { Endpoint, Exchange, RecordedBody, Transcript } from '../model.js';
import { jsonTooDeep } from './json-depth.js';

const RECORDED_RESPONSE_HEADERS = ['location', 'www-authenticate', 'content-type', 'mcp-session-id'];
/** Bodies above this size are kept as a truncated text excerpt. */
export const MAX_RECORDED_BODY_CHARS = 16 * 1024;
/** Exchanges kept per scenario; a client that floods the servers gets the rest counted, not stored. */
export const MAX_RECORDED_EXCHANGES = 2000;

export type ServerName = Exchange['server'];
/** Headers as Node.js and Fetch hand them over: lower-case names, repeated values as arrays. */
export type HeaderValues = Record<string, string | string[] | number | undefined>;

/** What one exchange was, as its recorder (the mock's middleware, or the probe) saw it. */
export interface ExchangeParts {
  endpoint: Endpoint;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Every request header is kept: a token leaked in any header must be visible to the checks. */
  headers: HeaderValues;
  body: RecordedBody;
  status: number;
  /** The response's headers; those the checks read are kept. */
  responseHeaders: HeaderValues;
  /** The response body as far as it was kept, and its full length: a longer body is recorded truncated. */
  responseText: string;
  responseLength: number;
}

export interface PendingExchange {
  /** Files the exchange, or counts it as dropped when the transcript is full, and returns it. */
  end(parts: ExchangeParts): Exchange;
}

export class TranscriptRecorder {
  readonly exchanges: Transcript = [];
  /** Exchanges not kept because the transcript was full. */
  dropped = 0;
  private readonly startedAt = performance.now();
  private nextSeq = 1;
  private inFlight = 0;
  private readonly idleWaiters: (() => void)[] = [];

  /** Resolves once every exchange that has started is recorded, or after `timeoutMs`. */
  async settled(timeoutMs: number): Promise<void> {
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Milliseconds since the recorder was made, to the microsecond. */
  now(): number {
    return Math.round((performance.now() - this.startedAt) * 1000) / 1000;
  }

  /**
   * Starts an exchange: it takes its place in the transcript (`seq`) now, and is filed once `end` is called.
   * `receivedAt` is when the request went out or came in, if that was earlier than now.
   */
  begin(server: ServerName, receivedAt = this.now()): PendingExchange {
    const seq = this.nextSeq++;
    this.inFlight += 1;
    let ended: Exchange | undefined;
    return {
      end: (parts) => {
        if (ended) return ended;
        ended = exchangeOf(parts, { seq, server, receivedAt, respondedAt: this.now() });
        this.file(ended);
        return ended;
      },
    };
  }

  private file(exchange: Exchange): void {
    if (this.exchanges.length >= MAX_RECORDED_EXCHANGES) this.dropped += 1;
    else {
      this.exchanges.push(exchange);
      this.exchanges.sort((a, b) => a.seq - b.seq);
    }
    this.inFlight -= 1;
    if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }
}

function exchangeOf(
  parts: ExchangeParts,
  stamp: Pick<Exchange, 'seq' | 'server' | 'receivedAt' | 'respondedAt'>,
): Exchange {
  const contentType = String(parts.responseHeaders['content-type'] ?? '');
  return {
    seq: stamp.seq,
    server: stamp.server,
    endpoint: parts.endpoint,
    receivedAt: stamp.receivedAt,
    respondedAt: stamp.respondedAt,
    method: parts.method,
    path: parts.path,
    query: parts.query,
    headers: pickHeaders(parts.headers, Object.keys(parts.headers)),
    body: parts.body,
    status: parts.status,
    responseHeaders: pickHeaders(parts.responseHeaders, RECORDED_RESPONSE_HEADERS),
    response: recordedBody(contentType, parts.responseText, parts.responseLength),
  };
}

function pickHeaders(headers: HeaderValues, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (value === undefined) continue;
    picked[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return picked;
}

/** A body as the transcript keeps it: JSON or form when it parses as its content type says, else (truncated) text. */
export function recordedBody(contentType: string, text: string, totalLength = text.length): RecordedBody {
  if (text.length === 0) return { kind: 'none' };
  const truncated = totalLength > MAX_RECORDED_BODY_CHARS;
  // Text too deeply nested stays text: as a value it could not be serialised into results.json.
  if (!truncated && contentType.includes('json') && !jsonTooDeep(text)) {
    try {
      return { kind: 'json', value: JSON.parse(text) };
    } catch {
      // Not valid JSON despite the content type: keep the text.
    }
  }
  if (!truncated && contentType.includes('application/x-www-form-urlencoded')) {
    return { kind: 'form', value: formToRecord(new URLSearchParams(text)) };
  }
  return { kind: 'text', value: text.slice(0, MAX_RECORDED_BODY_CHARS), truncated };
}

export function formToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return record;
}
