/**
 * What a check is: a pure function from one kind of input (a client's run against the mock servers, or server
 * mode's probe) to a finding. A check states its catalog id once, where it is defined; evaluation attaches the id
 * and the catalog's words to its finding (the run's verdict, in src/report/verdict.ts, is another thing).
 */
import type { CheckStatus, ProcessRun, Evidence, Transcript } from '../model.js';
import type { ClientMetadataDocument } from '../mock/client-metadata-document.js';
import type { MockServersConfig } from '../mock/mock-servers.js';
import type { ServerProbe } from '../server/probe.js';
import type { CheckId } from './catalog.js';

/** Everything a client-mode check may look at. Checks are pure functions of this. */
export interface EvaluationInput {
  transcript: Transcript;
  mock: MockServersConfig;
  clientMetadataDocuments: ClientMetadataDocument[];
  /** How the client process ended, for checks about what it did after an event (kept working, gave up). */
  client: ProcessRun;
}

/** What each kind of check reads: a client's run against the mock servers, or server mode's probe of a server. */
export interface CheckInputs {
  'client-run': EvaluationInput;
  'server-probe': ServerProbe;
}

export type InputKind = keyof CheckInputs;

/** A check's finding, without its id or the catalog's words. */
export interface CheckFinding {
  status: CheckStatus;
  message: string;
  evidence: Evidence;
}

/** A finding under its check's id, before the catalog's words and the draft-only flag are attached. */
export interface IdentifiedFinding<Id extends CheckId = CheckId> extends CheckFinding {
  id: Id;
}

export type Judge<Kind extends InputKind> = (input: CheckInputs[Kind]) => CheckFinding;

/**
 * A check of catalog id `Id` that reads a `Kind` input. `judge` gives its verdict; calling the check itself gives the
 * verdict under its id, for code that runs one check directly (the unit tests).
 */
export interface Check<Id extends CheckId, Kind extends InputKind> {
  (input: CheckInputs[Kind]): IdentifiedFinding<Id>;
  readonly id: Id;
  readonly reads: Kind;
  readonly judge: Judge<Kind>;
}

/** A check of `Id` reading any one kind of input. */
export type AnyCheck<Id extends CheckId = CheckId> = { [Kind in InputKind]: Check<Id, Kind> }[InputKind];

function defineCheck<Id extends CheckId, Kind extends InputKind>(
  id: Id,
  reads: Kind,
  judge: Judge<Kind>,
): Check<Id, Kind> {
  return Object.assign((input: CheckInputs[Kind]): IdentifiedFinding<Id> => ({ id, ...judge(input) }), {
    id,
    reads,
    judge,
  });
}

/** A check of what a client did against the mock servers. */
export function clientCheck<Id extends CheckId>(id: Id, judge: Judge<'client-run'>): Check<Id, 'client-run'> {
  return defineCheck(id, 'client-run', judge);
}

/** A check of what server mode's probe saw of a user's MCP server. */
export function serverCheck<Id extends CheckId>(id: Id, judge: Judge<'server-probe'>): Check<Id, 'server-probe'> {
  return defineCheck(id, 'server-probe', judge);
}

export function finding(
  status: CheckStatus,
  message: string,
  requests: number[] = [],
  details: Evidence['details'] = {},
): CheckFinding {
  return { status, message, evidence: { requests, details } };
}
