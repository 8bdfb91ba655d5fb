/**
 * MCP over Streamable HTTP for the mock MCP server, served by the MCP TypeScript SDK with one small tool: sessions
 * (one SDK transport each), the stateless request shape, and the bridge from Express to the SDK's web-standard
 * transport. Deliberately forgiving: the MCP layer must never be why a client fails an auth scenario.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { Request, Response } from 'express';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import * as streamableHttp from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  LATEST_PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
} from '@modelcontextprotocol/sdk/types.js';

const Transport = streamableHttp.WebStandardStreamableHTTPServerTransport;
type Transport = streamableHttp.WebStandardStreamableHTTPServerTransport;

/** Methods the Fetch standard forbids: `new Request()` throws on them. Node hands CONNECT to no request handler. */
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export class McpSessions {
  private readonly sessions = new Map<string, Transport>();

  /** `resource`: the MCP endpoint's own URL, the one every request is presented to the SDK at. */
  constructor(private readonly resource: () => string) {}

  /** Answers one authorized request to the MCP endpoint. */
  async handle(req: Request, res: Response): Promise<void> {
    const sessionId = req.header('mcp-session-id');
    const existing = sessionId ? this.sessions.get(sessionId) : undefined;
    if (existing && FETCH_FORBIDDEN_METHODS.has(req.method)) {
      // A web-standard Request cannot carry TRACE; the SDK would answer any method but GET, POST and DELETE so.
      res.set('Allow', 'GET, POST, DELETE');
      jsonRpcError(res, 405, -32000, 'Method not allowed.');
      return;
    }
    if (existing) {
      await this.forward(existing, req, res);
      return;
    }
    if (req.method === 'POST' && containsInitialize(req.body)) {
      const transport: Transport = new Transport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => void this.sessions.set(id, transport),
        onsessionclosed: (id) => void this.sessions.delete(id),
      });
      await createProtocolServer().connect(transport);
      await this.forward(transport, req, res);
      return;
    }
    if (req.method === 'POST' && !sessionId) {
      // The stateless request shape (2026-07-28 and later): no session, protocol version per request.
      const transport = new Transport({ enableJsonResponse: true });
      const server = createProtocolServer();
      await server.connect(transport);
      res.on('close', () => void server.close());
      await this.forward(transport, req, res);
      return;
    }
    if (sessionId) {
      jsonRpcError(res, 404, -32001, 'Session not found');
      return;
    }
    res.set('Allow', 'POST');
    jsonRpcError(res, 405, -32000, 'Method not allowed without a session');
  }

  /** Closes every session (and with it any open SSE stream). */
  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((transport) => transport.close()));
    this.sessions.clear();
  }

  private async forward(transport: Transport, req: Request, res: Response): Promise<void> {
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const response = await transport.handleRequest(toWebRequest(req, this.resource(), abort.signal), {
      parsedBody: req.method === 'POST' ? req.body : undefined,
    });
    res.status(response.status);
    response.headers.forEach((value, name) => res.setHeader(name, value));
    // An event stream may carry nothing for a long time: send the status and headers now, not with the first event.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) res.flushHeaders();
    if (!response.body) {
      res.end();
      return;
    }
    const body = Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
    body.on('error', () => res.end());
    // A client that leaves cancels the SDK's stream; an open GET stream would otherwise keep its session answering
    // 409 Conflict to every new GET.
    res.on('close', () => body.destroy());
    body.pipe(res);
  }
}

/** A JSON-RPC error answer that belongs to no request. */
export function jsonRpcError(res: Response, status: number, code: number, message: string): void {
  res.status(status).json({ jsonrpc: '2.0', error: { code, message }, id: null });
}

function createProtocolServer(): Server {
  const server = new Server(
    { name: 'sep-2207-action-mock', version: '1.0.0' },
    { capabilities: { tools: {} }, instructions: 'A mock MCP server used to test OAuth refresh-token handling.' },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      {
        name: 'echo',
        description: 'Returns the text it is given.',
        inputSchema: { type: 'object', properties: { text: { type: 'string' } } },
      },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const text = request.params.arguments?.text;
    return { content: [{ type: 'text', text: typeof text === 'string' ? text : 'ok' }] };
  });
  return server;
}

function containsInitialize(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some(
    (message) =>
      typeof message === 'object' && message !== null && (message as { method?: unknown }).method === 'initialize',
  );
}

/**
 * Builds the web-standard request the SDK transport reads. A protocol version the SDK does not know yet (a newer
 * revision's stateless request) is presented as the SDK's latest, so the MCP layer never rejects a client over it;
 * the transcript keeps what the client really sent.
 */
function toWebRequest(req: Request, resourceUrl: string, signal: AbortSignal): globalThis.Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const version = headers.get('mcp-protocol-version');
  if (version !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
    headers.set('mcp-protocol-version', LATEST_PROTOCOL_VERSION);
  }
  // The SDK insists on both media types in Accept; clients that send less are still served.
  if (req.method === 'POST') headers.set('accept', 'application/json, text/event-stream');
  if (req.method === 'GET') headers.set('accept', 'text/event-stream');
  headers.set('host', req.headers.host ?? '127.0.0.1');
  // The URL comes from the server's own address, not from the Host header or the request target: a client may send
  // a Host that is no host (`a b`) or an absolute-form target, and either made an invalid URL (and a 500).
  const url = new URL(resourceUrl);
  const queryStart = req.originalUrl.indexOf('?');
  if (queryStart >= 0) url.search = req.originalUrl.slice(queryStart);
  const body = req.method === 'POST' ? JSON.stringify(req.body ?? null) : undefined;
  headers.set('content-type', 'application/json');
  headers.delete('content-length');
  return new Request(url, { method: req.method, headers, body, signal });
}
