/**
 * The entry point both TypeScript conformance-style clients share, as the SDKs' `everything-client`s have it: the
 * scenario comes from MCP_CONFORMANCE_SCENARIO and must be an upstream conformance name, the server URL is the last
 * argument, an unknown scenario exits 1 ("Unknown scenario"), a handler's error exits 1, success exits 0.
 */

/**
 * The upstream auth scenarios that the SDKs' everything-clients hand to their standard authorization-code client
 * (modelcontextprotocol/conformance examples/clients/typescript/everything-client.ts and typescript-sdk
 * test/conformance/src/everythingClient.ts). No name of this project's own is here: the harness must pass one of these.
 */
export const UPSTREAM_AUTHORIZATION_CODE_SCENARIOS = [
  'auth/basic-cimd',
  'auth/basic-dcr',
  'auth/metadata-default',
  'auth/metadata-var1',
  'auth/metadata-var2',
  'auth/metadata-var3',
  'auth/2025-03-26-oauth-metadata-backcompat',
  'auth/2025-03-26-oauth-endpoint-fallback',
  'auth/resource-mismatch',
  'auth/scope-from-www-authenticate',
  'auth/scope-from-scopes-supported',
  'auth/scope-omitted-when-undefined',
  'auth/scope-step-up',
  'auth/scope-retry-limit',
  'auth/token-endpoint-auth-basic',
  'auth/token-endpoint-auth-post',
  'auth/token-endpoint-auth-none',
  'auth/offline-access-scope',
  'auth/offline-access-not-supported',
  'auth/iss-supported',
  'auth/iss-not-advertised',
] as const;

export type ScenarioHandler = (serverUrl: string) => Promise<void>;

export async function runEverythingClient(handlers: Record<string, ScenarioHandler>): Promise<never> {
  const scenario = process.env.MCP_CONFORMANCE_SCENARIO;
  const serverUrl = process.argv.at(-1);
  if (!scenario || !serverUrl || process.argv.length < 3) {
    console.error('Usage: MCP_CONFORMANCE_SCENARIO=<scenario> everything-client <server-url>');
    process.exit(1);
  }
  const handler = handlers[scenario];
  if (!handler) {
    console.error(`Unknown scenario: ${scenario}`);
    console.error(
      `Available scenarios:\n${Object.keys(handlers)
        .sort()
        .map((name) => `  - ${name}`)
        .join('\n')}`,
    );
    process.exit(1);
  }
  try {
    await handler(serverUrl);
    process.exit(0);
  } catch (error) {
    console.error('Error:', error);
    process.exit(1);
  }
}

/** Every upstream authorization-code scenario name, mapped to one handler. */
export const authorizationCodeScenarios = (handler: ScenarioHandler): Record<string, ScenarioHandler> =>
  Object.fromEntries(UPSTREAM_AUTHORIZATION_CODE_SCENARIOS.map((name) => [name, handler]));
