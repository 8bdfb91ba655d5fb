/**
 * The tokens a scenario's authorization server issues and its MCP server accepts. Token values are distinctive
 * (`at-…`, `rt-…`, `code-…`) so a leaked token is recognisable anywhere in a transcript.
 */
import { createHash, randomBytes } from 'node:crypto';

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
  | { valid: true; token: AccessToken }
  | { valid: false; reason: 'missing' | 'unknown' | 'expired' };

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

  constructor(private readonly accessTokenUses: number) {}

  issueCode(grant: Omit<AuthorizationCode, 'code' | 'used'>): AuthorizationCode {
    const record: AuthorizationCode = { ...grant, code: randomToken('code'), used: false };
    this.codes.set(record.code, record);
    return record;
  }

  issueAccessToken(clientId: string, scope: string[], resource: string | undefined): AccessToken {
    const record: AccessToken = { token: randomToken('at'), clientId, scope, resource, usesLeft: this.accessTokenUses };
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
    if (!token) return { valid: false, reason: 'missing' };
    const record = this.accessTokens.get(token);
    if (!record) return { valid: false, reason: 'unknown' };
    if (record.usesLeft <= 0) return { valid: false, reason: 'expired' };
    record.usesLeft -= 1;
    return { valid: true, token: record };
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
