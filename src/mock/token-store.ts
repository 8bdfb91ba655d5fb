/**
 * The tokens a scenario's authorization server issues and its MCP server accepts. Token values are distinctive
 * (`at-…`, `rt-…`, `code-…`) so a leaked token is recognisable anywhere in a transcript.
 */
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/**
 * What the authorization server does about refresh tokens:
 * - `none`: never issues one;
 * - `static`: issues one and keeps it valid across refreshes;
 * - `rotate`: every refresh returns a new refresh token and retires the presented one;
 * - `invalid_grant`: issues one, but every refresh grant is answered `invalid_grant`.
 */
export type RefreshTokenPolicy = 'none' | 'static' | 'rotate' | 'invalid_grant';

export interface AuthorizationCode {
  code: string;
  clientId: string;
  redirectUri: string;
  resource: string | undefined;
  codeChallenge: string;
  scope: string[];
  prompt: string | undefined;
  used: boolean;
}

export interface AccessToken {
  token: string;
  clientId: string;
  scope: string[];
  resource: string | undefined;
  usesLeft: number;
  /** When it stops working by time (`performance.now()` ms); Infinity for a token that lasts the run. */
  expiresAt: number;
  /** The `expires_in` it is issued with, when it expires by time; otherwise the AS's default applies. */
  declaredExpiresIn: number | undefined;
}

/**
 * How a scenario's access tokens expire (see the spec's "Expiry"): a use count and a short declared lifetime, so
 * clients that refresh on a 401 and clients that refresh by their own clock both meet the expiry.
 */
export interface AccessTokenExpiry {
  /** MCP requests a token is good for before 401 `invalid_token`. */
  uses: number;
  /** Declared as `expires_in`; the token also stops working once it has passed. Omitted: no expiry by time. */
  lifetimeSeconds?: number;
  /** How many of the scenario's tokens expire, in the order issued; later ones last for the run. Omitted: all. */
  expiringTokens?: number;
}

export interface RefreshToken {
  token: string;
  clientId: string;
  /** The scope originally granted: a refresh may ask for this or less. */
  grantedScope: string[];
  resource: string | undefined;
  /** `rotated` tokens were replaced by `replacedBy`; the mock never revokes the newest token of a family. */
  state: 'active' | 'rotated';
  replacedBy: string | undefined;
  /** Scenario time (ms) at which the token endpoint's response carrying this token was delivered. */
  deliveredAt: number | undefined;
}

export type AccessTokenCheck =
  /** `holdMs`: this was the token's last use before its lifetime ends; answer it only once the lifetime is over. */
  | { valid: true; token: AccessToken; holdMs: number }
  /** `holdMs`: the token ran out of uses before its lifetime: answer 401 only once the lifetime is over. */
  | { valid: false; reason: 'missing' | 'unknown'; holdMs: number }
  /** `token`: the expired token, whose granted scope the 401 names (an expiry is no call for more scope). */
  | { valid: false; reason: 'expired'; token: AccessToken; holdMs: number };

/**
 * A held answer goes out this long after the token's end, so that a client whose clock started the lifetime a little
 * later (when it had read the token response) also counts the token as expired at its next request.
 */
export const HOLD_MARGIN_MS = 300;

export function randomToken(prefix: string): string {
  return `${prefix}-${randomBytes(18).toString('base64url')}`;
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export class TokenStore {
  readonly codes = new Map<string, AuthorizationCode>();
  readonly accessTokens = new Map<string, AccessToken>();
  readonly refreshTokens = new Map<string, RefreshToken>();

  private accessTokensIssued = 0;

  constructor(
    private readonly expiry: AccessTokenExpiry,
    private readonly now: () => number = () => performance.now(),
  ) {}

  issueCode(grant: Omit<AuthorizationCode, 'code' | 'used'>): AuthorizationCode {
    const record: AuthorizationCode = { ...grant, code: randomToken('code'), used: false };
    this.codes.set(record.code, record);
    return record;
  }

  issueAccessToken(clientId: string, scope: string[], resource: string | undefined): AccessToken {
    this.accessTokensIssued += 1;
    const expires = this.accessTokensIssued <= (this.expiry.expiringTokens ?? Infinity);
    const lifetime = expires ? this.expiry.lifetimeSeconds : undefined;
    const record: AccessToken = {
      token: randomToken('at'),
      clientId,
      scope,
      resource,
      usesLeft: expires ? this.expiry.uses : Infinity,
      expiresAt: lifetime === undefined ? Infinity : this.now() + lifetime * 1000,
      declaredExpiresIn: lifetime,
    };
    this.accessTokens.set(record.token, record);
    return record;
  }

  issueRefreshToken(clientId: string, grantedScope: string[], resource: string | undefined): RefreshToken {
    const record: RefreshToken = {
      token: randomToken('rt'),
      clientId,
      grantedScope,
      resource,
      state: 'active',
      replacedBy: undefined,
      deliveredAt: undefined,
    };
    this.refreshTokens.set(record.token, record);
    return record;
  }

  /** Retires `old` in favour of a new token of the same family. */
  rotate(old: RefreshToken): RefreshToken {
    const next = this.issueRefreshToken(old.clientId, old.grantedScope, old.resource);
    old.state = 'rotated';
    old.replacedBy = next.token;
    return next;
  }

  /** Validates a bearer token for one MCP request, spending one of its uses. */
  useAccessToken(token: string | undefined): AccessTokenCheck {
    if (!token) return { valid: false, reason: 'missing', holdMs: 0 };
    const record = this.accessTokens.get(token);
    if (!record) return { valid: false, reason: 'unknown', holdMs: 0 };
    const now = this.now();
    if (now >= record.expiresAt) return { valid: false, reason: 'expired', token: record, holdMs: 0 };
    if (record.usesLeft <= 0) {
      // Out of uses before the end of its declared lifetime: the token expires at one moment for every client.
      const holdMs = Number.isFinite(record.expiresAt) ? record.expiresAt + HOLD_MARGIN_MS - now : 0;
      return { valid: false, reason: 'expired', token: record, holdMs };
    }
    record.usesLeft -= 1;
    // The last use of a token that would outlive its uses is answered when its lifetime is over: a client that
    // tracks `expires_in` then sees the token expire before its next request, and one that waits for the 401 gets it.
    const holdMs =
      record.usesLeft === 0 && Number.isFinite(record.expiresAt) ? record.expiresAt + HOLD_MARGIN_MS - now : 0;
    return { valid: true, token: record, holdMs: Math.max(0, holdMs) };
  }

  readonly clientSecrets = new Set<string>();

  /** Every refresh token issued so far, for leak detection. */
  issuedRefreshTokens(): string[] {
    return [...this.refreshTokens.keys()];
  }

  /** Every secret value issued so far (codes, tokens, client secrets): none may appear unredacted in a report. */
  issuedSecrets(): string[] {
    return [...this.codes.keys(), ...this.accessTokens.keys(), ...this.refreshTokens.keys(), ...this.clientSecrets];
  }
}
