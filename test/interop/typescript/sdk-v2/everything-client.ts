/**
 * A conformance-style client on the MCP TypeScript SDK 2.x (`@modelcontextprotocol/client`), written in the manner
 * of typescript-sdk's `test/conformance/src/everythingClient.ts`: its standard auth client connects over Streamable
 * HTTP through `withOAuthRetry`, lists tools and calls one.
 *
 * Differences from that file: no Client ID Metadata Document URL (upstream's `https://conformance-test.local/...`
 * would be fetched by an authorization server that supports CIMD, and this suite keeps every request on 127.0.0.1,
 * so the client registers dynamically), and no `versionNegotiation` option (2.4.0 does not have it yet).
 *
 * Run: MCP_CONFORMANCE_SCENARIO=auth/metadata-default node --import tsx everything-client.ts <server-url>
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { authorizationCodeScenarios, runEverythingClient } from '../everything-main.js';
import { ConformanceOAuthProvider, REDIRECT_URL } from './conformance-oauth-provider.js';
import { withOAuthRetry } from './with-oauth-retry.js';

async function runAuthClient(serverUrl: string): Promise<void> {
  const client = new Client({ name: 'test-auth-client', version: '1.0.0' }, { capabilities: {} });
  // The upstream provider's metadata: it declares no grant_types.
  const provider = new ConformanceOAuthProvider({ client_name: 'test-auth-client', redirect_uris: [REDIRECT_URL] });
  const url = new URL(serverUrl);
  const transport = new StreamableHTTPClientTransport(url, { fetch: withOAuthRetry(provider, url)(fetch) });

  await client.connect(transport);
  console.log('Successfully connected to MCP server');
  await client.listTools();
  console.log('Successfully listed tools');
  await client.callTool({ name: 'test-tool', arguments: {} });
  console.log('Successfully called tool');
  await transport.close();
  console.log('Connection closed successfully');
}

await runEverythingClient(authorizationCodeScenarios(runAuthClient));
