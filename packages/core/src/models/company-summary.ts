import * as z from 'zod/mini';
import { Company } from './company.js';

/** A company in the directory, with how many open gigs it has. */
export const CompanySummary = z.extend(Company, {
  openProjects: z.int().check(z.minimum(0)),
});
export type CompanySummary = z.infer<typeof CompanySummary>;
