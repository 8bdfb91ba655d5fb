/**
 * Runs the user's MCP client command once against a scenario's server URL and reports what the process did.
 * The client runs as the leader of its own process group so that a timeout, an abort or its own exit can take
 * down everything it started, and the result never waits on pipes held open by stray grandchildren.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { StringDecoder } from 'node:string_decoder';
import type { ClientRun } from '../model.js';
import { ordinaryPipes } from './ordinary-pipe.js';
import { killMarkedProcesses, newRunMarker, RUN_MARKER_ENV } from './process-sweep.js';

export interface ClientProcessOptions {
  /** A shell command line, run by `/bin/sh -c`. */
  command: string;
  /** Appended as the last argument, shell-quoted; null runs the command as given (a server under test). */
  serverUrl: string | null;
  /** Merged over the harness's environment (less its own secrets and workflow files) for the child. */
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs: number;
  /** After SIGTERM to the group, SIGKILL follows after this many milliseconds. Default 500. */
  killGraceMs?: number;
  /** Per stream; the tail is kept. Default 256 KiB. */
  outputCapBytes?: number;
  /** Aborting ends the run like a timeout, but with timedOut=false and interrupted=true. */
  signal?: AbortSignal;
  /** Optional live tap on the output; the captured tails do not depend on it. */
  onOutput?: (stream: 'stdout' | 'stderr', chunk: string) => void;
}

const DEFAULT_KILL_GRACE_MS = 500;
const DEFAULT_OUTPUT_CAP_BYTES = 256 * 1024;
/** After the leader exits, how long to keep reading output already in the pipes. */
const DRAIN_WINDOW_MS = 100;
/** If even SIGKILL brings no 'exit' (e.g. a process stuck in the kernel), give up waiting after this. */
const EXIT_AFTER_KILL_LIMIT_MS = 2000;

/** Quotes a value as one literal shell word: single quotes, with embedded `'` written as `'\''`. */
/**
 * What the client inherits from the harness: everything but the runner's own credentials and workflow files, so a
 * client under test cannot read the action's inputs (a github-token among them), talk to the runner with its
 * token, or write step outputs, environment or the summary behind the harness's back.
 */
const HARNESS_ONLY =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_OUTPUT|GITHUB_ENV|GITHUB_PATH|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/;

export function inheritedEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !HARNESS_ONLY.test(name)));
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Keeps the last `capacity` bytes written to it, in a fixed ring, and counts the bytes it had to drop. */
class TailBuffer {
  private ring: Buffer | null = null;
  private writePos = 0;
  private filled = 0;
  private total = 0;

  constructor(private readonly capacity: number) {}

  write(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.capacity <= 0) return;
    this.ring ??= Buffer.alloc(this.capacity);
    // Only the part of the chunk that can survive matters.
    const kept = chunk.length > this.capacity ? chunk.subarray(chunk.length - this.capacity) : chunk;
    const firstPart = Math.min(kept.length, this.capacity - this.writePos);
    kept.copy(this.ring, this.writePos, 0, firstPart);
    kept.copy(this.ring, 0, firstPart);
    this.writePos = (this.writePos + kept.length) % this.capacity;
    this.filled = Math.min(this.capacity, this.filled + kept.length);
  }

  get droppedBytes(): number {
    return this.total - this.filled;
  }

  /** A cut through a multibyte character at the start becomes U+FFFD, which is fine for a log tail. */
  text(): string {
    if (!this.ring) return '';
    if (this.filled < this.capacity) return this.ring.toString('utf8', 0, this.filled);
    return Buffer.concat([this.ring.subarray(this.writePos), this.ring.subarray(0, this.writePos)]).toString('utf8');
  }
}

/** Signals the whole process group led by `pid`; a group that is already gone is not an error. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left in the group. EPERM cannot happen for our own children; either way nothing to do.
  }
}

function describeSpawnError(error: NodeJS.ErrnoException, cwd: string | undefined): string {
  if (cwd !== undefined) {
    // spawn reports a missing cwd as ENOENT, the same code as a missing /bin/sh, so look at the directory.
    try {
      if (!statSync(cwd).isDirectory()) return `working directory is not a directory: ${cwd}`;
    } catch {
      return `working directory does not exist: ${cwd}`;
    }
  }
  return `could not start /bin/sh: ${error.message}`;
}

/** sh exits 127 when the command is not found and 126 when it is not executable; say so in plain words. */
function describeShellFailure(exitCode: number | null, command: string, stderr: string): string | null {
  if (exitCode !== 127 && exitCode !== 126) return null;
  const shellSaid = stderr.trim().split('\n').pop()?.trim() ?? '';
  const detail = shellSaid ? ` (the shell said: ${shellSaid})` : '';
  const what = exitCode === 127 ? 'command not found' : 'command is not executable';
  return `${what}: ${JSON.stringify(command)}${detail}`;
}

export function runClientProcess(options: ClientProcessOptions): Promise<ClientRun> {
  const fullCommand =
    options.serverUrl === null ? options.command : `${options.command} ${shellQuote(options.serverUrl)}`;
  const killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const stdoutTail = new TailBuffer(options.outputCapBytes ?? DEFAULT_OUTPUT_CAP_BYTES);
  const stderrTail = new TailBuffer(options.outputCapBytes ?? DEFAULT_OUTPUT_CAP_BYTES);
  const startedAt = performance.now();

  return new Promise<ClientRun>((resolve) => {
    const timers: NodeJS.Timeout[] = [];
    let timedOut = false;
    let interrupted = false;
    let terminating = false;
    let settled = false;
    let releaseStdio = (): void => {};

    // Every process of this run carries the marker, so those that left the process group are found at the end.
    const marker = newRunMarker();
    const finish = (fields: Pick<ClientRun, 'exitCode' | 'signal' | 'startError'>): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      killMarkedProcesses(marker);
      releaseStdio();
      options.signal?.removeEventListener('abort', onAbort);
      resolve({
        command: fullCommand,
        ...fields,
        timedOut,
        interrupted,
        durationMs: performance.now() - startedAt,
        stdoutTail: stdoutTail.text(),
        stderrTail: stderrTail.text(),
        stdoutTruncatedBytes: stdoutTail.droppedBytes,
        stderrTruncatedBytes: stderrTail.droppedBytes,
      });
    };

    let child: ChildProcess;
    const pipes = ordinaryPipes(2);
    try {
      child = spawn('/bin/sh', ['-c', fullCommand], {
        cwd: options.cwd,
        env: { ...inheritedEnvironment(process.env), ...options.env, [RUN_MARKER_ENV]: marker },
        detached: true, // the shell becomes leader of a new process group, so -pid reaches everything it starts
        stdio: ['pipe', pipes?.[0]?.writeFd ?? 'pipe', pipes?.[1]?.writeFd ?? 'pipe'],
      });
    } catch (error) {
      // e.g. an env value with a NUL byte is rejected synchronously
      for (const pipe of pipes ?? []) (pipe.parentDone(), pipe.reader.destroy());
      const message = error instanceof Error ? error.message : String(error);
      finish({ exitCode: null, signal: null, startError: `could not start /bin/sh: ${message}` });
      return;
    }
    for (const pipe of pipes ?? []) pipe.parentDone();

    let exitStatus: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    let graceOver = false;
    const terminate = (): void => {
      if (child.pid === undefined || settled || terminating || exitStatus) return; // an exited leader is already handled
      terminating = true;
      signalGroup(child.pid, 'SIGTERM');
      timers.push(
        setTimeout(() => {
          graceOver = true;
          if (exitStatus) return killGroupThenDrain();
          signalGroup(child.pid!, 'SIGKILL');
          timers.push(
            setTimeout(() => finish({ exitCode: null, signal: 'SIGKILL', startError: null }), EXIT_AFTER_KILL_LIMIT_MS),
          );
        }, killGraceMs),
      );
    };
    function onAbort(): void {
      // Only a client still running is interrupted; one that exited or is already being stopped keeps its story.
      if (child.pid === undefined || settled || terminating || exitStatus) return;
      interrupted = true;
      terminate();
    }

    // stdin stays open and empty while the client runs: some clients treat its end as "quit now".
    child.stdin!.on('error', () => {}); // EPIPE once the client is gone is expected
    const streams = [
      {
        name: 'stdout' as const,
        stream: pipes?.[0]?.reader ?? child.stdout!,
        tail: stdoutTail,
        decoder: new StringDecoder('utf8'),
      },
      {
        name: 'stderr' as const,
        stream: pipes?.[1]?.reader ?? child.stderr!,
        tail: stderrTail,
        decoder: new StringDecoder('utf8'),
      },
    ];
    const tap = (name: 'stdout' | 'stderr', text: string): void => {
      try {
        if (text) options.onOutput?.(name, text);
      } catch {
        // a faulty tap must not break the run
      }
    };
    let openStreams = streams.length;
    releaseStdio = () => {
      child.stdin!.destroy();
      for (const { stream } of streams) stream.destroy();
    };

    const finishAfterExit = (): void => {
      if (!exitStatus) return;
      const startError = exitStatus.signal
        ? null
        : describeShellFailure(exitStatus.code, options.command, stderrTail.text());
      finish({ exitCode: exitStatus.code, signal: exitStatus.signal, startError });
    };
    /** Once the leader is gone: nothing it started may outlive the run, nor hold our pipes open for long. */
    const killGroupThenDrain = (): void => {
      signalGroup(child.pid!, 'SIGKILL');
      if (openStreams === 0) finishAfterExit();
      else timers.push(setTimeout(finishAfterExit, DRAIN_WINDOW_MS));
    };
    /** While a SIGTERM grace period runs, the rest of the group gets it too, unless it has let go of our pipes. */
    const afterLeaderExit = (): void => {
      if (terminating && !graceOver && openStreams > 0) return; // the grace timer finishes the job
      killGroupThenDrain();
    };

    for (const { name, stream, tail, decoder } of streams) {
      stream.on('data', (chunk: Buffer) => {
        tail.write(chunk);
        if (options.onOutput) tap(name, decoder.write(chunk));
      });
      stream.on('end', () => {
        if (options.onOutput) tap(name, decoder.end());
      });
      stream.on('error', () => {});
      stream.on('close', () => {
        openStreams -= 1;
        if (openStreams === 0 && exitStatus) afterLeaderExit();
      });
    }

    child.on('error', (error: NodeJS.ErrnoException) => {
      // Only spawn failures reach here (we never use child.kill); the child never ran.
      if (exitStatus) return;
      finish({ exitCode: null, signal: null, startError: describeSpawnError(error, options.cwd) });
    });

    child.on('exit', (code, signal) => {
      exitStatus = { code, signal };
      child.stdin!.end();
      afterLeaderExit();
    });

    timers.push(
      setTimeout(() => {
        if (exitStatus) return; // the client finished; we are only draining its output
        timedOut = true;
        terminate();
      }, options.timeoutMs),
    );
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
