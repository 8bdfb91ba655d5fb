/**
 * One judgement per result, computed once (in verdict.ts) and read by every report, so the summary, annotations,
 * badge, JUnit, comment and matrix never disagree: a result fails the run, or is listed in the baseline, or is a
 * finding reported for a reason that keeps it from failing the run (draft-only, advisory, below `fail-on`), or is
 * clean (SUCCESS, INFO, SKIPPED).
 */
import type { CheckResult, CheckStatus, FailOn, SpecVersion } from '../model.js';

export type Judgement = 'fails' | 'baselined' | 'draft-only' | 'advisory' | 'below-fail-on' | 'clean';

/** Whether a result is enforced and at the `fail-on` level, before the baseline is consulted. */
export function failsRun(result: CheckResult, failOn: FailOn): boolean {
  if (result.draftOnly || failOn === 'never') return false;
  return result.status === 'FAILURE' || (failOn === 'should' && result.status === 'WARNING');
}

export function judge(result: CheckResult, failOn: FailOn, baselined: boolean): Judgement {
  if (result.status !== 'FAILURE' && result.status !== 'WARNING') return 'clean';
  if (result.draftOnly) return result.introducedIn === 'advisory' ? 'advisory' : 'draft-only';
  if (failsRun(result, failOn)) return baselined ? 'baselined' : 'fails';
  return 'below-fail-on';
}

/** Why a finding does not fail the run, in a few words for a table cell; empty for `fails` and `clean`. */
export function whyShort(judgement: Judgement): string {
  switch (judgement) {
    case 'baselined':
      return 'baselined';
    case 'draft-only':
    case 'advisory':
      return judgement;
    case 'below-fail-on':
      return 'below fail-on';
    case 'fails':
    case 'clean':
      return '';
  }
}

/** Why a result does (or does not) fail the run, in a sentence fragment: "draft-only: introduced in 2026-07-28, …". */
export function whyLong(judgement: Judgement, result: CheckResult, specVersion: SpecVersion, failOn: FailOn): string {
  switch (judgement) {
    case 'fails':
      return `fails the run: a ${result.level} in force since ${result.introducedIn}`;
    case 'baselined':
      return 'listed in the baseline as an expected failure, so it does not fail the run';
    case 'draft-only':
      return `draft-only: introduced in ${result.introducedIn}, after spec ${specVersion}, so it does not fail the run`;
    case 'advisory':
      return 'advisory: good practice with no MCP normative text, so it never fails the run';
    case 'below-fail-on':
      return failOn === 'never'
        ? 'fail-on is never, so it does not fail the run'
        : `a ${result.status} does not fail the run with fail-on ${failOn}`;
    case 'clean':
      return 'not a finding';
  }
}

/**
 * How each status is shown: its mark in markdown, its word in a matrix cell, its mark and ANSI colour in a terminal.
 */
export const STATUS_DISPLAY: Record<CheckStatus, { mark: string; word: string; terminalMark: string; color: number }> =
  {
    SUCCESS: { mark: '✅', word: 'pass', terminalMark: '✔', color: 32 },
    FAILURE: { mark: '🟠', word: 'fail', terminalMark: '✘', color: 31 },
    WARNING: { mark: '⚠️', word: 'warning', terminalMark: '▲', color: 33 },
    INFO: { mark: 'ℹ️', word: 'info', terminalMark: 'ℹ', color: 36 },
    SKIPPED: { mark: '⏭️', word: 'skipped', terminalMark: '○', color: 90 },
  };

/**
 * The icon for a result: ❌ only when it fails the run; 🔕 when the baseline expects it; a FAILURE that cannot fail
 * the run (draft-only, advisory, below fail-on) is 🟠, never ❌.
 */
export function mark(status: CheckStatus, judgement: Judgement): string {
  if (judgement === 'fails') return '❌';
  if (judgement === 'baselined') return '🔕';
  return STATUS_DISPLAY[status].mark;
}

/** `❌ FAILURE`, `🟠 FAILURE · draft-only`, `⚠️ WARNING · advisory`, `✅ SUCCESS`. */
export function statusLabel(status: CheckStatus, judgement: Judgement): string {
  const why = whyShort(judgement);
  return `${mark(status, judgement)} ${status}${why === '' ? '' : ` · ${why}`}`;
}

/** The legend of the marks, for reports that use them. */
export const MARKS_LEGEND =
  '❌ fails the run · 🟠 FAILURE that does not fail it (draft-only, advisory or below fail-on) · ' +
  '⚠️ WARNING that does not fail it · 🔕 expected failure (baseline) · ℹ️ INFO · ⏭️ not observed · ✅ SUCCESS';
