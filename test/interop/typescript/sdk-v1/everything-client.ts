/**
 * A conformance-style client on the MCP TypeScript SDK 1.x (`@modelcontextprotocol/sdk`), written in the manner of
 * the upstream conformance suite's `examples/clients/typescript/everything-client.ts`: its standard auth client
 * connects over Streamable HTTP through `withOAuthRetry`, lists tools and calls one.
 *
 * One deliberate difference: no Client ID Metadata Document URL. Upstream passes
 * `https://conformance-test.local/client-metadata.json`, which an authorization server that supports CIMD (ours does)
 * would fetch; this suite keeps every request on 127.0.0.1, so the client registers dynamically instead.
 *
 * Run: MCP_CONFORMANCE_SCENARIO=auth/metadata-default node --import tsx everything-client.ts <server-url>
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { authorizationCodeScenarios, runEverythingClient } from '../everything-main.js';
import { ConformanceOAuthProvider, REDIRECT_URL } from './conformance-oauth-provider.js';
import { withOAuthRetry } from './with-oauth-retry.js';

async function runAuthClient(serverUrl: string): Promise<void> {
  const client = new Client({ name: 'test-auth-client', version: '1.0.0' }, { capabilities: {} });
  // The upstream provider's metadata: a CLI (native) client; it declares no grant_types.
  const provider = new ConformanceOAuthProvider({
    client_name: 'test-auth-client',
    redirect_uris: [REDIRECT_URL],
    application_type: 'native',
  });
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
