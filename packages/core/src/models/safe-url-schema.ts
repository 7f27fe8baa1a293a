import * as z from 'zod/mini';
import { isSafeUrl } from './safe-url.js';

/** A string schema for an absolute http(s) URL that passes {@link isSafeUrl}. */
export const SafeUrl = z.string().check(
  z.maxLength(2048),
  z.refine(isSafeUrl, { message: 'Must be an http:// or https:// address' }),
);
