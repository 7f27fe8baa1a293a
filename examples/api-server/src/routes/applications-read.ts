import type { Context, Hono } from 'hono';
import { type Application, csvRow, type CsvValue, DEFAULT_PAGE_SIZE, Id, MAX_PAGE_SIZE, type ProblemFieldError } from '@microintern/core';
import type { AppDeps, AppEnv } from '../http/env.js';
import { validationProblem } from '../http/problem.js';
import { invalidCursor } from '../http/project-list-query.js';
import { noStore } from '../http/public-cache.js';
import { requireSecretKey } from '../http/secret-key-auth.js';

interface ListParams {
  projectId?: string;
  cursor?: string;
  limit?: number;
}

const CSV_COLUMNS = [
  'id', 'projectId', 'status', 'submittedAt', 'name', 'email', 'portfolioUrl', 'school', 'graduationYear', 'coverNote', 'answers', 'timeZone',
] as const;

function csvValues(a: Application): CsvValue[] {
  return [
    a.id, a.projectId, a.status, a.submittedAt, a.applicant.name, a.applicant.email, a.applicant.portfolioUrl, a.applicant.school,
    a.applicant.graduationYear, a.coverNote, Object.keys(a.answers).length ? JSON.stringify(a.answers) : '', a.availability?.timeZone,
  ];
}

/**
 * Reads the query string: only `allowed` names, `projectId` an id, `cursor` at most 500
 * characters, `limit` a whole number from 1 to 100. Anything else is a 422 naming it.
 */
function readParams(c: Context<AppEnv>, allowed: readonly (keyof ListParams)[]): ListParams {
  const out: ListParams = {};
  const errors: ProblemFieldError[] = [];
  for (const [key, value] of new URL(c.req.url).searchParams) {
    if (!(allowed as readonly string[]).includes(key)) errors.push({ path: key, message: 'Unknown field', code: 'unrecognized_keys' });
    else if (key === 'projectId') {
      if (Id.safeParse(value).success) out.projectId = value;
      else errors.push({ path: key, message: 'Must be a project id' });
    } else if (key === 'cursor') {
      if (value.length <= 500) out.cursor = value;
      else errors.push({ path: key, message: 'Must be at most 500 characters' });
    } else {
      const limit = Number(value);
      if (/^\d+$/.test(value) && limit >= 1 && limit <= MAX_PAGE_SIZE) out.limit = limit;
      else errors.push({ path: key, message: `Must be a whole number from 1 to ${MAX_PAGE_SIZE}` });
    }
  }
  if (errors.length) throw validationProblem('Invalid query', errors);
  return out;
}

/**
 * Secret-key reads of a company's applications, oldest first:
 *
 * - `GET /v1/companies/{company}/applications?projectId=&cursor=&limit=` → `{ items, nextCursor }`;
 * - `GET /v1/companies/{company}/applications.csv?projectId=` → a CSV export that is safe to open
 *   in a spreadsheet (see `csvField` in core);
 * - `GET /v1/companies/{company}/application-counts` → `{ items: ApplicationCount[] }`, one for
 *   every project of the company (open, closed, filled), every status counted, zeros included.
 *
 * All are `Cache-Control: no-store`: applicant data must not sit in any cache.
 */
export function applicationReadRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, cursors } = deps;
  const auth = requireSecretKey(deps);

  app.get('/v1/companies/:company/applications', auth, noStore, async (c) => {
    const { projectId, cursor, limit = DEFAULT_PAGE_SIZE } = readParams(c, ['projectId', 'cursor', 'limit']);
    const companyId = c.get('company').id;
    const binding = `applications|${companyId}|${projectId ?? ''}`;
    let after: number | undefined;
    if (cursor !== undefined) {
      const decoded = cursors.decode(cursor, binding) as { after?: unknown } | undefined;
      if (typeof decoded?.after !== 'number' || !Number.isSafeInteger(decoded.after)) throw invalidCursor();
      after = decoded.after;
    }
    const page = await store.listApplications({ companyId, limit, ...(projectId ? { projectId } : {}), ...(after !== undefined ? { after } : {}) });
    return c.json({ items: page.items, nextCursor: page.next === null ? null : cursors.encode({ after: page.next }, binding) });
  });

  app.get('/v1/companies/:company/application-counts', auth, noStore, async (c) => {
    readParams(c, []);
    return c.json({ items: await store.countApplicationsByProject(c.get('company').id) });
  });

  app.get('/v1/companies/:company/applications.csv', auth, noStore, async (c) => {
    const { projectId } = readParams(c, ['projectId']);
    const company = c.get('company');
    let csv = csvRow(CSV_COLUMNS);
    let after: number | undefined;
    // Walk the applications in pages so one export never holds a giant result set at once.
    for (;;) {
      const page = await store.listApplications({
        companyId: company.id,
        limit: 500,
        ...(projectId ? { projectId } : {}),
        ...(after !== undefined ? { after } : {}),
      });
      for (const application of page.items) csv += csvRow(csvValues(application));
      if (page.next === null) break;
      after = page.next;
    }
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${company.slug}-applications.csv"`,
    });
  });
}
