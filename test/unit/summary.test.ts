import { describe, expect, it } from 'vitest';
import type { SuiteResult } from '../../src/model.js';
import type { Baseline } from '../../src/report/baseline.js';
import { code, escapeHtml, escapeMarkdown, richText, safeUrl } from '../../src/report/escape.js';
import { renderSummary, type SummaryOptions } from '../../src/report/summary.js';
import { verdict } from '../../src/report/verdict.js';
import type { FailOn } from '../../src/settings.js';
import { EVIL, hostileSuite, hugeScenario, smallSuite } from './suite-fixtures.js';
import { checkResult, outcomeResult, scenarioResult, suiteResult } from './transcript-builder.js';

function render(suite: SuiteResult, failOn: FailOn = 'must', extra: Partial<SummaryOptions> & { baseline?: Baseline } = {}): string {
  const { baseline, ...rest } = extra;
  return renderSummary(suite, { verdict: verdict(suite, failOn, baseline), failOn, ...rest });
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

describe('renderSummary: headline', () => {
  const suite = smallSuite();

  it('says failed with the verdict reason, what ran, and the counts', () => {
    const failed = verdict(suite, 'must');
    const text = render(suite);
    const lines = text.split('\n');
    expect(lines[0]).toBe('## ❌ SEP-2207 refresh-token conformance: failed');
    expect(text).toContain('Ran 3 scenarios of `node client.js` against spec `2025-11-25`, protocol `2025-11-25`, fail-on `must`, in 4.3 s');
    expect(failed.passed).toBe(false);
    expect(text).toContain(`**Failed:** ${richText(failed.reason)}`);
    expect(visibleText(text)).toContain(failed.reason);
    expect(text).toContain('**Results:** 3 ✅ SUCCESS · 2 ❌ FAILURE · 1 ⚠️ WARNING · 1 ℹ️ INFO · 2 ⏭️ SKIPPED');
  });

  it('says passed with the reason when nothing enforced fails', () => {
    const passing = suiteResult([scenarioResult('auth/offline-access-scope', outcomeResult('SUCCESS', false), [])]);
    const text = render(passing);
    expect(text.split('\n')[0]).toBe('## ✅ SEP-2207 refresh-token conformance: passed');
    expect(visibleText(text)).toContain(`Passed: ${verdict(passing, 'must').reason}`);
    expect(text).not.toContain('failed');
    // fail-on never passes even the failing suite.
    expect(render(suite, 'never').split('\n')[0]).toContain(': passed');
    expect(render(suite, 'never')).toContain('fail-on `never`');
  });

  it('uses the badge label as the name in the headline, escaped', () => {
    expect(render(smallSuite(), 'must', { badgeLabel: 'MCP refresh' }).split('\n')[0]).toBe('## ❌ MCP refresh: failed');
    expect(render(smallSuite(), 'must', { badgeLabel: '<b>x</b>' }).split('\n')[0]).toBe('## ❌ &lt;b&gt;x&lt;/b&gt;: failed');
  });

  it('lists expected failures and stale baseline entries', () => {
    const baseline: Baseline = {
      path: 'baseline.yml',
      entries: [
        { scenario: 'auth/offline-access-not-supported', checkId: 'sep-2207-offline-access-not-requested', line: 2 },
        { scenario: 'auth/refresh-token-use', checkId: 'oauth-refresh-resource-parameter', line: 3 },
      ],
    };
    const text = render(suite, 'must', { baseline });
    expect(text).toContain('**Stale baseline entries** (now passing, remove them):\n- `auth/refresh-token-use:oauth-refresh-resource-parameter` (line 3)');
    expect(text).toContain('**Expected failures** (listed in the baseline, so they do not fail the run):\n- ❌ FAILURE `sep-2207-offline-access-not-requested` in `auth/offline-access-not-supported`');
    expect(text).toContain('| `sep-2207-offline-access-not-requested` | ❌ FAILURE (baselined) |');
    const clean = render(suite);
    expect(clean).not.toContain('Stale baseline');
    expect(clean).not.toContain('Expected failures');
  });
});

describe('renderSummary: scenario tables', () => {
  const suite = smallSuite();
  const text = render(suite);

  it('has a heading, the description and a table for every scenario, the outcome first', () => {
    for (const scenario of suite.scenarios) {
      const start = text.indexOf(`\n### ${scenario.name}\n`);
      expect(start, scenario.name).toBeGreaterThan(0);
      const section = text.slice(start, text.indexOf('\n### ', start + 1) === -1 ? undefined : text.indexOf('\n### ', start + 1));
      expect(section).toContain(richText(scenario.description));
      expect(section).toContain('| Check | Status | Level | Draft-only | Requirement |\n| --- | --- | --- | --- | --- |\n| `scenario-outcome` |');
      for (const result of [scenario.outcome, ...scenario.checks]) {
        const row = section.split('\n').find((line) => line.startsWith(`| \`${result.id}\` |`));
        expect(row, `${scenario.name} ${result.id}`).toBeDefined();
        const cells = (row as string).split('|').map((cell) => cell.trim());
        expect(cells).toHaveLength(7);
        expect(cells[2]).toMatch(new RegExp(`^(✅|❌|⚠️|ℹ️|⏭️) ${result.status}`));
        expect(cells[3]).toBe(result.level);
        expect(cells[4]).toBe(result.draftOnly ? 'yes' : 'no');
        expect(visibleText(cells[5] as string)).toContain(result.requirement.replace(/`/g, ''));
        const source = result.sources[0];
        expect(cells[5]).toContain(`](${source?.url})`);
      }
    }
  });

  it('marks the results that fail the run', () => {
    expect(text).toContain('| `sep-2207-offline-access-not-requested` | ❌ FAILURE (fails the run) | MUST NOT | no |');
    expect(text).toContain('| `scenario-outcome` | ❌ FAILURE (fails the run) | MUST | no |');
    expect(text).toContain('| `sep-2207-client-metadata-grant-types` | ⏭️ SKIPPED | SHOULD | yes |');
    expect(text).toContain('| `oauth-refresh-token-used` | ℹ️ INFO | ADVISORY | yes |');
    expect(text).toContain('| `sep-2207-client-metadata-grant-types` | ⚠️ WARNING | SHOULD | yes |');
  });

  it('says how each client run ended', () => {
    expect(text).toContain('Client exited 0 after 1.2 s · 7 HTTP requests · scenario took 1.5 s');
    expect(text).toContain('Client exited 2 after 1.2 s · 2 HTTP requests');
  });
});

describe('renderSummary: evidence', () => {
  const text = render(smallSuite());
  const seen = visibleText(text);

  it('shows the message, the details and the request line of a FAILURE', () => {
    expect(seen).toContain(
      '- ❌ FAILURE sep-2207-offline-access-not-requested (MUST NOT, enforced, fails the run): The client asked for offline_access in #5 GET /authorize → 302',
    );
    expect(seen).toContain('  - requestedScope: mcp:basic offline_access');
    expect(seen).toContain('  - asScopesSupported: ["mcp:basic"]');
    expect(seen).toContain('  - request #5 GET /authorize?scope=mcp:basic offline_access&resource=http://127.0.0.1:4200/mcp&client_id=client-1&');
  });

  it('shows POST bodies in short and null values', () => {
    expect(seen).toContain('  - request #4 POST /register → 201 body: {"client_name":"test client","redirect_uris":["http://127.0.0.1:4300/callback"]}');
    expect(seen).toContain('  - grantTypes: null');
  });

  it('lists every non-SUCCESS result, and no SUCCESS', () => {
    const findings = seen.split('\n').filter((line) => /^- (✅|❌|⚠️|ℹ️|⏭️)/.test(line));
    expect(findings.map((line) => line.split(' ').slice(1, 4).join(' '))).toEqual([
      '❌ FAILURE sep-2207-offline-access-not-requested',
      '❌ FAILURE scenario-outcome',
      '⏭️ SKIPPED sep-2207-client-metadata-grant-types',
      '⏭️ SKIPPED sep-2207-offline-access-requested',
      'ℹ️ INFO oauth-refresh-token-used',
      '⚠️ WARNING sep-2207-client-metadata-grant-types',
    ]);
  });

  it('puts stderr and the transcript in collapsed blocks', () => {
    expect(text).toContain('<details><summary>Client stderr</summary>\n\n<pre><code>Error: boom\n    at main (client.js:3:9)\n</code></pre>\n\n</details>');
    expect(text).toContain('<details><summary>HTTP transcript: 7 requests (&gt; request, &lt; response)</summary>');
    expect(text).toMatch(/#5 {3}\+ {3}40 ms {2}AS {3}GET \/authorize\?scope=mcp:basic offline_access&amp;resource=/);
    expect(text).toContain('      &lt;   &quot;token_type&quot;: &quot;Bearer&quot;,');
    expect(text).not.toContain('Client stdout');
    expect(text).not.toContain('```');
    expect(text).not.toContain('Not everything is shown');
  });
});

describe('renderSummary: client-controlled text stays inert', () => {
  const text = render(hostileSuite());
  const markdown = outsidePre(text);

  it('produces no script, img or other tag from client text', () => {
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/<img/i);
    // The only tags are the ones the summary writes.
    const tags = new Set(text.match(/<\/?[a-z][^\s>]*/gi));
    expect([...tags].sort()).toEqual(['</code', '</details', '</pre', '</summary', '<br', '<code', '<details', '<pre', '<summary'].sort());
  });

  it('opens and closes blocks in pairs', () => {
    expect(count(text, /<details>/g)).toBe(3); // stderr, stdout, transcript
    expect(count(text, /<\/details>/g)).toBe(3);
    expect(count(text, /<pre>/g)).toBe(count(text, /<\/pre>/g));
    expect(count(text, /<summary>/g)).toBe(count(text, /<\/summary>/g));
  });

  it('produces no heading, link, image, fence or table cell from client text', () => {
    const headings = markdown.split('\n').filter((line) => /^ {0,3}#/.test(line));
    expect(headings).toEqual(['## ❌ SEP-2207 refresh-token conformance: failed', '### auth/offline-access-not-supported']);
    // Links: only the requirement sources in the table.
    expect(count(markdown, /\]\(/g)).toBe(3);
    expect(markdown).not.toContain('](https://evil');
    expect(markdown).not.toContain('![');
    expect(markdown).not.toContain('```');
    for (const line of markdown.split('\n').filter((item) => item.startsWith('|'))) expect(count(line, /\|/g)).toBe(6);
    // Raw URLs, e-mail addresses and mentions only inside <code>, where nothing turns them into links.
    const outsideCode = markdown.replace(/<code>[\s\S]*?<\/code>|(?<!\\)`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/evil\\?\.example/);
    expect(outsideCode).not.toContain('@');
    expect(outsideCode).not.toMatch(/javascript/i);
  });

  it('still shows what the client sent, readably', () => {
    const seen = visibleText(markdown);
    expect(seen).toContain(`  - requestedScope: ${EVIL.scope}`);
    expect(seen).toContain(`  - clientName: ${EVIL.clientName}`);
    expect(seen).toContain('  - lines: one two | three');
    expect(seen).toContain('  - request #99 (not in the transcript)');
    expect(seen).toContain(`and named itself ${EVIL.clientName}\n# not a heading`);
    expect(text).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;/details&gt;&lt;script&gt;alert(&quot;stderr&quot;)&lt;/script&gt;');
    expect(text).toContain('      &gt; x-evil: &lt;/details&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('makes control and bidi characters visible', () => {
    expect(text).toContain('\\x1b[31mred\\x1b[0m \\u{202e}evil');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });
});

describe('renderSummary: size budget', () => {
  const names = ['auth/offline-access-scope', 'auth/offline-access-not-supported', 'auth/refresh-token-use'];
  const big = suiteResult(names.map((name) => hugeScenario(name)));

  it('stays under maxBytes and keeps every heading and table row', () => {
    const text = render(big, 'must', { maxBytes: 50_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(50_000);
    expect(text.split('\n')[0]).toBe('## ❌ SEP-2207 refresh-token conformance: failed');
    for (const scenario of big.scenarios) {
      expect(text).toContain(`\n### ${scenario.name}\n`);
      for (const result of [scenario.outcome, ...scenario.checks]) expect(text).toContain(`| \`${result.id}\` |`);
    }
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
    const sections = text.split('\n### ').slice(1);
    expect(sections[0]).toContain('(&gt; request, &lt; response)');
    expect(sections[2]).toContain('(request lines only)');
    for (const section of sections) expect(section).toContain('<summary>Client stderr');
    expect(text).toContain('request and response headers and bodies in the transcripts of `auth/refresh-token-use`.');
    expect(text).not.toContain('the HTTP transcripts of');
  });

  it('then drops output and evidence details, keeping the finding messages', () => {
    const tables = render(big, 'must', { maxBytes: 14_000 });
    expect(Buffer.byteLength(tables, 'utf8')).toBeLessThanOrEqual(14_000);
    expect(tables).not.toContain('<details>');
    expect(tables).toContain('client stdout of');
    expect(tables).toContain('client stderr of');
    expect(tables).toContain('The refresh request');
  });

  it('notes what was shortened for reading even under the default budget', () => {
    const text = render(big);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(text).toContain('<summary>Client stderr (1,000,000 earlier bytes not kept by the runner; last 200 lines of 3,500 shown)</summary>');
    expect(text).toContain('… 200 requests not shown …');
    expect(text).toContain('Shortened for reading:');
    expect(text).toContain('the transcript of auth/offline\\-access\\-scope shortened to its first and last 150 of 500 requests');
  });

  it('stays under the default limit with seven huge scenarios and multi-byte output', () => {
    const scenarios = Array.from({ length: 7 }, (_, index) => {
      const scenario = hugeScenario(`auth/scenario-${index}`, 1_000);
      return { ...scenario, client: { ...scenario.client, stderrTail: '🔥'.repeat(50_000) } };
    });
    const text = render(suiteResult(scenarios));
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1_000_000);
    for (const scenario of scenarios) expect(text).toContain(`\n### ${scenario.name}\n`);
    expect(text).not.toContain('\ufffd');
  });

  it('cuts at a line as a last resort when even the tables do not fit', () => {
    const text = render(big, 'must', { maxBytes: 3_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(3_000);
    expect(text.split('\n')[0]).toBe('## ❌ SEP-2207 refresh-token conformance: failed');
    expect(text).toContain('The summary was cut here');
  });
});

describe('escape helpers', () => {
  it('escapeHtml escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapeMarkdown neutralises markdown and HTML and turns new lines into <br>', () => {
    expect(escapeMarkdown('a|b`c`*d*_e_ [l](u) # h\r\nnext')).toBe('a&#124;b\\`c\\`\\*d\\*\\_e\\_ \\[l\\]\\(u\\) \\# h<br>next');
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
        scenarioResult('server/no-offline-access', outcomeResult('SUCCESS', true), [checkResult('sep-2207-server-no-offline-access', 'SUCCESS', true)], {
          serverUrl: 'http://127.0.0.1:3000/mcp',
        }),
      ]),
      mode: 'server' as const,
      label: 'my-server',
    };
    const markdown = render(suite);
    expect(markdown).toContain('Probed the MCP server `http://127.0.0.1:3000/mcp` (`my-server`)');
    expect(markdown).not.toContain('Ran 1 scenario');
  });
});
