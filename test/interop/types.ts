/**
 * The interop suite's vocabulary: a real MCP client (published, or written here on an SDK's own OAuth support), how
 * to get it ready on this machine, and why its non-SUCCESS results are what they are.
 */
import type { CheckStatus } from '../../src/model.js';

export type InteropLanguage = 'javascript' | 'typescript' | 'python' | 'go' | 'rust';

/**
 * How to run a prepared client: a shell command (the harness appends the server URL), from `cwd` (the repo root by
 * default).
 */
export interface PreparedClient {
  command: string;
  cwd?: string;
  /** Extra environment for the client. */
  env?: Record<string, string>;
}

/** A toolchain or package this machine lacks: the client is skipped with this reason, never failed. */
export interface Skipped {
  skip: string;
}

export interface InteropClient {
  /** File-name-safe id: `python-sdk`, `mcp-remote`. Its expected statuses live in `expected/<id>.json`. */
  id: string;
  /** As a reader knows it: `MCP Python SDK (mcp)`. */
  name: string;
  /** The pinned version of what is under test (the SDK's, or the published client's). */
  version: string;
  language: InteropLanguage;
  /** `sdk`: a conformance-style client written here on an SDK; `published`: a client as its users install it. */
  kind: 'sdk' | 'published';
  /** Where its code lives, for readers: the SDK's repository or the package's page. */
  homepage: string;
  /** Builds or installs the client (cached between runs on one machine); a missing toolchain is a skip. */
  prepare(log: (line: string) => void): Promise<PreparedClient | Skipped>;
  /**
   * Why each non-SUCCESS status is what it is, read from the client's code: keyed `scenario` (the scenario as a
   * whole) or `scenario check-id`. The interop test fails when a non-SUCCESS status has no note.
   */
  notes: Record<string, string>;
  /** Where a status depends on timing the client does not control: the statuses allowed, keyed `scenario check-id`. */
  timing?: Record<string, { allowed: CheckStatus[]; why: string }>;
}

/** What `expected/<id>.json` holds: the statuses of the last accepted run, per scenario and check. */
export interface ExpectedStatuses {
  client: string;
  version: string;
  statuses: Record<string, Record<string, CheckStatus>>;
}
