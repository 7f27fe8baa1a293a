// The gig as the live preview's card shows it: the checked form fields with what the server
// would add (an id, the company, the posting date, the status), filled in with stand-ins for a
// gig that is not posted yet.
import { slugify, type Project, type ProjectInput } from '@microintern/core';

/** What the server adds to a gig's fields. */
export type ServerFields = Pick<Project, 'id' | 'company' | 'postedAt' | 'status'>;

/**
 * The stand-ins for a gig not posted yet: it shows as open, posted now, by the signed-in company.
 *
 * @example
 * ```ts
 * previewStandIns({ slug: 'forkful', name: 'Forkful' }, new Date());
 * ```
 */
export function previewStandIns(company: { slug: string; name: string }, now: Date): ServerFields {
  return { id: 'preview', company: { id: 'preview', slug: company.slug, name: company.name }, postedAt: now.toISOString(), status: 'open' };
}

/**
 * The project the preview card is given, with the defaults the server applies (a slug from the
 * title, no description, no skills or questions, one spot).
 *
 * @example
 * ```ts
 * card.project = previewProject(checked.value, previewStandIns(company, new Date()));
 * ```
 */
export function previewProject(input: ProjectInput, server: ServerFields): Project {
  return {
    ...input,
    ...server,
    slug: input.slug ?? (slugify(input.title) || 'preview'),
    description: input.description ?? '',
    skills: input.skills ?? [],
    questions: input.questions ?? [],
    spots: input.spots ?? 1,
  };
}
