/**
 * The authorization server's metadata: RFC 8414 at `/.well-known/oauth-authorization-server`, or OpenID Connect
 * discovery at `/.well-known/openid-configuration`, whichever the scenario publishes; the other answers 404.
 */
import type { RequestHandler } from 'express';
import type { AuthorizationServerContext } from './context.js';
import { oauthError } from './oauth.js';

export type MetadataDocument = 'oauth' | 'openid';

const NOT_PUBLISHED: Record<MetadataDocument, string> = {
  oauth: 'This server publishes OpenID Connect discovery metadata only.',
  openid: 'This server publishes RFC 8414 metadata only.',
};

export function metadataHandler(context: AuthorizationServerContext, document: MetadataDocument): RequestHandler {
  return (_req, res) => {
    res.locals.endpoint = document === 'oauth' ? 'as-metadata' : 'oidc-metadata';
    const published: MetadataDocument = context.config.metadataLocation === 'openid-only' ? 'openid' : 'oauth';
    if (document !== published) {
      oauthError(res, 404, 'not_found', NOT_PUBLISHED[document]);
      return;
    }
    res.json(metadata(context));
  };
}

function metadata({ config, issuer }: AuthorizationServerContext) {
  return {
    issuer: issuer(),
    authorization_endpoint: `${issuer()}/authorize`,
    token_endpoint: `${issuer()}/token`,
    registration_endpoint: `${issuer()}/register`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_post', 'client_secret_basic'],
    scopes_supported: config.scopesSupported,
    authorization_response_iss_parameter_supported: true,
    client_id_metadata_document_supported: config.clientIdMetadataDocumentSupported,
    ...(config.metadataLocation === 'openid-only'
      ? {
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          jwks_uri: `${issuer()}/jwks`,
          prompt_values_supported: ['none', 'login', 'consent'],
        }
      : {}),
  };
}
