import * as z from 'zod/mini';
import { Slug } from './company.js';
import { ProjectStatus, projectFields } from './project-fields.js';

/** What a company sends to create a project (secret key). `slug` is derived from the title when missing. */
export const ProjectInput = z.strictObject({
  ...projectFields,
  slug: z.optional(Slug),
  questions: z.optional(projectFields.questions),
  spots: z.optional(projectFields.spots),
  description: z.optional(projectFields.description),
  skills: z.optional(projectFields.skills),
});
export type ProjectInput = z.infer<typeof ProjectInput>;

/** A partial update of a project (secret key). `status` may be set here too. */
export const ProjectPatch = z.partial(
  z.strictObject({
    ...projectFields,
    status: ProjectStatus,
  }),
);
export type ProjectPatch = z.infer<typeof ProjectPatch>;
