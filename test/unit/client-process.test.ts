import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runClientProcess, shellQuote, type ClientProcessOptions } from '../../src/engine/client-process.js';

const SERVER_URL = 'http://127.0.0.1:9/mcp';
const NODE = shellQuote(process.execPath);
const PROCESS_TREE = shellQuote(fileURLToPath(new URL('../fixtures/processes/process-tree.sh', import.meta.url)));
const tempDir = mkdtempSync(join(tmpdir(), 'sep2207-client-process-'));
let tempCounter = 0;

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function tempPath(name: string): string {
  tempCounter += 1;
  return join(tempDir, `${tempCounter}-${name}`);
}

/** A client command running inline JavaScript; the server URL ends up in process.argv[1]. */
function nodeClient(code: string): string {
  return `${NODE} -e ${shellQuote(code)}`;
}

function run(overrides: Partial<ClientProcessOptions> & Pick<ClientProcessOptions, 'command'>) {
  return runClientProcess({ serverUrl: SERVER_URL, timeoutMs: 5000, ...overrides });
}

/**
 * True once `pid` no longer runs. A killed process that was re-parented to PID 1 stays a zombie until PID 1 reaps
 * it, and some container init processes never do, so a zombie counts as gone.
 */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    throw error;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true; // vanished between the two looks
  }
}

async function waitUntil(condition: () => boolean, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

function readPids(pidFile: string): number[] {
  return readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number);
}

describe('shellQuote', () => {
  it.each(['plain', "it's", 'a b  c', '$(echo no) `echo no` $HOME', "'''", '"\\n', ''])(
    'is read back literally by /bin/sh: %j',
    (value) => {
      expect(execFileSync('/bin/sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
    },
  );
});

describe('runClientProcess', () => {
  it('records a clean exit with its output and the full command line', async () => {
    const command = nodeClient('console.log("hello out"); console.error("hello err")');
    const result = await run({ command });
    expect(result).toMatchObject({
      command: `${command} '${SERVER_URL}'`,
      exitCode: 0,
      signal: null,
      timedOut: false,
      startError: null,
      stdoutTail: 'hello out\n',
      stderrTail: 'hello err\n',
      stdoutTruncatedBytes: 0,
      stderrTruncatedBytes: 0,
    });
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('records a non-zero exit code', async () => {
    const result = await run({ command: nodeClient('process.exit(3)') });
    expect(result).toMatchObject({ exitCode: 3, signal: null, timedOut: false, startError: null });
  });

  it('appends the server URL as the last argument, literally, however nasty it is', async () => {
    const marker = tempPath('injected');
    const url = `http://127.0.0.1:9/mcp?q='a b'&x=$(touch ${marker})&y=\`touch ${marker}\`;"z" $HOME`;
    const result = await run({
      command: nodeClient('console.log(JSON.stringify(process.argv.slice(1)))'),
      serverUrl: url,
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdoutTail)).toEqual([url]);
    expect(existsSync(marker)).toBe(false);
    expect(result.command.endsWith(` ${shellQuote(url)}`)).toBe(true);
  });

  it('passes process.env merged with options.env', async () => {
    process.env.SEP2207_INHERITED = 'from-parent';
    process.env.SEP2207_OVERRIDDEN = 'old';
    try {
      const result = await run({
        command: nodeClient(
          'const e = process.env; console.log(JSON.stringify([e.SEP2207_INHERITED, e.SEP2207_OVERRIDDEN, ' +
            'e.SEP2207_ADDED]))',
        ),
        env: { SEP2207_OVERRIDDEN: 'new', SEP2207_ADDED: 'added' },
      });
      expect(JSON.parse(result.stdoutTail)).toEqual(['from-parent', 'new', 'added']);
    } finally {
      delete process.env.SEP2207_INHERITED;
      delete process.env.SEP2207_OVERRIDDEN;
    }
  });

  it("keeps the runner's credentials, the action's inputs and the workflow files away from the client", async () => {
    const hidden = {
      INPUT_GITHUB_TOKEN_SENTINEL: 'ghs_input',
      'INPUT_GITHUB-TOKEN': 'ghs_input_dash',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      GITHUB_OUTPUT: '/tmp/output',
      GITHUB_ENV: '/tmp/env',
      GITHUB_STEP_SUMMARY: '/tmp/summary',
    };
    Object.assign(process.env, hidden, { GITHUB_REPOSITORY: 'o/r' });
    try {
      const result = await run({ command: nodeClient('console.log(JSON.stringify(process.env))') });
      const seen = JSON.parse(result.stdoutTail) as Record<string, string>;
      for (const name of Object.keys(hidden)) expect(seen[name], name).toBeUndefined();
      expect(seen.GITHUB_REPOSITORY).toBe('o/r');
    } finally {
      for (const name of [...Object.keys(hidden), 'GITHUB_REPOSITORY']) delete process.env[name];
    }
  });

  it('runs in the given working directory', async () => {
    const result = await run({ command: nodeClient('console.log(process.cwd())'), cwd: tempDir });
    expect(result.stdoutTail.trim()).toBe(tempDir);
  });

  it('keeps stdin open while the client runs, so a client waiting for its end times out', async () => {
    const result = await run({
      command: nodeClient('process.stdin.on("end", () => process.exit(7)); process.stdin.resume()'),
      timeoutMs: 600,
    });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(result.signal).toBe('SIGTERM');
  });

  it('lets a client that reads stdin but exits by itself finish normally', async () => {
    const result = await run({
      command: nodeClient('process.stdin.resume(); setTimeout(() => process.exit(0), 50)'),
      timeoutMs: 3000,
    });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false });
  });

  it('tolerates a client that closes its stdin', async () => {
    const result = await run({ command: nodeClient('require("fs").closeSync(0); setTimeout(() => {}, 50)') });
    expect(result).toMatchObject({ exitCode: 0, startError: null });
  });

  it('ends a client that honours SIGTERM at the timeout', async () => {
    const result = await run({ command: nodeClient('setTimeout(() => {}, 30000)'), timeoutMs: 300 });
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' });
    expect(result.durationMs).toBeLessThan(300 + 2000);
  });

  it('SIGKILLs a group that ignores SIGTERM after the grace period', async () => {
    const pidFile = tempPath('pids');
    const result = await run({
      command: `exec sh ${PROCESS_TREE} ignore-term`, // exec: the leader itself ignores SIGTERM
      env: { PID_FILE: pidFile },
      timeoutMs: 400,
      killGraceMs: 300,
    });
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    expect(result.durationMs).toBeGreaterThanOrEqual(400 + 300 - 50);
    expect(result.durationMs).toBeLessThan(400 + 300 + 1000);
    const [shellPid, grandchildPid] = readPids(pidFile);
    expect(await waitUntil(() => isGone(shellPid!) && isGone(grandchildPid!), 1000)).toBe(true);
  });

  it('gives the rest of the group its grace period after the leader dies of SIGTERM', async () => {
    // The leader dies at once; its child takes 150 ms to clean up on SIGTERM and must not be SIGKILLed meanwhile.
    const grandchild = [
      'process.on("SIGTERM", () => setTimeout(() => { console.log("cleaned up"); process.exit(0); }, 150));',
      'console.log("ready " + process.pid); setInterval(() => {}, 1000);',
    ].join(' ');
    const leader =
      `require("child_process").spawn(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" ` +
      `}); setInterval(() => {}, 1000);`;
    const controller = new AbortController();
    let abortedAt = 0;
    const result = await run({
      command: nodeClient(leader),
      timeoutMs: 10000,
      killGraceMs: 5000,
      signal: controller.signal,
      onOutput: (_stream, chunk) => {
        if (chunk.includes('ready') && !abortedAt) {
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    expect(result.timedOut).toBe(false);
    expect(result.stdoutTail).toContain('cleaned up');
    // It ends when the group lets go of the pipes, well before the 5 s grace runs out.
    expect(performance.now() - abortedAt).toBeLessThan(3000);
    const grandchildPid = Number(/ready (\d+)/.exec(result.stdoutTail)?.[1]);
    expect(await waitUntil(() => isGone(grandchildPid), 1000)).toBe(true);
  });

  it('does not wait for a grandchild holding stdout after the client exits, and kills it', async () => {
    const pidFile = tempPath('pids');
    const result = await run({ command: `sh ${PROCESS_TREE} exit`, env: { PID_FILE: pidFile }, timeoutMs: 10000 });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, stdoutTail: 'leader done\n' });
    expect(result.durationMs).toBeLessThan(2000);
    const [, grandchildPid] = readPids(pidFile);
    expect(await waitUntil(() => isGone(grandchildPid!), 1000)).toBe(true);
  });

  it('resolves even when a process that left the group keeps stdout open', async () => {
    const pidFile = tempPath('escaped');
    // setsid puts the sleep in its own session, out of reach of the group kill; only the drain window saves us.
    const command =
      `setsid sh -c 'echo $$ > "$PID_FILE"; exec sleep 30' & while [ ! -s "$PID_FILE" ]; do sleep 0.01; done; echo ` +
      `leader done; :`;
    const result = await run({ command, env: { PID_FILE: pidFile }, timeoutMs: 10000 });
    try {
      expect(result).toMatchObject({ exitCode: 0, timedOut: false });
      expect(result.stdoutTail).toContain('leader done');
      expect(result.durationMs).toBeLessThan(2000);
    } finally {
      process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGKILL');
    }
  });

  it('keeps only the tail of a large output and counts the dropped bytes', async () => {
    const total = 5 * 1024 * 1024;
    const cap = 64 * 1024;
    const result = await run({
      command: nodeClient(
        `process.stdout.write("x".repeat(${total} - 10) + "END-MARKER"); process.stderr.write("small")`,
      ),
      outputCapBytes: cap,
    });
    expect(result.exitCode).toBe(0);
    expect(Buffer.byteLength(result.stdoutTail)).toBe(cap);
    expect(result.stdoutTail.endsWith('xxxxEND-MARKER')).toBe(true);
    expect(result.stdoutTruncatedBytes).toBe(total - cap);
    expect(result.stderrTail).toBe('small');
    expect(result.stderrTruncatedBytes).toBe(0);
  });

  it('keeps the exact tail across many small writes', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i}\n`).join('');
    const cap = 1000;
    const result = await run({
      command: nodeClient('for (let i = 0; i < 5000; i++) process.stdout.write(`line ${i}\\n`)'),
      outputCapBytes: cap,
    });
    expect(result.stdoutTail).toBe(lines.slice(-cap));
    expect(result.stdoutTruncatedBytes).toBe(lines.length - cap);
  });

  it('reports a command that is not found', async () => {
    const result = await run({ command: 'sep2207-no-such-command-xyz --flag' });
    expect(result.exitCode).toBe(127);
    expect(result.startError).toMatch(
      new RegExp(
        '^command not found: "sep2207-no-such-command-xyz --flag" \\(the shell said: ' +
          '.*sep2207-no-such-command-xyz.*not found\\)$',
      ),
    );
  });

  it('reports a command that is not executable', async () => {
    const script = tempPath('not-executable.sh');
    writeFileSync(script, '#!/bin/sh\necho should not run\n');
    chmodSync(script, 0o644);
    const result = await run({ command: shellQuote(script) });
    expect(result.exitCode).toBe(126);
    expect(result.startError).toMatch(
      /^command is not executable: .*not-executable\.sh.* \(the shell said: .*Permission denied\)$/,
    );
    expect(result.stdoutTail).toBe('');
  });

  it('resolves with a start error when the working directory does not exist', async () => {
    const missing = join(tempDir, 'no-such-directory');
    const result = await run({ command: nodeClient('console.log("ran")'), cwd: missing });
    expect(result).toMatchObject({
      exitCode: null,
      signal: null,
      timedOut: false,
      startError: `working directory does not exist: ${missing}`,
      stdoutTail: '',
    });
  });

  it('kills the whole group when the signal aborts', async () => {
    const pidFile = tempPath('pids');
    const controller = new AbortController();
    const pending = run({
      command: `sh ${PROCESS_TREE} wait`,
      env: { PID_FILE: pidFile },
      timeoutMs: 10000,
      signal: controller.signal,
    });
    expect(await waitUntil(() => existsSync(pidFile), 3000)).toBe(true);
    controller.abort();
    const result = await pending;
    expect(result).toMatchObject({ timedOut: false, exitCode: null, signal: 'SIGTERM' });
    expect(result.durationMs).toBeLessThan(3000 + 1000);
    const [shellPid, grandchildPid] = readPids(pidFile);
    expect(await waitUntil(() => isGone(shellPid!) && isGone(grandchildPid!), 1000)).toBe(true);
  });

  it('ends at once when the signal is already aborted', async () => {
    const result = await run({
      command: nodeClient('setTimeout(() => {}, 30000)'),
      timeoutMs: 10000,
      signal: AbortSignal.abort(),
    });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBeNull();
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('feeds the live output tap without changing what is captured', async () => {
    const seen: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
    const result = await run({
      command: nodeClient('process.stdout.write("héllo"); process.stderr.write("wörld")'),
      onOutput: (stream, chunk) => {
        seen[stream] += chunk;
      },
    });
    expect(seen).toEqual({ stdout: 'héllo', stderr: 'wörld' });
    expect(result.stdoutTail).toBe('héllo');
  });
});

describe('runClientProcess: ordinary pipes and daemons', () => {
  it(
    "keeps the tree's output when one process of it ends its " + 'own stdout (a socket pair would lose the rest)',
    async () => {
      const ender = nodeClient('process.stdout.end(); process.stderr.end();');
      const result = await run({
        command: `${ender}; ${nodeClient('console.log("after"); console.error("after on stderr")')} #`,
      });
      expect(result.exitCode).toBe(0);
      expect(result.stdoutTail).toBe('after\n');
      expect(result.stderrTail).toBe('after on stderr\n');
    },
  );

  it('still caps the output it captures through the pipes', async () => {
    const result = await run({ command: nodeClient('process.stdout.write("x".repeat(300000))'), outputCapBytes: 1000 });
    expect(result.stdoutTail).toBe('x'.repeat(1000));
    expect(result.stdoutTruncatedBytes).toBe(299_000);
  });

  it('ends a process that left the process group with setsid when the run ends', async () => {
    const pidFile = tempPath('daemon.pid');
    const result = await run({
      command: `${shellQuote(fileURLToPath(new URL('../fixtures/processes/daemonize.sh', import.meta.url)))}`,
      env: { PID_FILE: pidFile },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdoutTail).toBe('daemon started\n');
    const [daemon] = readPids(pidFile) as [number];
    // It was in a session of its own, so a signal to the client's group could not reach it.
    expect(await waitUntil(() => isGone(daemon), 2000)).toBe(true);
  });
});
