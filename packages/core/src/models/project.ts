import * as z from 'zod/mini';
import { Company, Id } from './company.js';
import { ProjectStatus, dateTime, projectFields } from './project-fields.js';

export { CATEGORIES, Category, Location, ProjectStatus, Question, Remote, RemoteArea } from './project-fields.js';

/**
 * One micro-internship as the API and feeds publish it.
 *
 * @example
 * ```ts
 * const result = Project.safeParse(json);
 * if (result.success) render(result.data);
 * ```
 */
export const Project = z.object({
  id: Id,
  ...projectFields,
  company: Company,
  postedAt: dateTime,
  status: ProjectStatus,
});
export type Project = z.infer<typeof Project>;
