/**
 * No secret leaves a run in full. Every code, access token, refresh token and client secret the mock issues is
 * looked for in every report file (results.json, badge.json, junit.xml, summary.md) and in the CLI's stdout and
 * stderr: in plain text, with markdown and HTML escaping undone, and inside base64 (an HTTP Basic credential). The
 * redacted form (`rt-…abcd`) is what a reader gets instead. The harness never prints its own environment either.
 *
 * Through the CLI: the reference client, and a leaky one that prints every secret it gets to stdout and stderr.
 * In process, where a wrapper around the mocks sees every value they issued: a confidential client
 * (`client_secret_basic`) that sends its client secret base64-encoded in a header the transcript records.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { redactText, redactToken } from '../../src/engine/redact.js';
import type { TokenStore } from '../../src/mock/token-store.js';
import type { SuiteResult } from '../../src/model.js';
import { renderTerminalReport } from '../../src/report/terminal.js';
import { runConformance } from '../../src/pipeline.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { parseSettings } from '../../src/settings.js';

/** Every token store the in-process runs create, so the test knows every value the mock issued. */
const stores = vi.hoisted(() => [] as TokenStore[]);
vi.mock('../../src/mock/mock-servers.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/mock/mock-servers.js')>();
  return {
    ...original,
    startMockServers: async (config: Parameters<typeof original.startMockServers>[0]) => {
      const servers = await original.startMockServers(config);
      stores.push(servers.store);
      return servers;
    },
  };
});

const client = (file: string) => `node --import tsx ${file}`;
const CLIENTS = {
  reference: client('examples/clients/reference-client.ts'),
  leaky: client('test/fixtures/clients/leaky-client.ts'),
};
type ClientName = keyof typeof CLIENTS;
const CONFIDENTIAL = client('test/fixtures/clients/confidential-client.ts');
const REPORT_FILES = ['results.json', 'badge.json', 'junit.xml', 'summary.md'];
/** The shape of every value the mock issues (`randomToken`): a prefix and 24 base64url characters. */
const ISSUED_SHAPE = /\b(?:code|at|rt|secret)-[A-Za-z0-9_-]{20,}/g;
const SENTINEL = `sentinel-${randomBytes(12).toString('hex')}`;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/g, (match, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? match),
  );
}

/**
 * The ways a reader could see a value in `text`: as written, with markdown backslash escapes and HTML entities undone
 * (the summary escapes `-` and `_`), and every base64-looking run decoded (a Basic credential).
 */
function readings(text: string): string[] {
  const unescaped = decodeEntities(text).replace(/\\/g, '');
  const decoded = (unescaped.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []).map((run) =>
    Buffer.from(run, 'base64').toString('latin1'),
  );
  return [text, unescaped, decoded.join('\n')];
}

/** Full values of the issued shape anywhere in `text`, in any reading. */
function fullValues(text: string): string[] {
  return [...new Set(readings(text).flatMap((reading) => reading.match(ISSUED_SHAPE) ?? []))];
}

/** Which of `secrets` appear in full in `text`, in any reading. */
function leaked(text: string, secrets: readonly string[]): string[] {
  const views = readings(text);
  return secrets.filter((secret) => views.some((view) => view.includes(secret)));
}

function reportTexts(dir: string): Record<string, string> {
  return Object.fromEntries(REPORT_FILES.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  dir: string;
  leakFile: string;
}

/** The CLI over all seven scenarios, with a sentinel in its environment and a file the leaky client writes to. */
function cli(command: string): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'sep-2207-secrets-'));
  const leakFile = join(dir, 'leaked-values.txt');
  const reports = join(dir, 'reports');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', '--command', command, '--concurrency', '2', '-o', reports],
      {
        env: { ...process.env, NO_COLOR: '1', SEP2207_SENTINEL_SECRET: SENTINEL, LEAK_FILE: leakFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, dir: reports, leakFile });
    });
  });
}

function expectNoFullValues(texts: Record<string, string>, known: readonly string[]): void {
  for (const [name, text] of Object.entries(texts)) {
    expect(fullValues(text), `${name} holds a full issued value`).toEqual([]);
    expect(leaked(text, known), `${name} holds a full issued value`).toEqual([]);
  }
}

describe('redactText', () => {
  const secret = `secret-${randomBytes(18).toString('base64url')}`;
  const basic = (value: string) => Buffer.from(value, 'utf8').toString('base64');

  it('redacts a client secret inside an HTTP Basic credential and shows the rest decoded', () => {
    const header = `Basic ${basic(`client-abc:${secret}`)}`;
    expect(redactText(header, [secret])).toBe(`Basic [base64 of client-abc:${redactToken(secret)}]`);
    // The scheme is case-insensitive; the value's shape alone is enough to redact it.
    expect(redactText(`basic ${basic(`client-abc:${secret}`)}`, [])).toBe(
      `basic [base64 of client-abc:${redactToken(secret)}]`,
    );
  });

  it('leaves words after "Basic" and credentials with nothing issued in them as they are', () => {
    for (const text of [
      'Basic authentication is supported',
      `Basic ${basic('user:password')}`,
      'Basic dGVzdA',
      'Basic ////',
    ]) {
      expect(redactText(text, [secret])).toBe(text);
    }
  });
});

describe.concurrent('secrets in the reports and streams', () => {
  it.each(Object.keys(CLIENTS) as ClientName[])(
    'through the CLI, %s client: no full value in any file or stream, nor the environment',
    async (name) => {
      const run = await cli(CLIENTS[name]);
      expect(run.code, run.stderr).toBe(0);
      const texts: Record<string, string> = {
        ...reportTexts(run.dir),
        'CLI stdout': run.stdout,
        'CLI stderr': run.stderr,
      };
      const known = existsSync(run.leakFile) ? readFileSync(run.leakFile, 'utf8').split('\n').filter(Boolean) : [];
      expectNoFullValues(texts, known);
      for (const [file, text] of Object.entries(texts))
        expect(text.includes(SENTINEL), `${file} holds the harness's environment`).toBe(false);

      const results = JSON.parse(texts['results.json'] as string) as SuiteResult;
      expect(results.scenarios).toHaveLength(SCENARIOS.length);
      // The transcript keeps the tokens, redacted: a refresh grant's form shows `rt-…abcd`.
      const refreshForms = results.scenarios
        .flatMap((scenario) => scenario.transcript)
        .flatMap((exchange) =>
          exchange.body.kind === 'form' && exchange.body.value.grant_type === 'refresh_token'
            ? [exchange.body.value]
            : [],
        );
      expect(refreshForms.length).toBeGreaterThan(0);
      for (const form of refreshForms) expect(form.refresh_token).toMatch(/^rt-…[A-Za-z0-9_-]{4}$/);

      if (name === 'leaky') {
        // The client printed every secret it got; results.json keeps its output, with each value redacted.
        expect(known.some((value) => value.startsWith('code-'))).toBe(true);
        expect(known.some((value) => value.startsWith('at-'))).toBe(true);
        expect(known.some((value) => value.startsWith('rt-'))).toBe(true);
        const stdout = results.scenarios.map((scenario) => scenario.client.stdoutTail).join('\n');
        const stderr = results.scenarios.map((scenario) => scenario.client.stderrTail).join('\n');
        for (const value of known) {
          expect(stdout).toContain(redactToken(value));
          expect(stderr).toContain(redactToken(value));
        }
      }
    },
  );

  it(
    'in process, a confidential client: no value the mock ' + 'issued (client secrets included) in any report',
    async () => {
      const outputDir = mkdtempSync(join(tmpdir(), 'sep-2207-secrets-confidential-'));
      const settings = parseSettings({ command: CONFIDENTIAL, outputDir, concurrency: '2' }, (option) => option);
      const outcome = await runConformance(settings, undefined);
      expect(outcome.verdict.passed).toBe(true);
      // Every scenario ran its own mocks; every kind of value was issued, all of the shape the scans above look for.
      expect(stores).toHaveLength(SCENARIOS.length);
      const issued = stores.flatMap((store) => store.issuedSecrets());
      for (const prefix of ['code-', 'at-', 'rt-', 'secret-'])
        expect(
          issued.some((value) => value.startsWith(prefix)),
          prefix,
        ).toBe(true);
      for (const value of issued) expect(value).toMatch(new RegExp(`^${ISSUED_SHAPE.source}$`));

      const texts = {
        ...reportTexts(outputDir),
        terminal: renderTerminalReport(outcome.suite, outcome.verdict, { color: false }),
      };
      for (const [file, text] of Object.entries(texts)) {
        expect(leaked(text, issued), file).toEqual([]);
        expect(fullValues(text), file).toEqual([]);
      }
      // The client secret travels base64-encoded in `Authorization: Basic`; the transcript shows it decoded and
      // redacted.
      const basic = outcome.suite.scenarios
        .flatMap((scenario) => scenario.transcript)
        .flatMap((exchange) => exchange.headers.authorization ?? [])
        .filter((header) => /^basic /i.test(header));
      expect(basic.length).toBeGreaterThan(0);
      for (const header of basic) expect(header).toMatch(/^Basic \[base64 of [^:]+:secret-…[A-Za-z0-9_-]{4}\]$/);
    },
  );
});
