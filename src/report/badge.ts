/**
 * A shields.io endpoint badge (https://shields.io/badges/endpoint-badge), coloured and worded by the verdict:
 * red when the run fails, yellow when it passes with findings that cannot fail it (draft-only, advisory, below
 * fail-on, baselined), green when it is clean. The count is always out of every result of the run, so two badges
 * read alike. shields.io rejects unknown keys, so the object holds only schema keys.
 */
import { DEFAULT_BADGE_LABEL } from '../model.js';
import type { Verdict } from './verdict.js';

export interface Badge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export { DEFAULT_BADGE_LABEL };

/** What a badge says: results that fail the run, other findings, and every result. */
export interface BadgeCounts {
  failing: number;
  findings: number;
  total: number;
}

export function badgeCounts(verdict: Verdict): BadgeCounts {
  return {
    failing: verdict.judged.filter((item) => item.judgement === 'fails').length,
    findings: verdict.judged.filter((item) => item.judgement !== 'fails' && item.judgement !== 'clean').length,
    total: verdict.judged.length,
  };
}

/** `fails · 1/29 checks` (red), `passes · 3/29 flagged` (yellow), `passes · 0/29 flagged` (green). */
export function badgeFor(counts: BadgeCounts, label: string = DEFAULT_BADGE_LABEL, failed = counts.failing > 0): Badge {
  if (counts.total === 0) return { schemaVersion: 1, label, message: 'no results', color: 'lightgrey' };
  if (failed)
    return { schemaVersion: 1, label, message: `fails · ${counts.failing}/${counts.total} checks`, color: 'red' };
  const color = counts.findings > 0 ? 'yellow' : 'brightgreen';
  return { schemaVersion: 1, label, message: `passes · ${counts.findings}/${counts.total} flagged`, color };
}

export function buildBadge(verdict: Verdict, label: string = DEFAULT_BADGE_LABEL): Badge {
  return badgeFor(badgeCounts(verdict), label, !verdict.passed);
}
