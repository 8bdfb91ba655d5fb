/**
 * Raw options (CLI flags or action inputs, all strings) become one typed Settings object, validated once. A bad
 * value throws a SettingsError naming the option and what it accepts, before any scenario starts. Settings are one
 * of three shapes, by mode: each holds what its mode uses, and nothing stands in for what it does not.
 */
import { resolve } from 'node:path';
import { SCENARIO_NAME_CHOICES, type ScenarioNames } from './engine/run-suite.js';
import {
  FAIL_ON,
  PROTOCOL_VERSIONS,
  SPEC_VERSIONS,
  type FailOn,
  type ProtocolVersion,
  type SpecVersion,
} from './model.js';
import {
  MODES,
  RUN_OPTIONS,
  type DefaultedOptionKey,
  type ListOptionKey,
  type RawSettings,
  type RunOptionKey,
} from './options.js';
import { findScenario, SCENARIO_NAMES, SCENARIOS } from './scenarios/index.js';
import type { Scenario } from './scenarios/types.js';

export { FAIL_ON, type FailOn } from './model.js';
export { DEFAULT_OUTPUT_DIR, DEFAULT_TIMEOUT_MS, MODES, type Mode, type RawSettings } from './options.js';

/** What every mode has. */
interface CommonSettings {
  failOn: FailOn;
  outputDir: string;
  workingDirectory: string;
  badgeLabel: string;
}

/** What a run that produces a SuiteResult has: the client scenarios or the server probe. */
interface SuiteSettings extends CommonSettings {
  /** Names this run in a matrix, e.g. `typescript-sdk@1.32`. */
  label: string | null;
  specVersion: SpecVersion;
  protocolVersion: ProtocolVersion;
  timeoutMs: number;
  /** Path of the expected-failures baseline (YAML), or null. */
  expectedFailures: string | null;
}

export interface ClientSettings extends SuiteSettings {
  mode: 'client';
  /** The shell command that starts the client. */
  command: string;
  scenarios: Scenario[];
  concurrency: number;
  /** Stand-in browser openers first on the client's PATH, for clients that open a browser for consent. */
  consentShim: boolean;
  /** A fresh temporary HOME (and XDG dirs) per client run, so cached tokens never carry over. */
  isolateHome: boolean;
  /** What `MCP_CONFORMANCE_SCENARIO` carries: the upstream name the SDKs' conformance clients know, or ours. */
  scenarioNames: ScenarioNames;
}

export interface ServerSettings extends SuiteSettings {
  mode: 'server';
  /** The MCP server to probe. */
  serverUrl: string;
  /** Starts the server before the probe and is stopped after it. */
  serverCommand: string | null;
}

export interface AggregateSettings extends CommonSettings {
  mode: 'aggregate';
  /** Glob patterns of results.json files to merge. */
  results: string[];
}

export type Settings = ClientSettings | ServerSettings | AggregateSettings;
/** The settings of a run that produces a SuiteResult. */
export type RunSettings = ClientSettings | ServerSettings;

/** The Settings a raw `mode` yields: no mode or `client` is client mode, a literal mode its own, any string any. */
export type SettingsFor<M> = M extends undefined | 'client'
  ? ClientSettings
  : M extends 'server'
    ? ServerSettings
    : M extends 'aggregate'
      ? AggregateSettings
      : Settings;

const MAX_TIMEOUT_MS = 60 * 60 * 1000;
const MAX_CONCURRENCY = 64;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** How an option is named to the user: `--timeout` on the command line, `input 'timeout'` in a workflow. */
export type OptionNamer = (option: RunOptionKey) => string;

type Target =
  | { mode: 'client'; command: string }
  | { mode: 'server'; serverUrl: string; serverCommand: string | null }
  | { mode: 'aggregate'; results: string[] };

/** Reads raw values: trimmed, an empty string as not given, a list's values split on commas and new lines. */
class RawReader {
  constructor(
    private readonly raw: RawSettings,
    readonly nameOf: OptionNamer,
  ) {}

  text(key: Exclude<RunOptionKey, ListOptionKey>): string | undefined {
    const value = this.raw[key]?.trim();
    return value === '' ? undefined : value;
  }

  /** The given value, or the option's default from the options table. */
  textOrDefault(key: DefaultedOptionKey & Exclude<RunOptionKey, ListOptionKey>): string {
    return this.text(key) ?? RUN_OPTIONS[key].default;
  }

  list(key: ListOptionKey, separator: RegExp): string[] {
    return (this.raw[key] ?? [])
      .flatMap((value) => value.split(separator))
      .map((value) => value.trim())
      .filter(Boolean);
  }
}

export function parseSettings<const R extends RawSettings>(raw: R, nameOf: OptionNamer): SettingsFor<ModeOf<R>>;
export function parseSettings(raw: RawSettings, nameOf: OptionNamer): Settings {
  const read = new RawReader(raw, nameOf);
  const target = parseTarget(read);
  const suite = parseSuiteSettings(read);
  const client = parseClientSettings(read);
  if (target.mode === 'client') return { ...target, ...suite, ...client };
  if (target.mode === 'server') return { ...target, ...suite };
  const { failOn, outputDir, workingDirectory, badgeLabel } = suite;
  return { ...target, failOn, outputDir, workingDirectory, badgeLabel };
}

type ModeOf<R> = 'mode' extends keyof R ? R['mode'] : undefined;

/** The mode and what it runs: an option of another mode, or a missing one its mode needs, is an error. */
function parseTarget(read: RawReader): Target {
  const { nameOf } = read;
  const mode = oneOf(read.textOrDefault('mode'), MODES, nameOf('mode'));
  const command = read.text('command');
  const serverUrl = read.text('serverUrl');
  const serverCommand = read.text('serverCommand');
  const results = read.list('results', /[\n,]+/);
  const onlyIn = (option: 'command' | 'serverUrl' | 'serverCommand' | 'results', given: boolean) => {
    const where = RUN_OPTIONS[option].mode;
    if (given && mode !== where) {
      throw new SettingsError(
        `${nameOf(option)} is for ${where} mode, and this run is in ${mode} mode (${nameOf('mode')}).`,
      );
    }
  };
  onlyIn('command', command !== undefined);
  onlyIn('serverUrl', serverUrl !== undefined);
  onlyIn('serverCommand', serverCommand !== undefined);
  onlyIn('results', results.length > 0);
  if (mode === 'client') {
    if (command !== undefined) return { mode, command };
    throw new SettingsError(`${nameOf('command')} is required: the shell command that starts your MCP client.`);
  }
  if (mode === 'server') {
    if (serverUrl !== undefined && /^https?:\/\//i.test(serverUrl) && URL.canParse(serverUrl)) {
      return { mode, serverUrl, serverCommand: serverCommand ?? null };
    }
    throw new SettingsError(
      serverUrl === undefined
        ? `${nameOf('serverUrl')} is required in server mode: the URL of the MCP endpoint to probe, ` +
            'e.g. http://127.0.0.1:3000/mcp.'
        : `${nameOf('serverUrl')}: "${serverUrl}" is not an http(s) URL.`,
    );
  }
  if (results.length > 0) return { mode, results };
  throw new SettingsError(
    `${nameOf('results')} is required in aggregate mode: glob patterns of results.json files, ` +
      'e.g. results/**/results.json.',
  );
}

/** Every mode validates every option, so a bad value is an error whatever the mode; each keeps what it uses. */
function parseSuiteSettings(read: RawReader): SuiteSettings {
  const { nameOf } = read;
  const specVersion = oneOf(read.textOrDefault('specVersion'), SPEC_VERSIONS, nameOf('specVersion'));
  const protocolVersion = oneOf(
    read.text('protocolVersion') ?? defaultProtocolVersion(specVersion),
    PROTOCOL_VERSIONS,
    nameOf('protocolVersion'),
  );
  const workingDirectory = resolve(read.textOrDefault('workingDirectory'));
  const timeoutMs = positiveInteger(read.textOrDefault('timeout'), MAX_TIMEOUT_MS, nameOf('timeout'), 'milliseconds');
  const expectedFailures = read.text('expectedFailures');
  return {
    label: read.text('label') ?? null,
    specVersion,
    protocolVersion,
    timeoutMs,
    failOn: oneOf(read.textOrDefault('failOn'), FAIL_ON, nameOf('failOn')),
    outputDir: resolve(workingDirectory, read.textOrDefault('outputDir')),
    workingDirectory,
    expectedFailures: expectedFailures === undefined ? null : resolve(workingDirectory, expectedFailures),
    badgeLabel: read.textOrDefault('badgeLabel'),
  };
}

function parseClientSettings(read: RawReader): Omit<ClientSettings, keyof SuiteSettings | 'mode' | 'command'> {
  const { nameOf } = read;
  const concurrency = read.text('concurrency');
  return {
    scenarios: parseScenarios(read.list('scenarios', /[\s,]+/), nameOf('scenarios')),
    // Most of a scenario is waiting (token lifetimes, the client's own start-up), so all of them run at once.
    concurrency:
      concurrency === undefined
        ? SCENARIOS.length
        : positiveInteger(concurrency, MAX_CONCURRENCY, nameOf('concurrency'), 'scenarios at once'),
    consentShim: strictBoolean(read.textOrDefault('consentShim'), true, nameOf('consentShim')),
    isolateHome: strictBoolean(read.textOrDefault('isolateHome'), true, nameOf('isolateHome')),
    scenarioNames: oneOf(read.textOrDefault('scenarioNames'), SCENARIO_NAME_CHOICES, nameOf('scenarioNames')),
  };
}

/** A client targeting a dated revision speaks that revision's protocol unless told otherwise. */
function defaultProtocolVersion(specVersion: SpecVersion): ProtocolVersion {
  return specVersion === 'draft' ? '2026-07-28' : specVersion;
}

/** Accepts names separated by commas, spaces or new lines (a workflow's multi-line input), or `all`. */
function parseScenarios(names: string[], option: string): Scenario[] {
  const chosen = names
    .filter((name) => name !== 'all')
    .map((name) => {
      const scenario = findScenario(name) ?? findScenario(`auth/${name}`);
      if (!scenario) {
        throw new SettingsError(`${option}: unknown scenario "${name}". Allowed: all, ${SCENARIO_NAMES.join(', ')}.`);
      }
      return scenario;
    });
  if (names.length === 0 || names.includes('all')) return [...SCENARIOS];
  return [...new Set(chosen)];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found !== undefined) return found;
  throw new SettingsError(`${option}: "${value}" is not allowed. Allowed: ${allowed.join(', ')}.`);
}

/** The YAML 1.2 core spellings, as `core.getBooleanInput` accepts them; nothing looser (no yes/no, 1/0). */
export function strictBoolean(value: string | undefined, fallback: boolean, option: string): boolean {
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new SettingsError(`${option}: "${value}" is not allowed. Allowed: true, false.`);
}

function positiveInteger(value: string, max: number, option: string, unit: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new SettingsError(
      `${option}: "${value}" is not allowed. Expected a whole number of ${unit} from 1 to ${max}.`,
    );
  }
  return Number(value);
}
