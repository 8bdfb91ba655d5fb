/** The client command's shell: quoting, the environment it inherits, and its start failures in plain words. */
import { statSync } from 'node:fs';

/**
 * What the client inherits from the harness: everything but the runner's own credentials and workflow files, so a
 * client under test cannot read the action's inputs (a github-token among them), talk to the runner with its
 * token, or write step outputs, environment or the summary behind the harness's back.
 */
const HARNESS_ONLY = new RegExp(
  `^(${[
    'INPUT_.*',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
  ].join('|')})$`,
);

export function inheritedEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !HARNESS_ONLY.test(name)));
}

/** Quotes a value as one literal shell word: single quotes, with embedded `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function describeSpawnError(error: NodeJS.ErrnoException, cwd: string | undefined): string {
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
export function describeShellFailure(exitCode: number | null, command: string, stderr: string): string | null {
  if (exitCode !== 127 && exitCode !== 126) return null;
  const shellSaid = stderr.trim().split('\n').pop()?.trim() ?? '';
  const detail = shellSaid ? ` (the shell said: ${shellSaid})` : '';
  const what = exitCode === 127 ? 'command not found' : 'command is not executable';
  return `${what}: ${JSON.stringify(command)}${detail}`;
}
