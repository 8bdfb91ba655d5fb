/**
 * The common start of a client check about one kind of request: the requests the client sent, or SKIPPED ("the
 * client never sent …") when there were none.
 */
import type { Exchange, Transcript } from '../model.js';
import { authorizationRequests, grants, tokenRequests } from './transcript-queries.js';
import { finding, type EvaluationInput, type Judge, type CheckFinding } from './types.js';

/** At least one request. */
export type Sent = [Exchange, ...Exchange[]];

const isSent = (requests: Exchange[]): requests is Sent => requests.length > 0;

function onRequests(select: (transcript: Transcript) => Exchange[], what: string) {
  return (judge: (sent: Sent, input: EvaluationInput) => CheckFinding): Judge<'client-run'> =>
    (input) => {
      const sent = select(input.transcript);
      return isSent(sent) ? judge(sent, input) : finding('SKIPPED', `the client never sent ${what}`);
    };
}

export const onAuthorizationRequests = onRequests(authorizationRequests, 'an authorization request');
export const onTokenRequests = onRequests(tokenRequests, 'a token request');
export const onRefreshRequests = onRequests((transcript) => grants(transcript, 'refresh_token'), 'a refresh request');
