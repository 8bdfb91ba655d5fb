// A conformance-style MCP client on the Go SDK (github.com/modelcontextprotocol/go-sdk), for the interop suite.
//
// It follows the client contract of the MCP conformance suite, as the SDK's own conformance client does: the
// scenario comes in MCP_CONFORMANCE_SCENARIO (upstream names only; an unknown name exits 1), the MCP server URL is
// the last argument, and the authorization URL is fetched headless (a GET that does not follow the redirect, with
// code, state and iss read from its Location). It authorizes with the SDK's authorization-code handler, lists the
// tools, calls one, and keeps calling it for a few seconds so that its access token expires mid-session.
//
// It is configured as the SDK documents for a client that wants refresh tokens (RequestRefreshToken, and
// refresh_token among the registered grant types). It registers dynamically only: a Client ID Metadata Document
// needs an HTTPS URL the authorization server can fetch, and there is none on loopback.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

// The loopback redirect URI the client registers. Nothing listens there: the authorization response is read from
// the authorization endpoint's redirect instead.
const redirectURL = "http://127.0.0.1:3000/callback"

// Requests after tools/list, and the pause between them: about five seconds in all, so that a lifetime of a few
// seconds runs out during the session whichever way the client notices it.
const (
	extraCalls = 6
	callPause  = 800 * time.Millisecond
)

// runner is one scenario's client: the MCP server URL and the parsed MCP_CONFORMANCE_CONTEXT.
type runner func(ctx context.Context, serverURL string, conformanceContext map[string]any) error

// Upstream conformance scenarios the standard authorization-code client handles.
var authScenarios = []string{
	"auth/2025-03-26-oauth-endpoint-fallback",
	"auth/2025-03-26-oauth-metadata-backcompat",
	"auth/basic-cimd",
	"auth/metadata-default",
	"auth/metadata-var1",
	"auth/metadata-var2",
	"auth/metadata-var3",
	"auth/offline-access-not-supported",
	"auth/offline-access-scope",
	"auth/pre-registration",
	"auth/scope-from-scopes-supported",
	"auth/scope-from-www-authenticate",
	"auth/scope-omitted-when-undefined",
	"auth/token-endpoint-auth-basic",
	"auth/token-endpoint-auth-none",
	"auth/token-endpoint-auth-post",
}

func scenarios() map[string]runner {
	known := map[string]runner{}
	for _, name := range authScenarios {
		known[name] = runAuthorizationCodeClient
	}
	return known
}

func main() {
	log.SetFlags(log.Ltime | log.Lmicroseconds)
	if len(os.Args) < 2 {
		log.Fatalf("usage: %s <mcp-server-url>", os.Args[0])
	}
	serverURL := os.Args[len(os.Args)-1]
	name := os.Getenv("MCP_CONFORMANCE_SCENARIO")
	if name == "" {
		log.Fatal("MCP_CONFORMANCE_SCENARIO is not set")
	}
	run, ok := scenarios()[name]
	if !ok {
		log.Fatalf("Unknown scenario: %q", name)
	}
	var conformanceContext map[string]any
	if raw := os.Getenv("MCP_CONFORMANCE_CONTEXT"); raw != "" {
		if err := json.Unmarshal([]byte(raw), &conformanceContext); err != nil {
			log.Fatalf("MCP_CONFORMANCE_CONTEXT is not a JSON object: %v", err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	if err := run(ctx, serverURL, conformanceContext); err != nil {
		log.Fatalf("scenario %q failed: %v", name, err)
	}
	log.Printf("scenario %q done", name)
}

// fetchAuthorizationCode plays the user agent: the mock authorization endpoint approves at once, so its redirect
// to the callback carries the authorization response.
func fetchAuthorizationCode(ctx context.Context, args *auth.AuthorizationArgs) (*auth.AuthorizationResult, error) {
	noRedirects := &http.Client{
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, args.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := noRedirects.Do(req)
	if err != nil {
		return nil, fmt.Errorf("authorization request: %w", err)
	}
	defer resp.Body.Close()
	location := resp.Header.Get("Location")
	if location == "" {
		return nil, fmt.Errorf("authorization endpoint answered %s without a redirect", resp.Status)
	}
	callback, err := url.Parse(location)
	if err != nil {
		return nil, fmt.Errorf("authorization redirect %q: %w", location, err)
	}
	query := callback.Query()
	if e := query.Get("error"); e != "" {
		return nil, fmt.Errorf("authorization refused: %s %s", e, query.Get("error_description"))
	}
	log.Printf("authorized (redirect to %s)", callback.Host+callback.Path)
	return &auth.AuthorizationResult{Code: query.Get("code"), State: query.Get("state"), Iss: query.Get("iss")}, nil
}

func runAuthorizationCodeClient(ctx context.Context, serverURL string, conformanceContext map[string]any) error {
	config := &auth.AuthorizationCodeHandlerConfig{
		RedirectURL:              redirectURL,
		AuthorizationCodeFetcher: fetchAuthorizationCode,
		RequestRefreshToken:      true,
		DynamicClientRegistrationConfig: &auth.DynamicClientRegistrationConfig{
			Metadata: &oauthex.ClientRegistrationMetadata{
				ClientName:              "sep-2207 interop client (go-sdk)",
				RedirectURIs:            []string{redirectURL},
				GrantTypes:              []string{"authorization_code", "refresh_token"},
				ResponseTypes:           []string{"code"},
				TokenEndpointAuthMethod: "none",
			},
		},
	}
	if clientID, ok := conformanceContext["client_id"].(string); ok {
		credentials := &oauthex.ClientCredentials{ClientID: clientID}
		if secret, ok := conformanceContext["client_secret"].(string); ok {
			credentials.ClientSecretAuth = &oauthex.ClientSecretAuth{ClientSecret: secret}
		}
		config.PreregisteredClient = credentials
	}
	handler, err := auth.NewAuthorizationCodeHandler(config)
	if err != nil {
		return fmt.Errorf("auth.NewAuthorizationCodeHandler: %w", err)
	}

	client := mcp.NewClient(&mcp.Implementation{Name: "sep-2207-interop-go-sdk", Version: "1.0.0"}, nil)
	transport := &mcp.StreamableClientTransport{Endpoint: serverURL, OAuthHandler: handler}
	session, err := client.Connect(ctx, transport, nil)
	if err != nil {
		return fmt.Errorf("client.Connect: %w", err)
	}
	defer session.Close()
	log.Printf("connected to %s", serverURL)

	tools, err := session.ListTools(ctx, nil)
	if err != nil {
		return fmt.Errorf("tools/list: %w", err)
	}
	if len(tools.Tools) == 0 {
		return errors.New("tools/list: the server has no tools")
	}
	tool := tools.Tools[0].Name
	if slices.ContainsFunc(tools.Tools, func(t *mcp.Tool) bool { return t.Name == "echo" }) {
		tool = "echo"
	}

	for call := 1; call <= extraCalls; call++ {
		if call > 1 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(callPause):
			}
		}
		result, err := session.CallTool(ctx, &mcp.CallToolParams{
			Name:      tool,
			Arguments: map[string]any{"text": fmt.Sprintf("call %d", call)},
		})
		if err != nil {
			return fmt.Errorf("tools/call %s #%d: %w", tool, call, err)
		}
		if result.IsError {
			return fmt.Errorf("tools/call %s #%d: the tool answered an error: %s", tool, call, text(result))
		}
		log.Printf("tools/call %s #%d: %s", tool, call, text(result))
	}
	return nil
}

func text(result *mcp.CallToolResult) string {
	var parts []string
	for _, content := range result.Content {
		if t, ok := content.(*mcp.TextContent); ok {
			parts = append(parts, t.Text)
		}
	}
	return strings.Join(parts, " ")
}
