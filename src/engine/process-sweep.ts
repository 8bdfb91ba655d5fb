/**
 * Finds the processes a client run started even when they left its process group: a daemon that called `setsid`
 * (mcpc's bridge does) is out of reach of a signal to the group, but it still carries the environment the harness
 * gave the run, including a marker unique to that run. Linux only (it reads /proc); elsewhere the group is all.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable that marks every process of one client run. */
export const RUN_MARKER_ENV = 'SEP2207_CLIENT_RUN';

export function newRunMarker(): string {
  return randomBytes(9).toString('base64url');
}

/** Live processes (not this one) whose environment holds `SEP2207_CLIENT_RUN=<marker>`. */
export function markedProcesses(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const needle = Buffer.from(`${RUN_MARKER_ENV}=${marker}\0`);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let environ: Buffer;
    try {
      environ = readFileSync(`/proc/${entry}/environ`);
    } catch {
      continue; // gone already, or not ours
    }
    const at = environ.indexOf(needle);
    if (at === 0 || (at > 0 && environ[at - 1] === 0)) found.push(Number(entry));
  }
  return found;
}

/** SIGKILLs every marked process, a few rounds in case one forked while the last round ran; returns how many. */
export function killMarkedProcesses(marker: string): number {
  let killed = 0;
  for (let round = 0; round < 3; round += 1) {
    const pids = markedProcesses(marker);
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
        killed += 1;
      } catch {
        // exited in the meantime
      }
    }
  }
  return killed;
}

/** Signals the whole process group led by `pid`; a group that is already gone is not an error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left in the group. EPERM cannot happen for our own children; either way nothing to do.
  }
}
