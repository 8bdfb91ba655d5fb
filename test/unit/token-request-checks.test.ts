import { describe, expect, it } from 'vitest';
import { refreshTokenConfidential, tokenRequestPost } from '../../src/checks/token-requests.js';
import type { EvaluationInput } from '../../src/checks/types.js';
import type { Transcript } from '../../src/model.js';
import type { MockServersConfig } from '../../src/mock/mock-servers.js';
import { refreshTokenRotation } from '../../src/scenarios/refresh-token-rotation.js';
import { refreshTokenUse } from '../../src/scenarios/refresh-token-use.js';
import {
  asMetadata,
  authorize,
  clientRun,
  codeExchange,
  expired401,
  mcp,
  prm,
  refresh,
  register,
  token,
  transcript,
  type Step,
} from './transcript-builder.js';

function input(exchanges: Transcript, mock: MockServersConfig = refreshTokenUse.mock): EvaluationInput {
  return { transcript: exchanges, mock, clientMetadataDocuments: [], client: clientRun() };
}

/** An MCP request carrying `authorization` and `body` of the caller's choosing. */
function mcpCarrying(authorization: string, body: unknown = { jsonrpc: '2.0', id: 2, method: 'tools/list' }): Step {
  return {
    ...mcp(200),
    headers: { authorization, 'content-type': 'application/json' },
    body: { kind: 'json', value: body },
  };
}

describe('oauth-token-request-post', () => {
  it('is SUCCESS for one form POST, saying "The token request"', () => {
    const result = tokenRequestPost(input(transcript(asMetadata(), register(), authorize(), token(), mcp(200))));
    expect(result.id).toBe('oauth-token-request-post');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toBe('The token request used POST with a form-encoded body and nothing in the URL.');
    expect(result.evidence.requests).toEqual([4]);
  });

  it('is SUCCESS for two form POSTs, saying "Both token requests"', () => {
    const exchanges = transcript(
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      expired401(),
      refresh('rt-1'),
      mcp(200),
    );
    const result = tokenRequestPost(input(exchanges));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toMatch(/^Both token requests used POST/);
    expect(result.evidence.requests).toEqual([2, 4]);
  });

  it('is SUCCESS for three form POSTs, saying "All 3 token requests"', () => {
    const exchanges = transcript(
      authorize(),
      codeExchange({ refresh_token: 'rt-1' }),
      expired401(),
      refresh('rt-1'),
      expired401(),
      refresh('rt-1'),
    );
    const result = tokenRequestPost(input(exchanges));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toMatch(/^All 3 token requests used POST/);
    expect(result.evidence.requests).toEqual([2, 4, 6]);
  });

  it('accepts a form content type with a charset parameter, in any case', () => {
    const charset = { ...token(), headers: { 'content-type': 'Application/X-WWW-Form-URLEncoded; charset=UTF-8' } };
    expect(tokenRequestPost(input(transcript(authorize(), charset))).status).toBe('SUCCESS');
  });

  it('is FAILURE for a GET to the token endpoint, naming the request', () => {
    const get: Step = {
      ...token(),
      method: 'GET',
      headers: {},
      body: { kind: 'none' },
      query: { grant_type: 'authorization_code', code: 'code-1' },
    };
    const result = tokenRequestPost(input(transcript(authorize(), get, mcp(200))));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#2 GET /token');
    expect(result.message).toContain('used GET instead of POST');
    expect(result.evidence.requests).toEqual([2]);
    expect(result.evidence.details).toMatchObject({ method: 'GET', queryParameters: ['grant_type', 'code'] });
  });

  it('is FAILURE for a JSON body, naming the content type and the request', () => {
    const json: Step = {
      ...token(),
      headers: { 'content-type': 'application/json' },
      body: { kind: 'json', value: { grant_type: 'authorization_code', code: 'code-1' } },
    };
    const result = tokenRequestPost(input(transcript(prm(), asMetadata(), authorize(), json)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('#4 POST /token');
    expect(result.message).toContain('`application/json` instead of `application/x-www-form-urlencoded`');
    expect(result.evidence.requests).toEqual([4]);
    expect(result.evidence.details).toMatchObject({ method: 'POST', contentType: 'application/json' });
  });

  it('is FAILURE for a POST with no content type at all', () => {
    const bare: Step = { ...token(), headers: {} };
    const result = tokenRequestPost(input(transcript(authorize(), bare)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('no content type');
    expect(result.evidence.details).toMatchObject({ contentType: null });
  });

  for (const parameter of ['code', 'refresh_token', 'client_secret']) {
    it(`is FAILURE when \`${parameter}\` is in the token request's URL, naming the parameter`, () => {
      const inUrl: Step = { ...token(), query: { [parameter]: 'secret-value' } };
      const result = tokenRequestPost(input(transcript(authorize(), mcp(200), inUrl)));
      expect(result.status).toBe('FAILURE');
      expect(result.message).toContain('#3 POST /token');
      expect(result.message).toContain(`put \`${parameter}\` in the URL`);
      expect(result.evidence.requests).toEqual([3]);
      expect(result.evidence.details).toMatchObject({ queryParameters: [parameter] });
    });
  }

  it('does not object to a harmless query parameter on a form POST', () => {
    const harmless: Step = { ...token(), query: { tenant: 'acme' } };
    expect(tokenRequestPost(input(transcript(authorize(), harmless))).status).toBe('SUCCESS');
  });

  it('names every offending request, and only those', () => {
    const get: Step = { ...token(), method: 'GET', body: { kind: 'none' } };
    const withSecret: Step = { ...refresh('rt-1'), query: { client_secret: 's', refresh_token: 'rt-1' } };
    const exchanges = transcript(authorize(), codeExchange({ refresh_token: 'rt-1' }), get, withSecret);
    const result = tokenRequestPost(input(exchanges));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([3, 4]);
    expect(result.message).not.toContain('#2 POST /token');
    expect(result.message).toContain('#3 GET /token');
    expect(result.message).toContain('#4 POST /token');
    expect(result.message).toContain('put `client_secret`, `refresh_token` in the URL');
    expect(result.evidence.details).toMatchObject({ method: 'GET' });
  });

  it('is SKIPPED when the client never sent a token request', () => {
    const result = tokenRequestPost(input(transcript(mcp(401), prm(), asMetadata(), register(), authorize())));
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('never sent a token request');
    expect(result.evidence.requests).toEqual([]);
  });
});

describe('sep-2207-refresh-token-confidential', () => {
  const issuing = () => [authorize(), codeExchange({ refresh_token: 'rt-1' }), mcp(200), expired401()];

  it('is SUCCESS when the refresh token only travels in token POST bodies', () => {
    const result = refreshTokenConfidential(input(transcript(...issuing(), refresh('rt-1'), mcp(200))));
    expect(result.id).toBe('sep-2207-refresh-token-confidential');
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('The issued refresh token was sent only to the token endpoint');
  });

  it('is SUCCESS with rotation, counting every issued refresh token', () => {
    const exchanges = transcript(
      ...issuing(),
      refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
      expired401(),
      refresh('rt-2', { response: { refresh_token: 'rt-3' } }),
    );
    const result = refreshTokenConfidential(input(exchanges, refreshTokenRotation.mock));
    expect(result.status).toBe('SUCCESS');
    expect(result.message).toContain('The 3 issued refresh tokens were sent only to the token endpoint');
  });

  it(
    'is FAILURE when the refresh token is sent to the MCP server ' + 'as a bearer token, naming the header and request',
    () => {
      const exchanges = transcript(...issuing(), mcpCarrying('Bearer rt-1'), mcp(200));
      const result = refreshTokenConfidential(input(exchanges));
      expect(result.status).toBe('FAILURE');
      expect(result.message).toContain('the `authorization` header of #5 POST /mcp');
      expect(result.message).toContain('to the MCP server');
      expect(result.evidence.requests).toEqual([5]);
      expect(result.evidence.details.places).toEqual([
        'the `authorization` header of #5 POST /mcp → 200 to the MCP server',
      ]);
    },
  );

  it('is FAILURE when the refresh token is in an MCP request body', () => {
    const exchanges = transcript(
      ...issuing(),
      mcpCarrying('Bearer at-2', {
        jsonrpc: '2.0',
        id: 3,
        method: 'tools/call',
        params: { arguments: { token: 'rt-1' } },
      }),
    );
    const result = refreshTokenConfidential(input(exchanges));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the body of #5 POST /mcp');
    expect(result.message).toContain('to the MCP server');
    expect(result.evidence.requests).toEqual([5]);
  });

  it('is FAILURE when the refresh token is in the query string of an authorization request', () => {
    const exchanges = transcript(...issuing(), authorize({ x: 'rt-1' }));
    const result = refreshTokenConfidential(input(exchanges));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the URL query parameter `x` of #5 GET /authorize');
    expect(result.evidence.requests).toEqual([5]);
  });

  it('is FAILURE when the refresh token is in the query string of a token request, even a POST', () => {
    const inUrl: Step = { ...refresh('rt-1'), query: { refresh_token: 'rt-1' } };
    const result = refreshTokenConfidential(input(transcript(...issuing(), inUrl)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the URL query parameter `refresh_token` of #5 POST /token');
    expect(result.message).not.toContain('body parameter');
    expect(result.evidence.requests).toEqual([5]);
  });

  it('is FAILURE when the refresh token is in the query string of an MCP request', () => {
    const inUrl: Step = { ...mcp(200), query: { refresh: 'rt-1' } };
    const result = refreshTokenConfidential(input(transcript(...issuing(), inUrl)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the URL query parameter `refresh` of #5 POST /mcp');
  });

  it('is FAILURE when the refresh token is in the path of a request', () => {
    const inPath: Step = { ...mcp(200), path: '/mcp/rt-1' };
    const result = refreshTokenConfidential(input(transcript(...issuing(), inPath)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the path of #5 POST /mcp/rt-1');
  });

  it('is FAILURE when the refresh token is in a header to the token endpoint', () => {
    const inHeader: Step = {
      ...refresh('rt-1'),
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer rt-1' },
    };
    const result = refreshTokenConfidential(input(transcript(...issuing(), inHeader)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the `authorization` header of #5 POST /token');
    expect(result.message).toContain('to the authorization server');
    expect(result.evidence.requests).toEqual([5]);
  });

  it('is FAILURE when a token request body carries the refresh token under another parameter name', () => {
    const exchanges = transcript(...issuing(), refresh('rt-1', { form: { assertion: 'rt-1' } }));
    const result = refreshTokenConfidential(input(exchanges));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the body parameter `assertion` of #5 POST /token');
    expect(result.message).not.toContain('`refresh_token` of');
    expect(result.evidence.requests).toEqual([5]);
  });

  it('is FAILURE when the refresh token is posted as a form to another endpoint, e.g. registration', () => {
    const toRegister: Step = {
      ...register(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: { kind: 'form', value: { refresh_token: 'rt-1' } },
    };
    const result = refreshTokenConfidential(input(transcript(...issuing(), toRegister)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).toContain('the body parameter `refresh_token` of #5 POST /register');
  });

  it('finds a rotated refresh token leaked later, not only the first one issued', () => {
    const exchanges = transcript(
      ...issuing(),
      refresh('rt-1', { response: { refresh_token: 'rt-2' } }),
      mcpCarrying('Bearer rt-2'),
    );
    const result = refreshTokenConfidential(input(exchanges, refreshTokenRotation.mock));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([6]);
    expect(result.message).toContain('#6 POST /mcp');
  });

  it('lists one request once in the evidence even when it leaks the token in two places', () => {
    const both = mcpCarrying('Bearer rt-1', { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { rt: 'rt-1' } });
    const result = refreshTokenConfidential(input(transcript(...issuing(), both)));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([5]);
    expect(result.evidence.details.places).toHaveLength(2);
  });

  it('lists up to five leaks in the message and says how many more there were', () => {
    const leaks = Array.from({ length: 7 }, () => mcpCarrying('Bearer rt-1'));
    const result = refreshTokenConfidential(input(transcript(...issuing(), ...leaks)));
    expect(result.status).toBe('FAILURE');
    expect(result.evidence.requests).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(result.evidence.details.places).toHaveLength(7);
    for (const seq of [5, 6, 7, 8, 9]) expect(result.message).toContain(`#${seq} POST /mcp`);
    expect(result.message).not.toContain('#10 POST /mcp');
    expect(result.message).not.toContain('#11 POST /mcp');
    expect(result.message).toContain('(and 2 more)');
  });

  it('does not say "more" when there are exactly five leaks', () => {
    const leaks = Array.from({ length: 5 }, () => mcpCarrying('Bearer rt-1'));
    const result = refreshTokenConfidential(input(transcript(...issuing(), ...leaks)));
    expect(result.status).toBe('FAILURE');
    expect(result.message).not.toContain('more');
  });

  it('ignores a refresh token in a response that was not a success', () => {
    const refused: Step = {
      ...token(),
      status: 400,
      response: { kind: 'json', value: { error: 'invalid_grant', refresh_token: 'rt-9' } },
    };
    const result = refreshTokenConfidential(input(transcript(authorize(), refused, mcpCarrying('Bearer rt-9'))));
    expect(result.status).toBe('SKIPPED');
  });

  it('is SKIPPED when no refresh token was issued', () => {
    const result = refreshTokenConfidential(
      input(transcript(...[authorize(), token(), mcp(200), expired401()], authorize(), token())),
    );
    expect(result.status).toBe('SKIPPED');
    expect(result.message).toContain('issued no refresh token');
    expect(result.evidence.requests).toEqual([]);
  });
});
