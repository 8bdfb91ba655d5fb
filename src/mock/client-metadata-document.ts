/**
 * Client ID Metadata Documents: when a client uses a URL as its `client_id`, the authorization server fetches the
 * document at that URL. The fetch starts when the URL is first seen and is settled before results are written.
 */

export type ClientMetadataDocument =
  { url: string; fetched: true; document: Record<string, unknown> } | { url: string; fetched: false; reason: string };

const FETCH_TIMEOUT_MS = 3000;
const MAX_DOCUMENT_BYTES = 64 * 1024;

export async function fetchClientMetadataDocument(url: string): Promise<ClientMetadataDocument> {
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) return { url, fetched: false, reason: `the URL answered HTTP ${response.status}` };
    const text = await response.text();
    if (text.length > MAX_DOCUMENT_BYTES) return { url, fetched: false, reason: 'the document is larger than 64 KiB' };
    const document: unknown = JSON.parse(text);
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      return { url, fetched: false, reason: 'the document is not a JSON object' };
    }
    return { url, fetched: true, document: document as Record<string, unknown> };
  } catch (error) {
    const cause =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { url, fetched: false, reason: `the URL could not be fetched: ${cause}` };
  }
}
