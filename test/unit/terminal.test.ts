import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/checks/evaluate.js';
import { offlineAccessScope } from '../../src/scenarios/offline-access-scope.js';
import { formatSeconds, lastLines, renderTerminalReport } from '../../src/report/terminal.js';
import { verdict } from '../../src/report/verdict.js';
import {
  asMetadata,
  authorize,
  checkResult,
  clientRun,
  outcomeResult,
  scenarioResult,
  suiteResult,
  transcript,
} from './transcript-builder.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

const crashed = scenarioResult(
  'auth/offline-access-scope',
  outcomeResult('FAILURE', false, 'The client exited with code 2 before authorizing.'),
  [
    checkResult(
      'sep-2207-client-metadata-grant-types',
      'SKIPPED',
      false,
      'Not observed: the client never registered or authorized.',
    ),
    checkResult(
      'sep-2207-offline-access-requested',
      'SKIPPED',
      false,
      'Not observed: the client never sent an authorization request.',
    ),
  ],
  {
    client: clientRun({
      exitCode: 2,
      durationMs: 1500,
      stderrTail: 'starting\nError: boom \u001b[31mred\u001b[0m\u0007\n',
    }),
  },
);
const clean = scenarioResult('auth/offline-access-not-supported', outcomeResult('SUCCESS', false), [
  checkResult(
    'sep-2207-offline-access-not-requested',
    'SUCCESS',
    false,
    'The client did not ask for `offline_access`.',
  ),
]);
const advisory = scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', true), [
  checkResult('oauth-refresh-token-used', 'INFO', true, 'The client re-authorized instead of refreshing.'),
  checkResult('oauth-refresh-scope-within-grant', 'WARNING', true, 'A warning.'),
]);
const suite = suiteResult([crashed, clean, advisory], '2026-07-28');

describe('renderTerminalReport', () => {
  const failed = verdict(suite, 'must');
  const plain = renderTerminalReport(suite, failed, { color: false });
  const colored = renderTerminalReport(suite, failed, { color: true });

  it('has no ANSI escapes without colour, and has them with colour', () => {
    expect(plain).not.toContain('\u001b');
    expect(colored).toMatch(ANSI);
    // The same text once the colour codes are taken out.
    // eslint-disable-next-line no-control-regex
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('names every scenario and every result with its status, level and enforcement', () => {
    // A block per scenario: a blank line, the scenario's name, then two lines per result.
    const blocks = plain
      .split('\n\n')
      .map((block) => block.trim())
      .filter((block) => block !== '');
    for (const [index, scenario] of suite.scenarios.entries()) {
      const block = blocks[index] ?? '';
      expect(block.startsWith(`${scenario.name}  (`)).toBe(true);
      for (const result of [scenario.outcome, ...scenario.checks]) {
        const line = block.split('\n').find((text) => text.includes(` ${result.id} `));
        expect(line, `${scenario.name} ${result.id}`).toBeDefined();
        expect(line).toContain(` ${result.status} `);
        expect(line).toMatch(
          new RegExp(
            `\\(${result.level}, (draft-only|enforced|fails the run|(draft-only|advisory|below ` +
              `fail-on|baselined), does not fail the run)\\)`,
          ),
        );
        expect(block).toContain(result.message);
      }
    }
    expect(plain).toMatch(/✘ FAILURE scenario-outcome \(MUST, fails the run\)/);
    expect(plain).toMatch(/○ SKIPPED sep-2207-client-metadata-grant-types \(SHOULD, enforced\)/);
    expect(plain).toMatch(/ℹ INFO {4}oauth-refresh-token-used \(ADVISORY, draft-only\)/);
    expect(plain).toMatch(/▲ WARNING oauth-refresh-scope-within-grant \(MUST, draft-only, does not fail the run\)/);
    expect(plain).toMatch(/✔ SUCCESS sep-2207-offline-access-not-requested \(MUST NOT, enforced\)/);
  });

  it('summarises how each client run ended', () => {
    expect(plain).toContain('auth/offline-access-scope  (client exit 2 after 1.5 s)');
    expect(plain).toContain('auth/offline-access-not-supported  (client exit 0 after 1.2 s)');
    const odd = suiteResult([
      scenarioResult('a', outcomeResult('FAILURE', false), [], {
        client: clientRun({ exitCode: null, startError: 'spawn ENOENT' }),
      }),
      scenarioResult('b', outcomeResult('FAILURE', false), [], {
        client: clientRun({ exitCode: null, signal: 'SIGKILL', timedOut: true }),
      }),
      scenarioResult('c', outcomeResult('FAILURE', false), [], {
        client: clientRun({ exitCode: null, signal: 'SIGTERM' }),
      }),
      scenarioResult('d', outcomeResult('FAILURE', false), [], { client: clientRun({ exitCode: null, signal: null }) }),
    ]);
    const text = renderTerminalReport(odd, verdict(odd, 'must'), { color: false });
    expect(text).toContain('a  (client did not start)');
    expect(text).toContain('b  (client timed out)');
    expect(text).toContain('c  (client killed by SIGTERM)');
    expect(text).toContain('d  (client killed by a signal)');
  });

  it('prints the totals line and FAILED with the reason', () => {
    expect(plain).toContain(
      '3 scenarios, spec 2026-07-28, protocol 2025-11-25, 4.3 s: 3 SUCCESS, 1 FAILURE, 1 WARNING, 1 INFO, 2 SKIPPED',
    );
    const lines = plain.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`FAILED  ${failed.reason}`);
    expect(failed.reason).toContain('scenario-outcome');
    expect(plain).not.toContain('PASSED');
  });

  it('prints PASSED when the verdict passes, and leaves out statuses with no results', () => {
    const passing = suiteResult([clean]);
    const passed = verdict(passing, 'must');
    const text = renderTerminalReport(passing, passed, { color: false });
    expect(text.trimEnd().split('\n').at(-1)).toBe(`PASSED  ${passed.reason}`);
    expect(text).toContain(': 2 SUCCESS\n');
    expect(text).not.toContain('FAILED');
    expect(text).not.toContain('0 FAILURE');
  });

  it('shows the last stderr lines of a failed scenario with control characters made visible', () => {
    expect(plain).toContain('client stderr (last lines):');
    expect(plain).toContain('│ starting');
    expect(plain).toContain('│ Error: boom \\x1b[31mred\\x1b[0m\\x07');
    expect(colored).not.toContain('\u0007');
    expect(colored).not.toContain('\u001b[31mred');
  });

  it('leaves stderr out for a scenario that succeeded', () => {
    const quiet = scenarioResult('ok', outcomeResult('SUCCESS', false), [], {
      client: clientRun({ stderrTail: 'debug: noisy line' }),
    });
    const text = renderTerminalReport(suiteResult([quiet]), verdict(suiteResult([quiet]), 'must'), { color: false });
    expect(text).not.toContain('noisy line');
    expect(text).not.toContain('client stderr');
  });
});

describe('renderTerminalReport with client-chosen text in a check message', () => {
  // The client picks its `client_id`; a URL-shaped one is reported verbatim as the Client ID Metadata Document URL
  // (sep-2207-client-metadata-grant-types, INFO "could not be fetched"). URL.canParse accepts raw control characters
  // in the path, and the query decoder hands them over unescaped, so the check message carries a raw ESC that
  // renderTerminalReport prints as is, unlike stderr lines, which go through lastLines.
  it('prints no raw control characters even when the client puts them in its client_id URL', () => {
    const url = 'https://client.example/\u001b[2J\u001b]0;pwned\u0007cid.json';
    const exchanges = transcript(asMetadata(), authorize({ client_id: url }));
    const evaluation = evaluateScenario(
      {
        scenario: offlineAccessScope,
        transcript: exchanges,
        clientMetadataDocuments: [
          { url, fetched: false, reason: 'the URL could not be fetched: getaddrinfo ENOTFOUND client.example' },
        ],
        client: clientRun({ exitCode: 1 }),
        timeoutMs: 30_000,
        harnessError: null,
      },
      '2026-07-28',
    );
    const scenario = scenarioResult(offlineAccessScope.name, evaluation.outcome, evaluation.checks);
    const suite = suiteResult([scenario]);
    const text = renderTerminalReport(suite, verdict(suite, 'must'), { color: false });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('lastLines', () => {
  it('keeps the last non-empty lines, CRLF or LF', () => {
    expect(lastLines('one\r\ntwo\n\n   \nthree\nfour\n', 3)).toEqual(['two', 'three', 'four']);
    expect(lastLines('', 5)).toEqual([]);
  });

  it('turns ESC, BEL and other control characters into visible escapes, keeping tabs', () => {
    expect(lastLines('\u001b[2J\u001b]0;title\u0007', 1)).toEqual(['\\x1b[2J\\x1b]0;title\\x07']);
    expect(lastLines('a\rb\u0000c\u007fd\te', 1)).toEqual(['a\\x0db\\x00c\\x7fd\te']);
    expect(lastLines('plain text ✓', 1)).toEqual(['plain text ✓']);
  });
});

describe('formatSeconds', () => {
  it('prints tenths of a second', () => {
    expect(formatSeconds(0)).toBe('0.0 s');
    expect(formatSeconds(1249)).toBe('1.2 s');
    expect(formatSeconds(61_000)).toBe('61.0 s');
  });
});
