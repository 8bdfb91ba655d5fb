//! A conformance-style MCP client on the Rust SDK (rmcp), for the interop suite.
//!
//! It follows the client contract of the MCP conformance suite, as the SDK's own conformance client does: the
//! scenario comes in MCP_CONFORMANCE_SCENARIO (every `auth/*` name runs the standard authorization-code client; any
//! other name exits 1), the MCP server URL (Streamable HTTP) is the last argument, and consent is headless (a GET of
//! the authorization URL that does not follow the redirect; `code`, `state` and `iss` are read from its Location and
//! handed back to the SDK).
//!
//! The flow is the SDK's own, used as its conformance client uses it: an unauthenticated connection attempt whose
//! 401 challenge seeds `OAuthState::start_authorization` (discovery, registration, scope selection), then
//! `handle_callback_with_issuer` (the code exchange), and an `AuthClient` around the resulting `AuthorizationManager`
//! as the Streamable HTTP transport's client. Whether and when the token is refreshed is left to the SDK
//! (`AuthorizationManager::get_access_token`, and `AuthClient`'s one silent refresh on a 401). When a request still
//! fails with an authorization challenge, the client authorizes again once, with that challenge, and reconnects, as
//! the SDK's conformance client does on a step-up.
//!
//! After connecting it lists the tools and calls one (`echo` when present) a few times over about five seconds, so
//! that an access token with a lifetime of a few seconds runs out during the session.
//!
//! It registers dynamically only: a Client ID Metadata Document needs an HTTPS URL the authorization server can
//! fetch, and there is none on loopback (rmcp refuses a non-HTTPS client_metadata_url).

use std::{borrow::Cow, process::ExitCode, time::Duration};

use anyhow::{anyhow, bail, Context as _, Result};
use rmcp::{
    model::{CallToolRequestParams, CallToolResult, ProtocolVersion},
    service::RunningService,
    transport::{
        auth::{AuthorizationCallback, AuthorizationRequest, OAuthState},
        streamable_http_client::StreamableHttpClientTransportConfig,
        AuthClient, StreamableHttpClientTransport,
    },
    ClientHandler, ClientLifecycleMode, ClientServiceExt, RoleClient, ServiceError,
};
use serde_json::{Map, Value};
use tracing::info;

/// The loopback redirect URI the client registers. Nothing listens there: the authorization response is read from
/// the authorization endpoint's redirect instead.
const REDIRECT_URI: &str = "http://localhost:3000/callback";

/// Tool calls after tools/list, and the pause between them: about five seconds in all, so that a lifetime of a few
/// seconds runs out during the session whichever way the SDK notices it.
const TOOL_CALLS: usize = 6;
const CALL_PAUSE: Duration = Duration::from_millis(800);

/// The whole scenario, so that the client always exits on its own before the harness's timeout.
const SCENARIO_TIMEOUT: Duration = Duration::from_secs(50);

/// What the harness may pass in MCP_CONFORMANCE_CONTEXT (pre-registered credentials; nothing else is used).
#[derive(Debug, Default)]
struct ConformanceContext {
    client_id: Option<String>,
    client_secret: Option<String>,
}

impl ConformanceContext {
    fn from_env() -> Result<Self> {
        let Ok(raw) = std::env::var("MCP_CONFORMANCE_CONTEXT") else {
            return Ok(Self::default());
        };
        let value: Value =
            serde_json::from_str(&raw).context("MCP_CONFORMANCE_CONTEXT is not JSON")?;
        let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
        Ok(Self {
            client_id: field("client_id"),
            client_secret: field("client_secret"),
        })
    }
}

/// The client's MCP handler: no capabilities beyond the defaults.
#[derive(Clone, Default)]
struct InteropClientHandler;
impl ClientHandler for InteropClientHandler {}

type Client = RunningService<RoleClient, InteropClientHandler>;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing::Level::INFO)
        .init();

    let Some(server_url) = std::env::args().skip(1).last() else {
        eprintln!("usage: client <mcp-server-url>");
        return ExitCode::FAILURE;
    };
    let scenario = std::env::var("MCP_CONFORMANCE_SCENARIO").unwrap_or_default();
    if !scenario.starts_with("auth/") {
        eprintln!("Unknown scenario: {scenario:?}");
        return ExitCode::FAILURE;
    }
    let context = match ConformanceContext::from_env() {
        Ok(context) => context,
        Err(error) => {
            eprintln!("{error:#}");
            return ExitCode::FAILURE;
        }
    };

    info!("running scenario {scenario:?} against {server_url}");
    match tokio::time::timeout(SCENARIO_TIMEOUT, run_auth_client(&server_url, &context)).await {
        Ok(Ok(())) => {
            info!("scenario {scenario:?} done");
            ExitCode::SUCCESS
        }
        Ok(Err(error)) => {
            eprintln!("scenario {scenario:?} failed: {error:#}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!(
                "scenario {scenario:?} timed out after {}s",
                SCENARIO_TIMEOUT.as_secs()
            );
            ExitCode::FAILURE
        }
    }
}

/// The protocol version the harness asks for (MCP_CONFORMANCE_PROTOCOL_VERSION), 2025-11-25 by default.
fn protocol_version() -> ProtocolVersion {
    std::env::var("MCP_CONFORMANCE_PROTOCOL_VERSION")
        .ok()
        .and_then(|version| serde_json::from_value(Value::String(version)).ok())
        .unwrap_or(ProtocolVersion::V_2025_11_25)
}

/// The legacy initialize handshake up to 2025-11-25; `server/discover` from 2026-07-28 on, preferring the requested
/// version, as the SDK's conformance client chooses.
fn lifecycle() -> ClientLifecycleMode {
    let requested = protocol_version();
    if requested.as_str() < ProtocolVersion::V_2026_07_28.as_str() {
        return ClientLifecycleMode::Initialize;
    }
    let mut preferred = vec![requested];
    for version in ProtocolVersion::KNOWN_VERSIONS.iter().rev() {
        if !preferred.contains(version) {
            preferred.push(version.clone());
        }
    }
    ClientLifecycleMode::Discover {
        preferred_versions: preferred,
    }
}

/// Authorizes, connects, lists the tools and calls one a few times; authorizes again once when a request fails with
/// an authorization challenge the SDK could not answer itself (no refresh token, a refused refresh).
async fn run_auth_client(server_url: &str, context: &ConformanceContext) -> Result<()> {
    let challenge = unauthenticated_challenge(server_url).await?;
    let mut client = authorize_and_connect(server_url, context, challenge).await?;
    let mut reauthorized = false;
    // None until tools/list answered; then the tool to call, if the server has any.
    let mut tool: Option<Option<Cow<'static, str>>> = None;

    // Step 0 is tools/list; steps 1..=TOOL_CALLS are the tool calls.
    let mut step = 0;
    let mut pause_before = false;
    while step <= TOOL_CALLS {
        if pause_before {
            tokio::time::sleep(CALL_PAUSE).await;
        }
        let outcome = match &tool {
            None => list_tools(&client).await.map(|listed| tool = Some(listed)),
            Some(None) => break,
            Some(Some(name)) => call_tool(&client, name, step).await,
        };
        match outcome {
            Ok(()) => {
                step += 1;
                pause_before = step > 1;
            }
            Err(error) if !reauthorized && is_authorization_error(&error) => {
                let challenge = error.auth_challenge().map(str::to_owned);
                info!("{} failed ({error}); authorizing again", describe(step));
                reauthorized = true;
                pause_before = false;
                client.cancel().await.ok();
                client = authorize_and_connect(server_url, context, challenge).await?;
            }
            Err(error) => return Err(anyhow!(error).context(describe(step))),
        }
    }

    client.cancel().await.context("closing the session")?;
    Ok(())
}

fn describe(step: usize) -> String {
    if step == 0 {
        "tools/list".to_owned()
    } else {
        format!("tools/call #{step}")
    }
}

fn is_authorization_error(error: &ServiceError) -> bool {
    error.auth_challenge().is_some() || error.is_authorization_required()
}

/// The reactive trigger of the flow: connect without credentials and keep the 401's `WWW-Authenticate` challenge.
/// `None` when the server let the connection in (then discovery starts from the server URL alone).
async fn unauthenticated_challenge(server_url: &str) -> Result<Option<String>> {
    let transport = StreamableHttpClientTransport::from_uri(server_url);
    match InteropClientHandler
        .serve_with_lifecycle(transport, lifecycle())
        .await
    {
        Ok(client) => {
            client.cancel().await.ok();
            Ok(None)
        }
        Err(error) => match error.auth_challenge() {
            Some(challenge) => Ok(Some(challenge.to_owned())),
            None => Err(anyhow!(error).context("unauthenticated connection attempt")),
        },
    }
}

/// The SDK's authorization-code flow with headless consent, then a connection through an `AuthClient`.
async fn authorize_and_connect(
    server_url: &str,
    context: &ConformanceContext,
    challenge: Option<String>,
) -> Result<Client> {
    let mut oauth = OAuthState::new(server_url, None)
        .await
        .context("OAuthState::new")?;
    let mut request =
        AuthorizationRequest::new(REDIRECT_URI).with_client_name("sep-2207 interop client (rmcp)");
    if let Some(client_id) = &context.client_id {
        request = request.with_preregistered_client(client_id);
        if let Some(secret) = &context.client_secret {
            request = request.with_client_secret(secret);
        }
    }
    if let Some(challenge) = challenge {
        request = request.with_challenge(challenge);
    }
    oauth
        .start_authorization(request)
        .await
        .context("start_authorization")?;
    let authorization_url = oauth
        .get_authorization_url()
        .await
        .context("get_authorization_url")?;

    let callback = headless_consent(&authorization_url).await?;
    oauth
        .handle_callback_with_issuer(
            &callback.code,
            &callback.csrf_token,
            callback.issuer.as_deref(),
        )
        .await
        .context("handle_callback_with_issuer (code exchange)")?;
    let manager = oauth
        .into_authorization_manager()
        .ok_or_else(|| anyhow!("the SDK did not reach the authorized state"))?;
    info!("authorized");

    let transport = StreamableHttpClientTransport::with_client(
        AuthClient::new(reqwest::Client::default(), manager),
        StreamableHttpClientTransportConfig::with_uri(server_url),
    );
    let client = InteropClientHandler
        .serve_with_lifecycle(transport, lifecycle())
        .await
        .context("connecting with the access token")?;
    info!("connected to {server_url}");
    Ok(client)
}

/// Plays the user agent: the mock authorization endpoint approves at once, so its redirect to the callback carries
/// the authorization response.
async fn headless_consent(authorization_url: &str) -> Result<AuthorizationCallback> {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let response = http
        .get(authorization_url)
        .send()
        .await
        .context("authorization request")?;
    let status = response.status();
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .ok_or_else(|| {
            anyhow!("the authorization endpoint answered {status} without a redirect")
        })?;
    let redirect = reqwest::Url::parse(location)
        .with_context(|| format!("authorization redirect {location:?}"))?;
    if let Some((_, error)) = redirect.query_pairs().find(|(key, _)| key == "error") {
        let description = redirect
            .query_pairs()
            .find(|(key, _)| key == "error_description")
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default();
        bail!("authorization refused: {error} {description}");
    }
    Ok(AuthorizationCallback::from_redirect_url(location)?)
}

/// Lists the tools and picks the one to call: `echo` when the server has it, else the first; none if it has none.
async fn list_tools(client: &Client) -> Result<Option<Cow<'static, str>>, ServiceError> {
    let tools = client.list_tools(Default::default()).await?;
    let tool = tools
        .tools
        .iter()
        .find(|tool| tool.name == "echo")
        .or_else(|| tools.tools.first());
    match tool {
        Some(tool) => info!(
            "tools/list: {} tool(s), calling {}",
            tools.tools.len(),
            tool.name
        ),
        None => info!("tools/list: the server has no tools"),
    }
    Ok(tool.map(|tool| tool.name.clone()))
}

async fn call_tool(
    client: &Client,
    name: &Cow<'static, str>,
    call: usize,
) -> Result<(), ServiceError> {
    let mut arguments = Map::new();
    arguments.insert("text".to_owned(), Value::String(format!("call {call}")));
    let result = client
        .call_tool(CallToolRequestParams::new(name.clone()).with_arguments(arguments))
        .await?;
    info!("tools/call {name} #{call}: {}", text(&result));
    Ok(())
}

fn text(result: &CallToolResult) -> String {
    let texts: Vec<&str> = result
        .content
        .iter()
        .filter_map(|content| content.as_text())
        .map(|t| t.text.as_str())
        .collect();
    if result.is_error == Some(true) {
        format!("error: {}", texts.join(" "))
    } else {
        texts.join(" ")
    }
}
