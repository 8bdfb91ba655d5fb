/**
 * The reports of real runs, read as a maintainer reads them: the summary says what fails first and shows its
 * evidence without opening anything; a green run fits one screen; the same judgement reaches the badge, JUnit and
 * annotations. Runs the reference client and two fixtures through every scenario.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSuite } from '../../src/engine/run-suite.js';
import type { SuiteResult } from '../../src/model.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { buildBadge } from '../../src/report/badge.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import { verdict } from '../../src/report/verdict.js';
import { SCENARIOS } from '../../src/scenarios/index.js';

const command = (file: string) => `node --import tsx ${file}`;
const run = (file: string): Promise<SuiteResult> =>
  runSuite({
    command: command(file),
    scenarios: SCENARIOS,
    specVersion: '2025-11-25',
    protocolVersion: '2025-11-25',
    timeoutMs: 30_000,
    concurrency: SCENARIOS.length,
  });

/** The summary as GitHub shows it before anything is opened: `<details>` blocks reduced to their summary line. */
const unfolded = (markdown: string) =>
  markdown.replace(/<details><summary>([^<]*)<\/summary>[\s\S]*?\n<\/details>/g, '▸ $1');
/** Text outside `<pre>`, where markdown is read as prose. */
const prose = (markdown: string) => markdown.replace(/<pre><code>[\s\S]*?<\/code><\/pre>/g, '');
/** A camelCase label (`exitCode: 1`, `rotatedResponseDeliveredAt: …`) or a bare null: the shape of internal keys. */
const INTERNAL_KEY = /(?<![\w…-])[a-z]+[A-Z][A-Za-z]*\\?:\s|:\s*null\b/;

let green: SuiteResult;
let rotated: SuiteResult;
let leak: SuiteResult;

beforeAll(async () => {
  [green, rotated, leak] = await Promise.all([
    run('examples/clients/reference-client.ts'),
    run('test/fixtures/clients/reuse-rotated-refresh-token.ts'),
    run('test/fixtures/clients/refresh-token-as-bearer.ts'),
  ]);
}, 120_000);

describe('the summary of a green run', () => {
  it('says it passes, fits one screen and 20 KB, and folds every scenario', () => {
    const markdown = renderSummary(green, { verdict: verdict(green, 'must') });
    expect(markdown.split('\n')[0]).toBe('## ✅ SEP-2207 passes: no findings in 7 scenarios');
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(20_000);
    const visibleLines = unfolded(markdown)
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(visibleLines.length, unfolded(markdown)).toBeLessThanOrEqual(16);
    expect(count(unfolded(markdown), /^▸ ✅ auth\//gm)).toBe(7);
    expect(prose(markdown)).not.toMatch(INTERNAL_KEY);
  });
});

describe('the summary of a run that reuses a rotated refresh token', () => {
  it('names the failing check in its first three lines and shows the evidence unfolded', () => {
    const markdown = renderSummary(rotated, { verdict: verdict(rotated, 'must') });
    const head = markdown.split('\n').slice(0, 3).join('\n');
    expect(head).toContain('`oauth-refresh-uses-latest-token`');
    expect(head).toContain('`auth/refresh-token-rotation`');
    // The failures come before the first scenario section.
    expect(markdown.indexOf('### ❌ Fails the run (1)')).toBeLessThan(markdown.indexOf('### Scenarios'));
    // Evidence, outside any fold: the rotating refresh and the later one that presents the same old token.
    const shown = unfolded(markdown);
    const lines = shown
      .split('\n')
      .filter((line) => line.startsWith('- <code>\\#') && line.includes('grant\\_type\\=refresh\\_token'));
    expect(lines).toHaveLength(2);
    const presented = lines.map((line) => /refresh\\_token\\=(rt\\-…[^ ]+)/.exec(line)?.[1]);
    expect(presented[0]).toBeDefined();
    expect(presented[1]).toBe(presented[0]);
    expect(lines[0]).toMatch(/→ 200, issued refresh\\_token rt\\-…/);
    expect(lines[1]).toMatch(/→ 400 invalid\\_grant/);
    expect(shown).toMatch(/\*\*Fix:\*\* Store the <code>refresh\\_token<\/code> of every refresh response/);
    expect(prose(markdown)).not.toMatch(INTERNAL_KEY);
  });
});

describe('a draft-only refresh-token leak, seen by four scenarios', () => {
  it('is one finding, yellow on the badge, skipped (never passed) in JUnit, one warning annotation', () => {
    const judged = verdict(leak, 'must');
    const leaking = leak.scenarios.filter((scenario) =>
      scenario.checks.some((check) => check.id === 'sep-2207-refresh-token-confidential' && check.status === 'FAILURE'),
    );
    expect(leaking.length).toBeGreaterThanOrEqual(2);

    const markdown = renderSummary(leak, { verdict: judged });
    expect(markdown.split('\n')[0]).toMatch(/^## ✅ SEP-2207 passes, with \d+ findings? that cannot fail it$/);
    expect(count(markdown, /^#### Finding \d+: sep-2207-refresh-token-confidential$/gm)).toBe(1);
    // The offending header itself, redacted, in the finding.
    expect(unfolded(markdown)).toMatch(
      /- <code>\\#\d+ POST \/mcp, header authorization\\: Bearer rt\\-…[A-Za-z0-9_\\-]{4,8}<\/code>/,
    );

    expect(buildBadge(judged)).toMatchObject({
      color: 'yellow',
      message: expect.stringMatching(/^passes · \d+\/\d+ flagged$/),
    });

    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'testsuite' || name === 'testcase',
    }).parse(renderJunit(leak, judged));
    const cases = (
      parsed.testsuites.testsuite as {
        name: string;
        testcase: { name: string; skipped?: { message: string }; failure?: unknown }[];
      }[]
    ).flatMap((suite) =>
      suite.testcase.filter(
        (testcase) =>
          testcase.name === 'sep-2207-refresh-token-confidential' &&
          leaking.some((scenario) => scenario.name === suite.name),
      ),
    );
    expect(cases).toHaveLength(leaking.length);
    for (const testcase of cases) {
      expect(testcase.failure).toBeUndefined();
      expect(testcase.skipped?.message).toMatch(/^draft-only FAILURE: An issued refresh token left/);
    }

    const warnings = buildAnnotations(leak, judged).filter((annotation) =>
      annotation.title.startsWith('Refresh tokens stay confidential'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 'warning',
      title: 'Refresh tokens stay confidential: FAILURE, draft-only',
    });
    for (const scenario of leaking) expect(warnings[0]?.message).toContain(scenario.name);
  });
});

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}
