/** What every endpoint of the mock authorization server shares: its settings and its state. */
import type { RefreshTokenPolicy, TokenStore } from '../token-store.js';
import type { TranscriptRecorder } from '../transcript.js';

export interface AuthorizationServerConfig {
  scopesSupported: string[];
  /** `oauth`: RFC 8414 metadata; `openid-only`: metadata only at `/.well-known/openid-configuration`. */
  metadataLocation: 'oauth' | 'openid-only';
  clientIdMetadataDocumentSupported: boolean;
  refreshTokenPolicy: RefreshTokenPolicy;
  /** Like common OIDC providers: issue a refresh token only for `offline_access` requested with `prompt=consent`. */
  refreshTokenRequiresConsent: boolean;
  /** Scopes the AS leaves out of a grant even when asked, so the granted scope is narrower than the requested one. */
  withheldScopes: string[];
  /** Scopes granted when the client asks for none. */
  defaultScopes: string[];
  /** Advertised lifetime of access tokens; expiry itself is driven by use counts. */
  accessTokenExpiresIn: number;
}

export interface RegisteredClient {
  clientId: string;
  metadata: Record<string, unknown>;
}

export interface AuthorizationServerContext {
  readonly config: AuthorizationServerConfig;
  readonly store: TokenStore;
  readonly recorder: TranscriptRecorder;
  /** The server's own URL, known once it listens. */
  readonly issuer: () => string;
  /** Called with every URL-shaped client_id seen, so its metadata document can be fetched before evaluation. */
  readonly onClientIdUrl: (url: string) => void;
  /** Clients registered dynamically, by client_id. */
  readonly clients: Map<string, RegisteredClient>;
}
