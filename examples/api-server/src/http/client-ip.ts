import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The client's IP address for rate limiting: the socket's peer, or the first `X-Forwarded-For`
 * hop when the server is configured to sit behind a trusted proxy (otherwise that header is the
 * client's to forge). `unknown` when the app runs without a socket (in-process tests).
 */
export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  if (!c.env?.incoming) return 'unknown';
  return getConnInfo(c).remote.address ?? 'unknown';
}
