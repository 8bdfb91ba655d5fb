import { describe, expect, it } from 'vitest';
import { checkDefinition, type CheckId } from '../../src/checks/catalog.js';
import { SCENARIO_OUTCOME } from '../../src/checks/scenario-outcome.js';
import type { CheckStatus, FailOn, SpecVersion, SuiteResult } from '../../src/model.js';
import {
  buildAnnotations,
  verdictAnnotation,
  type Annotation,
  type AnnotationLevel,
} from '../../src/report/annotations.js';
import type { Baseline } from '../../src/report/baseline.js';
import { verdict } from '../../src/report/verdict.js';
import { checkResult, clientRun, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

const SCENARIO = 'auth/refresh-token-use';
/** An enforced MUST under spec 2025-11-25 (introduced in 2025-06-18). */
const ENFORCED: CheckId = 'oauth-refresh-resource-parameter';
/** A MUST introduced in 2026-07-28: draft-only under spec 2025-11-25. */
const DRAFT: CheckId = 'sep-2207-refresh-token-confidential';
const TAIL = 'Evidence in the job summary.';

/** The catalog's fix as plain text (its code spans without backticks). */
const plainFix = (id: CheckId | 'scenario-outcome') =>
  (id === 'scenario-outcome' ? SCENARIO_OUTCOME.fix : checkDefinition(id).fix).replaceAll('`', '');
const title = (id: CheckId) => checkDefinition(id).title;

function baselineOf(...entries: [scenario: string, checkId?: string][]): Baseline {
  return {
    path: 'baseline.yml',
    entries: entries.map(([scenario, checkId], index) => ({
      scenario,
      ...(checkId ? { checkId } : {}),
      line: index + 2,
    })),
  };
}

function annotate(status: CheckStatus, draftOnly: boolean, failOn: FailOn, baselined = false): Annotation[] {
  const id = draftOnly ? DRAFT : ENFORCED;
  const suite = suiteResult([
    scenarioResult(SCENARIO, outcomeResult('SUCCESS', false), [checkResult(id, status, draftOnly, 'What happened.')]),
  ]);
  return buildAnnotations(suite, verdict(suite, failOn, baselined ? baselineOf([SCENARIO, id]) : undefined));
}

/** One scenario per entry (auth/s01, auth/s02, …), each with one check whose message is distinct ("Finding 01."). */
function oneFindingEach(
  entries: { id?: CheckId; status: CheckStatus; draftOnly: boolean }[],
  specVersion?: SpecVersion,
): SuiteResult {
  return suiteResult(
    entries.map((entry, index) => {
      const n = String(index + 1).padStart(2, '0');
      return scenarioResult(`auth/s${n}`, outcomeResult('SUCCESS', false), [
        checkResult(entry.id ?? ENFORCED, entry.status, entry.draftOnly, `Finding ${n}.`),
      ]);
    }),
    specVersion,
  );
}

/** The scenario an annotation names first ("auth/s05: Finding 05. …" → auth/s05). */
const scenarioOf = (annotation: Annotation) => annotation.message.split(': ')[0];

const FAILS_MUST_2025_06 = 'fails the run: a MUST in force since 2025-06-18';
const BASELINED = 'listed in the baseline as an expected failure, so it does not fail the run';
const DRAFT_ONLY = 'draft-only: introduced in 2026-07-28, after spec 2025-11-25, so it does not fail the run';
const NEVER = 'fail-on is never, so it does not fail the run';

/**
 * Written out case by case: [status, draftOnly, failOn, baselined] → level, the title's "why" and the message's
 * reason. The levels are unchanged: error only when the result fails the run.
 */
const CASES: [CheckStatus, boolean, FailOn, boolean, AnnotationLevel | null, string, string][] = [
  ['FAILURE', false, 'must', false, 'error', '', FAILS_MUST_2025_06],
  ['FAILURE', false, 'should', false, 'error', '', FAILS_MUST_2025_06],
  ['FAILURE', false, 'never', false, 'warning', 'below fail-on', NEVER],
  ['FAILURE', false, 'must', true, 'warning', 'baselined', BASELINED],
  ['FAILURE', true, 'must', false, 'warning', 'draft-only', DRAFT_ONLY],
  ['FAILURE', true, 'should', false, 'warning', 'draft-only', DRAFT_ONLY],
  ['FAILURE', true, 'must', true, 'warning', 'draft-only', DRAFT_ONLY],
  ['WARNING', false, 'must', false, 'warning', 'below fail-on', 'a WARNING does not fail the run with fail-on must'],
  ['WARNING', false, 'should', false, 'error', '', FAILS_MUST_2025_06],
  ['WARNING', false, 'should', true, 'warning', 'baselined', BASELINED],
  ['WARNING', false, 'never', false, 'warning', 'below fail-on', NEVER],
  ['WARNING', true, 'should', false, 'warning', 'draft-only', DRAFT_ONLY],
  ['INFO', false, 'must', false, 'notice', '', ''],
  ['INFO', true, 'should', false, 'notice', '', ''],
  ['SKIPPED', false, 'must', false, null, '', ''],
  ['SKIPPED', true, 'should', false, null, '', ''],
  ['SUCCESS', false, 'must', false, null, '', ''],
  ['SUCCESS', false, 'should', true, null, '', ''],
];

describe('buildAnnotations: level, title and reason per status, draft-only, fail-on and baseline', () => {
  for (const [status, draftOnly, failOn, baselined, level, why, reason] of CASES) {
    const name =
      `${status}, ${draftOnly ? 'draft-only' : 'enforced'}, fail-on ${failOn}${baselined ? ', baselined' : ''}: ` +
      `${level ?? 'none'}`;
    it(name, () => {
      const annotations = annotate(status, draftOnly, failOn, baselined);
      if (level === null) {
        expect(annotations).toEqual([]);
        return;
      }
      const id = draftOnly ? DRAFT : ENFORCED;
      expect(annotations).toHaveLength(1);
      const [annotation] = annotations as [Annotation];
      expect(annotation.level).toBe(level);
      expect(annotation.title).toBe(`${title(id)}: ${status}${why ? `, ${why}` : ''}`);
      expect(annotation.message.startsWith(`${SCENARIO}: What happened. Fix: ${plainFix(id)} (${id}, MUST`)).toBe(true);
      expect(annotation.message.endsWith(`.) ${TAIL}`)).toBe(true);
      if (level === 'notice')
        expect(annotation.message).toBe(`${SCENARIO}: What happened. Fix: ${plainFix(id)} (${id}, MUST.) ${TAIL}`);
      else
        expect(annotation.message).toBe(
          `${SCENARIO}: What happened. Fix: ${plainFix(id)} (${id}, MUST; ${reason}.) ${TAIL}`,
        );
    });
  }

  it('an advisory finding says so in its title and reason, and is a warning even with fail-on should', () => {
    const suite = suiteResult([
      scenarioResult(SCENARIO, outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-token-used', 'WARNING', true, 'The client re-authorized.'),
      ]),
    ]);
    expect(buildAnnotations(suite, verdict(suite, 'should'))).toEqual([
      {
        level: 'warning',
        title: `${title('oauth-refresh-token-used')}: WARNING, advisory`,
        message:
          `${SCENARIO}: The client re-authorized. Fix: ${plainFix('oauth-refresh-token-used')} ` +
          `(oauth-refresh-token-used, ADVISORY; advisory: good practice with no MCP normative text, so it never ` +
          `fails the run.) ${TAIL}`,
      },
    ]);
  });
});

describe('buildAnnotations: plain text', () => {
  it('strips the code-span backticks from the message and the fix', () => {
    const suite = suiteResult([
      scenarioResult(SCENARIO, outcomeResult('SUCCESS', false), [
        checkResult(
          ENFORCED,
          'FAILURE',
          false,
          'The refresh request #3 did not carry `resource`; it sent `scope=mcp:basic`.',
        ),
      ]),
    ]);
    const [annotation] = buildAnnotations(suite, verdict(suite, 'must')) as [Annotation];
    expect(checkDefinition(ENFORCED).fix).toContain('`');
    expect(annotation.message).not.toContain('`');
    expect(annotation.title).not.toContain('`');
    expect(annotation.message).toBe(
      `${SCENARIO}: The refresh request #3 did not carry resource; it sent scope=mcp:basic. Fix: Send ` +
        `resource=<the MCP server URL> in every refresh request body, the same value as in the authorization ` +
        `request. (${ENFORCED}, MUST; ${FAILS_MUST_2025_06}.) ${TAIL}`,
    );
  });
});

describe('buildAnnotations: the same finding in several scenarios is one annotation', () => {
  const leak = (seq: number, at: string, port: number) =>
    checkResult(
      'sep-2207-refresh-token-confidential',
      'FAILURE',
      false,
      `The refresh token rt-…1a2b was sent in #${seq} GET /mcp at ${at} to 127.0.0.1:${port}.`,
    );
  const clean = () =>
    checkResult('sep-2207-refresh-token-confidential', 'SUCCESS', false, 'No refresh token left the token endpoint.');

  it('names both scenarios when only request numbers, times and ports differ', () => {
    const suite = suiteResult(
      [
        scenarioResult('auth/a', outcomeResult('SUCCESS', false), [leak(7, '9199.1 ms', 4312)]),
        scenarioResult('auth/b', outcomeResult('SUCCESS', false), [clean()]),
        scenarioResult('auth/c', outcomeResult('SUCCESS', false), [leak(15, '812 ms', 4377)]),
      ],
      '2026-07-28',
    );
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(annotations).toHaveLength(1);
    const [annotation] = annotations as [Annotation];
    expect(annotation.level).toBe('error');
    expect(annotation.title).toBe(`${title('sep-2207-refresh-token-confidential')}: FAILURE`);
    // The first scenario's words stand for both.
    expect(
      annotation.message.startsWith(
        '2 scenarios: auth/a, auth/c: The refresh token rt-…1a2b was sent in #7 GET /mcp at 9199.1 ms to ' +
          '127.0.0.1:4312. Fix: ',
      ),
    ).toBe(true);
    expect(annotation.message).toContain(
      '(sep-2207-refresh-token-confidential, MUST; fails the run: a MUST in force since 2026-07-28.)',
    );
  });

  it('says "all N scenarios" when every one of more than two has it', () => {
    const suite = suiteResult(
      ['auth/a', 'auth/b', 'auth/c'].map((name, index) =>
        scenarioResult(name, outcomeResult('SUCCESS', false), [leak(index + 3, `${index + 1}.5 s`, 4300 + index)]),
      ),
      '2026-07-28',
    );
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]?.message.startsWith('all 3 scenarios: The refresh token')).toBe(true);
  });

  it('names both of two scenarios rather than "all 2"', () => {
    const suite = suiteResult(
      [
        scenarioResult('auth/a', outcomeResult('SUCCESS', false), [leak(3, '1 ms', 4300)]),
        scenarioResult('auth/b', outcomeResult('SUCCESS', false), [leak(4, '2 ms', 4301)]),
      ],
      '2026-07-28',
    );
    expect(
      buildAnnotations(suite, verdict(suite, 'must'))[0]?.message.startsWith('2 scenarios: auth/a, auth/b: '),
    ).toBe(true);
  });

  it('keeps findings apart when the message says something else, or the judgement differs', () => {
    const suite = suiteResult(
      [
        scenarioResult('auth/a', outcomeResult('SUCCESS', false), [leak(7, '10 ms', 4312)]),
        scenarioResult('auth/b', outcomeResult('SUCCESS', false), [
          checkResult(
            'sep-2207-refresh-token-confidential',
            'FAILURE',
            false,
            'The refresh token rt-…9f9f was sent in #8 GET /mcp at 11 ms to 127.0.0.1:4313.',
          ),
        ]),
        scenarioResult('auth/c', outcomeResult('SUCCESS', false), [leak(9, '12 ms', 4314)]),
      ],
      '2026-07-28',
    );
    const split = buildAnnotations(suite, verdict(suite, 'must'));
    expect(split.map((annotation) => [annotation.level, scenarioOf(annotation)])).toEqual([
      ['error', '2 scenarios'],
      ['error', 'auth/b'],
    ]);
    // The same words, but auth/c's is in the baseline: an error for auth/a, a warning for auth/c.
    const baselined = buildAnnotations(
      suite,
      verdict(suite, 'must', baselineOf(['auth/c', 'sep-2207-refresh-token-confidential'])),
    );
    expect(
      baselined.map((annotation) => [
        annotation.level,
        scenarioOf(annotation),
        annotation.title.endsWith(', baselined'),
      ]),
    ).toEqual([
      ['error', 'auth/a', false],
      ['error', 'auth/b', false],
      ['warning', 'auth/c', true],
    ]);
  });

  it('one INFO said in several scenarios is one notice', () => {
    const suite = suiteResult(
      ['auth/a', 'auth/b', 'auth/c'].map((name) =>
        scenarioResult(name, outcomeResult('SUCCESS', false), [
          checkResult('oauth-refresh-token-used', 'INFO', true, 'The client re-authorized instead of refreshing.'),
        ]),
      ),
    );
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(annotations.map((annotation) => [annotation.level, scenarioOf(annotation)])).toEqual([
      ['notice', 'all 3 scenarios'],
    ]);
  });
});

describe('buildAnnotations: a failed scenario outcome', () => {
  const stderrTail =
    'starting client\nconnecting to http://127.0.0.1:4200/mcp\n\nError: boom\n    at main (client.js:3:9)\n    ' +
    'at run (client.js:9:1)\n\n';

  it('carries the last three stderr lines, trimmed, and leaves its SKIPPED checks out', () => {
    const suite = suiteResult([
      scenarioResult(
        'auth/offline-access-scope',
        outcomeResult('FAILURE', false, 'The client exited with code 2 before authorizing.'),
        [
          checkResult(
            'sep-2207-client-metadata-grant-types',
            'SKIPPED',
            true,
            'Not observed: the client exited with code 2 before authorizing.',
          ),
          checkResult(
            'sep-2207-offline-access-requested',
            'SKIPPED',
            true,
            'Not observed: the client exited with code 2 before authorizing.',
          ),
        ],
        { client: clientRun({ exitCode: 2, stderrTail }) },
      ),
    ]);
    expect(buildAnnotations(suite, verdict(suite, 'must'))).toEqual([
      {
        level: 'error',
        title: `${SCENARIO_OUTCOME.title}: FAILURE`,
        message:
          `auth/offline-access-scope: The client exited with code 2 before authorizing. Last stderr: Error: boom | ` +
          `at main (client.js:3:9) | at run (client.js:9:1) Fix: ${plainFix('scenario-outcome')} ` +
          `(scenario-outcome, MUST; fails the run: a MUST in force since 2026-07-28.) ${TAIL}`,
      },
    ]);
  });

  it('says nothing about stderr when there was none, and a failed check never carries it', () => {
    const suite = suiteResult([
      scenarioResult('auth/a', outcomeResult('FAILURE', false, 'The client timed out.'), [], {
        client: clientRun({ exitCode: null, timedOut: true, stderrTail: '\n  \n' }),
      }),
      scenarioResult(
        'auth/b',
        outcomeResult('SUCCESS', false),
        [checkResult(ENFORCED, 'FAILURE', false, 'No resource.')],
        { client: clientRun({ stderrTail }) },
      ),
    ]);
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(annotations).toHaveLength(2);
    for (const annotation of annotations) expect(annotation.message).not.toContain('Last stderr');
  });

  it('shows fewer lines when stderr has fewer', () => {
    const suite = suiteResult([
      scenarioResult(
        'auth/a',
        outcomeResult('FAILURE', true, 'The client exited with code 1 after the access token expired.'),
        [],
        {
          client: clientRun({ exitCode: 1, stderrTail: 'TypeError: x is undefined' }),
        },
      ),
    ]);
    const [annotation] = buildAnnotations(suite, verdict(suite, 'must')) as [Annotation];
    expect(annotation.level).toBe('warning');
    expect(annotation.title).toBe(`${SCENARIO_OUTCOME.title}: FAILURE, draft-only`);
    expect(annotation.message).toContain(
      'after the access token expired. Last stderr: TypeError: x is undefined Fix: ',
    );
  });
});

describe('buildAnnotations: which INFO results get a notice', () => {
  it('a scenario outcome and checks that are not a MAY; not an INFO on a MAY', () => {
    const suite = suiteResult([
      scenarioResult('auth/offline-access-scope', outcomeResult('INFO', false, 'Outcome info.'), [
        checkResult(
          'sep-2207-offline-access-requested',
          'INFO',
          true,
          'The client chose not to ask for offline_access.',
        ),
        checkResult('sep-2207-client-metadata-grant-types', 'INFO', true, 'The CIMD document could not be fetched.'),
        checkResult('oauth-refresh-token-used', 'INFO', true, 'The client re-authorized instead of refreshing.'),
      ]),
    ]);
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(annotations.map((annotation) => [annotation.level, annotation.title])).toEqual([
      ['notice', `${SCENARIO_OUTCOME.title}: INFO`],
      ['notice', `${title('sep-2207-client-metadata-grant-types')}: INFO`],
      ['notice', `${title('oauth-refresh-token-used')}: INFO`],
    ]);
    expect(
      annotations[1]?.message.startsWith('auth/offline-access-scope: The CIMD document could not be fetched. Fix: '),
    ).toBe(true);
  });
});

describe('buildAnnotations: file and line', () => {
  // 12 distinct warnings (an overflow), an error and a notice.
  const suite = suiteResult([
    ...oneFindingEach(Array.from({ length: 12 }, () => ({ id: DRAFT, status: 'WARNING' as const, draftOnly: true })))
      .scenarios,
    scenarioResult('auth/x', outcomeResult('INFO', false, 'Outcome info.'), [
      checkResult(ENFORCED, 'FAILURE', false, 'No resource.'),
    ]),
  ]);
  const judged = verdict(suite, 'must');

  it('puts the file and line on every annotation, the summarising one included', () => {
    const annotations = buildAnnotations(suite, judged, { file: 'src/client.ts', line: 42 });
    expect(annotations.map((annotation) => annotation.level)).toEqual([
      'error',
      ...Array(10).fill('warning'),
      'notice',
    ]);
    expect(annotations.some((annotation) => annotation.title.startsWith('SEP-2207: '))).toBe(true);
    for (const annotation of annotations) {
      expect(annotation.file).toBe('src/client.ts');
      expect(annotation.startLine).toBe(42);
    }
  });

  it('uses line 1 when only the file is given, and neither without a file', () => {
    const withFile = buildAnnotations(suite, judged, { file: 'client.py' });
    for (const annotation of withFile) expect(annotation).toMatchObject({ file: 'client.py', startLine: 1 });
    for (const annotation of [
      ...buildAnnotations(suite, judged, { line: 7 }),
      ...buildAnnotations(suite, judged, { file: '', line: 7 }),
    ]) {
      expect(annotation).not.toHaveProperty('file');
      expect(annotation).not.toHaveProperty('startLine');
    }
  });
});

describe('buildAnnotations: at most perLevelLimit per level', () => {
  const levels = (annotations: Annotation[]) =>
    annotations.reduce<Record<string, number>>(
      (counts, annotation) => ({ ...counts, [annotation.level]: (counts[annotation.level] ?? 0) + 1 }),
      {},
    );

  it('23 warnings: the 9 most important, then one that counts the other 14', () => {
    // Scenario order: 20 draft-only WARNINGs (s01–s20), 2 draft-only FAILUREs (s21, s22), an enforced FAILURE in the
    // baseline (s23).
    const suite = oneFindingEach([
      ...Array.from({ length: 20 }, () => ({ id: DRAFT, status: 'WARNING' as const, draftOnly: true })),
      ...Array.from({ length: 2 }, () => ({ id: DRAFT, status: 'FAILURE' as const, draftOnly: true })),
      { status: 'FAILURE', draftOnly: false },
    ]);
    const annotations = buildAnnotations(suite, verdict(suite, 'must', baselineOf(['auth/s23'])));
    expect(annotations).toHaveLength(10);
    expect(annotations.every((annotation) => annotation.level === 'warning')).toBe(true);
    // Baselined first, then draft-only FAILUREs before draft-only WARNINGs, then scenario order.
    expect(annotations.slice(0, 9).map(scenarioOf)).toEqual([
      'auth/s23',
      'auth/s21',
      'auth/s22',
      'auth/s01',
      'auth/s02',
      'auth/s03',
      'auth/s04',
      'auth/s05',
      'auth/s06',
    ]);
    const last = annotations[9] as Annotation;
    expect(last.title).toBe('SEP-2207: 14 more warnings');
    expect(last.message.startsWith(`14 more warnings than GitHub shows as annotations: ${DRAFT} (auth/s07), `)).toBe(
      true,
    );
    expect(last.message.endsWith('The job summary lists them all.')).toBe(true);
  });

  it('caps each level on its own, never more than the limit, errors first', () => {
    const suite = oneFindingEach([
      ...Array.from({ length: 14 }, () => ({ status: 'FAILURE' as const, draftOnly: false })),
      ...Array.from({ length: 11 }, () => ({ id: DRAFT, status: 'WARNING' as const, draftOnly: true })),
      ...Array.from({ length: 40 }, () => ({
        id: 'oauth-refresh-token-used' as const,
        status: 'INFO' as const,
        draftOnly: true,
      })),
    ]);
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(levels(annotations)).toEqual({ error: 10, warning: 10, notice: 10 });
    expect(annotations.map((annotation) => annotation.title).filter((text) => text.startsWith('SEP-2207'))).toEqual([
      'SEP-2207: 5 more errors',
      'SEP-2207: 2 more warnings',
      'SEP-2207: 31 more notices',
    ]);
    expect(annotations.map((annotation) => annotation.level)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice'),
    ]);
    // A long list of the rest is itself cut: 20 named, then the count of the others.
    const named = Array.from(
      { length: 20 },
      (_, index) => `oauth-refresh-token-used (auth/s${String(index + 35).padStart(2, '0')})`,
    );
    expect(annotations.at(-1)?.message).toBe(
      `31 more notices than GitHub shows as annotations: ` +
        `${named.join(', ')}` +
        `, and 11 more. The job summary lists them all.`,
    );
  });

  it('counts distinct findings, not scenarios: 12 scenarios with one finding are one annotation', () => {
    const suite = suiteResult(
      Array.from({ length: 12 }, (_, index) =>
        scenarioResult(`auth/s${index}`, outcomeResult('SUCCESS', false), [
          checkResult(DRAFT, 'WARNING', true, `Leak in #${index + 3}.`),
        ]),
      ),
    );
    const annotations = buildAnnotations(suite, verdict(suite, 'must'));
    expect(annotations).toHaveLength(1);
    expect(scenarioOf(annotations[0] as Annotation)).toBe('all 12 scenarios');
  });

  it('exactly the limit needs no summarising annotation; a custom limit is honoured', () => {
    const ten = oneFindingEach(
      Array.from({ length: 10 }, () => ({ id: DRAFT, status: 'WARNING' as const, draftOnly: true })),
    );
    const judged = verdict(ten, 'must');
    const all = buildAnnotations(ten, judged);
    expect(all).toHaveLength(10);
    expect(all.some((annotation) => annotation.title.startsWith('SEP-2207'))).toBe(false);
    const three = buildAnnotations(ten, judged, { perLevelLimit: 3 });
    expect(three.map((annotation) => annotation.title)).toEqual([
      `${title(DRAFT)}: WARNING, draft-only`,
      `${title(DRAFT)}: WARNING, draft-only`,
      'SEP-2207: 8 more warnings',
    ]);
    expect(three.slice(0, 2).map(scenarioOf)).toEqual(['auth/s01', 'auth/s02']);
    const one = buildAnnotations(ten, judged, { perLevelLimit: 1 });
    expect(one.map((annotation) => annotation.title)).toEqual(['SEP-2207: 10 more warnings']);
  });

  it('the summarising annotation always stands for at least two (it replaces the last one shown)', () => {
    const eleven = oneFindingEach(
      Array.from({ length: 11 }, () => ({ id: DRAFT, status: 'WARNING' as const, draftOnly: true })),
    );
    expect(buildAnnotations(eleven, verdict(eleven, 'must')).at(-1)?.title).toBe('SEP-2207: 2 more warnings');
    const two = oneFindingEach(Array.from({ length: 2 }, () => ({ status: 'FAILURE' as const, draftOnly: false })));
    expect(buildAnnotations(two, verdict(two, 'must'), { perLevelLimit: 1 })).toEqual([
      {
        level: 'error',
        title: 'SEP-2207: 2 more errors',
        message:
          `2 more errors than GitHub shows as annotations: ${ENFORCED} (auth/s01), ${ENFORCED} (auth/s02). The job ` +
          `summary lists them all.`,
      },
    ]);
  });

  it('gives nothing for an all-SUCCESS suite', () => {
    const suite = oneFindingEach(Array.from({ length: 5 }, () => ({ status: 'SUCCESS' as const, draftOnly: false })));
    expect(buildAnnotations(suite, verdict(suite, 'should'))).toEqual([]);
  });
});

describe('verdictAnnotation', () => {
  it('is null when the run passed, findings that cannot fail it or not', () => {
    const clean = oneFindingEach([{ status: 'SUCCESS', draftOnly: false }]);
    expect(verdictAnnotation(clean, verdict(clean, 'must'))).toBeNull();
    const flagged = oneFindingEach([
      { id: DRAFT, status: 'FAILURE', draftOnly: true },
      { status: 'WARNING', draftOnly: false },
      { status: 'FAILURE', draftOnly: false },
    ]);
    expect(
      verdictAnnotation(flagged, verdict(flagged, 'must', baselineOf(['auth/s03', ENFORCED])), { file: 'client.ts' }),
    ).toBeNull();
    expect(verdictAnnotation(flagged, verdict(flagged, 'never'))).toBeNull();
  });

  it('names the check and scenario that fail the run, with its first sentence and the spec and fail-on', () => {
    const suite = suiteResult([
      scenarioResult('auth/a', outcomeResult('SUCCESS', false), [
        checkResult(DRAFT, 'FAILURE', true, 'A draft-only leak.'),
      ]),
      scenarioResult('auth/b', outcomeResult('SUCCESS', false), [
        checkResult(
          ENFORCED,
          'FAILURE',
          false,
          'The refresh request #3 did not carry `resource`. It sent only grant_type and refresh_token.',
        ),
      ]),
    ]);
    expect(verdictAnnotation(suite, verdict(suite, 'must'))).toEqual({
      level: 'error',
      title: `SEP-2207 failed: ${ENFORCED} in auth/b`,
      message:
        `${title(ENFORCED)} (MUST): The refresh request #3 did not ` + `carry resource. Spec 2025-11-25, fail-on must.`,
    });
  });

  it('names the first failing finding (FAILUREs before WARNINGs), its scenarios, and mentions the others', () => {
    const suite = suiteResult([
      scenarioResult('auth/a', outcomeResult('SUCCESS', false), [
        checkResult('oauth-refresh-scope-within-grant', 'WARNING', false, 'Scope widened.'),
      ]),
      scenarioResult('auth/b', outcomeResult('SUCCESS', false), [
        checkResult('oauth-token-request-post', 'FAILURE', false, 'Sent as JSON in #4.'),
      ]),
      scenarioResult('auth/c', outcomeResult('SUCCESS', false), [
        checkResult('oauth-token-request-post', 'FAILURE', false, 'Sent as JSON in #9.'),
      ]),
      scenarioResult('auth/d', outcomeResult('FAILURE', false, 'The client crashed.'), []),
    ]);
    const annotation = verdictAnnotation(suite, verdict(suite, 'should'), { file: 'client.ts', line: 3 });
    expect(annotation).not.toBeNull();
    expect(annotation?.level).toBe('error');
    expect(annotation?.title).toBe('SEP-2207 failed: oauth-token-request-post in 2 scenarios: auth/b, auth/c');
    expect(annotation?.message.startsWith(`${title('oauth-token-request-post')} (MUST): Sent as JSON in #4.`)).toBe(
      true,
    );
    expect(annotation?.message).toMatch(
      new RegExp(
        ' 2 more findings fail it: scenario-outcome, oauth-refresh-scope-within-grant\\. Spec 2025-11-25, ' +
          'fail-on should\\.$',
      ),
    );
    expect(annotation).toMatchObject({ file: 'client.ts', startLine: 3 });
  });

  it('with one more failing finding, names it', () => {
    const suite = oneFindingEach([
      { status: 'FAILURE', draftOnly: false },
      { id: 'oauth-token-request-post', status: 'FAILURE', draftOnly: false },
      { id: DRAFT, status: 'FAILURE', draftOnly: true },
    ]);
    const annotation = verdictAnnotation(suite, verdict(suite, 'must'));
    expect(annotation?.title).toBe(`SEP-2207 failed: ${ENFORCED} in auth/s01`);
    expect(annotation?.message).toMatch(/ One more finding fails it: oauth-token-request-post\. Spec/);
    expect(annotation?.message).not.toContain(DRAFT);
  });
});
