import { Migrator, type Kysely, type MigrationProvider, type Transaction } from 'kysely';
import type { Application, ApplicationCount, CompanySummary, Project } from '@microintern/core';
import { countByProject } from './application-counts.js';
import { claimKey, completeKey, purgeKeys, releaseKey } from './idempotency.js';
import { returnToken, sweepBuckets, takeToken } from './rate-buckets.js';
import { claimDeliveries, enqueueEvents, finishDelivery, insertWebhook, removeWebhook, selectDeliveries, selectWebhooks } from './webhook-outbox.js';
import { companyFromColumns, projectFromRow, projectToRow } from './project-row.js';
import { searchProjects, type TextMatch } from './project-search.js';
import type { Database } from './schema.js';
import type {
  ApiKeyRecord,
  ApplicationListQuery,
  ApplicationListResult,
  ApplicationRecord,
  ApplicationStatusUpdate,
  NewApplicationExtras,
  ClaimOutcome,
  CompanyRecord,
  DeliveryJob,
  DeliveryOutcome,
  DeliveryRecord,
  IdempotencyClaim,
  ProjectSearch,
  ProjectSearchResult,
  RateDecision,
  Store,
  StoredResponse,
  TokenBucketLimit,
  WebhookRecord,
} from './store.js';

/** What differs between the databases the store runs on; everything else is shared SQL. */
export interface StoreDialect {
  /** The full-text condition of a search. */
  textMatch: TextMatch;
  /** Whether `error` is the database refusing a duplicate in a unique column. */
  isUniqueViolation(error: unknown): boolean;
}

/**
 * The {@link Store} over Kysely: one implementation for SQLite and PostgreSQL, whose tables,
 * types (epoch-millisecond integers, JSON as text) and queries are the same. The dialect brings
 * the full-text search and how its driver reports a unique violation; the migrations that
 * create the tables are each database's own. Open it with `openSqliteStore` or
 * `openPostgresStore`.
 */
export class KyselyStore implements Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;

  constructor(db: Kysely<Database>, dialect: StoreDialect) {
    this.db = db;
    this.dialect = dialect;
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('companies').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  async getOrCreateSetting(name: string, create: () => string): Promise<string> {
    await this.db.insertInto('settings').values({ name, value: create() }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const row = await this.db.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirstOrThrow();
    return row.value;
  }

  async listCompanies(): Promise<CompanySummary[]> {
    const rows = await this.db
      .selectFrom('companies')
      .select(['id', 'name', 'slug', 'website', 'logo_url'])
      .select((eb) =>
        eb
          .selectFrom('projects')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('projects.company_id', '=', 'companies.id')
          .where('projects.status', '=', 'open')
          .as('open_projects'),
      )
      .orderBy('name')
      .orderBy('slug')
      .execute();
    return rows.map((row) => ({ ...companyFromColumns(row), openProjects: Number(row.open_projects ?? 0) }));
  }

  async findCompany(idOrSlug: string): Promise<CompanyRecord | undefined> {
    const rows = await this.db
      .selectFrom('companies')
      .selectAll()
      .where((eb) => eb.or([eb('slug', '=', idOrSlug), eb('id', '=', idOrSlug)]))
      .execute();
    const row = rows.find((r) => r.slug === idOrSlug) ?? rows[0];
    if (!row) return undefined;
    return { ...companyFromColumns(row), allowedOrigins: JSON.parse(row.allowed_origins) as string[], createdAt: row.created_at };
  }

  async createCompany(company: CompanyRecord): Promise<'ok' | 'slug-taken'> {
    try {
      await this.db
        .insertInto('companies')
        .values({
          id: company.id,
          slug: company.slug,
          name: company.name,
          website: company.website ?? null,
          logo_url: company.logoUrl ?? null,
          allowed_origins: JSON.stringify(company.allowedOrigins),
          created_at: company.createdAt,
        })
        .execute();
      return 'ok';
    } catch (error) {
      if (this.dialect.isUniqueViolation(error)) return 'slug-taken';
      throw error;
    }
  }

  async createApiKey(key: ApiKeyRecord): Promise<void> {
    await this.db
      .insertInto('api_keys')
      .values({
        id: key.id,
        company_id: key.companyId,
        hash: key.hash,
        prefix: key.prefix,
        mode: key.mode,
        created_at: key.createdAt,
        revoked_at: key.revokedAt,
      })
      .execute();
  }

  async findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.db.selectFrom('api_keys').selectAll().where('hash', '=', hash).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      companyId: row.company_id,
      hash: row.hash,
      prefix: row.prefix,
      mode: row.mode,
      createdAt: row.created_at,
      revokedAt: row.revoked_at,
    };
  }

  searchProjects(search: ProjectSearch): Promise<ProjectSearchResult> {
    return searchProjects(this.db, this.dialect.textMatch, search);
  }

  async findProject(idOrSlug: string, companyId?: string): Promise<Project | undefined> {
    let query = this.db
      .selectFrom('projects')
      .innerJoin('companies', 'companies.id', 'projects.company_id')
      .select([
        'projects.id',
        'projects.data',
        'companies.id as company_id',
        'companies.name as company_name',
        'companies.slug as company_slug',
        'companies.website as company_website',
        'companies.logo_url as company_logo_url',
      ])
      .where((eb) => eb.or([eb('projects.id', '=', idOrSlug), eb('projects.slug', '=', idOrSlug)]));
    if (companyId !== undefined) query = query.where('projects.company_id', '=', companyId);
    const rows = await query.orderBy('companies.slug').execute();
    // An id is global and wins over a slug; slugs are only unique per company, so without a
    // company the first company in slug order wins (rows are already in that order).
    const row = rows.find((r) => r.id === idOrSlug) ?? rows[0];
    return row ? projectFromRow(row) : undefined;
  }

  async insertProject(project: Project): Promise<'ok' | 'slug-taken'> {
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx.insertInto('projects').values(projectToRow(project, Date.now())).execute();
        await writeSkills(trx, project);
      });
      return 'ok';
    } catch (error) {
      if (this.dialect.isUniqueViolation(error)) return 'slug-taken';
      throw error;
    }
  }

  async updateProject(project: Project): Promise<'ok' | 'slug-taken' | 'missing'> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const { id, company_id, ...columns } = projectToRow(project, Date.now());
        const result = await trx
          .updateTable('projects')
          .set(columns)
          .where('id', '=', id)
          .where('company_id', '=', company_id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return 'missing' as const;
        await trx.deleteFrom('project_skills').where('project_id', '=', id).execute();
        await writeSkills(trx, project);
        return 'ok' as const;
      });
    } catch (error) {
      if (this.dialect.isUniqueViolation(error)) return 'slug-taken';
      throw error;
    }
  }

  async insertApplication(application: Application, companyId: string, extras: NewApplicationExtras = {}): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('applications')
        .values({
          id: application.id,
          project_id: application.projectId,
          company_id: companyId,
          status: application.status,
          email: application.applicant.email,
          submitted_at: Date.parse(application.submittedAt),
          data: JSON.stringify(application),
          status_token_hash: extras.statusTokenHash ?? null,
        })
        .execute();
      await enqueueEvents(trx, extras.events ?? []);
    });
  }

  async listApplications(query: ApplicationListQuery): Promise<ApplicationListResult> {
    let select = this.db
      .selectFrom('applications')
      .select(['seq', 'data'])
      .where('company_id', '=', query.companyId)
      .orderBy('seq')
      .limit(query.limit + 1);
    if (query.projectId !== undefined) select = select.where('project_id', '=', query.projectId);
    if (query.after !== undefined) select = select.where('seq', '>', query.after);
    const rows = await select.execute();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => applicationFromData(row.data)),
      next: rows.length > query.limit && last ? last.seq : null,
    };
  }

  async countApplications(companyId?: string): Promise<number> {
    let select = this.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n'));
    if (companyId !== undefined) select = select.where('company_id', '=', companyId);
    const row = await select.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  countApplicationsByProject(companyId: string): Promise<ApplicationCount[]> {
    return countByProject(this.db, companyId);
  }

  async findApplication(id: string, companyId?: string): Promise<ApplicationRecord | undefined> {
    let select = this.db.selectFrom('applications').select(['data', 'company_id', 'status_token_hash']).where('id', '=', id);
    if (companyId !== undefined) select = select.where('company_id', '=', companyId);
    const row = await select.executeTakeFirst();
    return row ? { application: applicationFromData(row.data), companyId: row.company_id, statusTokenHash: row.status_token_hash } : undefined;
  }

  async updateApplicationStatus(update: ApplicationStatusUpdate): Promise<'ok' | 'stale'> {
    const { application } = update;
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('applications')
        .set({ status: application.status, data: JSON.stringify(application) })
        .where('id', '=', application.id)
        .where('company_id', '=', update.companyId)
        .where('status', '=', update.from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return 'stale' as const;
      await enqueueEvents(trx, update.events ?? []);
      return 'ok' as const;
    });
  }

  createWebhook(webhook: WebhookRecord): Promise<void> {
    return insertWebhook(this.db, webhook);
  }

  listWebhooks(companyId: string): Promise<WebhookRecord[]> {
    return selectWebhooks(this.db, companyId);
  }

  deleteWebhook(companyId: string, id: string, at: number): Promise<boolean> {
    return removeWebhook(this.db, companyId, id, at);
  }

  claimWebhookDeliveries(now: number, leaseMs: number, limit: number): Promise<DeliveryJob[]> {
    return claimDeliveries(this.db, now, leaseMs, limit);
  }

  finishWebhookDelivery(job: Pick<DeliveryJob, 'eventId' | 'webhookId' | 'attempts'>, outcome: DeliveryOutcome): Promise<void> {
    return finishDelivery(this.db, job, outcome);
  }

  listWebhookDeliveries(companyId: string): Promise<DeliveryRecord[]> {
    return selectDeliveries(this.db, companyId);
  }

  async setStatusTokenHash(id: string, hash: string): Promise<void> {
    await this.db.updateTable('applications').set({ status_token_hash: hash }).where('id', '=', id).execute();
  }

  claimIdempotencyKey(claim: IdempotencyClaim): Promise<ClaimOutcome> {
    return claimKey(this.db, claim);
  }

  completeIdempotencyKey(scope: string, key: string, response: StoredResponse): Promise<void> {
    return completeKey(this.db, scope, key, response);
  }

  releaseIdempotencyKey(scope: string, key: string): Promise<void> {
    return releaseKey(this.db, scope, key);
  }

  purgeIdempotencyKeys(now: number): Promise<number> {
    return purgeKeys(this.db, now);
  }

  takeRateToken(key: string, limit: TokenBucketLimit, now: number): Promise<RateDecision> {
    return takeToken(this.db, key, limit, now);
  }

  returnRateToken(key: string, limit: TokenBucketLimit): Promise<void> {
    return returnToken(this.db, key, limit);
  }

  sweepRateBuckets(before: number): Promise<number> {
    return sweepBuckets(this.db, before);
  }

  async close(): Promise<void> {
    // Closes the driver: better-sqlite3 checkpoints its WAL, a pg pool ends its connections.
    await this.db.destroy();
  }
}

/**
 * Brings `db`'s schema up to date with `migrations` and returns the store over it. On a failed
 * migration the connection is closed and the error thrown, so no half-migrated store is used.
 *
 * @example
 * ```ts
 * return openKyselyStore(db, sqliteMigrations, sqliteDialect);
 * ```
 */
export async function openKyselyStore(db: Kysely<Database>, migrations: MigrationProvider, dialect: StoreDialect): Promise<KyselyStore> {
  const { error } = await new Migrator({ db, provider: migrations }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
  }
  return new KyselyStore(db, dialect);
}

/** A stored application document; one stored before status changes existed gets its `received` entry. */
function applicationFromData(data: string): Application {
  const application = JSON.parse(data) as Application;
  return application.timeline ? application : { ...application, timeline: [{ status: 'received', at: application.submittedAt }] };
}

async function writeSkills(trx: Transaction<Database>, project: Project): Promise<void> {
  const skills = [...new Set(project.skills.map((s) => s.toLowerCase()))];
  if (skills.length) {
    await trx.insertInto('project_skills').values(skills.map((skill) => ({ project_id: project.id, skill }))).execute();
  }
}
