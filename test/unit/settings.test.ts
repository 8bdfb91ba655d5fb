import { SCENARIOS } from '../../src/scenarios/index.js';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTPUT_DIR,
  parseSettings,
  SettingsError,
  type OptionNamer,
  type RawSettings,
} from '../../src/settings.js';

const FLAGS: Record<keyof RawSettings, string> = {
  mode: '--mode',
  command: '--command',
  serverUrl: '--server-url',
  serverCommand: '--server-command',
  results: '--results',
  label: '--label',
  scenarios: '--scenario',
  specVersion: '--spec-version',
  protocolVersion: '--protocol-version',
  timeout: '--timeout',
  concurrency: '--concurrency',
  failOn: '--fail-on',
  outputDir: '--output-dir',
  workingDirectory: '--working-directory',
  expectedFailures: '--expected-failures',
  badgeLabel: '--badge-label',
  consentShim: '--no-consent-shim',
  isolateHome: '--no-isolate-home',
  scenarioNames: '--scenario-names',
};
const cliName: OptionNamer = (option) => FLAGS[option];
const actionName: OptionNamer = (option) => `input '${option}'`;

const ALL = [
  'auth/offline-access-scope',
  'auth/offline-access-not-supported',
  'auth/refresh-token-use',
  'auth/refresh-token-rotation',
  'auth/refresh-token-not-issued',
  'auth/refresh-token-invalid-grant',
  'auth/oidc-offline-access',
];

/** Client mode (no `mode`), so the result is ClientSettings. */
function parse(raw: Omit<RawSettings, 'mode'> = {}, namer: OptionNamer = cliName) {
  return parseSettings({ command: 'node client.js', ...raw }, namer);
}

function scenarioNames(values: string[]): string[] {
  return parse({ scenarios: values }).scenarios.map((scenario) => scenario.name);
}

/** The SettingsError a call throws; fails the test when it throws nothing or something else. */
function settingsError(call: () => unknown): SettingsError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return error as SettingsError;
  }
  throw new Error('expected a SettingsError, nothing was thrown');
}

describe('parseSettings defaults', () => {
  it('fills every option that was not given', () => {
    const settings = parse();
    expect(settings.command).toBe('node client.js');
    expect(settings.specVersion).toBe('2025-11-25');
    expect(settings.protocolVersion).toBe('2025-11-25');
    expect(settings.timeoutMs).toBe(30_000);
    expect(settings.failOn).toBe('must');
    expect(settings.scenarios.map((scenario) => scenario.name)).toEqual(ALL);
    expect(settings.concurrency).toBe(SCENARIOS.length);
    expect(settings.workingDirectory).toBe(resolve('.'));
    expect(settings.outputDir).toBe(resolve(DEFAULT_OUTPUT_DIR));
  });

  it('treats empty and blank strings as not given, as action inputs arrive', () => {
    const settings = parse({
      specVersion: '',
      protocolVersion: '  ',
      timeout: '',
      concurrency: ' ',
      failOn: '',
      outputDir: '',
      scenarios: [''],
    });
    expect(settings.specVersion).toBe('2025-11-25');
    expect(settings.protocolVersion).toBe('2025-11-25');
    expect(settings.timeoutMs).toBe(30_000);
    expect(settings.failOn).toBe('must');
    expect(settings.scenarios.map((scenario) => scenario.name)).toEqual(ALL);
  });

  it('trims the command', () => {
    expect(parse({ command: '  npx my-client \n' }).command).toBe('npx my-client');
  });

  it.each([
    ['2025-03-26', '2025-03-26'],
    ['2025-06-18', '2025-06-18'],
    ['2025-11-25', '2025-11-25'],
    ['2026-07-28', '2026-07-28'],
    ['draft', '2026-07-28'],
  ] as const)('spec version %s speaks protocol %s unless told otherwise', (specVersion, protocolVersion) => {
    const settings = parse({ specVersion });
    expect(settings.specVersion).toBe(specVersion);
    expect(settings.protocolVersion).toBe(protocolVersion);
  });

  it('keeps an explicit protocol version apart from the spec version', () => {
    const settings = parse({ specVersion: 'draft', protocolVersion: '2025-06-18' });
    expect(settings.specVersion).toBe('draft');
    expect(settings.protocolVersion).toBe('2025-06-18');
  });

  it('reads numbers and fail-on', () => {
    const settings = parse({ timeout: '1500', concurrency: '3', failOn: 'should' });
    expect(settings.timeoutMs).toBe(1500);
    expect(settings.concurrency).toBe(3);
    expect(settings.failOn).toBe('should');
    expect(parse({ failOn: 'never' }).failOn).toBe('never');
    expect(parse({ timeout: '3600000', concurrency: '64' })).toMatchObject({ timeoutMs: 3_600_000, concurrency: 64 });
  });

  it('resolves the output directory inside the working directory', () => {
    const settings = parse({ workingDirectory: '/tmp/project', outputDir: 'out/results' });
    expect(settings.workingDirectory).toBe('/tmp/project');
    expect(settings.outputDir).toBe(join('/tmp/project', 'out/results'));
    expect(parse({ workingDirectory: '/tmp/project' }).outputDir).toBe(join('/tmp/project', DEFAULT_OUTPUT_DIR));
    expect(parse({ workingDirectory: '/tmp/project', outputDir: '/var/out' }).outputDir).toBe('/var/out');
  });
});

describe('parseSettings scenario names', () => {
  it('accepts names separated by commas, spaces or new lines', () => {
    expect(scenarioNames(['auth/offline-access-not-supported,auth/offline-access-scope'])).toEqual([
      'auth/offline-access-not-supported',
      'auth/offline-access-scope',
    ]);
    expect(scenarioNames(['auth/offline-access-not-supported auth/offline-access-scope'])).toEqual([
      'auth/offline-access-not-supported',
      'auth/offline-access-scope',
    ]);
    expect(scenarioNames(['\n  auth/offline-access-scope\n  auth/offline-access-not-supported\n'])).toEqual([
      'auth/offline-access-scope',
      'auth/offline-access-not-supported',
    ]);
    expect(scenarioNames(['auth/offline-access-scope, ', ' auth/offline-access-not-supported'])).toEqual([
      'auth/offline-access-scope',
      'auth/offline-access-not-supported',
    ]);
  });

  it('accepts a short name without the auth/ prefix', () => {
    expect(scenarioNames(['offline-access-not-supported'])).toEqual(['auth/offline-access-not-supported']);
  });

  it('runs every scenario for `all`', () => {
    expect(scenarioNames(['all'])).toEqual(ALL);
    expect(scenarioNames(['auth/offline-access-not-supported', 'all'])).toEqual(ALL);
  });

  it('removes a repeated name', () => {
    expect(scenarioNames(['auth/offline-access-scope,auth/offline-access-scope', 'auth/offline-access-scope'])).toEqual(
      ['auth/offline-access-scope'],
    );
    expect(scenarioNames(['offline-access-scope offline-access-scope'])).toEqual(['auth/offline-access-scope']);
  });

  // Duplicates are removed by the names as typed, before `auth/` is added, so the same scenario given once in its
  // short form and once in full runs twice.
  it('rejects an unknown scenario even next to all', () => {
    expect(() => parseSettings({ command: 'x', scenarios: ['all bogus'] }, (option) => `--${option}`)).toThrow(
      /unknown scenario "bogus"/,
    );
  });

  it('removes a scenario given once by its short name and once by its full name', () => {
    expect(scenarioNames(['offline-access-scope auth/offline-access-scope'])).toEqual(['auth/offline-access-scope']);
  });
});

describe('parseSettings errors', () => {
  it('requires a command', () => {
    for (const command of [undefined, '', '   ']) {
      const error = settingsError(() => parseSettings({ command }, cliName));
      expect(error.message).toContain('--command is required');
    }
    expect(settingsError(() => parseSettings({}, actionName)).message).toContain("input 'command' is required");
  });

  it('rejects an unknown scenario, listing the allowed names', () => {
    const error = settingsError(() => parse({ scenarios: ['auth/offline-access-scope, auth/no-such-scenario'] }));
    expect(error.message).toContain('--scenario');
    expect(error.message).toContain('"auth/no-such-scenario"');
    expect(error.message).toContain('all, auth/offline-access-scope, auth/offline-access-not-supported');
  });

  it('rejects a bad spec version, listing the allowed ones', () => {
    const error = settingsError(() => parse({ specVersion: '2025-01-01' }));
    expect(error.message).toContain('--spec-version');
    expect(error.message).toContain('"2025-01-01"');
    expect(error.message).toContain('2025-03-26, 2025-06-18, 2025-11-25, 2026-07-28, draft');
  });

  it('rejects a bad protocol version, listing the allowed ones (no `draft`)', () => {
    const error = settingsError(() => parse({ protocolVersion: 'draft' }));
    expect(error.message).toContain('--protocol-version');
    expect(error.message).toContain('Allowed: 2025-03-26, 2025-06-18, 2025-11-25, 2026-07-28.');
  });

  it.each(['0', 'abc', '1.5', '-5', '1e3', '3600001'])('rejects timeout %j, naming the range', (timeout) => {
    const error = settingsError(() => parse({ timeout }));
    expect(error.message).toContain('--timeout');
    expect(error.message).toContain(`"${timeout}"`);
    expect(error.message).toContain('from 1 to 3600000');
  });

  it.each(['0', '65', 'two'])('rejects concurrency %j, naming the range', (concurrency) => {
    const error = settingsError(() => parse({ concurrency }));
    expect(error.message).toContain('--concurrency');
    expect(error.message).toContain(`"${concurrency}"`);
    expect(error.message).toContain('from 1 to 64');
  });

  it('rejects fail-on `sometimes`, listing the allowed values', () => {
    const error = settingsError(() => parse({ failOn: 'sometimes' }));
    expect(error.message).toContain('--fail-on');
    expect(error.message).toContain('"sometimes"');
    expect(error.message).toContain('must, should, never');
  });

  it('names the option the way the namer does (an action input)', () => {
    const error = settingsError(() => parse({ timeout: '0' }, actionName));
    expect(error.message).toContain("input 'timeout'");
    expect(error.message).not.toContain('--timeout');
    expect(error.name).toBe('SettingsError');
  });
});

describe('parseSettings consent shim and fresh HOME', () => {
  it('turns both on by default', () => {
    expect(parse()).toMatchObject({ consentShim: true, isolateHome: true });
  });

  it.each([
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['true', true],
    [' true ', true],
  ])('reads %j as %s', (value, expected) => {
    expect(parse({ consentShim: value, isolateHome: value })).toMatchObject({
      consentShim: expected,
      isolateHome: expected,
    });
  });

  it.each(['yes', 'no', '0', '1', 'off', 'fals'])('rejects %j, naming the input and the allowed values', (value) => {
    const error = settingsError(() =>
      parse({ isolateHome: value }, (option) => (option === 'isolateHome' ? "input 'isolate-home'" : option)),
    );
    expect(error.message).toBe(`input 'isolate-home': "${value}" is not allowed. Allowed: true, false.`);
  });
});

describe('modes', () => {
  const raw = <const R extends RawSettings>(values: R) => parseSettings(values, cliName);

  it('defaults to client mode, where the command is required', () => {
    expect(raw({ command: 'node c.js' }).mode).toBe('client');
    expect(() => raw({})).toThrow('--command is required');
  });

  it('server mode needs an http(s) server URL and takes an optional server command', () => {
    const settings = raw({ mode: 'server', serverUrl: 'http://127.0.0.1:3000/mcp', serverCommand: 'node server.js' });
    expect(settings).toMatchObject({
      mode: 'server',
      serverUrl: 'http://127.0.0.1:3000/mcp',
      serverCommand: 'node server.js',
    });
    // Server settings hold no client command at all (they used to hold an empty one).
    expect(settings).not.toHaveProperty('command');
    expect(() => raw({ mode: 'server' })).toThrow('--server-url is required in server mode');
    expect(() => raw({ mode: 'server', serverUrl: 'ftp://x/mcp' })).toThrow(
      '--server-url: "ftp://x/mcp" is not an http(s) URL.',
    );
  });

  it('aggregate mode needs result globs, split on new lines and commas', () => {
    expect(raw({ mode: 'aggregate', results: ['a/**/results.json\nb/results.json, c.json'] }).results).toEqual([
      'a/**/results.json',
      'b/results.json',
      'c.json',
    ]);
    expect(() => raw({ mode: 'aggregate' })).toThrow('--results is required in aggregate mode');
  });

  it('rejects an option of another mode, naming both', () => {
    expect(() => raw({ mode: 'server', serverUrl: 'http://127.0.0.1/mcp', command: 'node c.js' })).toThrow(
      '--command is for client mode, and this run is in server mode (--mode).',
    );
    expect(() => raw({ command: 'node c.js', results: ['x.json'] })).toThrow('--results is for aggregate mode');
    expect(() => raw({ mode: 'both' })).toThrow('--mode: "both" is not allowed. Allowed: client, server, aggregate.');
  });

  it('passes upstream scenario names unless told to pass its own', () => {
    expect(raw({ command: 'x' }).scenarioNames).toBe('upstream');
    expect(raw({ command: 'x', scenarioNames: 'own' }).scenarioNames).toBe('own');
    expect(() => raw({ command: 'x', scenarioNames: 'mine' })).toThrow(
      '--scenario-names: "mine" is not allowed. Allowed: upstream, own.',
    );
  });

  it('keeps a label for the matrix', () => {
    expect(raw({ command: 'x', label: ' sdk@1.0 ' }).label).toBe('sdk@1.0');
    expect(raw({ command: 'x' }).label).toBeNull();
  });
});
