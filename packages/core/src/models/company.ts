import * as z from 'zod/mini';
import { ID_PATTERN, SLUG_PATTERN } from './patterns.js';
import { SafeUrl } from './safe-url-schema.js';

/** An identifier: letters, digits, `_` and `-`, at most 64 characters. */
export const Id = z.string().check(z.regex(ID_PATTERN, 'Must be 1–64 letters, digits, _ or -'));

/** A URL slug: lowercase words joined by single hyphens. */
export const Slug = z.string().check(
  z.maxLength(80),
  z.regex(SLUG_PATTERN, 'Must be lowercase words joined by hyphens'),
);

/** The company that posts gigs. */
export const Company = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  slug: Slug,
  logoUrl: z.optional(SafeUrl),
  website: z.optional(SafeUrl),
});
export type Company = z.infer<typeof Company>;
