/**
 * Raw options (CLI flags or action inputs, all strings) become one typed Settings object, validated once. A bad
 * value throws a SettingsError naming the option and what it accepts, before any scenario starts.
 */
import { resolve } from 'node:path';
import { SCENARIO_NAME_CHOICES, type ScenarioNames } from './engine/run-suite.js';
import {
  DEFAULT_SPEC_VERSION,
  PROTOCOL_VERSIONS,
  SPEC_VERSIONS,
  FAIL_ON,
  type FailOn,
  type ProtocolVersion,
  type SpecVersion,
} from './model.js';
import { findScenario, SCENARIO_NAMES, SCENARIOS } from './scenarios/index.js';
import type { Scenario } from './scenarios/types.js';
import { DEFAULT_BADGE_LABEL } from './report/badge.js';

export { FAIL_ON, type FailOn } from './model.js';

/** `client`: run a client against the mock scenarios; `server`: probe an MCP server; `aggregate`: merge results. */
export const MODES = ['client', 'server', 'aggregate'] as const;
export type Mode = (typeof MODES)[number];

export interface Settings {
  mode: Mode;
  /** The client command (client mode; empty in the other modes). */
  command: string;
  /** The MCP server to probe (server mode). */
  serverUrl: string | null;
  /** Starts the server before the probe and is stopped after it (server mode, optional). */
  serverCommand: string | null;
  /** Glob patterns of results.json files to merge (aggregate mode). */
  results: string[];
  /** Names this run in a matrix, e.g. `typescript-sdk@1.32`. */
  label: string | null;
  scenarios: Scenario[];
  specVersion: SpecVersion;
  protocolVersion: ProtocolVersion;
  timeoutMs: number;
  concurrency: number;
  failOn: FailOn;
  outputDir: string;
  workingDirectory: string;
  /** Path of the expected-failures baseline (YAML), or null. */
  expectedFailures: string | null;
  badgeLabel: string;
  /** Stand-in browser openers first on the client's PATH, for clients that open a browser for consent. */
  consentShim: boolean;
  /** A fresh temporary HOME (and XDG dirs) per client run, so cached tokens never carry over. */
  isolateHome: boolean;
  /** What `MCP_CONFORMANCE_SCENARIO` carries: the upstream name the SDKs' conformance clients know, or this project's. */
  scenarioNames: ScenarioNames;
}

/** Option values as given; empty strings count as "not given", as they do for action inputs. */
export interface RawSettings {
  mode?: string;
  command?: string;
  serverUrl?: string;
  serverCommand?: string;
  /** Glob patterns; each value may hold several, separated by new lines or commas. */
  results?: string[];
  label?: string;
  scenarios?: string[];
  specVersion?: string;
  protocolVersion?: string;
  timeout?: string;
  concurrency?: string;
  failOn?: string;
  outputDir?: string;
  workingDirectory?: string;
  expectedFailures?: string;
  badgeLabel?: string;
  /** `true` or `false`. */
  consentShim?: string;
  /** `true` or `false`. */
  isolateHome?: string;
  /** `upstream` or `own`. */
  scenarioNames?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_OUTPUT_DIR = 'sep-2207-results';
const MAX_TIMEOUT_MS = 60 * 60 * 1000;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** How an option is named to the user: `--timeout` on the command line, `timeout` in a workflow. */
export type OptionNamer = (option: keyof RawSettings) => string;

export function parseSettings(raw: RawSettings, nameOf: OptionNamer): Settings {
  const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

  const mode = oneOf(given(raw.mode) ?? 'client', MODES, nameOf('mode'));
  const command = given(raw.command);
  const serverUrl = given(raw.serverUrl);
  const serverCommand = given(raw.serverCommand);
  const results = (raw.results ?? [])
    .flatMap((value) => value.split(/[\n,]+/))
    .map((pattern) => pattern.trim())
    .filter(Boolean);
  const onlyIn = (option: keyof RawSettings, where: Mode, value: unknown) => {
    if (value !== undefined && (!Array.isArray(value) || value.length > 0) && mode !== where) {
      throw new SettingsError(
        `${nameOf(option)} is for ${where} mode, and this run is in ${mode} mode (${nameOf('mode')}).`,
      );
    }
  };
  onlyIn('command', 'client', command);
  onlyIn('serverUrl', 'server', serverUrl);
  onlyIn('serverCommand', 'server', serverCommand);
  onlyIn('results', 'aggregate', results);
  if (mode === 'client' && command === undefined) {
    throw new SettingsError(`${nameOf('command')} is required: the shell command that starts your MCP client.`);
  }
  if (mode === 'server' && (serverUrl === undefined || !/^https?:\/\//i.test(serverUrl) || !URL.canParse(serverUrl))) {
    throw new SettingsError(
      serverUrl === undefined
        ? `${nameOf('serverUrl')} is required in server mode: the URL of the MCP endpoint to probe, e.g. http://127.0.0.1:3000/mcp.`
        : `${nameOf('serverUrl')}: "${serverUrl}" is not an http(s) URL.`,
    );
  }
  if (mode === 'aggregate' && results.length === 0) {
    throw new SettingsError(
      `${nameOf('results')} is required in aggregate mode: glob patterns of results.json files, e.g. results/**/results.json.`,
    );
  }

  const specVersion = oneOf(given(raw.specVersion) ?? DEFAULT_SPEC_VERSION, SPEC_VERSIONS, nameOf('specVersion'));
  const protocolVersion = oneOf(
    given(raw.protocolVersion) ?? defaultProtocolVersion(specVersion),
    PROTOCOL_VERSIONS,
    nameOf('protocolVersion'),
  );
  const workingDirectory = resolve(given(raw.workingDirectory) ?? '.');

  return {
    mode,
    command: command ?? '',
    serverUrl: serverUrl ?? null,
    serverCommand: serverCommand ?? null,
    results,
    label: given(raw.label) ?? null,
    scenarios: parseScenarios(raw.scenarios ?? [], nameOf('scenarios')),
    specVersion,
    protocolVersion,
    timeoutMs: positiveInteger(
      given(raw.timeout),
      DEFAULT_TIMEOUT_MS,
      MAX_TIMEOUT_MS,
      nameOf('timeout'),
      'milliseconds',
    ),
    // Most of a scenario is waiting (token lifetimes, the client's own start-up), so all of them run at once.
    concurrency: positiveInteger(
      given(raw.concurrency),
      SCENARIOS.length,
      64,
      nameOf('concurrency'),
      'scenarios at once',
    ),
    failOn: oneOf(given(raw.failOn) ?? 'must', FAIL_ON, nameOf('failOn')),
    outputDir: resolve(workingDirectory, given(raw.outputDir) ?? DEFAULT_OUTPUT_DIR),
    workingDirectory,
    expectedFailures:
      given(raw.expectedFailures) === undefined
        ? null
        : resolve(workingDirectory, given(raw.expectedFailures) as string),
    badgeLabel: given(raw.badgeLabel) ?? DEFAULT_BADGE_LABEL,
    consentShim: strictBoolean(given(raw.consentShim), true, nameOf('consentShim')),
    isolateHome: strictBoolean(given(raw.isolateHome), true, nameOf('isolateHome')),
    scenarioNames: oneOf(given(raw.scenarioNames) ?? 'upstream', SCENARIO_NAME_CHOICES, nameOf('scenarioNames')),
  };
}

/** A client targeting a dated revision speaks that revision's protocol unless told otherwise. */
function defaultProtocolVersion(specVersion: SpecVersion): ProtocolVersion {
  return specVersion === 'draft' ? '2026-07-28' : specVersion;
}

/** Accepts names separated by commas, spaces or new lines (a workflow's multi-line input), or `all`. */
function parseScenarios(values: string[], option: string): Scenario[] {
  const names = values.flatMap((value) => value.split(/[\s,]+/)).filter((name) => name.length > 0);
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
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingsError(`${option}: "${value}" is not allowed. Allowed: ${allowed.join(', ')}.`);
}

/** The YAML 1.2 core spellings, as `core.getBooleanInput` accepts them; nothing looser (no yes/no, 1/0). */
export function strictBoolean(value: string | undefined, fallback: boolean, option: string): boolean {
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new SettingsError(`${option}: "${value}" is not allowed. Allowed: true, false.`);
}

function positiveInteger(
  value: string | undefined,
  fallback: number,
  max: number,
  option: string,
  unit: string,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new SettingsError(
      `${option}: "${value}" is not allowed. Expected a whole number of ${unit} from 1 to ${max}.`,
    );
  }
  return Number(value);
}
