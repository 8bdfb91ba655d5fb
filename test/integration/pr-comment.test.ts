/**
 * The sticky pull request comment against a local server that plays the three GitHub REST endpoints it uses
 * (list issue comments with Link-header pagination, create, update), under a GHES-style `/api/v3` prefix.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  COMMENT_MARKER,
  MAX_COMMENT_LENGTH,
  pullRequestFromContext,
  upsertPullRequestComment,
} from '../../src/action/pr-comment.js';

const TOKEN = 'ghs_test-token-123';
const OWNER = 'octo-org';
const REPO = 'mcp-client';
const PULL = 7;
/** The fake API's page size, whatever `per_page` asks, so a few comments already span pages. */
const PAGE_SIZE = 2;

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: { body?: string } | undefined;
}

const state = {
  comments: [] as Comment[],
  requests: [] as RecordedRequest[],
  /** Answer this status to every request of this method, as GitHub does to a token without the permission. */
  failing: null as { method: string; status: number } | null,
  nextId: 100,
};

let server: Server;
let apiUrl: string;

const commentUrl = (id: number) => `https://github.example/${OWNER}/${REPO}/pull/${PULL}#issuecomment-${id}`;

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<{ body?: string } | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as { body?: string });
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', apiUrl);
  const body = await readBody(request);
  const path = url.pathname.replace(/^\/api\/v3/, '');
  state.requests.push({
    method: request.method ?? '',
    path,
    query: url.searchParams,
    authorization: request.headers.authorization,
    body,
  });

  if (request.headers.authorization !== `token ${TOKEN}` && request.headers.authorization !== `Bearer ${TOKEN}`) {
    return send(response, 401, { message: 'Bad credentials' });
  }
  const { failing } = state;
  if (failing !== null && failing.method === request.method) {
    const message = failing.status === 404 ? 'Not Found' : 'Resource not accessible by integration';
    return send(response, failing.status, { message, documentation_url: 'https://docs.github.com/rest' });
  }
  const list = `/repos/${OWNER}/${REPO}/issues/${PULL}/comments`;
  if (request.method === 'GET' && path === list) {
    const page = Number(url.searchParams.get('page') ?? '1');
    const pages = Math.max(1, Math.ceil(state.comments.length / PAGE_SIZE));
    const link = (n: number) => `<${apiUrl}/repos/${OWNER}/${REPO}/issues/${PULL}/comments?per_page=100&page=${n}>`;
    const links: Record<string, string> =
      page < pages ? { link: `${link(page + 1)}; rel="next", ${link(pages)}; rel="last"` } : {};
    return send(response, 200, state.comments.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), links);
  }
  if (request.method === 'POST' && path === list) {
    const comment: Comment = {
      id: state.nextId++,
      body: body?.body ?? '',
      html_url: '',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    };
    comment.html_url = commentUrl(comment.id);
    state.comments.push(comment);
    return send(response, 201, comment);
  }
  const update = path.match(new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/(\\d+)$`));
  if (request.method === 'PATCH' && update) {
    const comment = state.comments.find((item) => item.id === Number(update[1]));
    if (!comment) return send(response, 404, { message: 'Not Found' });
    comment.body = body?.body ?? '';
    return send(response, 200, comment);
  }
  send(response, 404, { message: 'Not Found' });
}

function comment(id: number, body: string, login = 'someone'): Comment {
  return { id, body, html_url: commentUrl(id), user: { login, type: 'User' } };
}

const upsert = (body: string, token = TOKEN) =>
  upsertPullRequestComment({ token, repository: { owner: OWNER, repo: REPO }, pullNumber: PULL, body, apiUrl });

beforeAll(async () => {
  server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  state.comments = [];
  state.requests = [];
  state.failing = null;
  state.nextId = 100;
});

describe('upsertPullRequestComment', () => {
  it('creates the comment, marker first, when the pull request has none (a quoted marker is not ours)', async () => {
    state.comments = [comment(1, 'Looks good to me'), comment(2, `> ${COMMENT_MARKER}\n> quoting the bot`)];
    const result = await upsert('## ✅ SEP-2207 compatibility matrix');
    expect(result).toEqual({ action: 'created', url: commentUrl(100) });
    expect(state.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/issues/${PULL}/comments`,
      `POST /repos/${OWNER}/${REPO}/issues/${PULL}/comments`,
    ]);
    expect(state.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    expect(state.requests[0]?.query.get('per_page')).toBe('100');
    expect(state.requests[1]?.body?.body).toBe(`${COMMENT_MARKER}\n## ✅ SEP-2207 compatibility matrix`);
    expect(state.comments).toHaveLength(3);
  });

  it('updates the marked comment in place when it is on the second page, following the Link header', async () => {
    state.comments = [
      comment(1, 'first'),
      comment(2, 'second'),
      comment(3, `${COMMENT_MARKER}\nold report`, 'github-actions[bot]'),
      comment(4, 'later'),
    ];
    const result = await upsert(`${COMMENT_MARKER}\nnew report`);
    expect(result).toEqual({ action: 'updated', url: commentUrl(3) });
    expect(
      state.requests.map((request) => `${request.method} ${request.path} ${request.query.get('page') ?? ''}`.trim()),
    ).toEqual([
      `GET /repos/${OWNER}/${REPO}/issues/${PULL}/comments`,
      `GET /repos/${OWNER}/${REPO}/issues/${PULL}/comments 2`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/3`,
    ]);
    // The body already starts with the marker: it is not added twice.
    expect(state.comments.find((item) => item.id === 3)?.body).toBe(`${COMMENT_MARKER}\nnew report`);
    expect(state.comments).toHaveLength(4);
  });

  it('skips with a reason when GitHub answers 403 (a fork, or no pull-requests: write)', async () => {
    state.failing = { method: 'POST', status: 403 };
    const result = await upsert('report');
    expect(result.action).toBe('skipped');
    expect(result.reason).toMatch(
      new RegExp(
        '^GitHub answered 403 when the action tried to comment on octo-org\\/mcp-client#7 \\(Resource not ' +
          'accessible by integration',
      ),
    );
    expect(result.reason).toContain('pull-requests: write');
    expect(state.comments).toEqual([]);
  });

  it('skips with a reason when the comments cannot be listed (404)', async () => {
    state.failing = { method: 'GET', status: 404 };
    const result = await upsert('report');
    expect(result).toEqual({
      action: 'skipped',
      reason: expect.stringMatching(
        /^GitHub answered 404 when the action tried to list the comments/,
      ) as unknown as string,
    });
  });

  it('skips without a request when there is no token', async () => {
    expect(await upsert('report', '')).toEqual({
      action: 'skipped',
      reason: 'No GitHub token was given, so the pull request comment was not written.',
    });
    expect(state.requests).toEqual([]);
  });

  it('throws for other errors, such as a server error', async () => {
    state.failing = { method: 'POST', status: 500 };
    await expect(upsert('report')).rejects.toMatchObject({ status: 500 });
  });

  it('cuts a body over the comment limit at a line and says so', async () => {
    const line = `| \`auth/refresh-token-use\` / \`oauth-refresh-resource-parameter\` | ${'✅ pass | '.repeat(20)}`;
    const body = Array.from({ length: 1_000 }, () => line).join('\n');
    expect(body.length).toBeGreaterThan(MAX_COMMENT_LENGTH);
    expect(await upsert(body)).toMatchObject({ action: 'created' });
    const sent = state.requests[1]?.body?.body ?? '';
    expect(sent.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(sent.startsWith(`${COMMENT_MARKER}\n| \``)).toBe(true);
    expect(sent).toMatch(
      /\| \n\n---\n\n\*\*This comment was cut to fit the 65,536-character limit of a GitHub comment\.\*\*[^\n]*\n$/,
    );
  });
});

describe('pullRequestFromContext', () => {
  it('reads the pull request number and repository of a pull_request event', () => {
    const payload = {
      pull_request: { number: 42, html_url: 'x', body: '' },
      repository: { owner: { login: 'octo-org' }, name: 'mcp-client' },
    };
    expect(pullRequestFromContext({ payload })).toEqual({
      repository: { owner: 'octo-org', repo: 'mcp-client' },
      pullNumber: 42,
    });
  });

  it('is undefined outside a pull request event', () => {
    expect(
      pullRequestFromContext({ payload: { ref: 'refs/heads/main', repository: { owner: { login: 'o' }, name: 'r' } } }),
    ).toBeUndefined();
    expect(pullRequestFromContext({ payload: {} })).toBeUndefined();
  });
});
