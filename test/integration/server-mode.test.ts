/**
 * Server mode against example servers on loopback: hand-written ones, one built on the SDK's auth helpers, and broken
 * URLs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { SuiteResult } from '../../src/model.js';
import { runServerSuite, SERVER_SCENARIO } from '../../src/engine/server-suite.js';
import { parseWwwAuthenticate } from '../../src/server/www-authenticate.js';
import { startHandWrittenServer } from '../fixtures/servers/hand-written-server.js';
import { startSdkAuthServer } from '../fixtures/servers/sdk-auth-server.js';

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function keep<T extends { server: Server }>(started: Promise<T>): Promise<T> {
  const value = await started;
  servers.push(value.server);
  return value;
}

function probe(serverUrl: string, serverCommand: string | null = null): Promise<SuiteResult> {
  return runServerSuite({
    serverUrl,
    serverCommand,
    specVersion: '2025-11-25',
    protocolVersion: '2025-11-25',
    timeoutMs: 5000,
  });
}

function only(suite: SuiteResult) {
  const scenario = suite.scenarios[0];
  if (!scenario || suite.scenarios.length !== 1) throw new Error('server mode runs exactly one scenario');
  expect(scenario.name).toBe(SERVER_SCENARIO);
  return { outcome: scenario.outcome, check: scenario.checks[0], scenario };
}

/** A plain HTTP server answering every request with `status` and `headers`. */
async function answering(status: number, headers: Record<string, string>, body = ''): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.concurrent('server mode', () => {
  it('warns about offline_access in the Protected Resource Metadata, naming the place', async () => {
    const { url } = await keep(startHandWrittenServer('prm'));
    const { outcome, check } = only(await probe(url));
    expect(outcome.status).toBe('SUCCESS');
    expect(check?.status).toBe('WARNING');
    expect(check?.message).toContain(
      '`scopes_supported` of the Protected Resource Metadata at /.well-known/oauth-protected-resource/mcp',
    );
    expect(check?.message).not.toContain('WWW-Authenticate` challenge (');
    expect(check?.evidence.details.prmScopesSupported).toEqual(['mcp:basic', 'offline_access']);
    expect(check?.draftOnly).toBe(true);
  });

  it('warns about offline_access in the WWW-Authenticate scope only, naming the place', async () => {
    const { url } = await keep(startHandWrittenServer('challenge'));
    const { check } = only(await probe(url));
    expect(check?.status).toBe('WARNING');
    expect(check?.message).toContain(
      'the `scope` of the `WWW-Authenticate` challenge (#1 POST /mcp → 401: scope="mcp:basic offline_access")',
    );
    expect(check?.message).not.toContain('Protected Resource Metadata at');
  });

  it('passes the clean server', async () => {
    const { url } = await keep(startHandWrittenServer('none'));
    const { outcome, check, scenario } = only(await probe(url));
    expect(outcome.status).toBe('SUCCESS');
    expect(check?.status).toBe('SUCCESS');
    expect(check?.message).toBe(
      "Neither the server's `WWW-Authenticate` challenge nor its Protected Resource Metadata lists `offline_access`.",
    );
    expect(scenario.transcript.map((exchange) => `${exchange.method} ${exchange.path} ${exchange.status}`)).toEqual([
      'POST /mcp 401',
      'GET /.well-known/oauth-protected-resource/mcp 200',
    ]);
  });

  it('passes a server built on the MCP TypeScript SDK auth helpers', async () => {
    const { url } = await keep(startSdkAuthServer());
    const { outcome, check } = only(await probe(url));
    expect(outcome.status).toBe('SUCCESS');
    expect(check?.status).toBe('SUCCESS');
    expect(check?.evidence.details.prmScopesSupported).toEqual(['mcp:tools']);
    expect(check?.evidence.details.challengeScope).toBe('mcp:tools');
  });

  it('starts the server with server-command, probes it, and stops it', async () => {
    const port = await closedPort();
    const suite = await probe(
      `http://127.0.0.1:${port}/mcp`,
      `node --import tsx test/fixtures/servers/hand-written-server.ts --advertise prm --port ${port}`,
    );
    const { outcome, check, scenario } = only(suite);
    expect(outcome.status, outcome.message).toBe('SUCCESS');
    expect(check?.status).toBe('WARNING');
    // Stopped: killed by the harness, and the port is free again.
    expect(scenario.client.exitCode === null || scenario.client.exitCode > 128).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/mcp`)).rejects.toThrow();
  });

  it('a server command that exits early is a clear failure', async () => {
    const port = await closedPort();
    const { outcome } = only(await probe(`http://127.0.0.1:${port}/mcp`, 'echo starting; exit 4'));
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.message).toContain('the server command exited with code 4 before');
  });

  it.each([
    ['an unreachable URL', async () => `http://127.0.0.1:${await closedPort()}/mcp`, 'nothing is listening at'],
    [
      'a redirect',
      () => answering(302, { location: 'https://elsewhere.invalid/mcp' }),
      'redirected (302) to https://elsewhere.invalid/mcp',
    ],
    [
      'a non-MCP answer',
      () => answering(404, { 'content-type': 'text/html' }, '<h1>nope</h1>'),
      'does not look like an MCP server',
    ],
    ['a TLS error', async () => (await answering(200, {})).replace('http://', 'https://'), 'TLS error'],
  ])('%s is a clear scenario failure', async (_name, url, message) => {
    const { outcome, check } = only(await probe(await url()));
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.message).toContain(message);
    expect(check?.status).toBe('SKIPPED');
  });

  it('an unprotected server has nothing to inspect', async () => {
    const url = await answering(200, { 'content-type': 'application/json' }, '{"jsonrpc":"2.0","id":1,"result":{}}');
    const { outcome, check } = only(await probe(url));
    expect(outcome.status).toBe('SUCCESS');
    expect(check?.status).toBe('SKIPPED');
  });
});

describe('WWW-Authenticate parsing', () => {
  it('reads quoted and token params of several challenges', () => {
    expect(
      parseWwwAuthenticate(
        'Basic realm="x", Bearer error=invalid_token, scope="a b", resource_metadata="https://r/x?y=\\"z\\""',
      ),
    ).toEqual([
      { scheme: 'Basic', params: { realm: 'x' } },
      { scheme: 'Bearer', params: { error: 'invalid_token', scope: 'a b', resource_metadata: 'https://r/x?y="z"' } },
    ]);
  });
});
