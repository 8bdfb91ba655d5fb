/**
 * Escaping for the markdown job summary. GitHub renders the summary as GitHub-flavoured markdown with HTML, and
 * nothing in `core.summary` escapes it, so every string a client controls (scopes, client_name, stderr, headers,
 * bodies, check messages quoting them) goes through one of these before it is written.
 *
 * - `escapeHtml` for text inside HTML blocks (`<pre><code>`, `<summary>`): no markdown is parsed there.
 * - `escapeMarkdown` for text in paragraphs, list items and table cells: HTML-significant characters and `|`, `\`
 *   become entities; every other markdown punctuation character is backslash-escaped, so no emphasis, code span,
 *   link, image, heading, autolink (`https\:`, `www\.`), mention or math can form; new lines become `<br>`.
 */
import { visible } from './terminal.js';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bidirectional-text controls can make a line read differently from what it is ("Trojan Source"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters (C0 except tab and new line, DEL, C1) and bidi controls shown as `\xNN` / `\u{NNNN}`. */
export function visibleText(text: string): string {
  return visible(text.replace(/\r\n/g, '\n')).replace(
    BIDI_CONTROLS,
    (char) => `\\u{${char.charCodeAt(0).toString(16)}}`,
  );
}

export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] as string);
}

const MARKDOWN_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, '|': '&#124;', '\\': '&#92;' };
/** Markdown punctuation that can start or end inline syntax, GitHub extensions included (`~`, `$`, `:`, `@`). */
const MARKDOWN_SPECIAL = /[&<>"'|\\`*_{}[\]()#+\-.!~:@$^=]/g;

/**
 * Text that renders literally anywhere inline: a paragraph, a list item or a table cell. New lines become `<br>`
 * (a line break inside a cell, and no way to start a new block such as a heading).
 */
export function escapeMarkdown(text: string): string {
  return visibleText(text)
    .replace(MARKDOWN_SPECIAL, (char) => MARKDOWN_ENTITIES[char] ?? `\\${char}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** `escapeMarkdown` for a table cell: the same rules (`|` is an entity, new lines are `<br>`), named for the reader. */
export const escapeMarkdownCell = escapeMarkdown;

/**
 * Words and identifiers we write ourselves (ids, scenario names, versions) pass as they are; anything else is escaped.
 */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9/-]*$/;

export function plainText(text: string): string {
  return PLAIN.test(text) ? text : escapeMarkdown(text);
}

/** Tokens that read the same in a code span: no backtick or `|`, no space at either end (a code span trims one). */
const CODE_SPAN_SAFE = /^[A-Za-z0-9/_.:@=+-](?:[A-Za-z0-9 /_.:@=+-]*[A-Za-z0-9/_.:@=+-])?$/;

/**
 * Inline code that cannot be broken out of. Simple tokens become a markdown code span (readable in the raw file);
 * anything else becomes `<code>` around escaped text, which is safe in table cells too, where a code span is not
 * (a `|` inside it still splits the cell).
 */
export function code(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  return CODE_SPAN_SAFE.test(flat) ? `\`${flat}\`` : `<code>${escapeMarkdown(flat)}</code>`;
}

/**
 * Things GitHub may turn into links after rendering (URLs, `www.` hosts, e-mail addresses, @mentions, #references):
 * its post-processing skips `<code>`, so these are shown as code. Escaping alone only stops the parse-time autolinks.
 */
const LINKISH = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"'`]*|[\w.+-]*@[\w-]+(?:\.[\w-]+)*|#\d+/gi;

function escapeProse(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(LINKISH)) {
    // Trailing punctuation ends the sentence, not the link (as GitHub's autolinking has it).
    const token = match[0].replace(/[.,;:!?)\]}]+$/, '');
    if (token === '' || match.index < last) continue;
    result += escapeMarkdown(text.slice(last, match.index)) + `<code>${escapeMarkdown(token)}</code>`;
    last = match.index + token.length;
  }
  return result + escapeMarkdown(text.slice(last));
}

/**
 * A sentence that marks code with backticks (check messages, requirements, descriptions), rendered with those spans
 * as `<code>`. Everything is escaped, so a client value with its own backticks can at most move where `<code>`
 * starts and ends.
 */
export function richText(text: string): string {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: keep it as a literal backtick.
  const unpaired = parts.length % 2 === 0;
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return escapeProse(part);
      if (unpaired && index === parts.length - 1) return `\\\`${escapeProse(part)}`;
      return `<code>${escapeMarkdown(part)}</code>`;
    })
    .join('');
}

/** An http(s) URL made safe inside `[label](url)`; null for anything else (`javascript:`, relative, malformed). */
export function safeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(
    /[()<>|\\"'`\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** `[label](url)`, or the escaped label alone when the URL is not an http(s) URL. */
export function link(label: string, url: string): string {
  const href = safeUrl(url);
  return href === null ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${href})`;
}
