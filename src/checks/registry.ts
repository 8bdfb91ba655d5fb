/**
 * The check registry: the check behind every catalog id, and the kind of input it reads (a client's run, or server
 * mode's probe). It is total over the catalog, so a catalog entry without its check does not compile, and the ids a
 * client scenario may list are exactly those registered for a client's run.
 */
import type { CheckId } from './catalog.js';
import {
  clientMetadataGrantTypes,
  offlineAccessNeedsRefreshGrant,
  offlineAccessNotRequested,
  offlineAccessPromptConsent,
  offlineAccessRequested,
} from './offline-access.js';
import { invalidGrantRecovery, refreshTokenNotAssumed, refreshTokenUsed } from './refresh-fallbacks.js';
import { refreshResourceParameter, refreshScopeWithinGrant } from './refresh-requests.js';
import { refreshUsesLatestToken } from './refresh-rotation.js';
import { serverNoOfflineAccess } from './server-no-offline-access.js';
import { refreshTokenConfidential, tokenRequestPost } from './token-requests.js';
import type { AnyCheck, InputKind, Judge } from './types.js';

export const CHECKS = {
  'sep-2207-client-metadata-grant-types': clientMetadataGrantTypes,
  'sep-2207-offline-access-requested': offlineAccessRequested,
  'sep-2207-offline-access-not-requested': offlineAccessNotRequested,
  'sep-2207-offline-access-needs-refresh-grant': offlineAccessNeedsRefreshGrant,
  'sep-2207-refresh-token-not-assumed': refreshTokenNotAssumed,
  'sep-2207-refresh-token-confidential': refreshTokenConfidential,
  'sep-2207-server-no-offline-access': serverNoOfflineAccess,
  'oauth-refresh-resource-parameter': refreshResourceParameter,
  'oauth-token-request-post': tokenRequestPost,
  'oauth-refresh-scope-within-grant': refreshScopeWithinGrant,
  'oauth-refresh-uses-latest-token': refreshUsesLatestToken,
  'oauth-refresh-token-used': refreshTokenUsed,
  'oauth-refresh-invalid-grant-recovery': invalidGrantRecovery,
  'oidc-offline-access-prompt-consent': offlineAccessPromptConsent,
} satisfies { [Id in CheckId]: AnyCheck<Id> };

/** The ids of the checks that read a `Kind` input. */
export type CheckIdReading<Kind extends InputKind> = {
  [Id in CheckId]: (typeof CHECKS)[Id]['reads'] extends Kind ? Id : never;
}[CheckId];

/** The ids a client-mode scenario may list: the checks of a client's run against the mock servers. */
export type ClientCheckId = CheckIdReading<'client-run'>;

const byId = new Map<string, AnyCheck>(Object.entries(CHECKS));

/**
 * The judge of the check registered under `id`, which must read a `reads` input. Throws for an id the catalog does
 * not know, which only a scenario built around the types can name (its evaluation then fails with the reason).
 */
export function registeredJudge<Kind extends InputKind>(id: CheckId, reads: Kind): Judge<Kind> {
  const check = byId.get(id);
  if (!check) throw new Error(`unknown check id: ${id}`);
  if (check.reads !== reads) throw new Error(`check ${id} reads a ${check.reads}, not a ${reads}`);
  // The check reads a `Kind` input, as just compared (TypeScript does not narrow a generic by that comparison).
  return check.judge as Judge<Kind>;
}
