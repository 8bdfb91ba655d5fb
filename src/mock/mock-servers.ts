/**
 * Starts one scenario's pair of mock servers on 127.0.0.1 (ephemeral ports), and stops them without waiting on
 * connections a client left open.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthorizationServerApp, type AuthorizationServerConfig } from './authorization-server.js';
import { fetchClientMetadataDocument, type ClientMetadataDocument } from './client-metadata-document.js';
import { createMcpServerApp, MCP_PATH, type McpServerConfig } from './mcp-server.js';
import { TokenStore } from './token-store.js';
import { TranscriptRecorder } from './transcript.js';

/** The mock servers bind this address only. */
export const LOOPBACK = '127.0.0.1';
export const MAX_HEADER_BYTES = 16 * 1024;

export interface MockServersConfig {
  authorizationServer: AuthorizationServerConfig;
  mcpServer: McpServerConfig;
  /** MCP requests an access token is good for before the server answers 401 `invalid_token`. */
  accessTokenUses: number;
  /**
   * The declared `expires_in` of the scenario's expiring tokens, which also expire by time (see
   * `AccessTokenExpiry`).
   */
  accessTokenLifetimeSeconds?: number;
  /** How many of the scenario's first access tokens expire; later ones last for the run. Omitted: all of them. */
  expiringAccessTokens?: number;
  /**
   * Where the authorization server lives: `own` (default), an origin of its own, as with a hosted identity provider;
   * `shared`, the MCP server's origin, as when an MCP server is its own authorization server. Their paths never
   * overlap, so one listener routes each request to the server whose path it names.
   */
  authorizationServerOrigin?: 'own' | 'shared';
}

export interface MockServers {
  serverUrl: string;
  authorizationServerUrl: string;
  recorder: TranscriptRecorder;
  store: TokenStore;
  /** Client ID Metadata Documents fetched for URL-shaped client_ids, settled. */
  clientMetadataDocuments(): Promise<ClientMetadataDocument[]>;
  stop(): Promise<void>;
}

export async function startMockServers(config: MockServersConfig): Promise<MockServers> {
  const recorder = new TranscriptRecorder();
  const store = new TokenStore({
    uses: config.accessTokenUses,
    lifetimeSeconds: config.accessTokenLifetimeSeconds,
    expiringTokens: config.expiringAccessTokens,
  });
  const documentFetches = new Map<string, Promise<ClientMetadataDocument>>();
  let authorizationServerUrl = '';
  let mcpBaseUrl = '';

  const authorizationApp = createAuthorizationServerApp(
    config.authorizationServer,
    store,
    recorder,
    () => authorizationServerUrl,
    (url) => {
      if (!documentFetches.has(url)) documentFetches.set(url, fetchClientMetadataDocument(url));
    },
  );
  const mcp = createMcpServerApp(
    config.mcpServer,
    store,
    recorder,
    () => mcpBaseUrl,
    () => authorizationServerUrl,
  );

  const started: Server[] = [];
  try {
    if (config.authorizationServerOrigin === 'shared') {
      const shared = await listen((req, res) =>
        (isAuthorizationServerPath(req.url ?? '') ? authorizationApp : mcp.app)(req, res),
      );
      started.push(shared);
      authorizationServerUrl = mcpBaseUrl = urlOf(shared);
    } else {
      const authorizationServer = await listen(authorizationApp);
      started.push(authorizationServer);
      authorizationServerUrl = urlOf(authorizationServer);
      const mcpServer = await listen(mcp.app);
      started.push(mcpServer);
      mcpBaseUrl = urlOf(mcpServer);
    }
  } catch (error) {
    await Promise.all(started.map(close));
    throw error;
  }

  return {
    serverUrl: `${mcpBaseUrl}${MCP_PATH}`,
    authorizationServerUrl,
    recorder,
    store,
    clientMetadataDocuments: () => Promise.all(documentFetches.values()),
    async stop() {
      await mcp.closeSessions();
      await Promise.all(started.map(close));
      // Closing sockets ends in-flight exchanges; let the recorder file them before anyone reads the transcript.
      await recorder.settled(500);
    },
  };
}

/** The authorization server's routes: its metadata (RFC 8414 and OIDC discovery), registration, consent, tokens. */
function isAuthorizationServerPath(target: string): boolean {
  const path = target.split('?')[0] ?? '';
  return (
    /^\/\.well-known\/(oauth-authorization-server|openid-configuration)(\/|$)/.test(path) ||
    ['/register', '/authorize', '/token', '/jwks'].includes(path)
  );
}

function listen(app: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Explicit limits: a hostile client's huge headers get 431, and slow ones are cut off.
    const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
      // Express cannot route a request target that is neither a path nor a valid URL (`http://[/mcp`): it would
      // answer with its own HTML 404 page, and the exchange would be missing from the transcript. As a path, it is
      // recorded and answered like any unknown path.
      if (req.url !== undefined && !req.url.startsWith('/') && !URL.canParse(req.url)) req.url = `/${req.url}`;
      app(req, res);
    });
    // Clients under test may hold connections open; never let one keep a scenario alive.
    server.keepAliveTimeout = 1000;
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function urlOf(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address}:${port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
