/**
 * Secrets never leave a run in full: every token, code and client secret the mock issued is shown as its prefix and
 * last four characters (`rt-…1a2b`), in the transcript, the evidence and the client's output alike. Checks run on
 * the unredacted transcript first; what is stored and reported is redacted.
 */

/** Values the mock issues look like `rt-<24 base64url chars>`; anything of that shape is redacted too. */
const ISSUED_VALUE = /\b(at|rt|code|secret)-[A-Za-z0-9_-]{20,}/g;

export function redactToken(value: string): string {
  const dash = value.indexOf('-');
  const prefix = dash > 0 && dash <= 6 ? value.slice(0, dash + 1) : '';
  return `${prefix}…${value.slice(-4)}`;
}

export function redactText(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret.length >= 8 && redacted.includes(secret)) redacted = redacted.split(secret).join(redactToken(secret));
  }
  return redacted.replace(ISSUED_VALUE, (match) => redactToken(match));
}

/** A deep copy of `value` with every string redacted (object keys included). */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redactText(key, secrets), redactDeep(item, secrets)]),
    ) as T;
  }
  return value;
}
