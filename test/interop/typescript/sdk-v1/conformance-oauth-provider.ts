/**
 * An in-memory OAuthClientProvider in the manner of the SDK conformance clients' `ConformanceOAuthProvider`: the
 * "browser" is a plain GET of the authorization URL without following the redirect; the code is read from the
 * `Location` header and kept until the SDK exchanges it.
 */
import type { OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import type {
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';

/** Never listened on: consent is read from the redirect, as the conformance clients do. */
export const REDIRECT_URL = 'http://localhost:3000/callback';

/** SEP-837's `application_type`, which SDK 1.x's metadata type lacks; the SDK sends the metadata as it is given. */
export type ConformanceClientMetadata = OAuthClientMetadata & { application_type?: 'native' | 'web' };

export class ConformanceOAuthProvider implements OAuthClientProvider {
  private client?: OAuthClientInformationMixed;
  private stored?: OAuthTokens;
  private verifier?: string;
  private code?: string;

  constructor(private readonly metadata: ConformanceClientMetadata) {}

  get redirectUrl(): string {
    return REDIRECT_URL;
  }

  get clientMetadata(): ConformanceClientMetadata {
    return this.metadata;
  }

  clientInformation(): OAuthClientInformationMixed | undefined {
    return this.client;
  }

  saveClientInformation(client: OAuthClientInformationMixed): void {
    this.client = client;
  }

  tokens(): OAuthTokens | undefined {
    return this.stored;
  }

  saveTokens(tokens: OAuthTokens): void {
    this.stored = tokens;
  }

  /** Headless consent: the authorization endpoint approves at once and redirects to the callback with `code`. */
  async redirectToAuthorization(authorizationUrl: URL): Promise<void> {
    const response = await fetch(authorizationUrl, { redirect: 'manual' });
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new Error(`no redirect from the authorization endpoint (HTTP ${response.status})`);
    const code = new URL(location, authorizationUrl).searchParams.get('code');
    if (!code) throw new Error('no authorization code in the redirect');
    this.code = code;
  }

  authorizationCode(): string {
    if (!this.code) throw new Error('no authorization code');
    return this.code;
  }

  saveCodeVerifier(verifier: string): void {
    this.verifier = verifier;
  }

  codeVerifier(): string {
    if (!this.verifier) throw new Error('no code verifier saved');
    return this.verifier;
  }

  /** The SDK calls this after `invalid_grant` ('tokens') or `invalid_client` ('all'). */
  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery'): void {
    if (scope === 'all' || scope === 'tokens') {
      this.stored = undefined;
      this.code = undefined;
    }
    if (scope === 'all' || scope === 'client') this.client = undefined;
    if (scope === 'all' || scope === 'verifier') this.verifier = undefined;
  }
}
