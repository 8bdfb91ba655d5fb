/**
 * The harness when things go wrong: a scenario the harness itself cannot run, an interrupted CLI, a client that
 * floods the mock servers with requests or its own output with text, and report files written while someone reads
 * them or while the disk refuses the write.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CheckId } from '../../src/checks/catalog.js';
import { runSuite } from '../../src/engine/run-suite.js';
import { MAX_RECORDED_EXCHANGES } from '../../src/mock/transcript.js';
import type { ScenarioResult, SuiteResult } from '../../src/model.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminalReport } from '../../src/report/terminal.js';
import { verdict } from '../../src/report/verdict.js';
import { writeReportFiles } from '../../src/report/write-files.js';
import { runConformance } from '../../src/pipeline.js';
import { findScenario } from '../../src/scenarios/index.js';
import type { Scenario } from '../../src/scenarios/types.js';
import { parseSettings } from '../../src/settings.js';

/** Mock configurations whose servers "cannot bind", as when a port is taken. */
const unbindable = vi.hoisted(() => new WeakSet<object>());
vi.mock('../../src/mock/mock-servers.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/mock/mock-servers.js')>();
  return {
    ...original,
    startMockServers: async (config: Parameters<typeof original.startMockServers>[0]) => {
      if (unbindable.has(config)) {
        throw Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:8080'), {
          code: 'EADDRINUSE',
        });
      }
      return original.startMockServers(config);
    },
  };
});

const client = (file: string) => `node --import tsx ${file}`;
const REFERENCE = client('examples/clients/reference-client.ts');
const fixture = (name: string) => client(`test/fixtures/clients/${name}.ts`);
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `sep-2207-${name}-`));

function scenario(name: string): Scenario {
  const found = findScenario(name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

function resultOf(suite: SuiteResult, name: string): ScenarioResult {
  const found = suite.scenarios.find((result) => result.name === name);
  if (!found) throw new Error(`scenario ${name} missing from the results`);
  return found;
}

/** Gone, or a zombie: a killed process whose parent is gone waits for PID 1, which in some containers never reaps. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Fields 3 (state) and 5 (process group) of /proc/<pid>/stat; the command name before them may hold spaces. */
function procStat(pid: number): { state: string; pgid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] as string, pgid: Number(fields[2]) };
  } catch {
    return null;
  }
}

/** Processes of group `pgid` that still run (zombies do not count). */
function liveMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const stat = procStat(pid);
      return stat !== null && stat.pgid === pgid && stat.state !== 'Z';
    });
}

async function waitFor<T>(probe: () => T | undefined, limitMs: number, what: string): Promise<T> {
  const deadline = performance.now() + limitMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what} after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Processes a test started, killed by id if a test ends early; nothing else is touched. */
const started = new Set<number>();
afterAll(() => {
  for (const pid of started) {
    try {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

function startCli(entry: 'tsx' | 'dist', args: string[], env: Record<string, string>) {
  const entryArgs = entry === 'tsx' ? ['--import', 'tsx', 'src/cli.ts'] : ['dist/cli/index.js'];
  const child: ChildProcess = spawn(process.execPath, [...entryArgs, ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) started.add(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe.concurrent('a scenario the harness fails on', () => {
  it('becomes a FAILURE that gives the reason, and the other scenarios still run and reach results.json', async () => {
    const base = scenario('auth/offline-access-scope');
    const cannotBind: Scenario = { ...base, name: 'harness/mocks-cannot-bind', mock: { ...base.mock } };
    unbindable.add(cannotBind.mock);
    // A scenario definition naming a check the catalog does not know: its evaluation throws after the client ran.
    const cannotEvaluate: Scenario = {
      ...base,
      name: 'harness/unknown-check',
      checks: [...base.checks, 'no-such-check' as CheckId],
    };
    const outputDir = tempDir('harness-error');
    const settings = parseSettings({ command: REFERENCE, outputDir, concurrency: '2' }, (option) => option);
    const scenarios = [
      cannotBind,
      scenario('auth/offline-access-not-supported'),
      cannotEvaluate,
      scenario('auth/refresh-token-use'),
    ];
    const outcome = await runConformance({ ...settings, scenarios }, undefined);

    const names = scenarios.map((entry) => entry.name);
    expect(outcome.suite.scenarios.map((result) => result.name)).toEqual(names);

    const bind = resultOf(outcome.suite, 'harness/mocks-cannot-bind');
    expect(bind.harnessError).toBe('listen EADDRINUSE: address already in use 127.0.0.1:8080');
    expect(bind.outcome.status).toBe('FAILURE');
    expect(bind.outcome.message).toBe(
      'The harness failed to run this scenario: listen EADDRINUSE: address already in use 127.0.0.1:8080',
    );
    expect(bind.client.exitCode).toBeNull(); // the client was never started
    expect(bind.transcript).toEqual([]);
    for (const check of bind.checks) expect(check.message).toMatch(/^Not observed: .*\(the harness failed\)\.$/);

    const evaluate = resultOf(outcome.suite, 'harness/unknown-check');
    expect(evaluate.harnessError).toBe('could not evaluate the run: unknown check id: no-such-check');
    expect(evaluate.outcome.status).toBe('FAILURE');
    expect(evaluate.outcome.message).toBe(
      'The harness failed to run this scenario: could not evaluate the run: unknown check id: no-such-check',
    );
    // What the client did is still kept for the reader, redacted.
    expect(evaluate.client.exitCode).toBe(0);
    expect(evaluate.transcript.length).toBeGreaterThan(3);

    for (const name of ['auth/offline-access-not-supported', 'auth/refresh-token-use']) {
      const result = resultOf(outcome.suite, name);
      expect(result.harnessError).toBeNull();
      expect(result.outcome.status, `${name}: ${result.outcome.message}`).toBe('SUCCESS');
    }

    const written = JSON.parse(readFileSync(join(outputDir, 'results.json'), 'utf8')) as SuiteResult;
    expect(written).toEqual(JSON.parse(JSON.stringify(outcome.suite)));
    const summary = readFileSync(join(outputDir, 'summary.md'), 'utf8');
    expect(summary).toContain('EADDRINUSE');
    expect(summary).toContain('unknown check id');
  });
});

/**
 * Scenario 1 runs the reference client to the end; scenario 2 hangs (with a grandchild) until the CLI is stopped;
 * scenario 3 never starts. One scenario at a time, so the PID file appears once scenario 1 is done.
 */
const ONE_THEN_HANG =
  `sh -c 'case "$MCP_CONFORMANCE_SCENARIO" in auth/offline-access-scope) exec ${REFERENCE} "$1";; *) exec ` +
  `${fixture('hang-with-grandchild')} "$1";; esac' client`;

describe.concurrent('an interrupted CLI', () => {
  it.each([
    ['tsx', 'SIGINT', 1],
    ['tsx', 'SIGTERM', 1],
    ['tsx', 'SIGHUP', 1],
    ['tsx', 'SIGINT', 2],
    ['dist', 'SIGINT', 1],
    ['dist', 'SIGTERM', 1],
  ] as const)(
    '%s entry, %s ×%i: exits 130 within seconds, writes what ran, and leaves no client process',
    async (entry, signal, times) => {
      const dir = tempDir(`interrupt-${entry}-${signal}-${times}`);
      const pidFile = join(dir, 'pids');
      const outputDir = join(dir, 'reports');
      const cli = startCli(
        entry,
        [
          '--command',
          ONE_THEN_HANG,
          '-s',
          'offline-access-scope,offline-access-not-supported,refresh-token-use',
          '--concurrency',
          '1',
          '--timeout',
          '120000',
          '-o',
          outputDir,
        ],
        { PID_FILE: pidFile },
      );
      const pids = await waitFor(
        () => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim().split(' ').map(Number) : undefined),
        45_000,
        `the hanging client's PID file (CLI stderr so far: ${cli.output().stderr})`,
      );
      pids.forEach((pid) => started.add(pid));
      expect(pids).toHaveLength(2);
      const group = procStat(pids[0] as number)?.pgid;
      expect(group).toBeGreaterThan(0);
      expect(liveMembers(group as number)).toEqual(expect.arrayContaining(pids));

      const sentAt = performance.now();
      cli.child.kill(signal);
      // An impatient second Ctrl-C must not kill the CLI before it has stopped the clients and written the reports.
      for (let again = 1; again < times; again++) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        cli.child.kill(signal);
      }
      const exit = await cli.exited;
      const { stdout, stderr } = cli.output();
      expect(exit.code, stderr).toBe(130);
      expect(exit.at - sentAt).toBeLessThan(5000);
      expect(stderr).toContain('interrupted; stopping clients');
      expect(stderr).toContain('the reports hold the 2 of 3 scenarios that ran');
      expect(stdout).toContain('client stopped: the run was interrupted');

      const results = JSON.parse(readFileSync(join(outputDir, 'results.json'), 'utf8')) as SuiteResult;
      expect(results.scenarios.map((result) => result.name)).toEqual([
        'auth/offline-access-scope',
        'auth/offline-access-not-supported',
      ]);
      expect(results.scenarios[0]?.outcome.status).toBe('SUCCESS');
      const interrupted = results.scenarios[1] as ScenarioResult;
      expect(interrupted.client).toMatchObject({ interrupted: true, timedOut: false, exitCode: null });
      expect(interrupted.outcome.status).toBe('FAILURE');
      expect(interrupted.outcome.message).toBe(
        'The run was interrupted before the client finished (before authorizing); its process group was stopped.',
      );
      for (const file of ['badge.json', 'junit.xml', 'summary.md'])
        expect(existsSync(join(outputDir, file))).toBe(true);

      // The client, its grandchild and anything else in its process group are gone (zombies count as gone).
      await waitFor(
        () => (liveMembers(group as number).length === 0 ? true : undefined),
        3000,
        `process group ${group} to end`,
      );
      for (const pid of pids) expect(isAlive(pid), `process ${pid} is still alive`).toBe(false);
    },
  );
});

describe.concurrent('a client that floods', () => {
  it('the mock servers: the transcript stops at its cap, the rest is counted, and both reports say so', async () => {
    const flood = 2500;
    const suite = await runSuite({
      command: fixture('flood-requests'),
      scenarios: [scenario('auth/offline-access-scope')],
      specVersion: '2025-11-25',
      protocolVersion: '2025-11-25',
      timeoutMs: 60_000,
      concurrency: 1,
      env: { FLOOD_REQUESTS: String(flood) },
    });
    const result = resultOf(suite, 'auth/offline-access-scope');
    expect(result.client.exitCode, result.client.stderrTail).toBe(0);
    expect(result.client.stderrTail).toContain(`sent ${flood} extra requests`);
    expect(result.transcript).toHaveLength(MAX_RECORDED_EXCHANGES);
    // The flow came first and is recorded whole; the flood fills the rest, and what did not fit is counted.
    const flow = result.transcript.filter((exchange) => exchange.query.flood === undefined).length;
    expect(flow).toBeGreaterThan(3);
    expect(result.transcriptDropped).toBe(flow + flood - MAX_RECORDED_EXCHANGES);
    expect(result.outcome.status, result.outcome.message).toBe('SUCCESS');

    const note =
      `${result.transcriptDropped.toLocaleString('en-US')} more requests dropped from the transcript (it was ` +
      `full); the checks saw the first ${MAX_RECORDED_EXCHANGES.toLocaleString('en-US')} requests only`;
    const outcome = verdict(suite, 'must');
    expect(renderSummary(suite, { verdict: outcome })).toContain(note);
    expect(renderTerminalReport(suite, outcome, { color: false })).toContain(note);
  });

  it('its own output: results.json keeps the tails, stays small, and the run ends normally', async () => {
    const dir = tempDir('flood-output');
    const cli = startCli('tsx', ['--command', fixture('flood-output'), '-s', 'offline-access-scope', '-o', dir], {});
    const exit = await cli.exited;
    const { stdout, stderr } = cli.output();
    expect(exit.code, stderr).toBe(0);
    // The client's 20 MB never reach the CLI's own streams.
    expect(stdout.length + stderr.length).toBeLessThan(64 * 1024);

    expect(statSync(join(dir, 'results.json')).size).toBeLessThan(5 * 1024 * 1024);
    expect(statSync(join(dir, 'summary.md')).size).toBeLessThanOrEqual(1_000_000);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as SuiteResult;
    const result = resultOf(results, 'auth/offline-access-scope');
    expect(result.outcome.status, result.outcome.message).toBe('SUCCESS');
    const run = result.client;
    expect(run.exitCode).toBe(0);
    expect(run.stdoutTail.endsWith('stdout: last line before closing\n')).toBe(true);
    expect(run.stderrTail).toContain('[reference-client] done');
    for (const [tail, dropped] of [
      [run.stdoutTail, run.stdoutTruncatedBytes],
      [run.stderrTail, run.stderrTruncatedBytes],
    ] as const) {
      expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(256 * 1024);
      expect(dropped).toBeGreaterThan(10 * 1024 * 1024 - 256 * 1024);
    }
  });
});

describe.concurrent('report files', () => {
  const suite = (size: number, label: string): SuiteResult =>
    ({
      schemaVersion: 1,
      tool: { name: 'sep-2207-action', version: '0.0.0' },
      mode: 'client',
      label,
      specVersion: '2025-11-25',
      protocolVersion: '2025-11-25',
      command: 'x'.repeat(size),
      startedAt: new Date(0).toISOString(),
      durationMs: 0,
      scenarios: [],
      counts: { SUCCESS: 0, FAILURE: 0, WARNING: 0, INFO: 0, SKIPPED: 0 },
      enforcedCounts: { SUCCESS: 0, FAILURE: 0, WARNING: 0, INFO: 0, SKIPPED: 0 },
    }) as SuiteResult;
  const reports = (value: SuiteResult) => ({
    suite: value,
    badge: { schemaVersion: 1 as const, label: 'SEP-2207', message: 'ok', color: 'green' },
    junit: '<testsuites/>\n',
    summaryMarkdown: '# summary\n',
  });

  it('results.json is never seen half-written, and no temporary file is left behind', async () => {
    const dir = tempDir('atomic');
    const versions = [suite(3_000_000, 'a'), suite(2_000_000, 'b')];
    await writeReportFiles(dir, reports(versions[0] as SuiteResult));
    let writing = true;
    let reads = 0;
    const torn: string[] = [];
    // Reads interleave with the writes' chunks (a 3 MB write takes several); a file written in place is caught here.
    const reader = (async () => {
      while (writing) {
        const text = await readFile(join(dir, 'results.json'), 'utf8');
        reads += 1;
        try {
          if (!['a', 'b'].includes((JSON.parse(text) as SuiteResult).label ?? ''))
            torn.push(`unexpected label in ${text.length} bytes`);
        } catch (error) {
          torn.push(`${text.length} bytes: ${(error as Error).message}`);
        }
      }
    })();
    for (let round = 0; round < 20; round++) await writeReportFiles(dir, reports(versions[round % 2] as SuiteResult));
    writing = false;
    await reader;
    expect(torn).toEqual([]);
    expect(reads).toBeGreaterThan(5);
    expect(readdirSync(dir).sort()).toEqual(['badge.json', 'junit.xml', 'results.json', 'summary.md']);
  });

  it('a write the disk refuses halfway leaves the previous results.json intact and no temporary file', async () => {
    const dir = tempDir('atomic-error');
    const path = join(dir, 'results.json');
    const previous = `${JSON.stringify({ previous: true })}\n`;
    writeFileSync(path, previous);
    // A file size limit makes the kernel stop the temporary file part way (EFBIG), as a full disk would.
    const script = `
      const { writeFileAtomic } = await import('./src/report/write-files.ts');
      try {
        await writeFileAtomic(process.argv[1], JSON.stringify({ next: 'y'.repeat(2_000_000) }));
        console.log('written');
      } catch (error) {
        console.log('refused ' + error.code);
      }`;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        '/bin/sh',
        ['-c', `ulimit -f 64 && exec "$0" --import tsx -e "$1" "$2"`, process.execPath, script, path],
        { timeout: 30_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
      ),
    );
    expect(output.trim()).toBe('refused EFBIG');
    expect(readFileSync(path, 'utf8')).toBe(previous);
    expect(readdirSync(dir)).toEqual(['results.json']);
  });
});
