// `npm run screenshots`: runs the CLI from source against the reference client and two failing fixtures, merges the
// three results into a matrix, and renders each job summary (summary.md) as GitHub shows it into docs/images/:
// summary-<name>.png (full page) and summary-<name>-first-screen.png (1000×900).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureToolchain, pngSize, renderMarkdownToPng } from './render-markdown.js';

const WORK_DIR = '.tmp/screenshots';
const IMAGES_DIR = 'docs/images';
const CLI = 'node --import tsx src/cli.ts';

interface Run {
  name: string;
  args: string[];
  /** Exit codes that are expected: 0 passed, 1 an enforced result failed. Anything else is an error. */
  expect: number[];
}

const fixture = (file: string) => `node --import tsx test/fixtures/clients/${file}`;
const clientRun = (name: string, command: string, expect: number[]): Run => ({
  name,
  args: ['--command', command, '--label', name, '--output-dir', join(WORK_DIR, name)],
  expect,
});

const CLIENT_RUNS: Run[] = [
  clientRun('green', 'node dist/reference-client/index.js', [0]),
  clientRun('enforced-failure', fixture('reuse-rotated-refresh-token.ts'), [1]),
  clientRun('crash', fixture('crash-before-authorize.ts'), [1]),
];
const AGGREGATE: Run = {
  name: 'aggregate',
  args: ['--mode', 'aggregate', '--results', `${WORK_DIR}/*/results.json`, '--output-dir', join(WORK_DIR, 'aggregate')],
  expect: [0, 1],
};

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs the CLI from source; its output goes to .tmp/screenshots/<name>.log. Rejects on an unexpected exit code. */
function runCli({ name, args, expect }: Run): Promise<void> {
  const started = Date.now();
  const logFile = join(WORK_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  const [node, ...nodeArgs] = CLI.split(' ') as [string, ...string[]];
  const child = spawn(node, [...nodeArgs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      log.end();
      if (code !== null && expect.includes(code)) {
        console.log(`  ${name}: exit ${code} in ${seconds(started)} (log: ${logFile})`);
        resolvePromise();
      } else {
        reject(new Error(`${name}: exit ${code ?? signal}, expected ${expect.join(' or ')}; see ${logFile}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Checking the toolchain (cmark-gfm, chromium, emoji font) …');
  ensureToolchain();

  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  mkdirSync(IMAGES_DIR, { recursive: true });

  console.log(`Running the CLI from source for ${CLIENT_RUNS.map((run) => run.name).join(', ')} (in parallel) …`);
  await Promise.all(CLIENT_RUNS.map(runCli));
  console.log('Aggregating the three results.json into a matrix …');
  await runCli(AGGREGATE);

  const shots = [...CLIENT_RUNS, AGGREGATE].flatMap(({ name }) => {
    const markdown = join(WORK_DIR, name, 'summary.md');
    return [
      { markdown, png: join(IMAGES_DIR, `summary-${name}.png`), options: { width: 1000 } },
      { markdown, png: join(IMAGES_DIR, `summary-${name}-first-screen.png`), options: { width: 1000, height: 900 } },
    ];
  });
  console.log(`Rendering ${shots.length} screenshots with cmark-gfm and headless Chromium …`);
  for (let i = 0; i < shots.length; i += 2) {
    // Two Chromiums at a time: each summary's full page and first screen.
    await Promise.all(
      shots.slice(i, i + 2).map(async ({ markdown, png, options }) => {
        const shotStarted = Date.now();
        await renderMarkdownToPng(markdown, png, options);
        console.log(`  ${png} in ${seconds(shotStarted)}`);
      }),
    );
  }

  console.log(`\nDone in ${seconds(started)}:`);
  for (const { png } of shots) {
    const { width, height } = pngSize(png);
    console.log(`  ${png}  ${width}×${height}  ${(statSync(png).size / 1024).toFixed(0)} KiB`);
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
