import type { CheckId } from './catalog.js';
import {
  clientMetadataGrantTypes,
  offlineAccessNeedsRefreshGrant,
  offlineAccessNotRequested,
  offlineAccessRequested,
} from './offline-access.js';
import type { CheckFunction } from './types.js';

/** The pure function behind each client-mode check id that has one. */
export const CHECK_FUNCTIONS: Partial<Record<CheckId, CheckFunction>> = {
  'sep-2207-client-metadata-grant-types': clientMetadataGrantTypes,
  'sep-2207-offline-access-requested': offlineAccessRequested,
  'sep-2207-offline-access-not-requested': offlineAccessNotRequested,
  'sep-2207-offline-access-needs-refresh-grant': offlineAccessNeedsRefreshGrant,
};
