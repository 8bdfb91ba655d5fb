/**
 * A real published MCP client, unmodified, through the whole suite: mcp-remote's `mcp-remote-client` (pinned as a
 * devDependency). It does OAuth with a loopback callback and opens the browser for consent with the `open` package
 * (`xdg-open` on Linux, `open` on macOS), so it can only finish headless through the consent shim. It caches tokens
 * in ~/.mcp-auth, which the fresh HOME per scenario keeps from leaking between scenarios. Its callback port is
 * derived from the server URL (and it moves to the next free one), so scenarios run in parallel.
 *
 * Its exact statuses, and why each is what it is, are asserted by the interop suite (test/interop).
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

const authorizeCount = (result: ScenarioResult) =>
  result.transcript.filter((exchange) => exchange.endpoint === 'authorize').length;

describe(`mcp-remote ${MCP_REMOTE_VERSION} (mcp-remote-client), headless through the consent shim`, () => {
  it('is the pinned version', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules/mcp-remote/package.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe(MCP_REMOTE_VERSION);
    const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(ours.devDependencies['mcp-remote']).toBe(MCP_REMOTE_VERSION);
  });

  it('completes every scenario headless, its consent answered by the shim', async () => {
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
        .concat(
          results.map((result) => `${result.name} (${result.durationMs} ms): ${JSON.stringify(statuses(result))}`),
        )
        .join('\n'),
    );

    expect(results.map((result) => result.name)).toEqual(SCENARIOS.map((item) => item.name));
    for (const result of results) {
      expect({ name: result.name, outcome: result.outcome.status, message: result.outcome.message }).toMatchObject({
        name: result.name,
        outcome: 'SUCCESS',
      });
      // It got its code through the stand-in browser: an authorization request answered with the redirect.
      expect(result.transcript.some((exchange) => exchange.endpoint === 'authorize' && exchange.status === 302)).toBe(
        true,
      );
      expect(result.client.stderrTail).not.toContain('Could not open a browser');
    }

    // Its exact statuses, and why each is what it is, are the interop suite's (test/interop/javascript/clients.ts).
  });

  it(
    'cannot finish without the shim on a machine with no ' + 'browser: it waits for a consent that never comes',
    async () => {
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
    },
  );
});
