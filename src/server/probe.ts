/**
 * Server mode's probe: what an MCP client sees before it authorizes. An unauthenticated `initialize`, the
 * `WWW-Authenticate` challenge, then the Protected Resource Metadata (from the challenge, else the RFC 9728
 * well-known locations). Every request and answer is recorded as a transcript by the recorder the mocks use.
 */
import type { Exchange } from '../model.js';
import { recordedBody, TranscriptRecorder } from '../mock/transcript.js';
import { bearerChallenge } from './www-authenticate.js';

export interface ServerProbe {
  transcript: Exchange[];
  /** Why the probe could not get a meaningful answer (unreachable, TLS, redirect, not MCP), or null. */
  problem: string | null;
  /** Metadata locations that could not be fetched at all, in words. */
  unreachableMetadata: string[];
}

function initializeRequest(protocolVersion: string) {
  return {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion, capabilities: {}, clientInfo: { name: 'sep-2207-action server probe', version: '1' } },
  };
}

/** A fetch failure in words: connection refused, DNS, TLS, timeout. */
export function describeFetchError(error: unknown, url: string): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: string } | undefined)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (error instanceof Error && error.name === 'TimeoutError') return `${url} did not answer in time`;
  if (code === 'ECONNREFUSED') return `nothing is listening at ${url} (connection refused)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host of ${url} could not be resolved (${code})`;
  if (
    code &&
    (/^(ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code) || /certificate|TLS|SSL/i.test(message))
  ) {
    return `TLS error talking to ${url}: ${message} (${code})`;
  }
  return `${url} could not be reached: ${message}${code ? ` (${code})` : ''}`;
}

interface ProbeRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** One request of the probe, redirects not followed, recorded once answered (a request that fails is not). */
async function recordedFetch(
  recorder: TranscriptRecorder,
  url: string,
  init: ProbeRequest,
  endpoint: Exchange['endpoint'],
  timeoutMs: number,
): Promise<Exchange> {
  const receivedAt = recorder.now();
  const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  const parsed = new URL(url);
  const headers = Object.fromEntries(Object.entries(init.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return recorder.begin('mcp-server', receivedAt).end({
    endpoint,
    method: init.method,
    path: parsed.pathname,
    query: Object.fromEntries(parsed.searchParams),
    headers,
    body: init.body === undefined ? { kind: 'none' } : recordedBody(headers['content-type'] ?? '', init.body),
    status: response.status,
    responseHeaders: Object.fromEntries(response.headers),
    responseText: text,
    responseLength: text.length,
  });
}

/** RFC 9728 §3.1: the path-inserted location first, then the root one. */
export function wellKnownMetadataUrls(serverUrl: string): string[] {
  const url = new URL(serverUrl);
  const path = url.pathname.replace(/\/$/, '');
  const root = `${url.origin}/.well-known/oauth-protected-resource`;
  return path === '' ? [root] : [`${root}${path}`, root];
}

export async function probeServer(serverUrl: string, protocolVersion: string, timeoutMs: number): Promise<ServerProbe> {
  const recorder = new TranscriptRecorder();
  const transcript = recorder.exchanges;
  let initialize: Exchange;
  try {
    initialize = await recordedFetch(
      recorder,
      serverUrl,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': protocolVersion,
        },
        body: JSON.stringify(initializeRequest(protocolVersion)),
      },
      'mcp',
      timeoutMs,
    );
  } catch (error) {
    return { transcript, problem: describeFetchError(error, serverUrl), unreachableMetadata: [] };
  }
  const problem = initializeProblem(serverUrl, initialize);
  if (problem !== null) return { transcript, problem, unreachableMetadata: [] };

  const challenge = bearerChallenge(initialize.responseHeaders['www-authenticate']);
  const candidates = challenge?.resource_metadata ? [challenge.resource_metadata] : wellKnownMetadataUrls(serverUrl);
  const unreachableMetadata: string[] = [];
  for (const candidate of candidates) {
    if (!URL.canParse(candidate)) {
      unreachableMetadata.push(`${JSON.stringify(candidate)} is not a URL`);
      continue;
    }
    try {
      const metadata = await recordedFetch(
        recorder,
        candidate,
        { method: 'GET', headers: { accept: 'application/json' } },
        'prm',
        timeoutMs,
      );
      if (metadata.status === 200 && metadata.response.kind === 'json') break;
    } catch (error) {
      unreachableMetadata.push(describeFetchError(error, candidate));
    }
  }
  return { transcript, problem: null, unreachableMetadata };
}

/** Why the answer to `initialize` ends the probe (a redirect, or not MCP at all), or null. */
function initializeProblem(serverUrl: string, initialize: Exchange): string | null {
  const contentType = initialize.responseHeaders['content-type'];
  if (initialize.status >= 300 && initialize.status < 400) {
    const location = initialize.responseHeaders.location ?? '(no Location header)';
    return (
      `${serverUrl} redirected (${initialize.status}) to ${location}; ` +
      'MCP clients do not follow redirects on the MCP endpoint, so give the final URL.'
    );
  }
  const looksLikeMcp =
    initialize.status === 401 || (initialize.status < 300 && /json|event-stream/.test(contentType ?? ''));
  if (looksLikeMcp) return null;
  return (
    `${serverUrl} does not look like an MCP server: an \`initialize\` POST was answered ${initialize.status} ` +
    `with ${contentType ?? 'no content type'}.`
  );
}
