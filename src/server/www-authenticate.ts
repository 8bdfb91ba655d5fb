/**
 * A small parser for `WWW-Authenticate` challenges (RFC 9110 §11.6.1): `Bearer realm="x", scope="a b", error=...`.
 * Only what server mode needs: each challenge's scheme and its auth-params.
 */

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;

export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let rest = header.trim();
  let current: Challenge | undefined;
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '');
    const name = TOKEN.exec(rest)?.[0];
    if (!name) break;
    const afterName = rest.slice(name.length).replace(/^\s+/, '');
    if (afterName.startsWith('=') && current) {
      // An auth-param of the current challenge: name=token or name="quoted string".
      const valueText = afterName.slice(1).replace(/^\s+/, '');
      const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(valueText);
      const value = quoted ? (quoted[1] as string).replace(/\\(.)/g, '$1') : (TOKEN.exec(valueText)?.[0] ?? '');
      current.params[name.toLowerCase()] = value;
      rest = valueText.slice(quoted ? quoted[0].length : value.length);
    } else {
      // A new challenge; a token68 right after the scheme is kept whole, it carries no params.
      current = { scheme: name, params: {} };
      challenges.push(current);
      rest = afterName;
      const token68 = /^[A-Za-z0-9\-._~+/]+=*(?=\s*(,|$))/.exec(rest);
      if (token68 && !rest.slice(token68[0].length).trimStart().startsWith('=')) rest = rest.slice(token68[0].length);
    }
  }
  return challenges;
}

/** The Bearer challenge's params, if the header has one. */
export function bearerChallenge(header: string | undefined): Record<string, string> | undefined {
  if (!header) return undefined;
  return parseWwwAuthenticate(header).find((challenge) => challenge.scheme.toLowerCase() === 'bearer')?.params;
}
