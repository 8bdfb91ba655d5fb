/**
 * A reference MCP client that handles OAuth refresh tokens the way the MCP specification asks (SEP-2207 and the
 * OAuth 2.1 refresh rules), built on the MCP TypeScript SDK. Run as `node --import tsx reference-client.ts <url>`.
 *
 * The SDK does discovery, registration, PKCE, the code exchange, and refreshes on a 401 `invalid_token` (sending
 * `resource`, keeping the refresh token in the POST body to the token endpoint only). This file adds what the SDK
 * leaves to the application: an in-memory `OAuthClientProvider`, the `offline_access` decision, a headless
 * stand-in for the browser, and re-authorizing (once) when refreshing is not possible.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  UnauthorizedError,
  type OAuthClientProvider,
  type OAuthDiscoveryState,
} from '@modelcontextprotocol/sdk/client/auth.js';
import type {
  AuthorizationServerMetadata,
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';

/** Never listened on: the headless consent reads the redirect's `Location` instead of following it. */
const REDIRECT_URL = 'http://127.0.0.1:8976/callback';

export type Log = (line: string) => void;
/** An authorization code with the PKCE verifier of the request that obtained it. */
type Approval = { code: string; verifier: string | undefined };
export const logToStderr: Log = (line) => console.error(`[reference-client] ${line}`);

export class ReferenceOAuthProvider implements OAuthClientProvider {
  readonly redirectUrl = REDIRECT_URL;
  private client: OAuthClientInformationMixed | undefined;
  private stored: OAuthTokens | undefined;
  private discovery: OAuthDiscoveryState | undefined;
  // A code is kept with the PKCE verifier of its own request: two authorizations can overlap (a POST and the SSE
  // stream's GET both answered 401), and a code must never be exchanged with the other one's verifier.
  private nextVerifier: string | undefined;
  private approved: Approval | undefined;
  private exchanging: Approval | undefined;
  private authorizing: Promise<Approval> | undefined;

  constructor(protected readonly log: Log = logToStderr) {}

  /** Seam: the DCR body. A public client that desires refresh tokens declares the `refresh_token` grant. */
  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: 'sep-2207-action reference client',
      redirect_uris: [REDIRECT_URL],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }

  /**
   * Seam: the scope of the authorization request. SEP-2207: `offline_access` MAY be added only when the AS
   * metadata lists it in `scopes_supported`; it is dropped otherwise, even if the MCP server's challenge asked.
   */
  scopeFor(requested: string[], asMetadata: AuthorizationServerMetadata | undefined): string[] {
    const listed = asMetadata?.scopes_supported?.includes('offline_access') ?? false;
    const others = requested.filter((scope) => scope !== 'offline_access');
    return listed ? [...others, 'offline_access'] : others;
  }

  /**
   * Why here: the SDK (1.32) builds the scope from the MCP server's challenge and never adds `offline_access`, but it
   * saves the AS metadata (discovery state) before it calls this method, so the authorization URL is the one place
   * that knows both. `prompt=consent` goes with `offline_access` (OIDC Core §11; plain OAuth servers ignore it).
   */
  async redirectToAuthorization(authorizationUrl: URL): Promise<void> {
    const url = new URL(authorizationUrl);
    const requested = (url.searchParams.get('scope') ?? '').split(' ').filter(Boolean);
    const scope = this.scopeFor(requested, this.discovery?.authorizationServerMetadata);
    if (scope.length > 0) url.searchParams.set('scope', scope.join(' '));
    else url.searchParams.delete('scope');
    url.searchParams.delete('prompt');
    if (scope.includes('offline_access')) url.searchParams.set('prompt', 'consent');
    // Overlapping 401s (a POST and the SSE stream's GET) each start an authorization: they share the first one.
    this.authorizing ??= this.authorize(url).finally(() => (this.authorizing = undefined));
    this.approved = await this.authorizing;
  }

  private async authorize(url: URL): Promise<Approval> {
    const verifier = this.nextVerifier;
    this.log(`authorizing with scope "${url.searchParams.get('scope') ?? ''}"`);
    return { code: await this.consent(url), verifier };
  }

  /** Stands in for the user's browser: the mock AS approves at once and redirects with `code`, `state`, `iss`. */
  protected async consent(url: URL): Promise<string> {
    const response = await fetch(url, { redirect: 'manual' });
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`the authorization endpoint answered HTTP ${response.status} instead of redirecting`);
    }
    const callback = new URL(location, url).searchParams;
    const error = callback.get('error');
    if (error) throw new Error(`authorization refused: ${error} ${callback.get('error_description') ?? ''}`.trim());
    if (callback.get('state') !== url.searchParams.get('state')) throw new Error('the redirect carries a wrong state');
    const issuer = this.discovery?.authorizationServerMetadata?.issuer;
    const iss = callback.get('iss');
    if (iss !== null && issuer !== undefined && iss !== issuer) throw new Error(`unexpected issuer ${iss} (mix-up?)`);
    const code = callback.get('code');
    if (!code) throw new Error('the authorization response carries no code');
    return code;
  }

  /** The code from the last authorization, handed out once, for `transport.finishAuth`. */
  takeAuthorizationCode(): string | undefined {
    this.exchanging = this.approved;
    this.approved = undefined;
    return this.exchanging?.code;
  }

  state(): string {
    return randomUUID();
  }

  clientInformation() {
    return this.client;
  }
  saveClientInformation(client: OAuthClientInformationMixed) {
    if (!this.client) this.log('registered the client');
    this.client = client;
  }

  tokens() {
    return this.stored;
  }
  /** Keeps what the SDK hands over unchanged (it stamps `issuer`); a new refresh token replaces the old one. */
  saveTokens(tokens: OAuthTokens) {
    const refreshed = this.exchanging === undefined;
    const rotated = refreshed && tokens.refresh_token !== this.stored?.refresh_token;
    this.exchanging = undefined;
    this.stored = tokens;
    const refreshToken = !tokens.refresh_token ? 'none' : !refreshed ? 'issued' : rotated ? 'rotated' : 'unchanged';
    this.log(`${refreshed ? 'refreshed the access token' : 'exchanged the code'}; refresh token: ${refreshToken}`);
  }

  saveCodeVerifier(verifier: string) {
    this.nextVerifier = verifier;
  }
  codeVerifier(): string {
    if (!this.exchanging?.verifier) throw new Error('no PKCE code verifier for this authorization code');
    return this.exchanging.verifier;
  }

  saveDiscoveryState(state: OAuthDiscoveryState) {
    this.discovery = state;
  }
  discoveryState() {
    return this.discovery;
  }

  /** Called by the SDK after `invalid_grant` ('tokens') or `invalid_client` ('all'): forget, then authorize anew. */
  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery') {
    if (scope === 'all' || scope === 'tokens') {
      if (this.stored) this.log('dropping tokens the authorization server no longer accepts');
      this.stored = undefined;
    }
    if (scope === 'all' || scope === 'client') this.client = undefined;
    if (scope === 'all' || scope === 'verifier') this.nextVerifier = this.approved = this.exchanging = undefined;
    if (scope === 'all' || scope === 'discovery') this.discovery = undefined;
  }

  /** Replaces every token this provider holds with a placeholder, so error messages can be printed safely. */
  redact(text: string): string {
    const secrets = [this.stored?.access_token, this.stored?.refresh_token, this.approved?.code, this.exchanging?.code];
    return secrets.reduce<string>((out, secret) => (secret ? out.replaceAll(secret, '[redacted]') : out), text);
  }
}

export interface RunClientOptions {
  serverUrl: string;
  provider?: ReferenceOAuthProvider;
  /** Seam: every HTTP request of the transport and of the SDK's OAuth flow goes through this fetch. */
  fetch?: FetchLike;
  log?: Log;
}

/** Connects, lists tools, calls `echo` three times (enough for a short-lived access token to expire), closes. */
export async function runClient(options: RunClientOptions): Promise<void> {
  const log = options.log ?? logToStderr;
  const provider = options.provider ?? new ReferenceOAuthProvider(log);
  const serverUrl = new URL(options.serverUrl);
  const sharedFetch = sharingRefreshes(options.fetch ?? fetch);
  let transport: StreamableHTTPClientTransport | undefined;
  let client!: Client;

  // The SDK answers UnauthorizedError when it had to send the user to the authorization endpoint (no tokens yet,
  // no refresh token, or the refresh answered invalid_grant). Exchange the code and retry the step once: a step
  // that still fails is an error, never a loop.
  const authorized = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      const code = error instanceof UnauthorizedError ? provider.takeAuthorizationCode() : undefined;
      if (code === undefined || !transport) throw error;
      await transport.finishAuth(code);
      return step();
    }
  };
  const connect = async () => {
    // A failed initialize closes its transport, so every attempt starts with a fresh transport and client.
    transport = new StreamableHTTPClientTransport(serverUrl, { authProvider: provider, fetch: sharedFetch });
    client = new Client({ name: 'sep-2207-reference-client', version: '1.0.0' });
    await client.connect(transport);
  };

  log(`connecting to ${serverUrl.href}`);
  await authorized(connect);
  log('connected');
  try {
    const { tools } = await authorized(() => client.listTools());
    log(`tools/list: ${tools.map((tool) => tool.name).join(', ')}`);
    for (let call = 1; call <= 3; call++) {
      const result = await authorized(() => client.callTool({ name: 'echo', arguments: { text: `hello ${call}` } }));
      const content = result.content as { type: string; text?: string }[] | undefined;
      const text = content?.find((item) => item.type === 'text')?.text;
      if (result.isError || text !== `hello ${call}`) throw new Error(`tools/call echo #${call} failed`);
      log(`tools/call echo #${call}: ok`);
    }
  } finally {
    await client.close();
  }
}

/**
 * Two requests can get a 401 at once (a POST and the SSE stream's GET) and the SDK then refreshes twice with the
 * same refresh token; under rotation the second refresh fails. Concurrent refreshes with one token share a request.
 */
function sharingRefreshes(base: FetchLike): FetchLike {
  const inFlight = new Map<string, Promise<Response>>();
  return (url, init) => {
    const form = init?.body instanceof URLSearchParams ? init.body : undefined;
    const token = form?.get('grant_type') === 'refresh_token' ? form.get('refresh_token') : null;
    if (token === null) return base(url, init);
    let pending = inFlight.get(token);
    if (!pending) {
      pending = base(url, init).finally(() => inFlight.delete(token));
      inFlight.set(token, pending);
    }
    return pending.then((response) => response.clone());
  };
}

/** The command-line entry: `<command> <serverUrl>`, with the conformance env (`MCP_CONFORMANCE_SCENARIO`, ...). */
export async function main(overrides: Partial<RunClientOptions> = {}): Promise<void> {
  const log = overrides.log ?? logToStderr;
  const provider = overrides.provider ?? new ReferenceOAuthProvider(log);
  const serverUrl = process.argv.at(-1) ?? '';
  if (process.argv.length < 3 || !URL.canParse(serverUrl)) {
    console.error('usage: reference-client <mcp-server-url>');
    process.exitCode = 2;
    return;
  }
  log(`scenario ${process.env.SEP2207_SCENARIO ?? process.env.MCP_CONFORMANCE_SCENARIO ?? '(none)'}`);
  try {
    await runClient({ ...overrides, serverUrl, provider, log });
    log('done');
    process.exitCode = 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[reference-client] failed: ${provider.redact(message)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
