/**
 * Ordinary pipes for a child's stdout and stderr. Node's `stdio: 'pipe'` hands the child one end of a socket pair:
 * a process of its tree that shuts down its own stdout (a daemonizing helper, `process.stdout.end()`) shuts the
 * socket for every process sharing it, and their output is lost. Through a FIFO the child gets real pipe ends, whose
 * close affects only the closing process, as in a terminal or a CI runner.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { safeTempBase } from './temp-dir.js';

export interface OrdinaryPipe {
  /** Give this to the child as its stdio entry, then call `parentDone()` once it is spawned. */
  writeFd: number;
  /** The reading end, as a stream. */
  reader: Socket;
  /** Closes the parent's copy of the writing end, so the reader ends when the child's tree has closed its copies. */
  parentDone(): void;
}

/** Pipes for the given streams, or null where the platform has no `mkfifo` (the caller falls back to `'pipe'`). */
export function ordinaryPipes(count: number): OrdinaryPipe[] | null {
  let dir: string | undefined;
  const opened: number[] = [];
  try {
    dir = mkdtempSync(join(safeTempBase(), 'sep-2207-pipe-'));
    const paths = Array.from({ length: count }, (_, index) => join(dir as string, String(index)));
    execFileSync('mkfifo', ['-m', '600', ...paths], { stdio: 'ignore' });
    return paths.map((path) => {
      // The reading end first and non-blocking, so that opening the writing end does not wait for a reader.
      const readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      opened.push(readFd);
      const writeFd = openSync(path, constants.O_WRONLY);
      opened.push(writeFd);
      let closed = false;
      return {
        writeFd,
        reader: new Socket({ fd: readFd, readable: true, writable: false }),
        parentDone: () => {
          if (closed) return;
          closed = true;
          closeSync(writeFd);
        },
      };
    });
  } catch {
    for (const fd of opened) closeSync(fd);
    return null;
  } finally {
    // The open ends keep the pipes alive; their names are no longer needed.
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
