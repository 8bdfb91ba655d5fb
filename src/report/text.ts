/**
 * Small text helpers every reporter shares: counting words, cutting to a length, seconds, and turning the checks'
 * markdown-flavoured messages into plain text for places that render none (annotations, JUnit, badges).
 */

/** `1 scenario`, `2 scenarios`, `1,024 requests`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** `text` cut to `max` characters (not splitting a surrogate pair), with `…` when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, Math.max(0, end))}…`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A check message without backticks, for places that render no markdown:
 * `` `offline_access` `` reads as offline_access.
 */
export function plainMessage(text: string): string {
  return text.replace(/`/g, '');
}

/** The first sentence of a message, for a table cell or a title; the whole message when it has one sentence. */
export function firstSentence(text: string, max: number): string {
  const match = /^(.+?\.)(\s|$)/s.exec(text);
  return cut((match?.[1] ?? text).replace(/\s+/g, ' ').trim(), max);
}

/** The last `count` non-empty lines of `text`. */
export function lastLines(text: string, count: number): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-count);
}
