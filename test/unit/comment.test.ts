import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.js';
import { verdict } from '../../src/report/verdict.js';
import { hostileSuite, manyResults, smallSuite } from './suite-fixtures.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

describe('renderComment', () => {
  it('heads with the failing check and scenario, then each finding once with why it does or does not fail', () => {
    const suite = { ...smallSuite(), label: 'my-client@1.0' };
    const text = renderComment(suite, verdict(suite, 'must'), 'https://github.com/o/r/actions/runs/1');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '### ❌ SEP-2207 for `my-client@1.0` fails: `sep-2207-offline-access-not-requested` in ' +
        '`auth/offline-access-not-supported`',
    );
    const rows = lines.filter(
      (line) => line.startsWith('| ') && !line.startsWith('| Status') && !line.startsWith('| ---'),
    );
    expect(rows.map((row) => row.split(' | ').slice(0, 3).join(' | '))).toEqual([
      '| ❌ FAILURE | `auth/offline-access-not-supported` | `sep-2207-offline-access-not-requested`',
      '| ❌ FAILURE | `auth/offline-access-scope` | `scenario-outcome`',
      '| ⚠️ WARNING (draft-only) | `auth/refresh-token-use` | `sep-2207-client-metadata-grant-types`',
    ]);
    expect(text).toContain('[the job summary](https://github.com/o/r/actions/runs/1)');
  });

  it('says passes with no findings, and never marks a draft-only FAILURE ❌', () => {
    const clean = suiteResult([scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [])]);
    expect(renderComment(clean, verdict(clean, 'must'), undefined)).toContain('### ✅ SEP-2207 passes\n');
    const draft = suiteResult([
      scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [
        checkResult('sep-2207-refresh-token-confidential', 'FAILURE', true),
      ]),
    ]);
    const text = renderComment(draft, verdict(draft, 'must'), undefined);
    expect(text).toContain('| 🟠 FAILURE (draft-only) |');
    expect(text).not.toContain('❌');
    expect(text).toContain('Evidence and fixes for every finding are in the job summary.');
  });

  it('lists at most 20 findings and says how many more there are', () => {
    const suite = manyResults(
      Array.from({ length: 25 }, (_, index) => ({
        status: 'FAILURE' as const,
        draftOnly: false,
        id: index % 2 === 0 ? 'oauth-token-request-post' : 'oauth-refresh-resource-parameter',
      })),
    );
    const text = renderComment(suite, verdict(suite, 'must'), undefined);
    // The same message in many scenarios is one finding: two checks, two rows.
    expect(text.split('\n').filter((line) => line.startsWith('| ❌'))).toHaveLength(2);
    const distinct = suiteResult(
      Array.from({ length: 25 }, (_, index) =>
        scenarioResult(`auth/s${index}`, outcomeResult('SUCCESS', false), [
          checkResult('oauth-token-request-post', 'FAILURE', false, `Finding number ${index}.`),
        ]),
      ),
    );
    const many = renderComment(distinct, verdict(distinct, 'must'), undefined);
    expect(many.split('\n').filter((line) => line.startsWith('| ❌'))).toHaveLength(20);
    expect(many).toContain('… and 5 more findings in the job summary.');
  });

  it('keeps client-controlled text inert', () => {
    const suite = hostileSuite();
    const text = renderComment(suite, verdict(suite, 'must'), undefined);
    expect(text).not.toMatch(/<script|<img|<\/details/i);
    expect(text).not.toContain('](https://evil');
  });
});
