import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { CATEGORIES, Schedule, type Facets, type ProjectSort } from '@microintern/core';
import { projectFromRow } from './project-row.js';
import type { Database } from './schema.js';
import type { ProjectFilters, ProjectSearch, ProjectSearchResult, SortKey } from './store.js';

type SortColumn = 'posted_at' | 'rate_max' | 'effort_max' | 'deadline_sort';

interface SortSpec {
  column: SortColumn;
  direction: 'asc' | 'desc';
  /** Direction of the id tie-break. */
  idDirection: 'asc' | 'desc';
}

/** Each sort is one indexed column plus the id, so keyset paging is exact and stable. */
export const SORTS: Record<ProjectSort, SortSpec> = {
  newest: { column: 'posted_at', direction: 'desc', idDirection: 'desc' },
  pay: { column: 'rate_max', direction: 'desc', idDirection: 'asc' },
  shortest: { column: 'effort_max', direction: 'asc', idDirection: 'asc' },
  deadline: { column: 'deadline_sort', direction: 'asc', idDirection: 'asc' },
};

type Eb = ExpressionBuilder<Database, 'projects'>;

/**
 * The full-text part of a search, which each database does its own way (SQLite's FTS5, a
 * PostgreSQL tsvector): the condition that a project matches every word of `q` as a prefix, or
 * `undefined` when `q` has nothing searchable in it.
 */
export type TextMatch = (q: string) => Expression<SqlBool> | undefined;

/**
 * The WHERE conditions of a search. `except` leaves one facet's own filter out, which is what
 * facet counts need ("how many would match if I also ticked this category").
 * Every value is bound as a parameter, the search text included.
 */
function conditions(eb: Eb, textMatch: TextMatch, companyId: string | undefined, filters: ProjectFilters, except?: 'category' | 'schedule'): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [eb('projects.status', 'in', filters.status)];
  if (companyId !== undefined) where.push(eb('projects.company_id', '=', companyId));
  if (filters.category?.length && except !== 'category') where.push(eb('projects.category', 'in', filters.category));
  if (filters.schedule?.length && except !== 'schedule') where.push(eb('projects.schedule', 'in', filters.schedule));
  if (filters.remote !== undefined) where.push(eb('projects.remote', '=', filters.remote ? 1 : 0));
  if (filters.minRate !== undefined) where.push(eb('projects.rate_max', '>=', filters.minRate));
  if (filters.maxHours !== undefined) where.push(eb('projects.effort_max', '<=', filters.maxHours));
  if (filters.skills?.length) {
    where.push(
      eb.exists(
        eb
          .selectFrom('project_skills')
          .select(sql`1`.as('one'))
          .whereRef('project_skills.project_id', '=', 'projects.id')
          .where('project_skills.skill', 'in', filters.skills),
      ),
    );
  }
  const match = filters.q === undefined ? undefined : textMatch(filters.q);
  if (match !== undefined) where.push(match);
  return where;
}

/** Rows strictly after `after` in the sort order. */
function afterKey(eb: Eb, spec: SortSpec, after: SortKey): Expression<SqlBool> {
  const column = `projects.${spec.column}` as const;
  return eb.or([
    eb(column, spec.direction === 'asc' ? '>' : '<', after.value),
    eb.and([eb(column, '=', after.value), eb('projects.id', spec.idDirection === 'asc' ? '>' : '<', after.id)]),
  ]);
}

async function facetCounts(db: Kysely<Database>, textMatch: TextMatch, search: ProjectSearch, facet: 'category' | 'schedule', values: readonly string[]) {
  const rows = await db
    .selectFrom('projects')
    .select([`projects.${facet} as value`, (eb) => eb.fn.countAll<number>().as('count')])
    .where((eb) => eb.and(conditions(eb, textMatch, search.companyId, search.filters, facet)))
    .groupBy(`projects.${facet}`)
    .execute();
  // Every value is listed, zeros included, so a filter UI can show "Design (0)".
  const counts: Record<string, number> = Object.fromEntries(values.map((v) => [v, 0]));
  for (const row of rows) counts[row.value] = Number(row.count);
  return counts;
}

/**
 * One page of a project search: the items (one extra row fetched to know whether a next page
 * exists), the total and both facets. The same query-builder code runs on SQLite and
 * PostgreSQL; only the full-text condition differs (`textMatch`).
 */
export async function searchProjects(db: Kysely<Database>, textMatch: TextMatch, search: ProjectSearch): Promise<ProjectSearchResult> {
  const spec = SORTS[search.sort];
  const rows = await db
    .selectFrom('projects')
    .innerJoin('companies', 'companies.id', 'projects.company_id')
    .select([
      'projects.data',
      `projects.${spec.column} as sort_value`,
      'projects.id',
      'companies.id as company_id',
      'companies.name as company_name',
      'companies.slug as company_slug',
      'companies.website as company_website',
      'companies.logo_url as company_logo_url',
    ])
    .where((eb) => {
      const where = conditions(eb, textMatch, search.companyId, search.filters);
      if (search.after) where.push(afterKey(eb, spec, search.after));
      return eb.and(where);
    })
    .orderBy(`projects.${spec.column}`, spec.direction)
    .orderBy('projects.id', spec.idDirection)
    .limit(search.limit + 1)
    .execute();

  const page = rows.slice(0, search.limit);
  const last = page.at(-1);
  const next = rows.length > search.limit && last ? { value: Number(last.sort_value), id: last.id } : null;

  const facets: Facets = {
    category: await facetCounts(db, textMatch, search, 'category', CATEGORIES),
    schedule: await facetCounts(db, textMatch, search, 'schedule', Schedule.options),
  };
  return { items: page.map(projectFromRow), next, total: await countMatches(db, textMatch, search, facets), facets };
}

/**
 * How many projects match. A facet whose own filter is not set counts every match once (each
 * project has exactly one category and one schedule), so its sum is the total and the count
 * query is needed only when both facets are filtered: one query fewer on most requests.
 */
async function countMatches(db: Kysely<Database>, textMatch: TextMatch, search: ProjectSearch, facets: Facets): Promise<number> {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  if (!search.filters.category?.length) return sum(facets.category);
  if (!search.filters.schedule?.length) return sum(facets.schedule);
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => eb.and(conditions(eb, textMatch, search.companyId, search.filters)))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
