/**
 * Workflow annotations, as data; the action emits them with @actions/core (which encodes new lines and properties).
 * One annotation per finding, the same root cause once with every scenario it covers named, in plain text (no
 * markdown renders there), titled in words:
 * - error: the finding fails the run;
 * - warning: any other FAILURE or WARNING (draft-only, advisory, below fail-on, baselined);
 * - notice: an INFO that matters (a scenario outcome, or a check whose requirement is not a MAY).
 * A scenario outcome that failed carries the client's last stderr lines: the cause is on the annotation.
 *
 * GitHub shows at most 10 annotations of a type per step, so each level is capped at `perLevelLimit`: the most
 * important `perLevelLimit - 1`, then one that says how many more there are. The job summary lists them all.
 */
import type { SuiteResult } from '../model.js';
import { collectFindings, groupResults, scenariosText, type Finding } from './findings.js';
import { whyLong, whyShort } from './judgement.js';
import { firstSentence, lastLines, plainMessage, plural } from './text.js';
import type { Verdict } from './verdict.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationOptions {
  /** A file of the client under review to attach every annotation to (the `annotation-file` input). */
  file?: string;
  /** The line in `file`; 1 when not given. */
  line?: number;
  /** At most this many annotations per level, the last one summarising the rest. Default 10 (GitHub's limit). */
  perLevelLimit?: number;
}

export const DEFAULT_PER_LEVEL_LIMIT = 10;
const LEVELS: AnnotationLevel[] = ['error', 'warning', 'notice'];
/** How many of the annotations left out are named in the summarising annotation. */
const NAMED_IN_OVERFLOW = 20;
const STDERR_LINES = 3;

interface Entry {
  level: AnnotationLevel;
  /** "check-id (scenario)" for the overflow annotation's list. */
  id: string;
  annotation: Annotation;
}

function entry(level: AnnotationLevel, finding: Finding, suite: SuiteResult, verdict: Verdict): Entry {
  const { result } = finding;
  const tag = whyShort(finding.judgement);
  const parts = [`${scenariosText(finding, suite.scenarios.length)}: ${plainMessage(result.message)}`];
  const stderr =
    result.id === 'scenario-outcome' && (result.status === 'FAILURE' || result.status === 'WARNING')
      ? lastLines(finding.first.client.stderrTail, STDERR_LINES)
      : [];
  if (stderr.length > 0) parts.push(`Last stderr: ${stderr.map((line) => line.trim()).join(' | ')}`);
  if (result.fix) parts.push(`Fix: ${plainMessage(result.fix)}`);
  const why =
    finding.judgement === 'clean' ? '' : `; ${whyLong(finding.judgement, result, verdict.specVersion, verdict.failOn)}`;
  parts.push(`(${result.id}, ${result.level}${why}.) Evidence in the job summary.`);
  return {
    level,
    id: `${result.id} (${scenariosText(finding, suite.scenarios.length)})`,
    annotation: { level, title: `${result.title}: ${result.status}${tag ? `, ${tag}` : ''}`, message: parts.join(' ') },
  };
}

/** INFO results worth a notice (a scenario outcome, or a check that is not a MAY), the same message once. */
function notices(suite: SuiteResult, verdict: Verdict): Finding[] {
  return groupResults(
    suite,
    verdict,
    ({ result }) => result.status === 'INFO' && (result.id === 'scenario-outcome' || result.level !== 'MAY'),
  );
}

export function buildAnnotations(suite: SuiteResult, verdict: Verdict, options: AnnotationOptions = {}): Annotation[] {
  const limit = Math.max(1, Math.floor(options.perLevelLimit ?? DEFAULT_PER_LEVEL_LIMIT));
  const location =
    options.file === undefined || options.file === '' ? {} : { file: options.file, startLine: options.line ?? 1 };
  const entries = [
    ...collectFindings(suite, verdict).map((finding) =>
      entry(finding.judgement === 'fails' ? 'error' : 'warning', finding, suite, verdict),
    ),
    ...notices(suite, verdict).map((finding) => entry('notice', finding, suite, verdict)),
  ];
  return LEVELS.flatMap((level) => {
    const ofLevel = entries
      .filter((item) => item.level === level)
      .map((item) => ({ ...item, annotation: { ...item.annotation, ...location } }));
    if (ofLevel.length <= limit) return ofLevel.map((item) => item.annotation);
    const rest = ofLevel.slice(limit - 1);
    const named = rest.slice(0, NAMED_IN_OVERFLOW).map((item) => item.id);
    const more = rest.length > named.length ? `, and ${rest.length - named.length} more` : '';
    const count = plural(rest.length, `more ${level}`, `more ${level}s`);
    const overflow: Annotation = {
      level,
      title: `SEP-2207: ${count}`,
      message: `${count} than GitHub shows as annotations: ${named.join(', ')}${more}. The job summary lists them all.`,
      ...location,
    };
    return [...ofLevel.slice(0, limit - 1).map((item) => item.annotation), overflow];
  });
}

/** The run's closing line: titled, naming the scenario and check that fail it. Null when the run passed. */
export function verdictAnnotation(
  suite: SuiteResult,
  verdict: Verdict,
  options: AnnotationOptions = {},
): Annotation | null {
  if (verdict.passed) return null;
  const location =
    options.file === undefined || options.file === '' ? {} : { file: options.file, startLine: options.line ?? 1 };
  const failing = collectFindings(suite, verdict).filter((finding) => finding.judgement === 'fails');
  const first = failing[0];
  if (!first) return { level: 'error', title: 'SEP-2207: failed', message: plainMessage(verdict.reason), ...location };
  const others = failing.length - 1;
  const more =
    others > 0
      ? ` ${others === 1 ? 'One more finding fails' : `${others} more findings fail`} it: ${failing
          .slice(1, 6)
          .map((finding) => finding.result.id)
          .join(', ')}.`
      : '';
  return {
    level: 'error',
    title: `SEP-2207 failed: ${first.result.id} in ${scenariosText(first, suite.scenarios.length)}`,
    message:
      `${first.result.title} (${first.result.level}): ` +
      `${plainMessage(firstSentence(first.result.message, 400))}${more} ` +
      `Spec ${verdict.specVersion}, fail-on ${verdict.failOn}.`,
    ...location,
  };
}
