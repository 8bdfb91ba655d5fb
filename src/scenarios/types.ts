import type { CheckId } from '../checks/catalog.js';
import type { ScenarioPlan } from '../checks/evaluate.js';
import type { ClientCheckId } from '../checks/registry.js';
import type { AuthorizationServerConfig } from '../mock/authorization-server.js';

/**
 * A client-mode scenario: how its mock servers behave, which checks judge the run, and which cover a stop after its
 * events (`ScenarioPlan`). Code that runs scenarios reads any catalog id; definitions here use `ScenarioDefinition`.
 */
export interface Scenario<Id extends CheckId = CheckId> extends ScenarioPlan<Id> {
  name: string;
  /**
   * The upstream conformance scenario whose client this scenario needs, passed as `MCP_CONFORMANCE_SCENARIO` so the
   * SDKs' conformance clients (which exit on a name they do not know) run their standard authorization-code client.
   */
  conformanceName: UpstreamScenarioName;
  description: string;
  /** Passed to the client as `MCP_CONFORMANCE_CONTEXT` (JSON) when set. */
  context?: Record<string, unknown>;
}

/** A scenario as defined in this folder: it lists only checks registered for a client's run, or does not compile. */
export type ScenarioDefinition = Scenario<ClientCheckId>;

/**
 * Upstream scenario names every SDK's conformance client (TypeScript, Python, Go, Rust, and the upstream suite's
 * everything-client) maps to its standard authorization-code client.
 */
export type UpstreamScenarioName =
  'auth/offline-access-scope' | 'auth/offline-access-not-supported' | 'auth/metadata-default';

/** A plain RFC 8414 authorization server; scenarios change only what they are about. */
export function authorizationServer(overrides: Partial<AuthorizationServerConfig>): AuthorizationServerConfig {
  return {
    scopesSupported: ['mcp:basic'],
    metadataLocation: 'oauth',
    clientIdMetadataDocumentSupported: true,
    refreshTokenPolicy: 'static',
    refreshTokenRequiresConsent: false,
    withheldScopes: [],
    defaultScopes: ['mcp:basic'],
    accessTokenExpiresIn: 3600,
    ...overrides,
  };
}

/** Access tokens last for the whole run unless a scenario is about expiry. */
export const UNLIMITED_USES = Number.MAX_SAFE_INTEGER;
