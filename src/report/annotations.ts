/**
 * Workflow annotations: one per result worth a look, as data; the action emits them with @actions/core (which
 * encodes new lines and properties). Annotations are plain text, so nothing here is escaped.
 *
 * Levels:
 * - error: the result fails the run (enforced, at the fail-on level, not in the baseline).
 * - warning: any other FAILURE (draft-only, baselined, or fail-on never) and any WARNING that does not fail the run.
 * - notice: an INFO that matters: a scenario outcome, or a check whose requirement is not a MAY. An INFO on a MAY
 *   only says the client chose not to use an option ("did not ask for `offline_access`"): no annotation.
 * - SUCCESS and SKIPPED: none (a SKIPPED result's root cause has its own annotation, on the scenario outcome).
 *
 * GitHub shows at most 10 annotations of a type per step, so each level is capped at `perLevelLimit`: the most
 * important `perLevelLimit - 1`, then one that says how many more there are. The job summary lists them all.
 */
import { SCENARIO_OUTCOME_ID } from '../checks/catalog.js';
import type { CheckResult, CheckStatus, SuiteResult } from '../model.js';
import type { FailOn } from '../settings.js';
import { isBaselined, type Baseline } from './baseline.js';
import { failsRun } from './verdict.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationOptions {
  failOn: FailOn;
  baseline?: Baseline;
  /** A file of the client under review to attach every annotation to (the `annotation-file` input). */
  file?: string;
  /** The line in `file`; 1 when not given. */
  line?: number;
  /** At most this many annotations per level, the last one summarising the rest. Default 10 (GitHub's limit). */
  perLevelLimit?: number;
}

export const DEFAULT_PER_LEVEL_LIMIT = 10;
const LEVELS: AnnotationLevel[] = ['error', 'warning', 'notice'];
const LEVEL_NOUN: Record<AnnotationLevel, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};
const STATUS_RANK: Record<CheckStatus, number> = { FAILURE: 0, WARNING: 1, INFO: 2, SKIPPED: 3, SUCCESS: 4 };
/** How many of the annotations left out are named in the summarising annotation. */
const NAMED_IN_OVERFLOW = 20;

interface Candidate {
  level: AnnotationLevel;
  scenario: string;
  result: CheckResult;
  /** Position in the suite (scenario order, then result order), the last tie-breaker. */
  order: number;
  annotation: Annotation;
}

/** The annotation level of a result, or null when it gets none. */
export function annotationLevel(result: CheckResult, failsTheRun: boolean): AnnotationLevel | null {
  switch (result.status) {
    case 'FAILURE':
    case 'WARNING':
      return failsTheRun ? 'error' : 'warning';
    case 'INFO':
      return result.id === SCENARIO_OUTCOME_ID || result.level !== 'MAY' ? 'notice' : null;
    case 'SUCCESS':
    case 'SKIPPED':
      return null;
  }
}

function enforcement(result: CheckResult, failOn: FailOn, baselined: boolean, failsTheRun: boolean): string {
  if (result.draftOnly) return 'draft-only, does not fail the run';
  if (failsTheRun) return 'enforced, fails the run';
  if (baselined && failsRun(result, failOn)) return 'enforced, listed in the baseline as an expected failure';
  if (result.status === 'FAILURE' || result.status === 'WARNING') return `enforced, does not fail the run with fail-on ${failOn}`;
  return 'enforced';
}

export function buildAnnotations(suite: SuiteResult, options: AnnotationOptions): Annotation[] {
  const limit = Math.max(1, Math.floor(options.perLevelLimit ?? DEFAULT_PER_LEVEL_LIMIT));
  const location = options.file === undefined || options.file === '' ? {} : { file: options.file, startLine: options.line ?? 1 };

  const candidates: Candidate[] = [];
  let order = 0;
  for (const scenario of suite.scenarios) {
    for (const result of [scenario.outcome, ...scenario.checks]) {
      order++;
      const baselined = isBaselined(options.baseline, scenario.name, result.id);
      const failsTheRun = failsRun(result, options.failOn) && !baselined;
      const level = annotationLevel(result, failsTheRun);
      if (level === null) continue;
      const message = [
        `${result.status} (${result.level}, ${enforcement(result, options.failOn, baselined, failsTheRun)}): ${result.message}`,
        'See the job summary for evidence.',
      ].join(' ');
      candidates.push({
        level,
        scenario: scenario.name,
        result,
        order,
        annotation: { level, title: `${result.id} (${scenario.name})`, message, ...location },
      });
    }
  }

  const byImportance = (a: Candidate, b: Candidate) =>
    STATUS_RANK[a.result.status] - STATUS_RANK[b.result.status] ||
    Number(a.result.draftOnly) - Number(b.result.draftOnly) ||
    a.order - b.order;

  return LEVELS.flatMap((level) => {
    const ofLevel = candidates.filter((candidate) => candidate.level === level).sort(byImportance);
    if (ofLevel.length <= limit) return ofLevel.map((candidate) => candidate.annotation);
    const shown = ofLevel.slice(0, limit - 1);
    const rest = ofLevel.slice(limit - 1);
    const [one, many] = LEVEL_NOUN[level];
    const named = rest.slice(0, NAMED_IN_OVERFLOW).map((candidate) => `${candidate.result.id} (${candidate.scenario})`);
    const more = rest.length > named.length ? `, and ${rest.length - named.length} more` : '';
    const overflow: Annotation = {
      level,
      title: `sep-2207: ${rest.length} more ${rest.length === 1 ? one : many}`,
      message: `${rest.length} more ${rest.length === 1 ? one : many} than GitHub shows as annotations: ${named.join(', ')}${more}. The job summary lists them all.`,
      ...location,
    };
    return [...shown.map((candidate) => candidate.annotation), overflow];
  });
}
