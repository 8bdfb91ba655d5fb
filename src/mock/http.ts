/** HTTP plumbing both mock servers share: body parsing with limits, and answers for bodies that cannot be parsed. */
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { jsonTooDeep, MAX_JSON_DEPTH } from './json-depth.js';

/**
 * JSON and form bodies are parsed; any other body is kept as text, so that a token a client leaks in an odd body
 * is still in the transcript.
 */
export function bodyParsers(limit: string): RequestHandler[] {
  return [
    express.json({ limit, type: ['application/json', 'application/*+json'], verify: refuseDeepJson }),
    express.urlencoded({ extended: false, limit }),
    express.text({ limit, type: () => true }),
  ];
}

/** A body-parser `verify` hook: throws a parse error for JSON nested deeper than MAX_JSON_DEPTH. */
function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonTooDeep(body.toString('latin1'))) {
    throw Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`), {
      status: 400,
      type: 'entity.parse.failed',
    });
  }
}

interface BodyParserError {
  status?: number;
  type?: string;
  body?: unknown;
  message?: string;
}

/**
 * Turns a body-parser error (invalid JSON, a body over the limit, an unknown charset) into the server's own error
 * format instead of Express's HTML page, and keeps the raw body for the transcript.
 */
export function bodyErrors(respond: (res: Response, status: number, message: string) => void): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (typeof error.body === 'string') res.locals.unparsedBody = error.body;
    // A body refused by a `verify` hook comes as the raw bytes.
    else if (Buffer.isBuffer(error.body)) res.locals.unparsedBody = error.body.toString('utf8');
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body could not be parsed.'
        : error.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status === 500
            ? 'Internal error.'
            : (error.message ?? 'Bad request.');
    respond(res, status, message);
  };
}
