import { oidcOfflineAccess } from './oidc-offline-access.js';
import { offlineAccessNotSupported } from './offline-access-not-supported.js';
import { offlineAccessScope } from './offline-access-scope.js';
import { refreshTokenInvalidGrant } from './refresh-token-invalid-grant.js';
import { refreshTokenNotIssued } from './refresh-token-not-issued.js';
import { refreshTokenRotation } from './refresh-token-rotation.js';
import { refreshTokenUse } from './refresh-token-use.js';
import type { Scenario } from './types.js';

/** Every client-mode scenario, in the order reports list them: the two upstream-parity ones first. */
export const SCENARIOS: readonly Scenario[] = [
  offlineAccessScope,
  offlineAccessNotSupported,
  refreshTokenUse,
  refreshTokenRotation,
  refreshTokenNotIssued,
  refreshTokenInvalidGrant,
  oidcOfflineAccess,
];

export const SCENARIO_NAMES = SCENARIOS.map((scenario) => scenario.name);

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.name === name);
}
