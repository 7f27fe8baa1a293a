import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** `application/json`, or any `application/…+json`, with optional parameters. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * Parses the request body as JSON into `c.get('body')`. Refuses another media type with 415
 * (so a form post cannot slip past as text) and unparseable text with 400. The size limit is
 * enforced before this runs (`bodyLimit` in the app), so the whole body is safe to buffer.
 *
 * @param optional When true an empty body is accepted and read as `undefined` (`POST …/close`).
 */
export function jsonBody(optional = false): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const text = await c.req.text();
    if (text.trim() === '') {
      if (!optional) throw new ProblemError({ status: 400, type: 'malformed-json', title: 'Malformed JSON', detail: 'The request body is empty' });
      c.set('body', undefined);
      return next();
    }
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      throw new ProblemError({
        status: 415,
        type: 'unsupported-media-type',
        title: 'Unsupported media type',
        detail: 'Send the body as application/json',
        headers: { 'accept-post': 'application/json' },
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // The parser's message quotes the input; keep it out of the answer.
      throw new ProblemError({ status: 400, type: 'malformed-json', title: 'Malformed JSON', detail: 'The request body is not valid JSON' });
    }
    c.set('body', body);
    return next();
  };
}
