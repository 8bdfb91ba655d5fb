/**
 * The Rust SDK's conformance-style client (`src/main.rs`, crate `rmcp` with its `auth` feature), built with the
 * `cargo` on PATH (or rustup's ~/.cargo/bin) as `cargo build --release --locked` against the rmcp release Cargo.toml
 * pins and the committed Cargo.lock, into target/ here. Rebuilt only when Cargo.toml, Cargo.lock or a source file
 * changed; an up-to-date binary runs without cargo.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { shellQuote } from '../../../src/engine/client-process.js';
import { INTEROP, cached, contentHash, findTool, run } from '../toolchain.js';
import type { InteropClient, PreparedClient, Skipped } from '../types.js';

const DIR = join(INTEROP, 'rust');
const TARGET = join(DIR, 'target');
const BINARY = join(TARGET, 'release', 'client');

/** The rmcp version Cargo.toml pins (`=X.Y.Z`). */
function sdkVersion(): string {
  const match = /^rmcp\s*=\s*\{[^}]*?version\s*=\s*"=([^"]+)"/m.exec(readFileSync(join(DIR, 'Cargo.toml'), 'utf8'));
  if (!match?.[1]) throw new Error('test/interop/rust/Cargo.toml does not pin rmcp with version = "=X.Y.Z"');
  return match[1];
}

const sources = () => [
  'Cargo.toml',
  'Cargo.lock',
  ...readdirSync(join(DIR, 'src'))
    .filter((file) => file.endsWith('.rs'))
    .sort()
    .map((file) => `src/${file}`),
];

/** A reason this machine cannot build the client; thrown out of the build so that it becomes a skip. */
class SkipBuild extends Error {}

async function prepare(log: (line: string) => void): Promise<PreparedClient | Skipped> {
  mkdirSync(TARGET, { recursive: true });
  const built = await cached(join(TARGET, '.stamp'), contentHash(DIR, sources()), BINARY, async () => {
    // rustup installs into ~/.cargo/bin, which a non-login shell's PATH often lacks.
    const cargo = findTool(['cargo', join(homedir(), '.cargo', 'bin', 'cargo')]);
    if (!cargo)
      throw new SkipBuild(
        'no `cargo` on PATH or in ~/.cargo/bin (the Rust SDK client needs Rust 1.88 or newer, e.g. from rustup)',
      );
    log(`building rmcp ${sdkVersion()} client with ${cargo} (a first build takes several minutes)`);
    // --locked: Cargo.lock is used as committed; missing crates are downloaded from crates.io.
    await run(cargo, ['build', '--release', '--locked', '--target-dir', TARGET], {
      cwd: DIR,
      env: { CARGO_TERM_COLOR: 'never', CARGO_TERM_PROGRESS_WHEN: 'never' },
    });
  }).catch((error: unknown) => {
    if (error instanceof SkipBuild) return error;
    throw error;
  });
  if (built instanceof SkipBuild) return { skip: built.message };
  if (!built) log('build is up to date');
  return { command: shellQuote(BINARY) };
}

export const clients: InteropClient[] = [
  {
    id: 'rust-sdk',
    name: 'MCP Rust SDK (rmcp)',
    version: sdkVersion(),
    language: 'rust',
    kind: 'sdk',
    homepage: 'https://github.com/modelcontextprotocol/rust-sdk',
    prepare,
    // How rmcp 3.11.0 gets and renews its access token, read from the crate's source (src/transport/auth.rs unless
    // said otherwise):
    // - AuthorizationSession::new picks scopes with AuthorizationManager::select_scopes (the challenge's and the
    //   Protected Resource Metadata's scopes) and add_offline_access_if_supported appends `offline_access` when the
    //   AS lists it; register_client always declares grant_types ["authorization_code", "refresh_token"].
    //   get_authorization_url sends `resource` (oauth_resource) and PKCE, never `prompt`.
    // - AuthorizationManager::get_access_token_with_clock refreshes by its own clock once less than
    //   min(30 s, expires_in / 2) is left (REFRESH_BUFFER_SECS; for `expires_in: 1` the buffer is 0, so once the
    //   token's whole epoch second has passed), through try_refresh_or_reauth → refresh_token, which sends `resource`
    //   and, since 3.11.0, no `scope` unless the caller set one with set_refresh_scopes (refresh_request_scopes). Up to
    //   3.8.0 it sent the granted scopes plus `offline_access` when the AS listed it (kept as the new grant when the
    //   response omits `scope`); 3.9.0 and 3.10.0 sent the granted scopes.
    // - src/transport/common/auth/streamable_http_client.rs, AuthClient::call_reacting_to_challenges: a 401 to a
    //   request that carried a token gets one refresh and one retry; when no token can be had (no refresh token, or the
    //   refresh was refused: try_refresh_or_reauth maps both to AuthorizationRequired) the request goes out without
    //   one and its 401 comes back as StreamableHttpError::AuthRequired, which main.rs answers by authorizing again
    //   once (ServiceError::auth_challenge), as the SDK's conformance client does on a step-up.
    notes: {
      'auth/refresh-token-invalid-grant oauth-refresh-invalid-grant-recovery':
        "WARNING (advisory; rmcp's default credential store keeps a refused refresh token): the first request " +
        'after the token ran out gets the 401, and AuthClient::call_reacting_to_challenges ' +
        '(src/transport/common/auth/streamable_http_client.rs) refreshes: invalid_grant. ' +
        'AuthorizationManager::refresh_token (src/transport/auth.rs) then calls ' +
        'CredentialStore::on_refresh_token_rejected, whose default leaves the credentials unchanged ' +
        '(InMemoryCredentialStore, the default store, does not override it), and returns TokenRefreshRejected ' +
        "without discarding the token. The next token fetch through that manager, here the old session's DELETE " +
        'when main.rs closes it (RunningService::cancel) before authorizing again, finds the access token ' +
        'expired by its clock (get_access_token_with_clock) and refreshes once more with the same refused token ' +
        '(try_refresh_or_reauth → refresh_token): the second invalid_grant. The DELETE goes out without a token, ' +
        'and the new authorization (a new OAuthState, so a new manager and store) ends the retries; the client ' +
        'finishes.',
      'auth/oidc-offline-access oidc-offline-access-prompt-consent':
        'WARNING (advisory): AuthorizationSession::new (src/transport/auth.rs) adds `offline_access` because the ' +
        'AS lists it (select_scopes → add_offline_access_if_supported), but ' +
        "AuthorizationManager::get_authorization_url builds the URL from oauth2's authorize_url with PKCE, " +
        '`resource` and the scopes only; rmcp has no way to send prompt=consent, so the OIDC-flavored AS issues ' +
        'no refresh token. The client still finishes: when the token runs out, try_refresh_or_reauth finds no ' +
        'refresh token (refresh_token returns AuthorizationRequired), the request goes out without a token, and ' +
        'its 401 makes main.rs authorize again.',
      'auth/oidc-offline-access sep-2207-refresh-token-confidential':
        'SKIPPED: the AS issued no refresh token (no prompt=consent, see oidc-offline-access-prompt-consent), so ' +
        'there was none to keep confidential.',
    },
  },
];
