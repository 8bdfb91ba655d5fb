import type { CheckStatus, ClientRun, Evidence, Transcript } from '../model.js';
import type { ClientMetadataDocument } from '../mock/client-metadata-document.js';
import type { MockServersConfig } from '../mock/mock-servers.js';
import type { CheckId } from './catalog.js';

/** Everything a check may look at. Checks are pure functions of this. */
export interface EvaluationInput {
  transcript: Transcript;
  mock: MockServersConfig;
  clientMetadataDocuments: ClientMetadataDocument[];
  /** How the client process ended, for checks about what it did after an event (kept working, gave up). */
  client: ClientRun;
}

/** A check's verdict before the catalog's words and the draft-only flag are attached. */
export interface CheckOutcome {
  id: CheckId;
  status: CheckStatus;
  message: string;
  evidence: Evidence;
}

export type CheckFunction = (input: EvaluationInput) => CheckOutcome;

export function outcome(
  id: CheckId,
  status: CheckStatus,
  message: string,
  requests: number[] = [],
  details: Evidence['details'] = {},
): CheckOutcome {
  return { id, status, message, evidence: { requests, details } };
}
