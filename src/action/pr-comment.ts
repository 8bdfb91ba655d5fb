/**
 * One sticky comment per pull request: found again by a hidden marker line, updated in place, created when absent.
 * A token that may not comment (a fork's read-only GITHUB_TOKEN, no `pull-requests: write`) or no token at all is
 * not an error: the result says `skipped` and why, and the caller shows a notice.
 */
import { context, getOctokit } from '@actions/github';

/** The first line of every comment this action writes; how the comment is found again on the next run. */
export const COMMENT_MARKER = '<!-- sep-2207-action -->';
/** GitHub rejects an issue comment body longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65_536;

export interface PullRequestRef {
  repository: { owner: string; repo: string };
  pullNumber: number;
}

export interface UpsertCommentOptions extends PullRequestRef {
  token: string;
  body: string;
  /** The REST API root; default `GITHUB_API_URL` (or https://api.github.com). */
  apiUrl?: string;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'skipped';
  /** Why the comment was skipped, as a sentence a notice can show. */
  reason?: string;
  /** The comment's web address, when GitHub returned one. */
  url?: string;
}

const TRUNCATION_NOTE =
  '\n\n---\n\n**This comment was cut to fit the 65,536-character limit of a GitHub comment.** ' +
  'The job summary and the uploaded results.json have the full report.\n';

/**
 * The body with the marker as its first line, cut at a line boundary when it would exceed the comment limit (a cut
 * mid-line could leave half an HTML tag), with a note saying so.
 */
export function commentBody(body: string): { body: string; truncated: boolean } {
  const marked = body.startsWith(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${body}`;
  if (marked.length <= MAX_COMMENT_LENGTH) return { body: marked, truncated: false };
  let kept = marked.slice(0, MAX_COMMENT_LENGTH - TRUNCATION_NOTE.length);
  const newline = kept.lastIndexOf('\n');
  kept = newline > COMMENT_MARKER.length ? kept.slice(0, newline) : kept;
  // Never end on half a surrogate pair.
  if (/[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  return { body: `${kept}${TRUNCATION_NOTE}`, truncated: true };
}

/** The HTTP status of an Octokit request error, if it is one. */
function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const { status } = error as { status: unknown };
  return typeof status === 'number' ? status : undefined;
}

function skippedFor(error: unknown, what: string): CommentResult | undefined {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 404) {
    return {
      action: 'skipped',
      reason:
        `GitHub answered ${status} when the action tried to ${what} (${message}). The token cannot comment on ` +
        'this pull request: pull requests from forks get a read-only GITHUB_TOKEN, and the job needs ' +
        '`permissions: pull-requests: write`.',
    };
  }
  if (status === 401)
    return {
      action: 'skipped',
      reason: `GitHub rejected the token (401) when the action tried to ${what} (${message}).`,
    };
  return undefined;
}

/**
 * Updates the pull request's comment that starts with COMMENT_MARKER, or creates it. Skips (never throws) for no
 * token, an invalid pull request number, or a 401, 403 or 404 from GitHub; other errors (5xx, network) are thrown.
 */
export async function upsertPullRequestComment(options: UpsertCommentOptions): Promise<CommentResult> {
  if (options.token.trim() === '') {
    return { action: 'skipped', reason: 'No GitHub token was given, so the pull request comment was not written.' };
  }
  if (!Number.isInteger(options.pullNumber) || options.pullNumber <= 0) {
    return {
      action: 'skipped',
      reason: `"${options.pullNumber}" is not a pull request number, so the pull request comment was not written.`,
    };
  }
  const octokit = getOctokit(
    options.token,
    options.apiUrl === undefined ? {} : { baseUrl: options.apiUrl.replace(/\/+$/, '') },
  );
  const { owner, repo } = options.repository;
  const issue_number = options.pullNumber;
  const { body } = commentBody(options.body);

  let existing: { id: number } | undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number,
      per_page: 100,
    });
    existing = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
  } catch (error) {
    const skipped = skippedFor(error, `list the comments of ${owner}/${repo}#${issue_number}`);
    if (skipped) return skipped;
    throw error;
  }

  try {
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: 'updated', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    const skipped = skippedFor(
      error,
      existing === undefined
        ? `comment on ${owner}/${repo}#${issue_number}`
        : `update comment ${existing.id} on ${owner}/${repo}#${issue_number}`,
    );
    if (skipped) return skipped;
    throw error;
  }
}

/** The pull request the workflow runs for (`pull_request` and `pull_request_target` events); undefined otherwise. */
export function pullRequestFromContext(
  source: { payload: typeof context.payload } = context,
): PullRequestRef | undefined {
  const pullNumber = source.payload.pull_request?.number;
  if (typeof pullNumber !== 'number') return undefined;
  const repository = source.payload.repository;
  if (repository?.owner?.login && repository.name)
    return { repository: { owner: repository.owner.login, repo: repository.name }, pullNumber };
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  return { repository: { owner, repo }, pullNumber };
}
