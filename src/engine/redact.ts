/**
 * Secrets never leave a run in full: every token, code and client secret the mock issued is shown as its prefix and
 * last four characters (`rt-…1a2b`), in the transcript, the evidence and the client's output alike. Checks run on
 * the unredacted transcript first; what is stored and reported is redacted.
 */

/** Values the mock issues look like `rt-<24 base64url chars>`; anything of that shape is redacted too. */
const ISSUED_VALUE = /\b(at|rt|code|secret)-[A-Za-z0-9_-]{20,}/g;
/** HTTP Basic credentials (`client_secret_basic`): base64 of `client_id:client_secret`, so the secret hides inside. */
const BASIC_CREDENTIALS = /\b(Basic\s+)([A-Za-z0-9+/]{4,}={0,2})/gi;

export function redactToken(value: string): string {
  const dash = value.indexOf('-');
  const prefix = dash > 0 && dash <= 6 ? value.slice(0, dash + 1) : '';
  return `${prefix}…${value.slice(-4)}`;
}

export function redactText(text: string, secrets: readonly string[]): string {
  return redactPlain(text, secrets).replace(BASIC_CREDENTIALS, (match, scheme: string, encoded: string) => {
    const decoded = decodeBase64Exactly(encoded);
    if (decoded === null) return match;
    const redacted = redactPlain(decoded, secrets);
    // Shown decoded once something in it is redacted: re-encoding the redacted text would hide what the client sent.
    return redacted === decoded ? match : `${scheme}[base64 of ${redacted}]`;
  });
}

function redactPlain(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret.length >= 8 && redacted.includes(secret)) redacted = redacted.split(secret).join(redactToken(secret));
  }
  return redacted.replace(ISSUED_VALUE, (match) => redactToken(match));
}

/**
 * The text `encoded` is the canonical base64 of, or null (not base64, or not printable text: then it is left
 * alone).
 */
function decodeBase64Exactly(encoded: string): string | null {
  if (encoded.length % 4 !== 0) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  if (/[\u0000-\u001f\u007f\ufffd]/.test(decoded)) return null;
  return Buffer.from(decoded, 'utf8').toString('base64') === encoded ? decoded : null;
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
