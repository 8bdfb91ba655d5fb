/**
 * The mock MCP server, i.e. the protected resource: RFC 9728 metadata, bearer checks against the scenario's
 * token store, 401 challenges with `WWW-Authenticate`, and MCP over Streamable HTTP (mcp-transport.ts).
 */
import express, { type Request, type Response } from 'express';
import type { Endpoint } from '../model.js';
import { bodyErrors, bodyParsers } from './http.js';
import { jsonRpcError, McpSessions } from './mcp-transport.js';
import { recordExchanges } from './record-exchanges.js';
import type { AccessTokenCheck, TokenStore } from './token-store.js';
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
  app.use(recordExchanges(recorder, 'mcp-server', mcpServerEndpoint));
  app.set('query parser', 'simple');
  app.use(bodyParsers('1mb'));
  const resource = () => `${baseUrl()}${MCP_PATH}`;
  const sessions = new McpSessions(resource);

  app.get([PRM_PATH, '/.well-known/oauth-protected-resource'], (_req: Request, res: Response) => {
    res.locals.endpoint = 'prm';
    res.json({
      resource: resource(),
      authorization_servers: [authorizationServerUrl()],
      scopes_supported: config.scopesSupported,
      bearer_methods_supported: ['header'],
      resource_name: 'sep-2207-action mock MCP server',
    });
  });

  app.all(MCP_PATH, async (req, res) => {
    res.locals.endpoint = 'mcp';
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    const check = store.useAccessToken(bearer);
    if (check.holdMs > 0 && !(await held(check.holdMs, res))) return;
    if (!check.valid) {
      res.set('WWW-Authenticate', challenge(check, `${baseUrl()}${PRM_PATH}`, config.scopesSupported));
      res.status(401).json({ error: check.reason === 'missing' ? 'unauthorized' : 'invalid_token' });
      return;
    }
    try {
      await sessions.handle(req, res);
    } catch (error) {
      if (!res.headersSent) jsonRpcError(res, 500, -32603, String(error));
      else res.end();
    }
  });

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not_found', error_description: 'No such endpoint on this MCP server.' });
  });
  app.use(bodyErrors((res, status, message) => jsonRpcError(res, status, status === 400 ? -32700 : -32600, message)));

  return { app, closeSessions: () => sessions.closeAll() };
}

function mcpServerEndpoint(path: string): Endpoint {
  if (path === MCP_PATH) return 'mcp';
  return path.startsWith('/.well-known/oauth-protected-resource') ? 'prm' : 'other';
}

/** The `WWW-Authenticate` value of a 401 for a request without a usable token. */
function challenge(
  check: Extract<AccessTokenCheck, { valid: false }>,
  metadataUrl: string,
  scopesSupported: string[],
): string {
  const parts = [`Bearer resource_metadata="${metadataUrl}"`];
  // An expired token needs renewing, not more scope: its challenge names the scope it was granted, so a client
  // that treats a wider challenge as a step-up (re-authorizing instead of refreshing) refreshes here.
  const scope = check.reason === 'expired' && check.token.scope.length > 0 ? check.token.scope : scopesSupported;
  if (scope.length > 0) parts.push(`scope="${scope.join(' ')}"`);
  if (check.reason !== 'missing') {
    const description = check.reason === 'expired' ? 'The access token expired' : 'The access token is not valid';
    parts.push('error="invalid_token"', `error_description="${description}"`);
  }
  return parts.join(', ');
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
