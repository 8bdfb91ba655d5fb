/** The CLI as a user runs it: flags, progress, report, results.json and exit codes. */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SuiteResult } from '../../src/model.js';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A loopback port that was free a moment ago (the server under test binds it itself). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const outputDir = () => mkdtempSync(join(tmpdir(), 'sep-2207-cli-'));
const GREEDY = 'node --import tsx test/fixtures/clients/greedy-offline-access.ts';

describe.concurrent('CLI', () => {
  it('rejects an unknown flag with one line and exit 2, before running anything', async () => {
    const dir = outputDir();
    const run = await cli(['--command', 'true', '--bogus', '-o', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sep-2207-action: Unknown option '--bogus'/);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, 'results.json'))).toBe(false);
  });

  it.each([
    [['--timeout', 'soon'], '--timeout: "soon" is not allowed'],
    [['--spec-version', '2024-01-01'], '--spec-version: "2024-01-01" is not allowed. Allowed: 2025-03-26'],
    [['--scenario', 'auth/nope'], '--scenario: unknown scenario "auth/nope"'],
    [['--fail-on', 'sometimes'], '--fail-on: "sometimes" is not allowed. Allowed: must, should, never.'],
  ])('rejects %j with a message naming the flag', async (flags, message) => {
    const run = await cli(['--command', 'true', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('requires --command', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--command is required');
  });

  for (const [dir, why] of [
    ['/etc/passwd/x', "'/etc/passwd' is not a directory"],
    ['/proc/self/x', "cannot create '/proc/self/x'"],
  ]) {
    it(
      `refuses the unusable output directory ${dir} with one ` + `line and exit 2, before any scenario starts`,
      async () => {
        const run = await cli(['--command', 'true', '--output-dir', dir!]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`Invalid --output-dir '${dir}': ${why}`);
        expect(run.stderr).not.toContain('started');
      },
    );
  }

  it('ends quietly when its reader closes the pipe early', async () => {
    const run = await new Promise<CliRun>((resolve) => {
      execFile(
        '/bin/sh',
        ['-c', `${process.execPath} --import tsx src/cli.ts --list-scenarios | head -1`],
        { timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? -1 : 0, stdout, stderr }),
      );
    });
    expect(run.stdout.trim()).toBe('auth/offline-access-scope');
    expect(run.stderr).not.toContain('EPIPE');
  });

  it('lists the scenarios', async () => {
    const run = await cli(['--list-scenarios']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('auth/offline-access-scope');
    expect(run.stdout).toContain('auth/offline-access-not-supported');
  });

  it('exits 0 for a draft-only FAILURE and 1 once the spec version enforces it', async () => {
    const draftDir = outputDir();
    const enforcedDir = outputDir();
    const scenario = ['--scenario', 'offline-access-not-supported'];
    const [draft, enforced] = await Promise.all([
      cli(['--command', GREEDY, ...scenario, '-o', draftDir]),
      cli(['--command', GREEDY, ...scenario, '--spec-version', '2026-07-28', '-o', enforcedDir]),
    ]);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toContain(
      '✘ FAILURE sep-2207-offline-access-not-requested (MUST NOT, draft-only, does not fail the run)',
    );
    expect(draft.stdout).toContain('PASSED');
    expect(enforced.code, enforced.stderr).toBe(1);
    expect(enforced.stdout).toContain('FAILED  1 enforced result fails the run under spec 2026-07-28');
    // Progress goes to stderr: a line when each scenario starts and ends, with its time.
    expect(draft.stderr).toMatch(/\[1\/1\] auth\/offline-access-not-supported started/);
    expect(draft.stderr).toMatch(/\[1\/1\] auth\/offline-access-not-supported finished in \d+\.\d s/);
    // NO_COLOR: no escape sequences anywhere.
    expect(draft.stdout + draft.stderr).not.toContain('\u001b[');
    const results = JSON.parse(readFileSync(join(draftDir, 'results.json'), 'utf8')) as SuiteResult;
    expect(results.schemaVersion).toBe(1);
    expect(results.specVersion).toBe('2025-11-25');
    expect(results.scenarios.map((scenarioResult) => scenarioResult.name)).toEqual([
      'auth/offline-access-not-supported',
    ]);
    expect(results.scenarios[0]?.transcript.length).toBeGreaterThan(3);
  });

  it(
    'server mode starts the server, probes it, reports the place ' + 'of offline_access and writes the same files',
    async () => {
      const dir = outputDir();
      const port = await freePort();
      const run = await cli([
        '--mode',
        'server',
        '--server-url',
        `http://127.0.0.1:${port}/mcp`,
        '--server-command',
        `node --import tsx test/fixtures/servers/hand-written-server.ts --advertise challenge --port ${port}`,
        '-o',
        dir,
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`probing http://127.0.0.1:${port}/mcp`);
      expect(run.stdout).toContain(
        '▲ WARNING sep-2207-server-no-offline-access (SHOULD NOT, draft-only, does not fail the run)',
      );
      expect(run.stdout).toContain('scope="mcp:basic offline_access"');
      const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as SuiteResult;
      expect(results.mode).toBe('server');
      for (const file of ['badge.json', 'junit.xml', 'summary.md']) expect(existsSync(join(dir, file))).toBe(true);
    },
  );

  it('aggregate mode merges three labelled runs into one matrix and a badge per client', async () => {
    const root = outputDir();
    const clients = {
      reference: 'node --import tsx examples/clients/reference-client.ts',
      greedy: GREEDY,
      'no-grant-types': 'node --import tsx test/fixtures/clients/no-grant-types.ts',
    };
    const runs = await Promise.all(
      Object.entries(clients).map(([label, command]) =>
        cli([
          '--command',
          command,
          '--label',
          label,
          '-s',
          'offline-access-scope,offline-access-not-supported',
          '-o',
          join(root, `sep-2207-${label}`),
        ]),
      ),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const merged = join(root, 'merged');
    const run = await cli(['--mode', 'aggregate', '--results', join(root, '*/results.json'), '-o', merged]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('::debug::');
    for (const label of Object.keys(clients)) expect(run.stdout).toContain(label);
    const summary = readFileSync(join(merged, 'summary.md'), 'utf8');
    // The full matrix, folded: one header row naming every run.
    const header = summary.split('\n').find((line) => line.startsWith('| Check |')) ?? '';
    for (const label of Object.keys(clients)) expect(header).toContain(`\`${label}\``);
    for (const label of Object.keys(clients)) {
      const badge = JSON.parse(readFileSync(join(merged, 'badges', `${label}.json`), 'utf8'));
      expect(badge.label).toBe(label);
    }
    expect(JSON.parse(readFileSync(join(merged, 'badge.json'), 'utf8')).schemaVersion).toBe(1);
  }, 120_000);
});
