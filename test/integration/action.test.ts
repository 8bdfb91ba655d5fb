/**
 * dist/index.js run the way a GitHub runner runs it: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, workflow commands on stdout. Checks the summary, annotations, outputs and files it wrote.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] as string);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/**
 * The workflow commands a runner would act on: lines starting with `::`, except between `::stop-commands::TOKEN`
 * and `::TOKEN::`.
 */
function effectiveCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::')) commands.push(line);
  }
  return commands;
}

/** The bundled action; SEP2207_ACTION_BUNDLE runs the same tests against a scratch build instead of dist/. */
const ACTION_BUNDLE = process.env.SEP2207_ACTION_BUNDLE ?? 'dist/index.js';

function runAction(inputs: Record<string, string>): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'sep-2207-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
  delete env.ACTIONS_RUNTIME_TOKEN;
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
  for (const [name, value] of Object.entries({ 'output-dir': join(dir, 'reports'), ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION_BUNDLE], { env, timeout: 90_000 }, (error, stdout) => {
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        stdout,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        dir,
      });
    });
  });
}

const client = (file: string) => `node --import tsx ${file}`;
const REFERENCE = client('examples/clients/reference-client.ts');
const GREEDY = client('test/fixtures/clients/greedy-offline-access.ts');
const NOT_SUPPORTED = 'auth/offline-access-not-supported';

describe.concurrent('the action (dist/index.js)', () => {
  it('runs every scenario against the reference client: exit 0, summary, badge, outputs', async () => {
    const run = await runAction({ command: REFERENCE });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.conclusion).toBe('success');
    expect(run.outputs.failed).toBe('0');
    expect(run.outputs.warnings).toBe('0');
    expect(Number(run.outputs.total)).toBeGreaterThanOrEqual(6);
    for (const name of ['auth/offline-access-scope', NOT_SUPPORTED]) expect(run.summary).toContain(name);
    expect(run.summary).toContain('passed');
    const badge = JSON.parse(readFileSync(run.outputs['badge-path'] as string, 'utf8'));
    expect(Object.keys(badge).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
    expect(JSON.parse(run.outputs['badge-json'] as string)).toEqual(badge);
    for (const output of ['results-path', 'junit-path', 'summary-path'])
      expect(existsSync(run.outputs[output] as string)).toBe(true);
    expect(readFileSync(run.outputs['summary-path'] as string, 'utf8')).toBe(run.summary);
    expect(run.stdout).toContain('::notice::Artifact upload skipped');
    expect(effectiveCommands(run.stdout).filter((line) => line.startsWith('::error'))).toEqual([]);
  });

  it(
    'a draft-only FAILURE warns, the enforcing spec version ' + 'fails the step, and the baseline lets it pass',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sep-2207-baseline-'));
      const baseline = join(dir, 'expected-failures.yml');
      writeFileSync(baseline, `client:\n  - ${NOT_SUPPORTED}:sep-2207-offline-access-not-requested\n`);
      const [draft, enforced, listed] = await Promise.all([
        runAction({ command: GREEDY, scenarios: NOT_SUPPORTED }),
        runAction({ command: GREEDY, scenarios: NOT_SUPPORTED, 'spec-version': '2026-07-28' }),
        runAction({
          command: GREEDY,
          scenarios: NOT_SUPPORTED,
          'spec-version': '2026-07-28',
          'expected-failures': baseline,
        }),
      ]);
      expect(draft.code, draft.stdout).toBe(0);
      expect(
        effectiveCommands(draft.stdout).some(
          (line) => line.startsWith('::warning') && line.includes('sep-2207-offline-access-not-requested'),
        ),
      ).toBe(true);
      expect(enforced.code).toBe(1);
      expect(enforced.outputs.conclusion).toBe('failure');
      const errors = effectiveCommands(enforced.stdout).filter((line) => line.startsWith('::error'));
      expect(errors.some((line) => line.includes('sep-2207-offline-access-not-requested'))).toBe(true);
      // The closing line is titled with the scenario and check; no untitled error; plain text, no markdown.
      expect(errors).toContainEqual(
        expect.stringMatching(
          new RegExp(`^::error title=SEP-2207 failed%3A sep-2207-offline-access-not-requested in ${NOT_SUPPORTED}::`),
        ),
      );
      expect(errors.filter((line) => line.startsWith('::error::'))).toEqual([]);
      for (const line of effectiveCommands(enforced.stdout).filter((item) => /^::(error|warning|notice)/.test(item)))
        expect(line).not.toContain('`');
      expect(enforced.summary.split('\n')[0]).toContain('fails: [`sep-2207-offline-access-not-requested`]');
      expect(listed.code, listed.stdout).toBe(0);
      expect(listed.outputs.conclusion).toBe('success');
    },
  );

  it('a client cannot inject workflow commands through its output', async () => {
    const run = await runAction({
      command: client('test/fixtures/clients/workflow-command-injection.ts'),
      scenarios: NOT_SUPPORTED,
    });
    expect(run.stdout).toContain('::error::pwned');
    const commands = effectiveCommands(run.stdout);
    for (const line of commands) {
      // The command and its properties are always ours; the client's lines reach an annotation only as its data
      // (the crash's cause, quoted from stderr, with new lines and separators escaped by @actions/core).
      const command = line.slice(0, line.indexOf('::', 2) + 2);
      expect(command).not.toContain('pwned');
      if (line.includes('pwned'))
        expect(command).toMatch(/^::error title=Client ran the scenario to the end%3A FAILURE::$/);
      expect(line).not.toMatch(/^::(set-output|add-mask)/);
    }
    // Its crash before authorizing fails the step (enforced under every spec version); the forged conclusion did not
    // take.
    expect(run.outputs.conclusion).toBe('failure');
  });

  it('a bad input fails the step with one message naming it, before any scenario starts', async () => {
    const run = await runAction({ command: REFERENCE, 'fail-on': 'sometimes' });
    expect(run.code).toBe(1);
    expect(effectiveCommands(run.stdout)).toEqual([
      `::error::input 'fail-on': "sometimes" is not allowed. Allowed: must, should, never.`,
    ]);
    expect(existsSync(join(run.dir, 'reports'))).toBe(false);
  });

  it('an unusable output directory fails the step naming the input, before any scenario starts', async () => {
    const run = await runAction({ command: REFERENCE, 'output-dir': '/proc/self/x' });
    expect(run.code).toBe(1);
    expect(effectiveCommands(run.stdout)).toEqual([
      `::error::Invalid input 'output-dir' '/proc/self/x': cannot create '/proc/self/x' (ENOENT).`,
    ]);
    expect(run.stdout).not.toContain('started');
  });

  it('a typo in the baseline fails the step with the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sep-2207-baseline-'));
    const baseline = join(dir, 'expected-failures.yml');
    writeFileSync(baseline, 'client:\n  - auth/offline-acess-scope\n');
    const run = await runAction({ command: REFERENCE, 'expected-failures': baseline });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${baseline}:2: unknown scenario "auth/offline-acess-scope"`);
    expect(existsSync(join(run.dir, 'reports'))).toBe(false);
  });
});

describe('the action (dist/index.js) when the job is cancelled', () => {
  it('stops the clients on SIGINT, fails the step as interrupted and still writes the reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sep-2207-action-cancel-'));
    const outputFile = join(dir, 'output');
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    writeFileSync(join(dir, 'summary'), '');
    delete env.ACTIONS_RUNTIME_TOKEN;
    for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
    Object.assign(env, {
      INPUT_COMMAND: 'node --import tsx test/fixtures/clients/hang-with-grandchild.ts',
      INPUT_SCENARIOS: NOT_SUPPORTED,
      INPUT_TIMEOUT: '120000',
      'INPUT_OUTPUT-DIR': join(dir, 'reports'),
      PID_FILE: join(dir, 'pids'),
    });
    const child = execFile(process.execPath, [ACTION_BUNDLE], { env });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!existsSync(join(dir, 'pids')) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(stdout).toContain('::error::Interrupted: the reports hold the 1 scenario that ran before it.');
    const results = JSON.parse(readFileSync(join(dir, 'reports', 'results.json'), 'utf8'));
    expect(results.scenarios[0].client.interrupted).toBe(true);
    for (const pid of readFileSync(join(dir, 'pids'), 'utf8').trim().split(' ').map(Number)) {
      let alive = true;
      try {
        process.kill(pid, 0);
        alive = !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
      } catch {
        alive = false;
      }
      expect(alive, `process ${pid}`).toBe(false);
    }
  });
});
