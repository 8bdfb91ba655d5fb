"""A conformance-style MCP client on the Python SDK (`mcp` from PyPI), for the interop suite.

It is the SDK's own conformance client (`.github/actions/conformance/client.py` in modelcontextprotocol/python-sdk:
`run_auth_code_client` and `_run_auth_session`) cut down to what this suite needs, and follows the same contract:

- `MCP_CONFORMANCE_SCENARIO` names the upstream scenario; every `auth/*` name runs the standard
  authorization-code client, any other name exits 1 ("Unknown scenario"). Unset: the authorization-code client.
- `MCP_CONFORMANCE_PROTOCOL_VERSION` picks the lifecycle: `Client(mode="legacy")` (the initialize handshake) on a
  handshake-era version, `"auto"` on a modern one or when unset.
- `MCP_CONFORMANCE_CONTEXT` (JSON), when it carries a `client_id` (and `client_secret`), is a pre-registration.
- The MCP server URL (Streamable HTTP) is the last argument.

All the OAuth work is the SDK's: `OAuthClientProvider` (an `httpx2.Auth`) discovers, registers, authorizes with
PKCE, refreshes, and starts the authorization over when a request is answered 401. Consent is headless, as in the
SDK's conformance client: the authorization URL is fetched without following redirects and `code`, `state` and
`iss` are read from the `Location` header, then handed back through the callback handler (once per authorization,
so a re-authorization the SDK starts goes through the same way). Tokens and registration live in memory.

The session is the conformance client's: connect (initialize), list the tools, call the first one, close. No
extra requests are made to reach the token's expiry: the mock holds the answer to an expiring token's last use
until its declared `expires_in` is over, so the SDK's own clock finds the token expired at the next request.

Differences from the SDK's conformance client, each on purpose:
- No `client_metadata_url`. That client offers `https://conformance-test.local/client-metadata.json`, a URL no
  authorization server can fetch; this suite's mock AS does fetch Client ID Metadata Documents (and would look the
  host up outside loopback), so this client registers dynamically (RFC 7591), with `refresh_token` among its
  `grant_types` exactly as the conformance client's metadata declares.
- A failed tool call is an error (exit 1) instead of being logged and ignored: an expired token met on
  `tools/call` must end the run visibly.
- Logging: INFO for everything, DEBUG for the SDK's OAuth code and this client (the conformance client logs
  everything at DEBUG, httpx2's wire traces included). All of it goes to stderr; stdout stays unused.

Exits 0 when the session completed, 1 with the error on stderr otherwise.
"""

import asyncio
import json
import logging
import os
import sys
import traceback
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx2
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import AnyUrl

from mcp.client.auth import OAuthClientProvider, TokenStorage
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import AuthorizationCodeResult, OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s.%(msecs)03d %(name)s %(levelname)s %(message)s",
    datefmt="%H:%M:%S",
    stream=sys.stderr,
)
logging.getLogger("mcp.client.auth").setLevel(logging.DEBUG)
log = logging.getLogger("interop-client")
log.setLevel(logging.DEBUG)

PROTOCOL_VERSION = os.environ.get("MCP_CONFORMANCE_PROTOCOL_VERSION")

# The conformance client's redirect URI. Nothing listens there: the code is read from the redirect's Location.
REDIRECT_URI = "http://localhost:3000/callback"


def client_mode() -> str:
    """`Client(mode=)`: the initialize handshake on a handshake-era protocol version, discovery on a modern one."""
    if PROTOCOL_VERSION is None or PROTOCOL_VERSION in MODERN_PROTOCOL_VERSIONS:
        return "auto"
    return "legacy"


class InMemoryTokenStorage(TokenStorage):
    """Tokens and client registration for this process only."""

    def __init__(self) -> None:
        self._tokens: OAuthToken | None = None
        self._client_info: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self._tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        log.debug(
            "tokens stored: expires_in=%s, refresh token %s, scope=%r",
            tokens.expires_in,
            "issued" if tokens.refresh_token else "absent",
            tokens.scope,
        )
        self._tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self._client_info

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self._client_info = client_info


class HeadlessConsent:
    """The conformance client's `ConformanceOAuthCallbackHandler`: a user agent that approves at once.

    `handle_redirect` requests the authorization URL without following the redirect and keeps what its `Location`
    carries (`code`, `state`, `iss`); `handle_callback` hands that to the SDK, once.
    """

    def __init__(self) -> None:
        self._result: AuthorizationCodeResult | None = None

    async def handle_redirect(self, authorization_url: str) -> None:
        log.debug("authorizing: GET %s", authorization_url)
        async with httpx2.AsyncClient() as http:
            response = await http.get(authorization_url, follow_redirects=False)
        if response.status_code not in (301, 302, 303, 307, 308):
            raise RuntimeError(f"Expected redirect response, got {response.status_code} from {authorization_url}")
        location = response.headers.get("location")
        if not location:
            raise RuntimeError(f"No redirect location received from {authorization_url}")
        query = parse_qs(urlparse(location).query)
        if "code" not in query:
            raise RuntimeError(f"No auth code in redirect URL: {location}")

        def first(name: str) -> str | None:
            values = query.get(name)
            return values[0] if values else None

        self._result = AuthorizationCodeResult(code=query["code"][0], state=first("state"), iss=first("iss"))

    async def handle_callback(self) -> AuthorizationCodeResult:
        result, self._result = self._result, None
        if result is None:
            raise RuntimeError("No authorization code available - was handle_redirect called?")
        return result


async def preregistered_client(storage: InMemoryTokenStorage) -> None:
    """Loads a client registration from `MCP_CONFORMANCE_CONTEXT`, when the scenario gives one."""
    raw = os.environ.get("MCP_CONFORMANCE_CONTEXT")
    if not raw:
        return
    context: dict[str, Any] = json.loads(raw)
    client_id = context.get("client_id")
    if not client_id:
        return
    client_secret = context.get("client_secret")
    await storage.set_client_info(
        OAuthClientInformationFull(
            client_id=client_id,
            client_secret=client_secret,
            redirect_uris=[AnyUrl(REDIRECT_URI)],
            token_endpoint_auth_method="client_secret_basic" if client_secret else "none",
        )
    )
    log.debug("pre-registered client_id=%s", client_id)


def stub_required_args(input_schema: dict[str, Any]) -> dict[str, Any]:
    """Minimal arguments satisfying a tool's `required` list (the conformance client's `_stub_required_args`)."""
    by_type: dict[str, Any] = {"string": "x", "integer": 0, "number": 0, "boolean": False, "object": {}, "array": []}
    properties = input_schema.get("properties", {})
    return {name: by_type.get(properties.get(name, {}).get("type"), "x") for name in input_schema.get("required", [])}


async def run_auth_code_client(server_url: str) -> None:
    """The standard authorization-code client: the SDK runs the OAuth flow on the first 401."""
    storage = InMemoryTokenStorage()
    await preregistered_client(storage)
    consent = HeadlessConsent()
    oauth = OAuthClientProvider(
        server_url=server_url,
        client_metadata=OAuthClientMetadata(
            client_name="sep-2207 interop client (python-sdk)",
            redirect_uris=[AnyUrl(REDIRECT_URI)],
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
        ),
        storage=storage,
        redirect_handler=consent.handle_redirect,
        callback_handler=consent.handle_callback,
    )

    async with httpx2.AsyncClient(auth=oauth, timeout=30.0) as http_client:
        transport = streamable_http_client(url=server_url, http_client=http_client)
        async with Client(transport, mode=client_mode()) as client:
            log.debug("initialized (mode=%s)", client_mode())
            tools = (await client.list_tools()).tools
            log.debug("listed tools: %s", [tool.name for tool in tools])
            if tools:
                result = await client.call_tool(tools[0].name, stub_required_args(tools[0].input_schema))
                if result.is_error:
                    raise RuntimeError(f"{tools[0].name} failed: {result.content}")
                log.debug("called %s", tools[0].name)
    log.debug("connection closed")


def leaves(error: BaseException) -> list[BaseException]:
    """The exceptions inside (nested) exception groups: what the SDK's task groups wrap the real error in."""
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


def main() -> int:
    if len(sys.argv) < 2:
        print(f"Usage: {sys.argv[0]} <server-url>", file=sys.stderr)
        return 1
    server_url = sys.argv[-1]
    scenario = os.environ.get("MCP_CONFORMANCE_SCENARIO")
    if scenario and not scenario.startswith("auth/"):
        print(f"Unknown scenario: {scenario}", file=sys.stderr)
        return 1
    log.debug("scenario %r, protocol version %r -> mode %r, server %s", scenario, PROTOCOL_VERSION, client_mode(), server_url)
    try:
        asyncio.run(run_auth_code_client(server_url))
    except BaseException as error:  # an ExceptionGroup from a task group, a KeyboardInterrupt, ...
        traceback.print_exception(error, file=sys.stderr)
        for cause in leaves(error):
            print(f"error: {type(cause).__name__}: {cause}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
