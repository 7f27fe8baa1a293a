import { effectiveHourly, type Company, type Project } from '@microintern/core';
import type { CompaniesTable, ProjectsTable } from './schema.js';
import { NO_DEADLINE } from './schema.js';

/** The columns a project is written with (everything but the generated `seq`). */
export type ProjectColumns = Omit<ProjectsTable, 'seq'>;

/**
 * The row for a project: the document without its company, plus the denormalised columns the
 * filters and sorts read. The effective hourly range comes from `@microintern/core`, so the
 * server's pay sort and the client's pay labels agree by construction.
 */
export function projectToRow(project: Project, now: number): ProjectColumns {
  const { company, ...document } = project;
  const rate = effectiveHourly(project.compensation, project.effort);
  const applyBy = project.applyBy ? Date.parse(project.applyBy) : null;
  return {
    id: project.id,
    company_id: company.id,
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    skills_text: project.skills.join(' '),
    category: project.category,
    schedule: project.schedule,
    status: project.status,
    remote: project.remote ? 1 : 0,
    currency: rate.max.currency,
    rate_min: rate.min.amount,
    rate_max: rate.max.amount,
    effort_max: project.effort.max,
    apply_by: applyBy,
    deadline_sort: applyBy ?? NO_DEADLINE,
    posted_at: Date.parse(project.postedAt),
    updated_at: now,
    data: JSON.stringify(document),
  };
}

/** The company columns joined onto a project row. */
export interface CompanyColumns {
  company_id: string;
  company_name: string;
  company_slug: string;
  company_website: string | null;
  company_logo_url: string | null;
}

/** The public company object from its row. */
export function companyFromColumns(row: Pick<CompaniesTable, 'id' | 'name' | 'slug' | 'website' | 'logo_url'>): Company {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    ...(row.logo_url ? { logoUrl: row.logo_url } : {}),
    ...(row.website ? { website: row.website } : {}),
  };
}

/**
 * A project from its stored document and joined company. The key order is fixed (document
 * fields, then company), so the same project always serialises to the same bytes and its ETag
 * stays stable.
 */
export function projectFromRow(row: { data: string } & CompanyColumns): Project {
  const document = JSON.parse(row.data) as Omit<Project, 'company'>;
  return {
    ...document,
    company: companyFromColumns({
      id: row.company_id,
      name: row.company_name,
      slug: row.company_slug,
      website: row.company_website,
      logo_url: row.company_logo_url,
    }),
  };
}
