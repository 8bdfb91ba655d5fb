/**
 * Records every HTTP exchange a mock server sees, in arrival order across both servers of a scenario.
 * Checks read this transcript after the run; nothing is judged while requests are in flight.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Endpoint, Exchange, RecordedBody, Transcript } from '../model.js';
import { jsonTooDeep } from './http.js';

const RECORDED_RESPONSE_HEADERS = ['location', 'www-authenticate', 'content-type', 'mcp-session-id'];
/** Bodies above this size are kept as a truncated text excerpt. */
const MAX_RECORDED_BODY_CHARS = 16 * 1024;
/** Exchanges kept per scenario; a client that floods the servers gets the rest counted, not stored. */
export const MAX_RECORDED_EXCHANGES = 2000;

type ServerName = Exchange['server'];

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

  now(): number {
    return Math.round((performance.now() - this.startedAt) * 1000) / 1000;
  }

  /**
   * Express middleware that records the exchange once the response is finished (or the connection closes).
   * Mount it before the body parsers: it reads the parsed body only when the response is done, and a request whose
   * body a parser rejects is still recorded. Routes set `res.locals.endpoint`.
   */
  middleware(server: ServerName, endpointOf: (path: string) => Endpoint): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const receivedAt = this.now();
      const seq = this.nextSeq++;
      this.inFlight += 1;
      const chunks: Buffer[] = [];
      let capturedLength = 0;
      const capture = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
        if (capturedLength > MAX_RECORDED_BODY_CHARS) return;
        const buffer = Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
        chunks.push(buffer);
        capturedLength += buffer.length;
      };
      const originalWrite = res.write.bind(res) as (...args: unknown[]) => boolean;
      const originalEnd = res.end.bind(res) as (...args: unknown[]) => Response;
      res.write = ((...args: unknown[]) => {
        capture(args[0], args[1]);
        return originalWrite(...args);
      }) as Response['write'];
      res.end = ((...args: unknown[]) => {
        capture(args[0], args[1]);
        return originalEnd(...args);
      }) as Response['end'];

      let recorded = false;
      const record = () => {
        if (recorded) return;
        recorded = true;
        const finish = () => {
          this.inFlight -= 1;
          if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
        };
        if (this.exchanges.length >= MAX_RECORDED_EXCHANGES) {
          this.dropped += 1;
          finish();
          return;
        }
        const responseText = Buffer.concat(chunks).toString('utf8');
        this.exchanges.push({
          seq,
          server,
          // A request rejected before its route ran (a body that does not parse) is still filed under its endpoint.
          endpoint: (res.locals.endpoint as Endpoint | undefined) ?? endpointOf(req.path),
          receivedAt,
          respondedAt: this.now(),
          method: req.method,
          path: req.path,
          query: flattenQuery(req.query),
          // Every request header is kept: a token leaked in any header must be visible to the checks.
          headers: pickHeaders(req.headers, Object.keys(req.headers)),
          body: recordRequestBody(req, res.locals.unparsedBody),
          status: res.statusCode,
          responseHeaders: pickHeaders(res.getHeaders(), RECORDED_RESPONSE_HEADERS),
          response: parseBody(String(res.getHeader('content-type') ?? ''), responseText, capturedLength),
        });
        this.exchanges.sort((a, b) => a.seq - b.seq);
        finish();
      };
      res.on('finish', record);
      res.on('close', record);
      next();
    };
  }
}

function flattenQuery(query: Request['query']): Record<string, string | string[]> {
  const flat: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') flat[key] = value;
    else if (Array.isArray(value)) flat[key] = value.map((item) => String(item));
    else if (value !== undefined) flat[key] = JSON.stringify(value);
  }
  return flat;
}

function pickHeaders(
  headers: Record<string, string | string[] | number | undefined>,
  names: readonly string[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (value === undefined) continue;
    picked[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return picked;
}

function recordRequestBody(req: Request, unparsed: unknown): RecordedBody {
  const raw: unknown = req.body;
  if ((raw === undefined || raw === null) && typeof unparsed === 'string') {
    return {
      kind: 'text',
      value: unparsed.slice(0, MAX_RECORDED_BODY_CHARS),
      truncated: unparsed.length > MAX_RECORDED_BODY_CHARS,
    };
  }
  if (raw === undefined || raw === null) return { kind: 'none' };
  const contentType = req.headers['content-type'] ?? '';
  if (typeof raw === 'string') return parseBody(contentType, raw, raw.length);
  if (Buffer.isBuffer(raw))
    return raw.length === 0 ? { kind: 'none' } : parseBody(contentType, raw.toString('utf8'), raw.length);
  if (contentType.includes('application/x-www-form-urlencoded') && typeof raw === 'object') {
    if (Object.keys(raw).length === 0) return { kind: 'none' };
    return { kind: 'form', value: raw as Record<string, string | string[]> };
  }
  if (typeof raw === 'object' && Object.keys(raw).length === 0 && !contentType.includes('json'))
    return { kind: 'none' };
  return { kind: 'json', value: raw };
}

function parseBody(contentType: string, text: string, totalLength: number): RecordedBody {
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
