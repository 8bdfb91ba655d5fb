/**
 * The mock MCP server, i.e. the protected resource: RFC 9728 metadata, bearer checks against the scenario's
 * token store, 401 challenges with `WWW-Authenticate`, and MCP over Streamable HTTP served by the MCP TypeScript
 * SDK with one small tool. The MCP layer is deliberately forgiving: it must never be why a client fails an auth
 * scenario.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import express, { type Request, type Response } from 'express';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  LATEST_PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
} from '@modelcontextprotocol/sdk/types.js';
import type { TokenStore } from './token-store.js';
import { bodyErrors, bodyParsers } from './http.js';
import type { TranscriptRecorder } from './transcript.js';

export interface McpServerConfig {
  /** Scopes listed in the Protected Resource Metadata and in the `WWW-Authenticate` challenge. */
  scopesSupported: string[];
}

export const MCP_PATH = '/mcp';
export const PRM_PATH = `/.well-known/oauth-protected-resource${MCP_PATH}`;

export interface McpServerHandle {
  app: express.Express;
  /** Closes every MCP session (and with it any open SSE stream). */
  closeSessions(): Promise<void>;
}

export function createMcpServerApp(
  config: McpServerConfig,
  store: TokenStore,
  recorder: TranscriptRecorder,
  baseUrl: () => string,
  authorizationServerUrl: () => string,
): McpServerHandle {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    recorder.middleware('mcp-server', (path) =>
      path === MCP_PATH ? 'mcp' : path.startsWith('/.well-known/oauth-protected-resource') ? 'prm' : 'other',
    ),
  );
  app.set('query parser', 'simple');
  app.use(bodyParsers('1mb'));
  const sessions = new Map<string, WebStandardStreamableHTTPServerTransport>();
  const resource = () => `${baseUrl()}${MCP_PATH}`;

  const protectedResourceMetadata = (_req: Request, res: Response) => {
    res.locals.endpoint = 'prm';
    res.json({
      resource: resource(),
      authorization_servers: [authorizationServerUrl()],
      scopes_supported: config.scopesSupported,
      bearer_methods_supported: ['header'],
      resource_name: 'sep-2207-action mock MCP server',
    });
  };
  app.get([PRM_PATH, '/.well-known/oauth-protected-resource'], protectedResourceMetadata);

  app.all(MCP_PATH, async (req, res) => {
    res.locals.endpoint = 'mcp';
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    const check = store.useAccessToken(bearer);
    if (check.holdMs > 0 && !(await held(check.holdMs, res))) return;
    if (!check.valid) {
      const challenge = [`Bearer resource_metadata="${baseUrl()}${PRM_PATH}"`];
      // An expired token needs renewing, not more scope: its challenge names the scope it was granted, so a client
      // that treats a wider challenge as a step-up (re-authorizing instead of refreshing) refreshes here.
      const scope =
        check.reason === 'expired' && check.token.scope.length > 0 ? check.token.scope : config.scopesSupported;
      if (scope.length > 0) challenge.push(`scope="${scope.join(' ')}"`);
      if (check.reason !== 'missing') {
        const description = check.reason === 'expired' ? 'The access token expired' : 'The access token is not valid';
        challenge.push('error="invalid_token"', `error_description="${description}"`);
      }
      res.set('WWW-Authenticate', challenge.join(', '));
      res.status(401).json({ error: check.reason === 'missing' ? 'unauthorized' : 'invalid_token' });
      return;
    }
    try {
      await handleMcp(req, res);
    } catch (error) {
      if (!res.headersSent) {
        res.status(500).json({ jsonrpc: '2.0', error: { code: -32603, message: String(error) }, id: null });
      } else res.end();
    }
  });

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not_found', error_description: 'No such endpoint on this MCP server.' });
  });
  app.use(
    bodyErrors((res, status, message) =>
      res.status(status).json({ jsonrpc: '2.0', error: { code: status === 400 ? -32700 : -32600, message }, id: null }),
    ),
  );

  async function handleMcp(req: Request, res: Response) {
    const sessionId = req.header('mcp-session-id');
    const existing = sessionId ? sessions.get(sessionId) : undefined;
    if (existing && FETCH_FORBIDDEN_METHODS.has(req.method)) {
      // A web-standard Request cannot carry TRACE; the SDK would answer any method but GET, POST and DELETE so.
      res.set('Allow', 'GET, POST, DELETE');
      res.status(405).json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed.' }, id: null });
      return;
    }
    if (existing) {
      await forward(existing, req, res);
      return;
    }
    if (req.method === 'POST' && containsInitialize(req.body)) {
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => void sessions.set(id, transport),
        onsessionclosed: (id) => void sessions.delete(id),
      });
      await createProtocolServer().connect(transport);
      await forward(transport, req, res);
      return;
    }
    if (req.method === 'POST' && !sessionId) {
      // The stateless request shape (2026-07-28 and later): no session, protocol version per request.
      const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true });
      const server = createProtocolServer();
      await server.connect(transport);
      res.on('close', () => void server.close());
      await forward(transport, req, res);
      return;
    }
    if (sessionId) {
      res.status(404).json({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null });
      return;
    }
    res.set('Allow', 'POST');
    res
      .status(405)
      .json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed without a session' }, id: null });
  }

  async function forward(transport: WebStandardStreamableHTTPServerTransport, req: Request, res: Response) {
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const response = await transport.handleRequest(toWebRequest(req, resource(), abort.signal), {
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
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('error', () => res.end());
    // A client that leaves cancels the SDK's stream; an open GET stream would otherwise keep its session answering
    // 409 Conflict to every new GET.
    res.on('close', () => body.destroy());
    body.pipe(res);
  }

  return {
    app,
    async closeSessions() {
      await Promise.allSettled([...sessions.values()].map((transport) => transport.close()));
      sessions.clear();
    },
  };
}

/** Waits `ms` before a request is served; false when the client went away meanwhile (nothing left to answer). */
function held(ms: number, res: Response): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(!res.destroyed);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
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

/** Methods the Fetch standard forbids: `new Request()` throws on them. Node hands CONNECT to no request handler. */
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

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
