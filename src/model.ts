/**
 * The plain data that flows through the engine: transcripts recorded by the mock servers, check results computed
 * from them, and the SuiteResult that every reporter reads. Nothing here does I/O.
 */

/** Dated MCP specification revisions a client can target. `draft` means "everything published so far". */
export const SPEC_VERSIONS = ['2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28', 'draft'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];
export const DEFAULT_SPEC_VERSION: SpecVersion = '2025-11-25';

/** MCP protocol versions a client may be asked to speak (`MCP_CONFORMANCE_PROTOCOL_VERSION`). */
export const PROTOCOL_VERSIONS = ['2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28'] as const;
export type ProtocolVersion = (typeof PROTOCOL_VERSIONS)[number];
export const DEFAULT_PROTOCOL_VERSION: ProtocolVersion = '2025-11-25';

/** Which enforced results fail a run: FAILUREs (`must`), FAILUREs and WARNINGs (`should`), none (`never`). */
export const FAIL_ON = ['must', 'should', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export type CheckStatus = 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
export type RequirementLevel = 'MUST' | 'MUST NOT' | 'SHOULD' | 'SHOULD NOT' | 'MAY' | 'ADVISORY';
/** The spec revision that introduced a requirement, or `advisory` for good practice with no MCP normative text. */
export type IntroducedIn = '2025-03-26' | '2025-06-18' | '2026-07-28' | 'advisory';

export interface SourceLink {
  label: string;
  url: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Transcript

/** Which mock endpoint answered a request; `other` is anything no route claimed (it still gets recorded). */
export type Endpoint = 'as-metadata' | 'oidc-metadata' | 'register' | 'authorize' | 'token' | 'prm' | 'mcp' | 'other';

export type RecordedBody =
  | { kind: 'none' }
  | { kind: 'form'; value: Record<string, string | string[]> }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string; truncated: boolean };

/** One HTTP exchange as seen by a mock server. Times are milliseconds since the scenario started. */
export interface Exchange {
  /** Order of arrival across both servers of a scenario, from 1. */
  seq: number;
  server: 'authorization-server' | 'mcp-server';
  endpoint: Endpoint;
  receivedAt: number;
  /** When the last byte of the response was handed to the socket (or the connection closed). */
  respondedAt: number;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Request headers that matter to the checks (lower-cased names). */
  headers: Record<string, string>;
  body: RecordedBody;
  status: number;
  /** Response headers that matter to the checks (`location`, `www-authenticate`, `content-type`, `mcp-session-id`). */
  responseHeaders: Record<string, string>;
  response: RecordedBody;
}

export type Transcript = Exchange[];

// ---------------------------------------------------------------------------------------------------------------
// Checks and results

export interface CheckDefinition {
  id: string;
  title: string;
  /** The requirement in words, as a user reads it in a report. */
  requirement: string;
  level: RequirementLevel;
  introducedIn: IntroducedIn;
  sources: SourceLink[];
  /** What to change in the client, in one line, shown next to a finding. */
  fix: string;
}

export interface Evidence {
  /** `seq` of the exchanges this result is about, so a report can point at the exact requests. */
  requests: number[];
  /** What the client actually sent or did, already redacted. */
  details: Record<string, string | number | boolean | string[] | null>;
  /**
   * The exact parts of requests a finding is about (a header, a parameter), as sent, redacted:
   * `#7 POST /mcp, header x-refresh-token: rt-…1a2b`. Reports show them in place of whole requests.
   */
  excerpts?: string[];
}

/** A check's definition, with what it found in this run. */
export interface CheckResult extends CheckDefinition {
  status: CheckStatus;
  /**
   * True when the requirement is newer than the targeted spec version, or advisory: such a result never fails a run.
   */
  draftOnly: boolean;
  /** What happened, in one or two sentences specific to this run. */
  message: string;
  evidence: Evidence;
}

/** How a process ended: the client in client mode, the server started by `server-command` in server mode. */
export interface ProcessRun {
  command: string;
  /** null when the process was killed by a signal or never started. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** True when the run was interrupted (the harness got SIGINT or SIGTERM) and stopped the client before it exited. */
  interrupted?: boolean;
  /** Set when the command could not be started at all (not found, not executable). */
  startError: string | null;
  durationMs: number;
  stdoutTail: string;
  stderrTail: string;
  stdoutTruncatedBytes: number;
  stderrTruncatedBytes: number;
}

export interface ScenarioResult {
  name: string;
  description: string;
  /** The scenario-level result: did the client run and get far enough for its checks to mean anything. */
  outcome: CheckResult;
  checks: CheckResult[];
  client: ProcessRun;
  serverUrl: string;
  durationMs: number;
  transcript: Transcript;
  /** Exchanges left out of `transcript` because it reached its size cap (a client flooding the servers). */
  transcriptDropped: number;
  /** Set when the harness itself failed for this scenario (a port could not be bound, a mock threw). */
  harnessError: string | null;
  /**
   * Set when this result is from a second run, alone: in the first, with other scenarios running at the same time,
   * the client did not finish (e.g. a fixed callback port was taken). Only this run counts.
   */
  rerunAlone?: { firstOutcome: string };
}

export interface StatusCounts {
  SUCCESS: number;
  FAILURE: number;
  WARNING: number;
  INFO: number;
  SKIPPED: number;
}

/** The badge's label and the summary's name when no `badge-label` is given. */
export const DEFAULT_BADGE_LABEL = 'SEP-2207';

export const RESULTS_SCHEMA_VERSION = 1;

export interface SuiteResult {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: string; version: string };
  /** `client`: scenarios run a client against the mocks; `server`: a probe of the user's MCP server. */
  mode: 'client' | 'server';
  /** Names this run in a matrix (e.g. `typescript-sdk@1.32`); null when not given. */
  label: string | null;
  /** The GitHub Actions run that produced this result, when it ran on a runner; links a matrix to its evidence. */
  runUrl?: string | null;
  specVersion: SpecVersion;
  protocolVersion: ProtocolVersion;
  command: string;
  startedAt: string;
  durationMs: number;
  scenarios: ScenarioResult[];
  /** Counts over every check and scenario outcome. */
  counts: StatusCounts;
  /** Counts over the results that can fail a run (not draft-only). */
  enforcedCounts: StatusCounts;
}
