import { offlineAccessNotSupported } from './offline-access-not-supported.js';
import { offlineAccessScope } from './offline-access-scope.js';
import type { Scenario } from './types.js';

/** Every client-mode scenario, in the order reports list them. */
export const SCENARIOS: readonly Scenario[] = [offlineAccessScope, offlineAccessNotSupported];

export const SCENARIO_NAMES = SCENARIOS.map((scenario) => scenario.name);

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.name === name);
}
