/**
 * The MCP Python SDK (`mcp` from PyPI), through a conformance-style client written here on its `OAuthClientProvider`
 * (`client.py`), in a virtual environment (`.venv`) built from the full lock `requirements.txt` with the `python3` on
 * PATH. Rebuilt only when requirements.txt changed; client.py is read at every run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { shellQuote } from '../../../src/engine/client-process.js';
import { cached, contentHash, findTool, INTEROP, run } from '../toolchain.js';
import type { InteropClient, PreparedClient, Skipped } from '../types.js';

const DIR = join(INTEROP, 'python');
const VENV = join(DIR, '.venv');
const VENV_PYTHON = join(VENV, 'bin', 'python');

/** The `mcp` version the lock pins. */
function mcpVersion(): string {
  const pinned = /^mcp==(\S+)\s*$/m.exec(readFileSync(join(DIR, 'requirements.txt'), 'utf8'));
  if (!pinned?.[1]) throw new Error('test/interop/python/requirements.txt pins no mcp==X.Y.Z');
  return pinned[1];
}

/** A reason this machine cannot build the venv; thrown out of the build so that it becomes a skip. */
class SkipBuild extends Error {}

// The lock's httpx2 needs Python 3.11 or newer (mcp itself says 3.10); Debian's python3 without python3-venv has the
// venv module but no ensurepip, so creating the venv would fail half-way.
const PROBE = 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 3)';

async function prepare(log: (line: string) => void): Promise<PreparedClient | Skipped> {
  // A venv built from this lock is used as it is: nothing is spawned (the `python3` of pyenv and the like is a slow
  // shim). Otherwise the venv is made anew from the `python3` on PATH.
  const built = await cached(join(DIR, '.stamp'), contentHash(DIR, ['requirements.txt']), VENV_PYTHON, async () => {
    const python = findTool(['python3']);
    if (!python) throw new SkipBuild('no `python3` on PATH (the Python SDK client needs Python 3.11 or newer)');
    const probe = spawnSync(python, ['-c', PROBE], { stdio: 'ignore' });
    if (probe.status === 3) throw new SkipBuild(`${python} is older than 3.11, which the lock's httpx2 needs`);
    if (probe.status !== 0) {
      throw new SkipBuild(
        `${python} -m venv is unavailable (no venv/ensurepip module; on Debian: apt-get install python3-venv)`,
      );
    }
    log(`creating ${VENV} and installing mcp==${mcpVersion()} from requirements.txt`);
    rmSync(VENV, { recursive: true, force: true });
    await run(python, ['-m', 'venv', VENV], { cwd: DIR });
    await run(
      VENV_PYTHON,
      ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', '-r', 'requirements.txt'],
      {
        cwd: DIR,
      },
    );
  }).catch((error: unknown) => {
    if (error instanceof SkipBuild) return error;
    throw error;
  });
  if (built instanceof SkipBuild) return { skip: built.message };
  if (!built) log('venv is up to date');
  return { command: `${shellQuote(VENV_PYTHON)} ${shellQuote(join(DIR, 'client.py'))}` };
}

export const clients: InteropClient[] = [
  {
    id: 'python-sdk',
    name: 'MCP Python SDK (mcp)',
    version: mcpVersion(),
    language: 'python',
    kind: 'sdk',
    homepage: 'https://github.com/modelcontextprotocol/python-sdk',
    prepare,
    // How mcp 2.3.0 gets and renews its access token, read from the installed package (mcp/client/auth/oauth2.py,
    // mcp/client/auth/utils.py, mcp/shared/auth_utils.py); every scenario is SUCCESS, so there is nothing to note:
    // - OAuthClientProvider._auth_flow (driven by RedirectAwareAuth.async_auth_flow, mcp/shared/_httpx_utils.py) runs
    //   under one lock per request: when OAuthContext.is_token_valid() is false (time.time() past token_expiry_time,
    //   which OAuthContext.update_token_expiry sets from `expires_in` via calculate_token_expiry, with no margin)
    //   and can_refresh_token(), it sends _refresh_token() first. That is the only refresh: a 401 runs the whole flow
    //   again (discovery, registration if none is held, authorization, code exchange), never a refresh.
    // - With the mock's expiry (the last use of a token declared `expires_in: 1` is answered once the 1 s is up),
    //   the request after that last use finds the token expired by the SDK's own clock: the refresh is exercised in
    //   refresh-token-use, rotation (twice), invalid-grant and oidc-offline-access. The lock matters here: the held
    //   answer (often to the background GET SSE stream) keeps the next request's auth flow waiting until it is out.
    // - _refresh_token sends grant_type, refresh_token, client_id, and `resource` (get_resource_url) whenever
    //   protected resource metadata was found (should_include_resource_param); never `scope`.
    // - _handle_refresh_response stores a rotated refresh token (and keeps the old one only when none is returned);
    //   on a non-200 (invalid_grant) it clears the tokens, so the request goes out without a token, and its 401 runs
    //   the authorization again: no retry of the refused token.
    // - Without a refresh token (can_refresh_token() false) the expired token is simply not attached
    //   (_add_auth_header only when is_token_valid()), and the 401 re-authorizes: no refresh grant is ever assumed.
    // - utils.get_client_metadata_scopes appends offline_access when the AS lists it and the client's grant_types
    //   include refresh_token; _perform_authorization_code_grant then adds prompt=consent (the OIDC rule).
    notes: {},
  },
];
