/**
 * The scenarios that let the client's first access tokens expire (the refresh scenarios): the mock settings they
 * share, and the words of their descriptions that say how the tokens expire, made from the same numbers.
 */
import type { AuthorizationServerConfig } from '../mock/authorization-server.js';
import type { MockServersConfig } from '../mock/mock-servers.js';
import { authorizationServer, type ScenarioDefinition } from './types.js';

/**
 * The declared `expires_in` (seconds) of a token a scenario lets expire. Short, so that clients that refresh by
 * their own clock refresh within the run, and the run stays fast; a client that refreshes some seconds early (Go's
 * oauth2 does, by 10 s) refreshes before every request while it holds such a token.
 */
export const EXPIRING_TOKEN_LIFETIME_SECONDS = 1;

/** How a scenario's expiring tokens expire, in the words of the scenario descriptions. */
function expiryWords(expiringTokens: 1 | 2, uses: number): string {
  const tokens = expiringTokens === 1 ? 'first' : 'first two';
  const subject = tokens === 'first' ? 'the first access token declares' : 'the first two access tokens declare';
  const lifetime = EXPIRING_TOKEN_LIFETIME_SECONDS === 1 ? 'one second' : `${EXPIRING_TOKEN_LIFETIME_SECONDS} seconds`;
  const count = ['no', 'one', 'two', 'three', 'four'][uses] ?? String(uses);
  return (
    `${subject} \`expires_in: ${EXPIRING_TOKEN_LIFETIME_SECONDS}\` and ${tokens === 'first' ? 'is' : 'are'} ` +
    `answered 401 \`invalid_token\` once ${lifetime} or ${count} MCP requests have passed, the last of those ` +
    `requests being answered only when the ${lifetime} ${EXPIRING_TOKEN_LIFETIME_SECONDS === 1 ? 'is' : 'are'} up`
  );
}

interface ExpiringTokensScenario extends Pick<ScenarioDefinition, 'name' | 'checks'> {
  /** The description, given the words that say how the tokens expire ("the first access token declares …"). */
  description: (expiry: string) => string;
  /** What the authorization server does differently from a plain one. */
  authorizationServer: Partial<AuthorizationServerConfig>;
  /** Every expiring scenario names the checks that cover a stop after its events. */
  events: NonNullable<ScenarioDefinition['events']>;
  /** MCP requests an expiring access token is good for (default 3). */
  uses?: number;
  /** How many of the first access tokens expire (default 1); those obtained later last for the run. */
  expiringTokens?: 1 | 2;
  /** The MCP server's `scopes_supported` (default `mcp:basic`). */
  mcpScopes?: string[];
  authorizationServerOrigin?: MockServersConfig['authorizationServerOrigin'];
}

/** A scenario whose first access tokens expire, run by the SDKs' standard authorization-code client. */
export function expiringTokensScenario(scenario: ExpiringTokensScenario): ScenarioDefinition {
  const { uses = 3, expiringTokens = 1, mcpScopes = ['mcp:basic'], authorizationServerOrigin } = scenario;
  return {
    name: scenario.name,
    conformanceName: 'auth/metadata-default',
    description: scenario.description(expiryWords(expiringTokens, uses)),
    mock: {
      authorizationServer: authorizationServer(scenario.authorizationServer),
      mcpServer: { scopesSupported: mcpScopes },
      accessTokenUses: uses,
      accessTokenLifetimeSeconds: EXPIRING_TOKEN_LIFETIME_SECONDS,
      expiringAccessTokens: expiringTokens,
      ...(authorizationServerOrigin ? { authorizationServerOrigin } : {}),
    },
    events: scenario.events,
    checks: scenario.checks,
  };
}
