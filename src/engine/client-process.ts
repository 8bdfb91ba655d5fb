/**
 * Runs the user's MCP client command once against a scenario's server URL and reports what the process did.
 * The client runs as the leader of its own process group so that a timeout, an abort or its own exit can take
 * down everything it started, and the result never waits on pipes held open by stray grandchildren.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { ProcessRun } from '../model.js';
import { CapturedOutput, type OutputTap } from './captured-output.js';
import { ordinaryPipes } from './ordinary-pipe.js';
import { killMarkedProcesses, newRunMarker, RUN_MARKER_ENV, signalGroup } from './process-sweep.js';
import { describeShellFailure, describeSpawnError, inheritedEnvironment, shellQuote } from './shell.js';

export { inheritedEnvironment, shellQuote } from './shell.js';

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
  onOutput?: OutputTap;
}

const DEFAULT_KILL_GRACE_MS = 500;
const DEFAULT_OUTPUT_CAP_BYTES = 256 * 1024;
/** After the leader exits, how long to keep reading output already in the pipes. */
const DRAIN_WINDOW_MS = 100;
/** If even SIGKILL brings no 'exit' (e.g. a process stuck in the kernel), give up waiting after this. */
const EXIT_AFTER_KILL_LIMIT_MS = 2000;

export function runClientProcess(options: ClientProcessOptions): Promise<ProcessRun> {
  return new Promise<ProcessRun>((resolve) => new ClientProcessRun(options, resolve).start());
}

type Finish = Pick<ProcessRun, 'exitCode' | 'signal' | 'startError'>;

/** What a run has come to. Only the transitions of ClientProcessRun change it. */
interface RunState {
  /** The scenario timeout ended the run. */
  timedOut: boolean;
  /** The caller's signal ended the run. */
  interrupted: boolean;
  /** Whether the group was told to stop: not yet, SIGTERM sent, or its grace period over. */
  stopping: 'no' | 'sigterm-sent' | 'grace-over';
  /** How the leader (the shell) exited, once it has. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  /** Output streams still open. */
  openStreams: number;
  /** The result is out: nothing more happens. */
  settled: boolean;
}

/** One run of the client: spawns it, then moves through the transitions below until the result is out. */
class ClientProcessRun {
  private readonly state: RunState = {
    timedOut: false,
    interrupted: false,
    stopping: 'no',
    exit: null,
    openStreams: 0,
    settled: false,
  };
  private readonly startedAt = performance.now();
  /** Every process of this run carries the marker, so those that left the process group are found at the end. */
  private readonly marker = newRunMarker();
  private readonly command: string;
  private readonly stdout: CapturedOutput;
  private readonly stderr: CapturedOutput;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly streams: Readable[] = [];
  private child: ChildProcess | undefined;

  constructor(
    private readonly options: ClientProcessOptions,
    private readonly resolve: (run: ProcessRun) => void,
  ) {
    const { command, serverUrl } = options;
    this.command = serverUrl === null ? command : `${command} ${shellQuote(serverUrl)}`;
    const capacity = options.outputCapBytes ?? DEFAULT_OUTPUT_CAP_BYTES;
    this.stdout = new CapturedOutput('stdout', capacity, options.onOutput);
    this.stderr = new CapturedOutput('stderr', capacity, options.onOutput);
  }

  start(): void {
    const pipes = ordinaryPipes(2);
    let child: ChildProcess;
    try {
      child = spawn('/bin/sh', ['-c', this.command], {
        cwd: this.options.cwd,
        env: { ...inheritedEnvironment(process.env), ...this.options.env, [RUN_MARKER_ENV]: this.marker },
        detached: true, // the shell becomes leader of a new process group, so -pid reaches everything it starts
        stdio: ['pipe', pipes?.[0]?.writeFd ?? 'pipe', pipes?.[1]?.writeFd ?? 'pipe'],
      });
    } catch (error) {
      // e.g. an env value with a NUL byte is rejected synchronously
      for (const pipe of pipes ?? []) {
        pipe.parentDone();
        pipe.reader.destroy();
      }
      const message = error instanceof Error ? error.message : String(error);
      this.finish({ exitCode: null, signal: null, startError: `could not start /bin/sh: ${message}` });
      return;
    }
    for (const pipe of pipes ?? []) pipe.parentDone();
    this.child = child;
    // stdin stays open and empty while the client runs: some clients treat its end as "quit now".
    child.stdin?.on('error', () => {}); // EPIPE once the client is gone is expected
    this.capture(pipes?.[0]?.reader ?? child.stdout, this.stdout);
    this.capture(pipes?.[1]?.reader ?? child.stderr, this.stderr);
    // Only spawn failures reach 'error' (we never use child.kill); the child never ran.
    child.on('error', (error: NodeJS.ErrnoException) => this.spawnFailed(error));
    child.on('exit', (code, signal) => this.leaderExited(code, signal));
    this.timers.push(setTimeout(() => this.timeoutReached(), this.options.timeoutMs));
    if (this.options.signal?.aborted) this.aborted();
    else this.options.signal?.addEventListener('abort', this.aborted, { once: true });
  }

  private capture(stream: Readable | null, output: CapturedOutput): void {
    if (!stream) return;
    this.streams.push(stream);
    this.state.openStreams += 1;
    stream.on('data', (chunk: Buffer) => output.write(chunk));
    stream.on('end', () => output.end());
    stream.on('error', () => {});
    stream.on('close', () => this.streamClosed());
  }

  /** Still running, and nobody has asked it to stop yet. */
  private running(): boolean {
    return this.child?.pid !== undefined && !this.state.settled && this.state.stopping === 'no' && !this.state.exit;
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.child?.pid !== undefined) signalGroup(this.child.pid, signal);
  }

  // The transitions.

  private timeoutReached(): void {
    if (this.state.exit) return; // the client finished; we are only draining its output
    this.state.timedOut = true;
    this.terminate();
  }

  private readonly aborted = (): void => {
    // Only a client still running is interrupted; one that exited or is already being stopped keeps its story.
    if (!this.running()) return;
    this.state.interrupted = true;
    this.terminate();
  };

  private terminate(): void {
    if (!this.running()) return; // an exited leader is already handled
    this.state.stopping = 'sigterm-sent';
    this.signalGroup('SIGTERM');
    this.timers.push(setTimeout(() => this.graceOver(), this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS));
  }

  private graceOver(): void {
    this.state.stopping = 'grace-over';
    if (this.state.exit) return this.killGroupThenDrain();
    this.signalGroup('SIGKILL');
    const giveUp = () => this.finish({ exitCode: null, signal: 'SIGKILL', startError: null });
    this.timers.push(setTimeout(giveUp, EXIT_AFTER_KILL_LIMIT_MS));
  }

  private spawnFailed(error: NodeJS.ErrnoException): void {
    if (this.state.exit) return;
    this.finish({ exitCode: null, signal: null, startError: describeSpawnError(error, this.options.cwd) });
  }

  private leaderExited(code: number | null, signal: NodeJS.Signals | null): void {
    this.state.exit = { code, signal };
    this.child?.stdin?.end();
    this.afterLeaderExit();
  }

  private streamClosed(): void {
    this.state.openStreams -= 1;
    if (this.state.openStreams === 0 && this.state.exit) this.afterLeaderExit();
  }

  /** While a SIGTERM grace period runs, the rest of the group gets it too, unless it has let go of our pipes. */
  private afterLeaderExit(): void {
    if (this.state.stopping === 'sigterm-sent' && this.state.openStreams > 0) return; // the grace timer finishes
    this.killGroupThenDrain();
  }

  /** Once the leader is gone: nothing it started may outlive the run, nor hold our pipes open for long. */
  private killGroupThenDrain(): void {
    this.signalGroup('SIGKILL');
    if (this.state.openStreams === 0) this.finishAfterExit();
    else this.timers.push(setTimeout(() => this.finishAfterExit(), DRAIN_WINDOW_MS));
  }

  private finishAfterExit(): void {
    const { exit } = this.state;
    if (!exit) return;
    const startError = exit.signal ? null : describeShellFailure(exit.code, this.options.command, this.stderr.text());
    this.finish({ exitCode: exit.code, signal: exit.signal, startError });
  }

  private finish(fields: Finish): void {
    if (this.state.settled) return;
    this.state.settled = true;
    this.timers.forEach(clearTimeout);
    killMarkedProcesses(this.marker);
    this.child?.stdin?.destroy();
    for (const stream of this.streams) stream.destroy();
    this.options.signal?.removeEventListener('abort', this.aborted);
    this.resolve({
      command: this.command,
      ...fields,
      timedOut: this.state.timedOut,
      interrupted: this.state.interrupted,
      durationMs: performance.now() - this.startedAt,
      stdoutTail: this.stdout.text(),
      stderrTail: this.stderr.text(),
      stdoutTruncatedBytes: this.stdout.droppedBytes,
      stderrTruncatedBytes: this.stderr.droppedBytes,
    });
  }
}
