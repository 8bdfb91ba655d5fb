/**
 * The benchmark behind the README's "Speed" section: `npm run bench [-- --runs N]`.
 *
 * Every configuration runs the same client, the reference client (`node --import tsx
 * examples/clients/reference-client.ts`), through the bundled CLI as a user runs it (`node dist/cli/index.js`), and
 * the two upstream-parity scenarios also through the published upstream CLI (`@modelcontextprotocol/conformance`,
 * an exact-pinned devDependency) on Node 22. The configurations are interleaved, one round after another, after a
 * warm-up round that is not counted, and each is reported as the median and the spread (min–max) of its runs.
 *
 * What is ours and what is the client's: results.json times each scenario (`durationMs`) and, inside it, the client
 * process from spawn to exit (`client.durationMs`); the difference is the harness's own work per scenario (mock
 * servers, fresh HOME, consent shim, evaluation). The CLI's peak memory and CPU time come from `bench/rss.mjs`,
 * preloaded into the CLI process only (never into the clients it starts).
 *
 * Options: --runs N (default 5), --warmup N (default 1), --no-upstream, --no-wait (do not wait for a quiet
 * machine), --max-wait S (default 600), --json FILE (raw numbers), --dist DIR (bundles to measure; default dist).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RSS_PRELOAD = pathToFileURL(join(ROOT, 'bench', 'rss.mjs')).href;
/** The bundles under test; --dist DIR measures another build (e.g. one of an older commit) the same way. */
let CLI = 'dist/cli/index.js';
let ACTION = 'dist/index.js';
const PARITY = ['auth/offline-access-scope', 'auth/offline-access-not-supported'] as const;
const SINGLE = PARITY[0];
const CLIENT_TSX = 'node --import tsx examples/clients/reference-client.ts';
/** The same client bundled into one file, as `npm start` runs it (set from --dist). */
let CLIENT_BUNDLED = 'node dist/reference-client/index.js';
const UPSTREAM_PACKAGE = '@modelcontextprotocol/conformance';
const QUIET_LOAD = 1.5;

const TARGETS = { overheadMs: 50, suiteOverSingle: 2, parityRatio: 0.4 };

interface Usage {
  maxRssKiB: number;
  userCpuMs: number;
  systemCpuMs: number;
  /** CPU time of the child processes it waited for (Linux), i.e. the clients and what they started. */
  childrenCpuMs: number | null;
}

interface ScenarioTiming {
  name: string;
  durationMs: number;
  clientMs: number;
  overheadMs: number;
}

interface Sample {
  wallMs: number;
  /** results.json of our CLI: one entry per scenario. */
  scenarios: ScenarioTiming[];
  /** Wall time minus the longest client process. */
  beyondLongestClientMs: number | null;
  usage: Usage[];
  exitCodes: (number | null)[];
  /** Action cold start: process start until the first `▶ … started` line. */
  firstScenarioMs?: number;
  note?: string;
}

interface Config {
  id: string;
  label: string;
  run: (scratch: string) => Promise<Sample>;
  /** Our own CLI with results.json (overhead columns apply). */
  ours: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Running a command and timing it

interface Finished {
  wallMs: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** When `watch` first matched stdout, in ms since the spawn. */
  matchedMs?: number;
}

function timed(
  executable: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; watch?: RegExp } = {},
): Promise<Finished> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(executable, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let matchedMs: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (matchedMs === undefined && options.watch?.test(stdout)) matchedMs = performance.now() - start;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      resolvePromise({
        wallMs: performance.now() - start,
        exitCode: code,
        stdout,
        stderr,
        ...(matchedMs === undefined ? {} : { matchedMs }),
      });
    });
  });
}

function readUsage(file: string): Usage[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Usage);
}

interface ResultsJson {
  durationMs: number;
  scenarios: { name: string; durationMs: number; client: { durationMs: number } }[];
}

function scenarioTimings(resultsFile: string): ScenarioTiming[] {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as ResultsJson;
  return results.scenarios.map((scenario) => ({
    name: scenario.name,
    durationMs: scenario.durationMs,
    clientMs: scenario.client.durationMs,
    overheadMs: scenario.durationMs - scenario.client.durationMs,
  }));
}

let sequence = 0;
function freshDir(scratch: string, name: string): string {
  const dir = join(scratch, `${String(++sequence).padStart(4, '0')}-${name.replace(/[^\w.-]+/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Our CLI, as a user runs it, with the memory/CPU preload. */
async function runOurs(scratch: string, node: string, cliArgs: string[]): Promise<Sample> {
  const dir = freshDir(scratch, 'ours');
  const usageFile = join(dir, 'usage.jsonl');
  const finished = await timed(node, ['--import', RSS_PRELOAD, CLI, ...cliArgs, '--output-dir', join(dir, 'out')], {
    env: { ...process.env, BENCH_RSS_FILE: usageFile },
  });
  if (finished.exitCode !== 0)
    throw new Error(`our CLI exited ${finished.exitCode}:\n${finished.stderr}\n${finished.stdout}`);
  const scenarios = scenarioTimings(join(dir, 'out', 'results.json'));
  const longest = Math.max(...scenarios.map((scenario) => scenario.clientMs));
  return {
    wallMs: finished.wallMs,
    scenarios,
    beyondLongestClientMs: finished.wallMs - longest,
    usage: readUsage(usageFile),
    exitCodes: [finished.exitCode],
  };
}

/** The upstream CLI: one process per scenario (it takes one --scenario), both started at once. */
async function runUpstream(scratch: string, node22: string, bin: string): Promise<Sample> {
  const dir = freshDir(scratch, 'upstream');
  const usageFile = join(dir, 'usage.jsonl');
  const start = performance.now();
  const runs = await Promise.all(
    PARITY.map((scenario) =>
      timed(
        node22,
        [
          '--import',
          RSS_PRELOAD,
          bin,
          'client',
          '--command',
          CLIENT_TSX,
          '--scenario',
          scenario,
          '-o',
          join(dir, 'out'),
        ],
        {
          env: { ...process.env, BENCH_RSS_FILE: usageFile },
        },
      ),
    ),
  );
  const wallMs = performance.now() - start;
  const summaries = runs.map(
    (run) => /Passed: \d+\/\d+, \d+ failed/.exec(`${run.stdout}\n${run.stderr}`)?.[0] ?? 'no summary',
  );
  return {
    wallMs,
    scenarios: [],
    beyondLongestClientMs: null,
    usage: readUsage(usageFile),
    exitCodes: runs.map((run) => run.exitCode),
    note: summaries.join('; '),
  };
}

/** The action, as a runner starts it: INPUT_* variables, a GITHUB_OUTPUT file, no artifact upload. */
async function runActionColdStart(scratch: string, node: string): Promise<Sample> {
  const dir = freshDir(scratch, 'action');
  const usageFile = join(dir, 'usage.jsonl');
  const outputFile = join(dir, 'github-output');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_RSS_FILE: usageFile,
    INPUT_COMMAND: CLIENT_TSX,
    INPUT_SCENARIOS: SINGLE,
    'INPUT_OUTPUT-DIR': join(dir, 'out'),
    'INPUT_UPLOAD-ARTIFACT': 'false',
    GITHUB_OUTPUT: outputFile,
  };
  delete env.GITHUB_STEP_SUMMARY;
  delete env.ACTIONS_RUNTIME_TOKEN;
  const finished = await timed(node, ['--import', RSS_PRELOAD, ACTION], { env, watch: /^▶ .* started$/m });
  if (finished.exitCode !== 0 || finished.matchedMs === undefined) {
    throw new Error(
      `the action exited ${finished.exitCode} (first scenario seen: ${finished.matchedMs !== undefined}):\n` +
        `${finished.stdout}\n${finished.stderr}`,
    );
  }
  return {
    wallMs: finished.wallMs,
    firstScenarioMs: finished.matchedMs,
    scenarios: scenarioTimings(join(dir, 'out', 'results.json')),
    beyondLongestClientMs: null,
    usage: readUsage(usageFile),
    exitCodes: [finished.exitCode],
  };
}

async function runStartup(scratch: string, node: string, args: string[], preload: boolean): Promise<Sample> {
  const dir = freshDir(scratch, 'startup');
  const usageFile = join(dir, 'usage.jsonl');
  const finished = await timed(node, preload ? ['--import', RSS_PRELOAD, ...args] : args, {
    env: { ...process.env, BENCH_RSS_FILE: usageFile },
  });
  if (finished.exitCode !== 0) throw new Error(`${args.join(' ')} exited ${finished.exitCode}: ${finished.stderr}`);
  return {
    wallMs: finished.wallMs,
    scenarios: [],
    beyondLongestClientMs: null,
    usage: readUsage(usageFile),
    exitCodes: [finished.exitCode],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Setup

function node22Path(): string {
  const path = execFileSync('npx', ['-y', 'node@22', '-p', 'process.execPath'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v22.')) throw new Error(`expected Node 22 from npx -y node@22, got ${version} (${path})`);
  return path;
}

function upstreamCli(node22: string): { bin: string; version: string } {
  const packageDir = join(ROOT, 'node_modules', UPSTREAM_PACKAGE);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
    bin: Record<string, string>;
  };
  const binPath = Object.values(manifest.bin)[0];
  if (!binPath) throw new Error(`${UPSTREAM_PACKAGE} has no bin`);
  const bin = join(packageDir, binPath);
  const listed = execFileSync(node22, [bin, 'list'], { cwd: ROOT, encoding: 'utf8' });
  const missing = PARITY.filter(
    (scenario) => !listed.includes(`- ${scenario} `) && !listed.includes(`- ${scenario}\n`),
  );
  if (missing.length > 0)
    throw new Error(`${UPSTREAM_PACKAGE}@${manifest.version} does not list ${missing.join(', ')}`);
  return { bin, version: manifest.version };
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** Waits (polling every 30 s) until the 1-minute load average is at most QUIET_LOAD, or maxWaitS has passed. */
async function waitForQuiet(maxWaitS: number): Promise<void> {
  const deadline = Date.now() + maxWaitS * 1000;
  while ((loadavg()[0] ?? 0) > QUIET_LOAD && Date.now() < deadline) {
    process.stderr.write(
      `load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')} > ${QUIET_LOAD}: waiting 30 s for a quieter machine\n`,
    );
    await sleep(30_000);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and the table

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${Math.round(value)}`;
const spread = (values: number[], format: (value: number) => string = ms) =>
  values.length === 0
    ? '–'
    : `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
const mib = (kib: number) => (kib / 1024).toFixed(0);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      'no-upstream': { type: 'boolean', default: false },
      'no-wait': { type: 'boolean', default: false },
      'max-wait': { type: 'string', default: '600' },
      json: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
    },
  });
  CLI = join(values.dist, 'cli', 'index.js');
  ACTION = join(values.dist, 'index.js');
  const bundledClient = join(values.dist, 'reference-client', 'index.js');
  CLIENT_BUNDLED = `node ${bundledClient}`;
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0)
    throw new Error('--runs must be ≥ 1 and --warmup ≥ 0');
  if (!existsSync(resolve(ROOT, CLI)) || !existsSync(resolve(ROOT, ACTION)))
    throw new Error(`${values.dist}/ is missing: run \`npm run bundle\` first`);

  const node = process.execPath;
  const upstream = values['no-upstream']
    ? null
    : (() => {
        const node22 = node22Path();
        return {
          node22,
          nodeVersion: execFileSync(node22, ['--version'], { encoding: 'utf8' }).trim(),
          ...upstreamCli(node22),
        };
      })();

  if (!values['no-wait']) await waitForQuiet(Number(values['max-wait']));
  const loadAtStart = loadavg();

  const parityArgs = PARITY.flatMap((scenario) => ['--scenario', scenario]);
  const configs: Config[] = [
    {
      id: 'single',
      label: `ours: 1 scenario (${SINGLE}), concurrency 1`,
      ours: true,
      run: (s) => runOurs(s, node, ['--command', CLIENT_TSX, '--scenario', SINGLE, '--concurrency', '1']),
    },
    {
      id: 'parity',
      label: 'ours: 2 parity scenarios',
      ours: true,
      run: (s) => runOurs(s, node, ['--command', CLIENT_TSX, ...parityArgs]),
    },
    ...(upstream
      ? [
          {
            id: 'upstream',
            label: `upstream ${upstream.version}: 2 parity scenarios (Node 22)`,
            ours: false,
            run: (s: string) => runUpstream(s, upstream.node22, upstream.bin),
          },
          {
            id: 'parity-22',
            label: 'ours: 2 parity scenarios (CLI on Node 22)',
            ours: true,
            run: (s: string) => runOurs(s, upstream.node22, ['--command', CLIENT_TSX, ...parityArgs]),
          },
        ]
      : []),
    {
      id: 'suite',
      label: 'ours: whole suite (7 scenarios)',
      ours: true,
      run: (s) => runOurs(s, node, ['--command', CLIENT_TSX]),
    },
    {
      id: 'action',
      label: `action cold start: node ${ACTION}, 1 scenario`,
      ours: false,
      run: (s) => runActionColdStart(s, node),
    },
    {
      id: 'version',
      label: `node ${CLI} --version`,
      ours: false,
      run: (s) => runStartup(s, node, [CLI, '--version'], false),
    },
    { id: 'node', label: 'node -e 0 (Node itself)', ours: false, run: (s) => runStartup(s, node, ['-e', '0'], false) },
    // The client's share, for comparison: the same client bundled into one file (no tsx, no module resolution at
    // run time), as `npm start` runs it; builds from before the bundled client have no such rows.
    ...(existsSync(resolve(ROOT, bundledClient))
      ? [
          {
            id: 'single-js',
            label: 'ours: 1 scenario, bundled client',
            ours: true,
            run: (s: string) =>
              runOurs(s, node, ['--command', CLIENT_BUNDLED, '--scenario', SINGLE, '--concurrency', '1']),
          },
          {
            id: 'suite-js',
            label: 'ours: whole suite, bundled client (npm start)',
            ours: true,
            run: (s: string) => runOurs(s, node, ['--command', CLIENT_BUNDLED]),
          },
        ]
      : []),
  ];

  const scratch = mkdtempSync(join(tmpdir(), 'sep-2207-bench-'));
  const samples = new Map<string, Sample[]>(configs.map((config) => [config.id, []]));
  try {
    for (let round = 0; round < warmup + runs; round++) {
      const counted = round >= warmup;
      process.stderr.write(`${counted ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`}: `);
      for (const config of configs) {
        const sample = await config.run(scratch);
        if (counted) samples.get(config.id)!.push(sample);
        process.stderr.write(`${config.id} ${ms(sample.wallMs)} ms  `);
      }
      process.stderr.write('\n');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const loadAtEnd = loadavg();

  const get = (id: string) => samples.get(id) ?? [];
  const walls = (id: string) => get(id).map((sample) => sample.wallMs);
  const overheads = (id: string) =>
    get(id).flatMap((sample) => sample.scenarios.map((scenario) => scenario.overheadMs));
  const clients = (id: string) => get(id).flatMap((sample) => sample.scenarios.map((scenario) => scenario.clientMs));

  // The table
  const rows: string[][] = [
    [
      'configuration',
      'wall ms',
      'harness ms/scenario',
      'wall − longest client ms',
      'client ms/scenario',
      'peak RSS MiB',
      'own CPU ms',
      'clients CPU ms',
    ],
  ];
  for (const config of configs) {
    const list = get(config.id);
    const rss = list.map((sample) => Math.max(0, ...sample.usage.map((usage) => usage.maxRssKiB)));
    const cpu = list.map((sample) => sample.usage.reduce((sum, usage) => sum + usage.userCpuMs + usage.systemCpuMs, 0));
    const childCpu = list.map((sample) => sample.usage.reduce((sum, usage) => sum + (usage.childrenCpuMs ?? NaN), 0));
    const wall = config.id === 'action' ? list.map((sample) => sample.firstScenarioMs ?? NaN) : walls(config.id);
    rows.push([
      config.id === 'action' ? `${config.label}: until "▶ … started"` : config.label,
      spread(wall),
      config.ours ? spread(overheads(config.id)) : '',
      config.ours ? spread(list.map((sample) => sample.beyondLongestClientMs ?? NaN)) : '',
      config.ours || config.id === 'action' ? spread(clients(config.id)) : '',
      rss.some((value) => value > 0) ? spread(rss, mib) : '',
      cpu.some((value) => value > 0) ? spread(cpu) : '',
      childCpu.some((value) => value > 0) ? spread(childCpu) : '',
    ]);
    if (config.id === 'action')
      rows.push([`${config.label}: whole run`, spread(walls(config.id)), '', '', '', '', '', '']);
  }

  const cores = cpus();
  const fmtLoad = (load: number[]) => load.map((value) => value.toFixed(2)).join(' ');
  const lines: string[] = [];
  lines.push(
    `Machine: ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown'}), ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}` +
      (upstream ? `, upstream on Node ${upstream.nodeVersion.slice(1)}` : ''),
  );
  lines.push(
    `Load average (1, 5, 15 min): ${fmtLoad(loadAtStart)} at start, ${fmtLoad(loadAtEnd)} at end (the ` +
      `benchmark's own two ` +
      `clients at a time keep about 2 cores busy). Runs: ${runs} (+${warmup} warm-up), interleaved.`,
  );
  if ((loadAtStart[0] ?? 0) > QUIET_LOAD) {
    lines.push(
      `WARNING: the 1-minute load average was ${loadAtStart[0]?.toFixed(2)} (> ${QUIET_LOAD}) at the start: ` +
        `other work shared the cores, so these numbers are inflated.`,
    );
  }
  lines.push(
    `Client: ${CLIENT_TSX} (bundled rows: ${CLIENT_BUNDLED}, the same file bundled by ncc, as npm start runs it).`,
  );
  lines.push('Cells: median (min–max) over the runs; per-scenario columns pool every scenario of every run.');
  lines.push(
    'harness ms/scenario: results.json scenarios[].durationMs − client.durationMs (mock servers, fresh HOME, ' +
      'consent shim, ' +
      "evaluation). wall − longest client: the command's wall time minus its longest client process (startup, " +
      'queueing, reports).',
  );
  lines.push('');
  lines.push(table(rows));
  lines.push('');

  // Targets
  const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  // The target is about the harness with the reference client as given (tsx); the bundled-client rows are shown apart.
  const allOverheads = ['single', 'parity', 'parity-22', 'suite'].flatMap(overheads);
  const singleClient = median(clients('single'));
  const suiteWall = median(walls('suite'));
  lines.push('Targets:');
  lines.push(
    `- harness overhead ≤ ${TARGETS.overheadMs} ms per scenario: median ${ms(median(allOverheads))} ms, max ` +
      `${ms(Math.max(...allOverheads))} ms over ` +
      `${allOverheads.length} scenario runs: ${verdict(Math.max(...allOverheads) <= TARGETS.overheadMs)}`,
  );
  lines.push(
    `- whole suite ≤ ${TARGETS.suiteOverSingle}× a single client run: single client run (median client lifetime, ` +
      `1 scenario alone) ${ms(singleClient)} ms; ` +
      `suite ${ms(suiteWall)} ms = ${(suiteWall / singleClient).toFixed(2)}×: ` +
      `${verdict(suiteWall <= TARGETS.suiteOverSingle * singleClient)}`,
  );
  const ownCpu = median(
    get('suite').map((sample) => sample.usage.reduce((sum, usage) => sum + usage.userCpuMs + usage.systemCpuMs, 0)),
  );
  const clientsCpu = median(
    get('suite').map((sample) => sample.usage.reduce((sum, usage) => sum + (usage.childrenCpuMs ?? NaN), 0)),
  );
  if (Number.isFinite(clientsCpu)) {
    lines.push(
      `  CPU of the suite: clients ${ms(clientsCpu)} ms, our CLI ${ms(ownCpu)} ms; on ${cores.length} cores the ` +
        `clients alone need at least ` +
        `${ms(clientsCpu / cores.length)} ms = ${(clientsCpu / cores.length / singleClient).toFixed(2)}× the ` +
        `single client run, whatever the harness does`,
    );
  }
  const singleJs = median(clients('single-js'));
  const suiteJs = median(walls('suite-js'));
  lines.push(
    `  (bundled client, as npm start runs it: single ${ms(singleJs)} ms, suite ${ms(suiteJs)} ms = ` +
      `${(suiteJs / singleJs).toFixed(2)}×)`,
  );
  if (upstream) {
    const ours = median(walls('parity'));
    const theirs = median(walls('upstream'));
    const ours22 = median(walls('parity-22'));
    lines.push(
      `- parity scenarios ≤ ${TARGETS.parityRatio}× upstream: ours ${ms(ours)} ms, upstream ${ms(theirs)} ms, ` +
        `ratio ${(ours / theirs).toFixed(2)}: ` +
        `${verdict(ours / theirs <= TARGETS.parityRatio)} (our CLI on Node 22 too: ${ms(ours22)} ms, ratio ` +
        `${(ours22 / theirs).toFixed(2)})`,
    );
    const clientFloor = median(
      get('parity').map((sample) => Math.max(...sample.scenarios.map((scenario) => scenario.clientMs))),
    );
    lines.push(
      `  the clients alone: ours ${ms(median(clients('parity')))} ms per scenario (median), so no harness could ` +
        `bring the ratio below ` +
        `${(clientFloor / theirs).toFixed(2)}`,
    );
    const codes = get('upstream').flatMap((sample) => sample.exitCodes);
    const note = get('upstream')[0]?.note;
    if (codes.some((code) => code !== 0)) {
      lines.push(
        `  upstream exit codes ${[...new Set(codes)].join(', ')} (${note}): its mock MCP server has no \`echo\` ` +
          `tool, so the reference client stops after tools/list and exits 1.`,
      );
    }
  }
  const action = get('action');
  lines.push(
    `- cold start: action to the first scenario ${spread(action.map((sample) => sample.firstScenarioMs ?? NaN))} ms; ` +
      `CLI --version ${spread(walls('version'))} ms; Node alone ${spread(walls('node'))} ms`,
  );
  const report = lines.join('\n');
  process.stdout.write(`${report}\n`);

  if (values.json) {
    writeFileSync(
      values.json,
      JSON.stringify(
        {
          node: process.version,
          cores: cores.length,
          loadAtStart,
          loadAtEnd,
          runs,
          upstream: upstream && { version: upstream.version, node: upstream.nodeVersion },
          samples: Object.fromEntries(samples),
        },
        null,
        2,
      ) + `\n`,
    );
  }
}

await main();
