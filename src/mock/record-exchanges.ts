/**
 * The mock servers' side of the transcript: Express middleware that hands every exchange to the TranscriptRecorder
 * once its response is finished (or its connection closes).
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Endpoint, RecordedBody } from '../model.js';
import { MAX_RECORDED_BODY_CHARS, recordedBody, type ServerName, type TranscriptRecorder } from './transcript.js';

/**
 * Mount it before the body parsers: it reads the parsed body only when the response is done, and a request whose
 * body a parser rejects is still recorded. Routes set `res.locals.endpoint`; `endpointOf` files the rest.
 */
export function recordExchanges(
  recorder: TranscriptRecorder,
  server: ServerName,
  endpointOf: (path: string) => Endpoint,
): RequestHandler {
  return (req, res, next) => {
    const pending = recorder.begin(server);
    const response = captureResponseBody(res);
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      pending.end({
        // A request rejected before its route ran (a body that does not parse) is still filed under its endpoint.
        endpoint: (res.locals.endpoint as Endpoint | undefined) ?? endpointOf(req.path),
        method: req.method,
        path: req.path,
        query: flattenQuery(req.query),
        headers: req.headers,
        body: recordRequestBody(req, res.locals.unparsedBody),
        status: res.statusCode,
        responseHeaders: res.getHeaders(),
        responseText: response.text(),
        responseLength: response.length(),
      });
    };
    res.on('finish', record);
    res.on('close', record);
    next();
  };
}

/** Tees what the response writes, up to a little more than the transcript keeps. */
function captureResponseBody(res: Response): { text(): string; length(): number } {
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
  return { text: () => Buffer.concat(chunks).toString('utf8'), length: () => capturedLength };
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
  if (typeof raw === 'string') return recordedBody(contentType, raw);
  if (Buffer.isBuffer(raw))
    return raw.length === 0 ? { kind: 'none' } : recordedBody(contentType, raw.toString('utf8'), raw.length);
  if (contentType.includes('application/x-www-form-urlencoded') && typeof raw === 'object') {
    if (Object.keys(raw).length === 0) return { kind: 'none' };
    return { kind: 'form', value: raw as Record<string, string | string[]> };
  }
  if (typeof raw === 'object' && Object.keys(raw).length === 0 && !contentType.includes('json'))
    return { kind: 'none' };
  return { kind: 'json', value: raw };
}
