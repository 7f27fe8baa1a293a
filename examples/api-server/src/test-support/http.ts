import { strict as assert } from 'node:assert';
import type { Problem } from '@microintern/core';

/** A valid application body for `projectId`. */
export function applicationBody(projectId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    projectId,
    applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' },
    answers: {},
    consent: true,
    ...overrides,
  };
}

/** POSTs JSON (or raw text) with optional headers. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * Asserts that `response` is a problem document with `status` (and `type` suffix when given),
 * that it leaks no stack trace or source path, and returns it.
 */
export async function expectProblem(response: Response, status: number, type?: string): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.doesNotMatch(text, /\bat .*\(|\.ts:\d+|node_modules|SqliteError|SQLITE_/, 'no stack traces or internals');
  const problem = JSON.parse(text) as Problem;
  assert.equal(problem.status, status);
  assert.equal(typeof problem.title, 'string');
  if (type) assert.equal(problem.type, `https://microintern.dev/problems/${type}`);
  return problem;
}

/**
 * A receipt's text without its status token, for comparing an answer with its replays: a replay
 * carries the same receipt with a new token (only the token's hash is stored, so the first one
 * cannot be handed out again).
 */
export function receiptWithoutToken(text: string): string {
  const { statusToken, ...rest } = JSON.parse(text) as { statusToken?: unknown };
  assert.match(String(statusToken), /^st_[0-9A-Za-z]{32}$/, 'every receipt carries a status token');
  return JSON.stringify(rest);
}
