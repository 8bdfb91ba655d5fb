import { describe, expect, it } from 'vitest';
import type { SuiteResult } from '../../src/model.js';
import type { Baseline } from '../../src/report/baseline.js';
import { code, escapeHtml, escapeMarkdown, richText, safeUrl } from '../../src/report/escape.js';
import { renderSummary, type SummaryOptions } from '../../src/report/summary.js';
import { verdict } from '../../src/report/verdict.js';
import type { FailOn } from '../../src/settings.js';
import { EVIL, hostileSuite, hugeScenario, smallSuite } from './suite-fixtures.js';
import { checkResult, clientRun, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

function render(
  suite: SuiteResult,
  failOn: FailOn = 'must',
  extra: Partial<SummaryOptions> & { baseline?: Baseline } = {},
): string {
  const { baseline, ...rest } = extra;
  return renderSummary(suite, { verdict: verdict(suite, failOn, baseline), ...rest });
}

/** The summary without its folded legend (which shows every mark to explain it). */
const withoutLegend = (text: string) =>
  text.replace(/<details><summary>The \d+ requirements? checked[\s\S]*?<\/details>/, '');

/** The markdown of one `### ` section, up to the next one. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}`);
  if (start === -1) return '';
  const next = text.indexOf('\n### ', start + 1);
  return text.slice(start, next === -1 ? undefined : next);
}

/** What a reader sees of escaped markdown text: backslash escapes and entities resolved, `<br>` and `<code>` gone. */
function visibleText(markdown: string): string {
  return markdown
    .replace(/<\/?code>|\*\*|(?<!\\)`/g, '')
    .replace(/<br>/g, '\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_, digits: string) => String.fromCharCode(Number(digits)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** The text outside `<pre>` blocks: where markdown is parsed. */
const outsidePre = (text: string) => text.replace(/<pre><code>[\s\S]*?<\/code><\/pre>/g, '<pre></pre>');

describe('renderSummary: the headline says the verdict and why', () => {
  const suite = smallSuite();
  const text = render(suite);
  const lines = text.split('\n');

  it('names the failing check and its scenario in the heading, linked to the finding', () => {
    expect(lines[0]).toBe(
      '## ❌ SEP-2207 fails: ' +
        '[`sep-2207-offline-access-not-requested`](#finding-1-sep-2207-offline-access-not-requested) in ' +
        '`auth/offline-access-not-supported` (and 1 more finding)',
    );
    expect(text).toContain('\n#### Finding 1: sep-2207-offline-access-not-requested\n');
  });

  it('gives the cause in words on the third line, then what ran and the counts by mark', () => {
    expect(visibleText(lines[2] as string)).toMatch(
      new RegExp(
        '^Client does not request offline_access when the AS does not list it \\(MUST NOT\\): The client ' +
          'asked for offline_access in #5',
      ),
    );
    expect(text).toContain('Ran 3 scenarios of `node client.js` · spec `2025-11-25` · fail-on `must` · 4.3 s');
    expect(visibleText(text)).toContain(
      '3 ✅ SUCCESS · 2 ❌ FAILURE · 2 ⏭️ SKIPPED · 1 ℹ️ INFO · 1 ⚠️ WARNING · draft-only',
    );
  });

  it('says passes, with or without findings that cannot fail it', () => {
    const clean = suiteResult([scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [])]);
    expect(render(clean).split('\n')[0]).toBe('## ✅ SEP-2207 passes: no findings in 1 scenario');
    const never = render(suite, 'never');
    expect(never.split('\n')[0]).toBe('## ✅ SEP-2207 passes, with 3 findings that cannot fail it');
    expect(never).toContain('fail-on `never`');
    expect(withoutLegend(never)).not.toContain('❌');
  });

  it('uses the badge label as the name, escaped', () => {
    expect(render(suite, 'must', { badgeLabel: 'MCP refresh' }).split('\n')[0]).toMatch(/^## ❌ MCP refresh fails: /);
    expect(render(suite, 'must', { badgeLabel: '<b>x</b>' }).split('\n')[0]).toMatch(
      /^## ❌ &lt;b&gt;x&lt;\/b&gt; fails: /,
    );
  });
});

describe('renderSummary: what fails first, then what does not and why', () => {
  const text = render(smallSuite());

  it('puts the failing table, then the findings, before the first scenario section', () => {
    const order = [
      '### ❌ Fails the run (2)',
      '### Reported, does not fail the run (1)',
      '### Findings',
      '### Scenarios',
    ].map((heading) => text.indexOf(`\n${heading}\n`));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists what fails the run: scenario, check, level, message and link', () => {
    const rows = section(text, '### ❌ Fails the run')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toEqual([
      expect.stringMatching(
        new RegExp(
          '^\\| `auth\\/offline-access-not-supported` \\| \\[`sep-2207-offline-access-not-requested`\\]\\(#fi' +
            'nding-1-sep-2207-offline-access-not-requested\\) \\| MUST NOT \\| The client asked for',
        ),
      ),
      '| `auth/offline-access-scope` | [`scenario-outcome`](#finding-2-scenario-outcome) | MUST | The client ' +
        'exited with code 2 before authorizing\\. |',
    ]);
  });

  it('marks each finding that does not fail the run with why', () => {
    const table = section(text, '### Reported, does not fail the run');
    expect(table).toContain(
      '| ⚠️ WARNING | `auth/refresh-token-use` | ' +
        '[`sep-2207-client-metadata-grant-types`](#finding-3-sep-2207-client-metadata-grant-types) | draft\\-only |',
    );
    const never = section(render(smallSuite(), 'never'), '### Reported, does not fail the run');
    expect(never).toContain('| 🟠 FAILURE | `auth/offline-access-not-supported` |');
    expect(never).toContain('| below fail\\-on |');
  });

  it('never gives a FAILURE that does not fail the run the ❌ of one that does', () => {
    const draft = suiteResult([
      scenarioResult('auth/refresh-token-use', outcomeResult('SUCCESS', false), [
        checkResult('sep-2207-refresh-token-confidential', 'FAILURE', true, 'Leaked.'),
      ]),
    ]);
    const markdown = render(draft);
    expect(markdown.split('\n')[0]).toMatch(/^## ✅ /);
    expect(withoutLegend(markdown)).not.toContain('❌');
    expect(markdown).toContain('🟠 FAILURE · draft-only');
  });

  it('lists expected failures as baselined and stale baseline entries', () => {
    const baseline: Baseline = {
      path: 'baseline.yml',
      entries: [
        { scenario: 'auth/offline-access-not-supported', checkId: 'sep-2207-offline-access-not-requested', line: 2 },
        { scenario: 'auth/refresh-token-use', checkId: 'oauth-refresh-resource-parameter', line: 3 },
      ],
    };
    const markdown = render(smallSuite(), 'must', { baseline });
    const table = section(markdown, '### Reported, does not fail the run');
    expect(table).toContain('| 🔕 FAILURE | `auth/offline-access-not-supported` |');
    expect(table).toContain('| baselined |');
    expect(table).toContain(
      '- Stale baseline entry `auth/refresh-token-use:oauth-refresh-resource-parameter` (line 3) now passes: ' +
        'remove it.',
    );
    expect(render(smallSuite())).not.toContain('Stale baseline');
  });
});

describe('renderSummary: findings carry their evidence and a fix', () => {
  const text = render(smallSuite());
  const seen = visibleText(text);

  it('shows the request the finding is about, with the parameters that matter', () => {
    const finding = section(text, '#### Finding 1');
    expect(visibleText(finding)).toContain(
      '- #5 GET /authorize scope=mcp:basic offline_access resource=http://127.0.0.1:4200/mcp client_id=client-1',
    );
    expect(visibleText(finding)).toContain('- requested scope: mcp:basic offline_access');
    expect(visibleText(finding)).toContain('- as scopes supported: mcp:basic');
    expect(visibleText(finding)).toMatch(/Fix: Add offline_access to scope only when/);
  });

  it('shows the crash cause: the last stderr lines, not folded', () => {
    const finding = section(text, '#### Finding 2');
    expect(finding).toContain(
      "The client's last stderr lines:\n\n<pre><code>Error: boom\n    at main (client.js:3:9)</code></pre>",
    );
  });

  it('uses human words for evidence details, never internal keys', () => {
    const prose = outsidePre(text).replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(prose).not.toMatch(/\b(registrationMethod|grantTypes|exitCode|durationMs|timedOut|signal: null)\b/);
    expect(seen).toContain('- registered by: DCR');
  });

  it('says one root cause once, naming every scenario it covers', () => {
    const crash = (name: string) =>
      scenarioResult(
        name,
        outcomeResult('FAILURE', false, 'The client exited with code 2 before authorizing.'),
        [checkResult('oauth-refresh-token-used', 'SKIPPED', true, 'Not observed.')],
        {
          client: clientRun({ exitCode: 2, stderrTail: 'boom\n' }),
        },
      );
    const names = ['auth/a', 'auth/b', 'auth/c'];
    const markdown = render(suiteResult(names.map(crash)));
    expect(markdown.split('\n')[0]).toBe(
      '## ❌ SEP-2207 fails: [`scenario-outcome`](#finding-1-scenario-outcome) in all 3 scenarios',
    );
    expect(count(markdown, /^#### Finding/gm)).toBe(1);
    expect(count(markdown, /<pre><code>boom<\/code><\/pre>/g)).toBe(1);
    // The first crashed scenario is open; the others are folded and point at the finding.
    expect(markdown).toContain('\n#### ❌ auth/a\n');
    expect(markdown).toContain(
      '<details><summary>❌ auth/b: finding 1, as in the scenario shown above · client exited 2 after 1.2 s</summary>',
    );
    expect(markdown).toContain('Not observed, as the client stopped first: `oauth-refresh-token-used`.');
  });
});

describe('renderSummary: scenarios', () => {
  const suite = smallSuite();
  const text = render(suite);

  it('opens scenarios with findings and folds the clean ones, with every result in a table', () => {
    expect(text).toContain('\n#### ❌ auth/offline-access-not-supported\n');
    expect(text).toContain('\n#### ❌ auth/offline-access-scope\n');
    expect(text).toContain('\n#### ⚠️ auth/refresh-token-use\n');
    for (const scenario of suite.scenarios) {
      for (const result of [scenario.outcome, ...scenario.checks].filter((item) => item.status !== 'SKIPPED')) {
        expect(text, `${scenario.name} ${result.id}`).toContain(`| \`${result.id}\` |`);
      }
    }
    const clean = suiteResult([
      scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [
        checkResult('sep-2207-offline-access-requested', 'SUCCESS', true),
      ]),
    ]);
    expect(render(clean)).toContain(
      '<details><summary>✅ auth/offline-access-scope: 2/2 SUCCESS · client exited 0 after 1.2 s</summary>',
    );
  });

  it('states each requirement once, in the legend', () => {
    for (const result of suite.scenarios.flatMap((scenario) => scenario.checks))
      expect(text.split(richText(result.requirement)).length - 1, result.id).toBe(1);
    expect(text).toContain('<details><summary>The 6 requirements checked, and what the marks mean</summary>');
  });

  it('puts stderr and the transcript in collapsed blocks', () => {
    expect(text).toContain(
      '<details><summary>Client stderr</summary>\n\n<pre><code>Error: boom\n    at main (client.js:3:9)\n' +
        '</code></pre>\n\n</details>',
    );
    expect(text).toContain('<details><summary>HTTP transcript: 7 requests (&gt; request, &lt; response)</summary>');
    expect(text).toMatch(/#5 {3}\+ {3}40 ms {2}AS {3}GET \/authorize\?scope=mcp:basic offline_access&amp;resource=/);
    expect(text).not.toContain('```');
    expect(text).not.toContain('Not everything is shown');
  });

  it('says how each client run ended', () => {
    expect(visibleText(text)).toContain('Client exited 0 after 1.2 s · 7 HTTP requests');
    expect(visibleText(text)).toContain('Client exited 2 after 1.2 s · 2 HTTP requests');
  });
});

describe('renderSummary: client-controlled text stays inert', () => {
  const text = render(hostileSuite());
  const markdown = outsidePre(text);

  it('produces no script, img or other tag from client text', () => {
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/<img/i);
    const tags = new Set(text.match(/<\/?[a-z][^\s>]*/gi));
    expect([...tags].sort()).toEqual(
      ['</code', '</details', '</pre', '</summary', '<br', '<code', '<details', '<pre', '<summary'].sort(),
    );
  });

  it('opens and closes blocks in pairs', () => {
    expect(count(text, /<details>/g)).toBe(count(text, /<\/details>/g));
    expect(count(text, /<pre>/g)).toBe(count(text, /<\/pre>/g));
    expect(count(text, /<summary>/g)).toBe(count(text, /<\/summary>/g));
  });

  it('produces no heading, link, image, fence or table cell from client text', () => {
    const headings = markdown.split('\n').filter((line) => /^ {0,3}#/.test(line));
    expect(headings).toEqual([
      expect.stringMatching(/^## ❌ SEP-2207 fails: /),
      '### ❌ Fails the run (1)',
      '### Findings',
      '#### Finding 1: sep-2207-offline-access-not-requested',
      '### Scenarios',
      '#### ❌ auth/offline-access-not-supported',
    ]);
    const links = markdown.match(/\]\(([^)]*)\)/g) ?? [];
    for (const target of links)
      expect(target).toMatch(
        new RegExp(
          '^\\]\\((#finding-1-sep-2207-offline-access-not-requested|https:\\/\\/(modelcontextprotocol\\.io|da' +
            'tatracker\\.ietf\\.org|github\\.com\\/modelcontextprotocol)\\/)',
        ),
      );
    expect(markdown).not.toContain('](https://evil');
    expect(markdown).not.toContain('![');
    expect(markdown).not.toContain('```');
    const outsideCode = markdown.replace(/<code>[\s\S]*?<\/code>|(?<!\\)`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/evil\\?\.example/);
    expect(outsideCode).not.toContain('@');
    expect(outsideCode).not.toMatch(/javascript/i);
  });

  it('keeps every table row to its own cells', () => {
    for (const block of markdown.split('\n\n').filter((item) => item.startsWith('| '))) {
      const widths = new Set(block.split('\n').map((line) => count(line, /(?<!\\)\|/g)));
      expect(widths.size, block).toBe(1);
    }
  });

  it('still shows what the client sent, readably', () => {
    const seen = visibleText(markdown);
    expect(seen).toContain(`- requested scope: ${EVIL.scope}`);
    expect(seen).toContain(`- client name: ${EVIL.clientName}`);
    expect(seen).toContain('- lines: one two | three');
    expect(seen).toContain('- #99 (not in the transcript)');
    expect(seen).toContain(`and named itself ${EVIL.clientName}\n# not a heading`);
    expect(text).toContain(
      '&lt;/code&gt;&lt;/pre&gt;&lt;/details&gt;&lt;script&gt;alert(&quot;stderr&quot;)&lt;/script&gt;',
    );
    expect(text).toContain('      &gt; x-evil: &lt;/details&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('makes control and bidi characters visible', () => {
    expect(text).toContain('\\x1b[31mred\\x1b[0m \\u{202e}evil');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });
});

describe('renderSummary: size budget', () => {
  const names = ['auth/offline-access-scope', 'auth/offline-access-not-supported', 'auth/refresh-token-use'];
  const big = suiteResult(names.map((name) => hugeScenario(name)));

  it('stays under maxBytes and keeps the headline, the tables and every scenario', () => {
    const text = render(big, 'must', { maxBytes: 50_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(50_000);
    expect(text.split('\n')[0]).toMatch(/^## ❌ SEP-2207 fails: /);
    expect(text).toContain('### ❌ Fails the run');
    for (const scenario of big.scenarios) expect(text).toContain(scenario.name);
    expect(count(text, /<details>/g)).toBe(count(text, /<\/details>/g));
    const note = text.trimEnd().split('\n').at(-1) as string;
    expect(note).toContain('**Not everything is shown.**');
    expect(note).toContain('Left out to stay under the 50,000-byte job summary limit');
    expect(note).toContain('the HTTP transcripts of `auth/offline-access-scope`');
    expect(note).toContain('results.json');
  });

  it('drops transcript bodies first, last scenario first, before anything else', () => {
    const full = render(big, 'must', { maxBytes: 100_000_000 });
    const fullBytes = Buffer.byteLength(full, 'utf8');
    const text = render(big, 'must', { maxBytes: fullBytes - 1_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(fullBytes - 1_000);
    expect(count(text, /\(&gt; request, &lt; response\)/g)).toBe(2);
    expect(count(text, /\(request lines only\)/g)).toBe(1);
    expect(count(text, /<summary>Client stderr/g)).toBe(3);
    expect(text).toContain('request and response headers and bodies in the transcripts of `auth/refresh-token-use`.');
    expect(text).not.toContain('the HTTP transcripts of');
  });

  it('then drops output and evidence, keeping the finding messages', () => {
    const small = render(big, 'must', { maxBytes: 14_000 });
    expect(Buffer.byteLength(small, 'utf8')).toBeLessThanOrEqual(14_000);
    expect(small).not.toContain('<summary>Client stderr');
    expect(small).toContain('client stdout of');
    expect(small).toContain('client stderr of');
    expect(small).toContain('The refresh request');
  });

  it('notes what was shortened for reading even under the default budget', () => {
    const text = render(big);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(text).toContain(
      '<summary>Client stderr (1,000,000 earlier bytes not kept by the runner; last 200 lines of 3,500 ' +
        'shown)</summary>',
    );
    expect(text).toContain('… 200 requests not shown …');
    expect(text).toContain('Shortened for reading:');
    expect(text).toContain(
      'the transcript of auth/offline\\-access\\-scope shortened to its first and last 150 of 500 requests',
    );
  });

  it('stays under the default limit with seven huge scenarios and multi-byte output', () => {
    const scenarios = Array.from({ length: 7 }, (_, index) => {
      const scenario = hugeScenario(`auth/scenario-${index}`, 1_000);
      return { ...scenario, client: { ...scenario.client, stderrTail: '🔥'.repeat(50_000) } };
    });
    const text = render(suiteResult(scenarios));
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1_000_000);
    for (const scenario of scenarios) expect(text).toContain(scenario.name);
    expect(text).not.toContain('\ufffd');
  });

  it('cuts at a line as a last resort when even the tables do not fit', () => {
    const text = render(big, 'must', { maxBytes: 3_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(3_000);
    expect(text.split('\n')[0]).toMatch(/^## ❌ SEP-2207 fails: /);
    expect(text).toContain('The summary was cut here');
  });
});

describe('escape helpers', () => {
  it('escapeHtml escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapeMarkdown neutralises markdown and HTML and turns new lines into <br>', () => {
    expect(escapeMarkdown('a|b`c`*d*_e_ [l](u) # h\r\nnext')).toBe(
      'a&#124;b\\`c\\`\\*d\\*\\_e\\_ \\[l\\]\\(u\\) \\# h<br>next',
    );
    expect(escapeMarkdown('back\\slash')).toBe('back&#92;slash');
  });

  it('code uses a code span for simple tokens and escaped <code> otherwise', () => {
    expect(code('auth/offline-access-scope')).toBe('`auth/offline-access-scope`');
    expect(code('a `b` | c')).toBe('<code>a \\`b\\` &#124; c</code>');
    expect(code('two\nlines')).toBe('`two lines`');
    expect(code(' padded')).toBe('<code> padded</code>');
  });

  it('richText turns backtick spans into <code> and keeps URLs in code', () => {
    expect(richText('use `offline_access` now')).toBe('use <code>offline\\_access</code> now');
    expect(richText('odd ` backtick')).toBe('odd \\` backtick');
    expect(richText('see https://x.example/a')).toBe('see <code>https\\://x\\.example/a</code>');
  });

  it('safeUrl accepts http(s) only and encodes what would end a link', () => {
    expect(safeUrl('https://example.com/a(b)')).toBe('https://example.com/a%28b%29');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});

describe('headline by mode', () => {
  it('names the probed server in server mode, and the label when given', () => {
    const suite = {
      ...suiteResult([
        scenarioResult(
          'server/no-offline-access',
          outcomeResult('SUCCESS', true),
          [checkResult('sep-2207-server-no-offline-access', 'SUCCESS', true)],
          {
            serverUrl: 'http://127.0.0.1:3000/mcp',
          },
        ),
      ]),
      mode: 'server' as const,
      label: 'my-server',
    };
    const markdown = render(suite);
    expect(markdown).toContain('Probed `http://127.0.0.1:3000/mcp` (`my-server`)');
    expect(markdown).not.toContain('Ran 1 scenario');
  });
});
