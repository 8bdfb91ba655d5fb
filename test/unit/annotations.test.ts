import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../src/model.js';
import { buildAnnotations, type Annotation, type AnnotationLevel } from '../../src/report/annotations.js';
import type { Baseline } from '../../src/report/baseline.js';
import type { FailOn } from '../../src/settings.js';
import { manyResults } from './suite-fixtures.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

const SCENARIO = 'auth/refresh-token-use';
const CHECK = 'oauth-refresh-resource-parameter'; // a MUST

function annotate(status: CheckStatus, draftOnly: boolean, failOn: FailOn, baselined = false): Annotation[] {
  const suite = suiteResult([scenarioResult(SCENARIO, outcomeResult('SUCCESS', false), [checkResult(CHECK, status, draftOnly, 'What happened.')])]);
  const baseline: Baseline | undefined = baselined ? { path: 'baseline.yml', entries: [{ scenario: SCENARIO, checkId: CHECK, line: 1 }] } : undefined;
  return buildAnnotations(suite, { failOn, baseline });
}

/** Written out case by case: [status, draftOnly, failOn, baselined] → level. */
const CASES: [CheckStatus, boolean, FailOn, boolean, AnnotationLevel | null][] = [
  ['FAILURE', false, 'must', false, 'error'],
  ['FAILURE', false, 'should', false, 'error'],
  ['FAILURE', false, 'never', false, 'warning'],
  ['FAILURE', false, 'must', true, 'warning'],
  ['FAILURE', true, 'must', false, 'warning'],
  ['FAILURE', true, 'should', false, 'warning'],
  ['FAILURE', true, 'must', true, 'warning'],
  ['WARNING', false, 'must', false, 'warning'],
  ['WARNING', false, 'should', false, 'error'],
  ['WARNING', false, 'should', true, 'warning'],
  ['WARNING', false, 'never', false, 'warning'],
  ['WARNING', true, 'should', false, 'warning'],
  ['INFO', false, 'must', false, 'notice'],
  ['INFO', true, 'should', false, 'notice'],
  ['SKIPPED', false, 'must', false, null],
  ['SKIPPED', true, 'should', false, null],
  ['SUCCESS', false, 'must', false, null],
  ['SUCCESS', false, 'should', true, null],
];

describe('buildAnnotations: level per status, draft-only, fail-on and baseline', () => {
  for (const [status, draftOnly, failOn, baselined, level] of CASES) {
    const name = `${status}, ${draftOnly ? 'draft-only' : 'enforced'}, fail-on ${failOn}${baselined ? ', baselined' : ''}: ${level ?? 'none'}`;
    it(name, () => {
      const annotations = annotate(status, draftOnly, failOn, baselined);
      if (level === null) {
        expect(annotations).toEqual([]);
        return;
      }
      expect(annotations).toHaveLength(1);
      expect(annotations[0]?.level).toBe(level);
      expect(annotations[0]?.title).toBe(`${CHECK} (${SCENARIO})`);
    });
  }
});

describe('buildAnnotations: messages', () => {
  it('says the status, level, enforcement and message, and points at the summary', () => {
    expect(annotate('FAILURE', false, 'must')[0]?.message).toBe(
      'FAILURE (MUST, enforced, fails the run): What happened. See the job summary for evidence.',
    );
    expect(annotate('FAILURE', true, 'must')[0]?.message).toBe(
      'FAILURE (MUST, draft-only, does not fail the run): What happened. See the job summary for evidence.',
    );
    expect(annotate('FAILURE', false, 'must', true)[0]?.message).toContain('enforced, listed in the baseline as an expected failure');
    expect(annotate('WARNING', false, 'must')[0]?.message).toContain('WARNING (MUST, enforced, does not fail the run with fail-on must)');
    expect(annotate('INFO', false, 'must')[0]?.message).toBe('INFO (MUST, enforced): What happened. See the job summary for evidence.');
  });
});

describe('buildAnnotations: which INFO results get a notice', () => {
  it('a scenario outcome and checks that are not a MAY; not an INFO on a MAY', () => {
    const suite = suiteResult([
      scenarioResult('auth/offline-access-scope', outcomeResult('INFO', false, 'Outcome info.'), [
        checkResult('sep-2207-offline-access-requested', 'INFO', true, 'The client chose not to ask for offline_access.'),
        checkResult('sep-2207-client-metadata-grant-types', 'INFO', true, 'The CIMD document could not be fetched.'),
        checkResult('oauth-refresh-token-used', 'INFO', true, 'The client re-authorized instead of refreshing.'),
      ]),
    ]);
    const annotations = buildAnnotations(suite, { failOn: 'must' });
    expect(annotations.map((annotation) => [annotation.level, annotation.title])).toEqual([
      ['notice', 'scenario-outcome (auth/offline-access-scope)'],
      ['notice', 'sep-2207-client-metadata-grant-types (auth/offline-access-scope)'],
      ['notice', 'oauth-refresh-token-used (auth/offline-access-scope)'],
    ]);
  });

  it('annotates the scenario outcome, not its SKIPPED checks', () => {
    const suite = suiteResult([
      scenarioResult('auth/offline-access-scope', outcomeResult('FAILURE', false, 'The client exited with code 2 before authorizing.'), [
        checkResult('sep-2207-client-metadata-grant-types', 'SKIPPED', false),
        checkResult('sep-2207-offline-access-requested', 'SKIPPED', false),
      ]),
    ]);
    expect(buildAnnotations(suite, { failOn: 'must' })).toEqual([
      {
        level: 'error',
        title: 'scenario-outcome (auth/offline-access-scope)',
        message: 'FAILURE (MUST, enforced, fails the run): The client exited with code 2 before authorizing. See the job summary for evidence.',
      },
    ]);
  });
});

describe('buildAnnotations: file and line', () => {
  const suite = manyResults(Array.from({ length: 12 }, () => ({ status: 'WARNING' as const, draftOnly: true })));

  it('puts the file and line on every annotation, the summarising one included', () => {
    const annotations = buildAnnotations(suite, { failOn: 'must', file: 'src/client.ts', line: 42 });
    expect(annotations).toHaveLength(10);
    for (const annotation of annotations) {
      expect(annotation.file).toBe('src/client.ts');
      expect(annotation.startLine).toBe(42);
    }
  });

  it('uses line 1 when only the file is given, and neither without a file', () => {
    expect(buildAnnotations(suite, { failOn: 'must', file: 'client.py' })[0]).toMatchObject({ file: 'client.py', startLine: 1 });
    for (const annotation of buildAnnotations(suite, { failOn: 'must', line: 7 })) {
      expect(annotation).not.toHaveProperty('file');
      expect(annotation).not.toHaveProperty('startLine');
    }
  });
});

describe('buildAnnotations: at most perLevelLimit per level', () => {
  const levels = (annotations: Annotation[]) =>
    annotations.reduce<Record<string, number>>((counts, annotation) => ({ ...counts, [annotation.level]: (counts[annotation.level] ?? 0) + 1 }), {});

  it('25 warnings: the 9 most important, then one that counts the other 16', () => {
    // Scenario order: 20 draft-only WARNINGs, then 3 enforced WARNINGs, then 2 draft-only FAILUREs.
    const suite = manyResults([
      ...Array.from({ length: 20 }, () => ({ status: 'WARNING' as const, draftOnly: true })),
      ...Array.from({ length: 3 }, () => ({ status: 'WARNING' as const, draftOnly: false })),
      ...Array.from({ length: 2 }, () => ({ status: 'FAILURE' as const, draftOnly: true })),
    ]);
    const annotations = buildAnnotations(suite, { failOn: 'must' });
    expect(annotations).toHaveLength(10);
    expect(annotations.every((annotation) => annotation.level === 'warning')).toBe(true);
    // FAILURE before WARNING, enforced before draft-only, then scenario order.
    expect(annotations.slice(0, 9).map((annotation) => annotation.title.replace(/^.* \((.*)\)$/, '$1'))).toEqual([
      'auth/s24',
      'auth/s25',
      'auth/s21',
      'auth/s22',
      'auth/s23',
      'auth/s01',
      'auth/s02',
      'auth/s03',
      'auth/s04',
    ]);
    const last = annotations[9] as Annotation;
    expect(last.title).toBe('sep-2207: 16 more warnings');
    expect(last.message).toMatch(/^16 more warnings than GitHub shows as annotations: oauth-refresh-resource-parameter \(auth\/s05\), /);
    expect(last.message).toContain('(auth/s20)');
    expect(last.message).toContain('The job summary lists them all.');
  });

  it('caps each level on its own, never more than the limit', () => {
    const suite = manyResults([
      ...Array.from({ length: 14 }, () => ({ status: 'FAILURE' as const, draftOnly: false })),
      ...Array.from({ length: 11 }, () => ({ status: 'WARNING' as const, draftOnly: true })),
      ...Array.from({ length: 40 }, () => ({ id: 'oauth-refresh-token-used' as const, status: 'INFO' as const, draftOnly: true })),
    ]);
    const annotations = buildAnnotations(suite, { failOn: 'must' });
    expect(levels(annotations)).toEqual({ error: 10, warning: 10, notice: 10 });
    expect(annotations.map((annotation) => annotation.title).filter((title) => title.startsWith('sep-2207:'))).toEqual([
      'sep-2207: 5 more errors',
      'sep-2207: 2 more warnings',
      'sep-2207: 31 more notices',
    ]);
    // Errors come first, then warnings, then notices.
    expect(annotations.map((annotation) => annotation.level)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    // A long list of the rest is itself cut.
    expect(annotations.at(-1)?.message).toContain(', and 11 more. The job summary lists them all.');
  });

  it('exactly the limit needs no summarising annotation; a custom limit is honoured', () => {
    const ten = manyResults(Array.from({ length: 10 }, () => ({ status: 'WARNING' as const, draftOnly: true })));
    expect(buildAnnotations(ten, { failOn: 'must' }).map((annotation) => annotation.title)).not.toContain('sep-2207: 1 more warning');
    expect(buildAnnotations(ten, { failOn: 'must' })).toHaveLength(10);
    const three = buildAnnotations(ten, { failOn: 'must', perLevelLimit: 3 });
    expect(three.map((annotation) => annotation.title)).toEqual([
      'oauth-refresh-resource-parameter (auth/s01)',
      'oauth-refresh-resource-parameter (auth/s02)',
      'sep-2207: 8 more warnings',
    ]);
  });

  it('gives nothing for an all-SUCCESS suite', () => {
    const suite = manyResults(Array.from({ length: 5 }, () => ({ status: 'SUCCESS' as const, draftOnly: false })));
    expect(buildAnnotations(suite, { failOn: 'should' })).toEqual([]);
  });
});
