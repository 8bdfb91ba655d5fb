/**
 * An in-memory OAuthClientProvider in the manner of typescript-sdk's test/conformance `ConformanceOAuthProvider`
 * (SDK 2.x): what the SDK saves is kept unchanged (it stamps `issuer` on it, SEP-2352), discovery state is kept
 * for the SDK, and the "browser" is a plain GET of the authorization URL without following the redirect: `code`
 * and `iss` (RFC 9207) are read from the `Location` header.
 */
import type {
  OAuthClientMetadata,
  OAuthClientProvider,
  OAuthDiscoveryState,
  StoredOAuthClientInformation,
  StoredOAuthTokens,
} from '@modelcontextprotocol/client';

/** Never listened on: consent is read from the redirect, as the conformance clients do. */
export const REDIRECT_URL = 'http://localhost:3000/callback';

export class ConformanceOAuthProvider implements OAuthClientProvider {
  private client?: StoredOAuthClientInformation;
  private stored?: StoredOAuthTokens;
  private verifier?: string;
  private code?: string;
  private iss?: string;
  private discovery?: OAuthDiscoveryState;

  constructor(private readonly metadata: OAuthClientMetadata) {}

  get redirectUrl(): string {
    return REDIRECT_URL;
  }

  get clientMetadata(): OAuthClientMetadata {
    return this.metadata;
  }

  clientInformation(): StoredOAuthClientInformation | undefined {
    return this.client;
  }

  saveClientInformation(client: StoredOAuthClientInformation): void {
    this.client = client;
  }

  tokens(): StoredOAuthTokens | undefined {
    return this.stored;
  }

  saveTokens(tokens: StoredOAuthTokens): void {
    this.stored = tokens;
  }

  saveDiscoveryState(state: OAuthDiscoveryState): void {
    this.discovery = state;
  }

  discoveryState(): OAuthDiscoveryState | undefined {
    return this.discovery;
  }

  /** Headless consent: the authorization endpoint approves at once and redirects to the callback with `code`. */
  async redirectToAuthorization(authorizationUrl: URL): Promise<void> {
    const response = await fetch(authorizationUrl, { redirect: 'manual' });
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new Error(`no redirect from the authorization endpoint (HTTP ${response.status})`);
    const callback = new URL(location, authorizationUrl).searchParams;
    const code = callback.get('code');
    if (!code) throw new Error('no authorization code in the redirect');
    this.code = code;
    this.iss = callback.get('iss') ?? undefined;
  }

  authorizationCode(): string {
    if (!this.code) throw new Error('no authorization code');
    return this.code;
  }

  /** The `iss` of the last authorization response, for the SDK to check before the code exchange. */
  issuer(): string | undefined {
    return this.iss;
  }

  saveCodeVerifier(verifier: string): void {
    this.verifier = verifier;
  }

  codeVerifier(): string {
    if (!this.verifier) throw new Error('no code verifier saved');
    return this.verifier;
  }

  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery'): void {
    if (scope === 'all' || scope === 'client') this.client = undefined;
    if (scope === 'all' || scope === 'tokens') this.stored = undefined;
    if (scope === 'all' || scope === 'verifier') this.verifier = undefined;
    if (scope === 'all' || scope === 'discovery') this.discovery = undefined;
  }
}
