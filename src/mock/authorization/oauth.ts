/** OAuth plumbing the authorization server's endpoints share: error answers, parameters, scopes. */
import type { Response } from 'express';

interface OAuthErrorBody {
  error: string;
  error_description: string;
}

export function oauthError(res: Response, status: number, error: string, description: string): void {
  const body: OAuthErrorBody = { error, error_description: description };
  res.status(status).json(body);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parameter that must appear once; repeated or structured values count as absent. */
export function singleParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads single parameters from a parsed query or form body. */
export type ParamReader = (name: string) => string | undefined;

export function paramReader(source: Record<string, unknown>): ParamReader {
  return (name) => singleParam(source[name]);
}

export function splitScope(scope: string | undefined): string[] {
  return (scope ?? '').split(' ').filter((item) => item.length > 0);
}

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}
