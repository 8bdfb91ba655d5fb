/**
 * A real published MCP client, unmodified, through the whole suite: mcp-remote's `mcp-remote-client` (pinned as a
 * devDependency). It does OAuth with a loopback callback and opens the browser for consent with the `open` package
 * (`xdg-open` on Linux, `open` on macOS), so it can only finish headless through the consent shim. It caches tokens
 * in ~/.mcp-auth, which the fresh HOME per scenario keeps from leaking between scenarios. Its callback port is
 * derived from the server URL (and it moves to the next free one), so scenarios run in parallel.
 *
 * Some checks depend on timing outside the client's control, and are asserted from what the transcript shows:
 * - rotation: mcp-remote refreshes once per 401; when the SSE GET and a POST both get 401 at once it sends two
 *   refreshes with the same token and the second is refused: `oauth-refresh-uses-latest-token` WARNING (a race,
 *   most runs) or FAILURE (the stale one went out after the new tokens were used); with one 401, SUCCESS.
 * - not-issued / invalid-grant: on the next 401 mcp-remote-client opens the browser again but does not wait for it; it
 *   logs the error and exits 0. Whether the stand-in browser's GET /authorize lands before the mock servers stop
 *   decides between "did not re-authorize" and "re-authorized".
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/engine/client-process.js';
import { runSuite } from '../../src/engine/run-suite.js';
import type { CheckStatus, ScenarioResult } from '../../src/model.js';
import { findScenario, SCENARIOS } from '../../src/scenarios/index.js';

const MCP_REMOTE_VERSION = '0.15.1';
const CLIENT_SCRIPT = 'node_modules/mcp-remote/dist/client.js';
/** `mcp-remote-client <url>`: the URL the harness appends is its first argument. */
const COMMAND = `${shellQuote(process.execPath)} ${CLIENT_SCRIPT}`;
const ROOT = new URL('../..', import.meta.url).pathname;

const tempDir = mkdtempSync(join(tmpdir(), 'sep2207-published-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function statuses(scenario: ScenarioResult): Record<string, CheckStatus> {
  return Object.fromEntries([scenario.outcome, ...scenario.checks].map((result) => [result.id, result.status]));
}

function scenario(results: ScenarioResult[], name: string): ScenarioResult {
  const found = results.find((result) => result.name === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

const authorizeCount = (result: ScenarioResult) => result.transcript.filter((exchange) => exchange.endpoint === 'authorize').length;

/** True when two refresh requests presented the same refresh token (a second refresh from a stale copy). */
function refreshedTwiceWithOneToken(result: ScenarioResult): boolean {
  const presented = result.transcript
    .filter((exchange) => exchange.endpoint === 'token' && exchange.body.kind === 'form' && exchange.body.value.grant_type === 'refresh_token')
    .map((exchange) => (exchange.body.kind === 'form' ? exchange.body.value.refresh_token : undefined));
  return new Set(presented).size < presented.length;
}

describe(`mcp-remote ${MCP_REMOTE_VERSION} (mcp-remote-client), headless through the consent shim`, () => {
  it('is the pinned version', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules/mcp-remote/package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(MCP_REMOTE_VERSION);
    const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(ours.devDependencies['mcp-remote']).toBe(MCP_REMOTE_VERSION);
  });

  it('completes every scenario, and gets the statuses recorded in the README', async () => {
    const suite = await runSuite({
      command: COMMAND,
      scenarios: SCENARIOS,
      specVersion: '2025-11-25',
      protocolVersion: '2025-11-25',
      timeoutMs: 30_000,
      concurrency: SCENARIOS.length,
      cwd: ROOT,
    });
    const results = suite.scenarios;
    console.log(
      [`mcp-remote ${MCP_REMOTE_VERSION}: ${suite.durationMs} ms for ${results.length} scenarios in parallel`]
        .concat(results.map((result) => `${result.name} (${result.durationMs} ms): ${JSON.stringify(statuses(result))}`))
        .join('\n'),
    );

    expect(results.map((result) => result.name)).toEqual(SCENARIOS.map((item) => item.name));
    for (const result of results) {
      expect({ name: result.name, outcome: result.outcome.status, message: result.outcome.message }).toMatchObject({
        name: result.name,
        outcome: 'SUCCESS',
      });
      // It got its code through the stand-in browser: an authorization request answered with the redirect.
      expect(result.transcript.some((exchange) => exchange.endpoint === 'authorize' && exchange.status === 302)).toBe(true);
      expect(result.client.stderrTail).not.toContain('Could not open a browser');
    }

    expect(statuses(scenario(results, 'auth/offline-access-scope'))).toEqual({
      'scenario-outcome': 'SUCCESS',
      'sep-2207-client-metadata-grant-types': 'SUCCESS',
      'sep-2207-offline-access-requested': 'SUCCESS',
      'sep-2207-offline-access-needs-refresh-grant': 'SUCCESS',
    });
    expect(statuses(scenario(results, 'auth/offline-access-not-supported'))).toEqual({
      'scenario-outcome': 'SUCCESS',
      'sep-2207-offline-access-not-requested': 'SUCCESS',
    });
    expect(statuses(scenario(results, 'auth/refresh-token-use'))).toEqual({
      'scenario-outcome': 'SUCCESS',
      'oauth-token-request-post': 'SUCCESS',
      'oauth-refresh-resource-parameter': 'SUCCESS',
      'oauth-refresh-scope-within-grant': 'SUCCESS',
      'oauth-refresh-token-used': 'SUCCESS',
      'sep-2207-refresh-token-confidential': 'SUCCESS',
    });

    const rotation = scenario(results, 'auth/refresh-token-rotation');
    const { 'oauth-refresh-uses-latest-token': latest, ...rotationRest } = statuses(rotation);
    expect(rotationRest).toEqual({
      'scenario-outcome': 'SUCCESS',
      'oauth-token-request-post': 'SUCCESS',
      'oauth-refresh-resource-parameter': 'SUCCESS',
      'sep-2207-refresh-token-confidential': 'SUCCESS',
    });
    if (refreshedTwiceWithOneToken(rotation)) expect(['FAILURE', 'WARNING']).toContain(latest);
    else expect(latest).toBe('SUCCESS');

    const notIssued = scenario(results, 'auth/refresh-token-not-issued');
    expect(statuses(notIssued)).toEqual({
      'scenario-outcome': 'SUCCESS',
      'oauth-token-request-post': 'SUCCESS',
      'sep-2207-refresh-token-not-assumed': authorizeCount(notIssued) > 1 ? 'SUCCESS' : 'FAILURE',
    });

    const invalidGrant = scenario(results, 'auth/refresh-token-invalid-grant');
    expect(statuses(invalidGrant)).toEqual({
      'scenario-outcome': 'SUCCESS',
      'oauth-token-request-post': 'SUCCESS',
      'oauth-refresh-invalid-grant-recovery': authorizeCount(invalidGrant) > 1 ? 'SUCCESS' : 'WARNING',
      'sep-2207-refresh-token-confidential': 'SUCCESS',
    });

    expect(statuses(scenario(results, 'auth/oidc-offline-access'))).toEqual({
      'scenario-outcome': 'SUCCESS',
      'sep-2207-offline-access-requested': 'SUCCESS',
      'oidc-offline-access-prompt-consent': 'SUCCESS',
      'oauth-token-request-post': 'SUCCESS',
      'sep-2207-refresh-token-confidential': 'SUCCESS',
    });
  });

  it('cannot finish without the shim on a machine with no browser: it waits for a consent that never comes', async () => {
    // "No browser", made certain even on a desktop: every opener it may try fails, and nothing points at a display.
    const noBrowser = join(tempDir, 'no-browser');
    mkdirSync(noBrowser);
    for (const name of ['xdg-open', 'open', 'gio', 'x-www-browser', 'sensible-browser', 'www-browser']) {
      writeFileSync(join(noBrowser, name), '#!/bin/sh\nexit 1\n');
      chmodSync(join(noBrowser, name), 0o755);
    }
    const suite = await runSuite({
      command: COMMAND,
      scenarios: [findScenario('auth/offline-access-scope')!],
      specVersion: '2025-11-25',
      protocolVersion: '2025-11-25',
      timeoutMs: 5_000,
      concurrency: 1,
      cwd: ROOT,
      consentShim: false,
      env: {
        PATH: `${noBrowser}${delimiter}${process.env.PATH}`,
        BROWSER: 'false',
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
        XDG_CURRENT_DESKTOP: 'X-Generic',
      },
    });
    const [result] = suite.scenarios as [ScenarioResult];
    expect(result.outcome.status).toBe('FAILURE');
    expect(result.client.timedOut).toBe(true);
    expect(result.outcome.message).toContain('did not exit within the 5000 ms timeout (before authorizing)');
    expect(authorizeCount(result)).toBe(0);
    expect(result.client.stderrTail).toContain('Could not open a browser automatically');
  });
});
