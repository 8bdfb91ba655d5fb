import type { CheckId } from './catalog.js';
import {
  clientMetadataGrantTypes,
  offlineAccessNeedsRefreshGrant,
  offlineAccessNotRequested,
  offlineAccessRequested,
} from './offline-access.js';
import {
  invalidGrantRecovery,
  offlineAccessPromptConsent,
  refreshResourceParameter,
  refreshScopeWithinGrant,
  refreshTokenNotAssumed,
  refreshTokenUsed,
  refreshUsesLatestToken,
} from './refresh.js';
import { refreshTokenConfidential, tokenRequestPost } from './token-requests.js';
import type { CheckFunction } from './types.js';

/** The pure function behind each client-mode check id (server mode has its own probe). */
export const CHECK_FUNCTIONS: Partial<Record<CheckId, CheckFunction>> = {
  'sep-2207-client-metadata-grant-types': clientMetadataGrantTypes,
  'sep-2207-offline-access-requested': offlineAccessRequested,
  'sep-2207-offline-access-not-requested': offlineAccessNotRequested,
  'sep-2207-offline-access-needs-refresh-grant': offlineAccessNeedsRefreshGrant,
  'sep-2207-refresh-token-not-assumed': refreshTokenNotAssumed,
  'sep-2207-refresh-token-confidential': refreshTokenConfidential,
  'oauth-refresh-resource-parameter': refreshResourceParameter,
  'oauth-token-request-post': tokenRequestPost,
  'oauth-refresh-scope-within-grant': refreshScopeWithinGrant,
  'oauth-refresh-uses-latest-token': refreshUsesLatestToken,
  'oauth-refresh-token-used': refreshTokenUsed,
  'oauth-refresh-invalid-grant-recovery': invalidGrantRecovery,
  'oidc-offline-access-prompt-consent': offlineAccessPromptConsent,
};
