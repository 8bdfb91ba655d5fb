/**
 * SuiteResult fixtures for the report tests: a small realistic suite, a hostile one (every client-controlled field
 * carries markup), and a huge one (long transcripts and output) for the size budget.
 */
import type { CheckId } from '../../src/checks/catalog.js';
import type { CheckResult, CheckStatus, Evidence, Exchange, ScenarioResult, SuiteResult } from '../../src/model.js';
import {
  asMetadata,
  authorize,
  checkResult,
  clientRun,
  completeFlow,
  mcp,
  outcomeResult,
  prm,
  register,
  scenarioResult,
  suiteResult,
  token,
  transcript,
} from './transcript-builder.js';

export function withEvidence(result: CheckResult, requests: number[], details: Evidence['details']): CheckResult {
  return { ...result, evidence: { requests, details } };
}

/**
 * Three scenarios: an enforced FAILURE with evidence pointing at the authorization request (#5), a crashed run with
 * SKIPPED checks and stderr, and a clean one with a draft-only WARNING.
 */
export function smallSuite(): SuiteResult {
  const greedy = transcript(
    mcp(401),
    prm(),
    asMetadata(),
    register({ grant_types: ['authorization_code', 'refresh_token'] }),
    authorize({ scope: 'mcp:basic offline_access' }),
    token(),
    mcp(200),
  );
  const notSupported = scenarioResult(
    'auth/offline-access-not-supported',
    outcomeResult('SUCCESS', false),
    [
      withEvidence(
        checkResult(
          'sep-2207-offline-access-not-requested',
          'FAILURE',
          false,
          'The client asked for `offline_access` in #5 GET /authorize → 302, but the authorization server does ' +
            'not list it in `scopes_supported` ["mcp:basic"]; a real server answers `invalid_scope`.',
        ),
        [5],
        { asScopesSupported: ['mcp:basic'], requestedScope: 'mcp:basic offline_access' },
      ),
    ],
    { transcript: greedy, client: clientRun({ stderrTail: 'connecting to server\nauthorized\n' }) },
  );
  const crashed = scenarioResult(
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
    {
      client: clientRun({ exitCode: 2, stderrTail: 'Error: boom\n    at main (client.js:3:9)\n' }),
      transcript: transcript(mcp(401), prm()),
    },
  );
  const clean = scenarioResult(
    'auth/refresh-token-use',
    outcomeResult('SUCCESS', false),
    [
      checkResult('oauth-refresh-resource-parameter', 'SUCCESS', false, 'Every refresh request carried the resource.'),
      checkResult('oauth-refresh-token-used', 'INFO', true, 'The client re-authorized instead of refreshing.'),
      withEvidence(
        checkResult(
          'sep-2207-client-metadata-grant-types',
          'WARNING',
          true,
          'In its registration, `grant_types` was omitted.',
        ),
        [4],
        {
          registrationMethod: 'DCR',
          grantTypes: null,
        },
      ),
    ],
    { transcript: completeFlow() },
  );
  return suiteResult([notSupported, crashed, clean]);
}

export const EVIL = {
  scope: '<img src=x onerror=alert(1)> offline_access',
  clientName: '</details><script>alert(1)</script>',
  stderr: [
    '```',
    '</code></pre></details><script>alert("stderr")</script>',
    '| a | b |',
    '# heading from stderr',
    '[click](https://evil.example/phish) ![x](https://evil.example/x.png)',
    '\u001b[31mred\u001b[0m \u202eevil',
    '```',
  ].join('\n'),
  url: 'https://evil.example/cimd.json',
};

/** Every field a client controls, filled with markup that must come out inert. */
export function hostileSuite(): SuiteResult {
  const steps = [
    mcp(401),
    prm(),
    asMetadata(),
    register({ client_name: EVIL.clientName, grant_types: ['authorization_code'] }),
    authorize({ scope: EVIL.scope, client_id: EVIL.url, state: '</pre><img src=x>' }),
    token({ scope: EVIL.scope }),
  ];
  const exchanges = transcript(...steps).map((exchange): Exchange =>
    exchange.seq === 6
      ? {
          ...exchange,
          path: '/token/<script>alert(1)</script>',
          headers: { ...exchange.headers, 'x-evil': '</details><img src=x onerror=alert(2)>' },
          response: { kind: 'text', value: '</pre></details><script>alert(3)</script>', truncated: false },
        }
      : exchange,
  );
  const checks: CheckResult[] = [
    withEvidence(
      checkResult(
        'sep-2207-offline-access-not-requested',
        'FAILURE',
        false,
        `The client asked for \`offline_access\` in scope ${JSON.stringify(EVIL.scope)} | and named itself ` +
          `${EVIL.clientName}\n# not a heading\n[a link](https://evil.example/) www.evil.example mail@evil.example ` +
          `@someone`,
      ),
      [5, 6, 99],
      {
        requestedScope: EVIL.scope,
        clientName: EVIL.clientName,
        redirectUri: 'javascript:alert(1)//|`x`',
        lines: 'one\ntwo | three',
      },
    ),
    withEvidence(
      checkResult(
        'sep-2207-client-metadata-grant-types',
        'INFO',
        false,
        `The client uses the Client ID Metadata Document ${EVIL.url}, but the URL could not be fetched: ` +
          `\`</details>\`, so its \`grant_types\` could not be inspected.`,
      ),
      [],
      { clientMetadataDocument: EVIL.url, fetchError: '<img src=x onerror=alert(4)>' },
    ),
  ];
  const scenario = scenarioResult('auth/offline-access-not-supported', outcomeResult('SUCCESS', false), checks, {
    transcript: exchanges,
    client: clientRun({ stderrTail: EVIL.stderr, stdoutTail: '<script>alert("stdout")</script>\n# stdout heading' }),
  });
  return suiteResult([scenario]);
}

/** A scenario with a long transcript (JSON bodies of a few KB each) and 256 KiB of stderr and stdout. */
export function hugeScenario(name: string, exchanges = 500): ScenarioResult {
  const bulky = { kind: 'json' as const, value: { jsonrpc: '2.0', id: 1, result: { data: 'x'.repeat(4_000) } } };
  const steps = Array.from({ length: exchanges }, () => ({ ...mcp(200), response: bulky }));
  const line = (index: number) => `debug ${index}: ${'noise '.repeat(5)}`;
  const output = Array.from({ length: 3_500 }, (_, index) => line(index)).join('\n');
  return scenarioResult(
    name,
    outcomeResult('FAILURE', false, 'The client timed out after completing the flow; its process group was killed.'),
    [
      withEvidence(
        checkResult(
          'oauth-refresh-resource-parameter',
          'FAILURE',
          false,
          'The refresh request #3 did not carry `resource`.',
        ),
        [3],
        {
          resource: null,
          grantType: 'refresh_token',
        },
      ),
      checkResult('oauth-refresh-token-used', 'SKIPPED', true, 'Not observed.'),
    ],
    {
      transcript: transcript(...steps),
      client: clientRun({
        exitCode: null,
        signal: 'SIGKILL',
        timedOut: true,
        stderrTail: output,
        stdoutTail: output,
        stderrTruncatedBytes: 1_000_000,
      }),
    },
  );
}

/** One scenario per entry, each with one check of the given status (for annotation tests). */
export function manyResults(entries: { id?: CheckId; status: CheckStatus; draftOnly: boolean }[]): SuiteResult {
  return suiteResult(
    entries.map((entry, index) =>
      scenarioResult(`auth/s${String(index + 1).padStart(2, '0')}`, outcomeResult('SUCCESS', false), [
        checkResult(entry.id ?? 'oauth-refresh-resource-parameter', entry.status, entry.draftOnly),
      ]),
    ),
  );
}
