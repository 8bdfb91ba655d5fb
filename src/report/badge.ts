/**
 * A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). shields.io rejects unknown keys, so the
 * object holds only schema keys.
 */
import type { SuiteResult } from '../model.js';

export interface Badge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export const DEFAULT_BADGE_LABEL = 'SEP-2207';

/** Shields' named colours, from the best pass rate down. */
const COLOURS: [minimumRate: number, colour: string][] = [
  [1, 'brightgreen'],
  [0.9, 'green'],
  [0.75, 'yellowgreen'],
  [0.5, 'yellow'],
  [0.25, 'orange'],
  [0, 'red'],
];

/**
 * `14/14 passed` when nothing went wrong, `3 warnings` when only warnings did, `12/14 passed` when something failed.
 * The pass rate counts results with a verdict (SUCCESS, WARNING, FAILURE); INFO and SKIPPED are neither.
 */
export function buildBadge(suite: SuiteResult, label: string = DEFAULT_BADGE_LABEL): Badge {
  const { SUCCESS: passed, WARNING: warnings, FAILURE: failures } = suite.counts;
  const judged = passed + warnings + failures;
  const rate = judged === 0 ? 0 : passed / judged;
  if (failures === 0 && warnings > 0) {
    return { schemaVersion: 1, label, message: `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`, color: 'yellow' };
  }
  const colour = COLOURS.find(([minimum]) => rate >= minimum)?.[1] ?? 'red';
  return { schemaVersion: 1, label, message: judged === 0 ? 'no results' : `${passed}/${judged} passed`, color: judged === 0 ? 'lightgrey' : colour };
}
