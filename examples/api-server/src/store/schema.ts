import type { Generated } from 'kysely';

// Table types for Kysely. Times are epoch milliseconds (integers sort and compare the same way
// in SQLite and PostgreSQL, unlike ISO strings with offsets); JSON documents are text.

export interface CompaniesTable {
  id: string;
  slug: string;
  name: string;
  website: string | null;
  logo_url: string | null;
  /** JSON array of origins. */
  allowed_origins: string;
  created_at: number;
}

export interface ApiKeysTable {
  id: string;
  company_id: string;
  hash: string;
  prefix: string;
  mode: 'live' | 'test';
  created_at: number;
  revoked_at: number | null;
}

/**
 * A project: the whole document in `data` (without its company, which is joined on read so a
 * renamed company shows everywhere at once), plus denormalised columns the filters, sorts and
 * indexes use.
 */
export interface ProjectsTable {
  /** Integer row key for the FTS5 external-content index. */
  seq: Generated<number>;
  id: string;
  company_id: string;
  slug: string;
  title: string;
  summary: string;
  /** Skills joined by spaces, for full-text search. */
  skills_text: string;
  category: string;
  schedule: string;
  status: string;
  remote: number;
  currency: string;
  /** Effective hourly range in minor units (fixed fees divided by the effort estimate). */
  rate_min: number;
  rate_max: number;
  effort_max: number;
  apply_by: number | null;
  /** `apply_by`, or a far-future sentinel when there is none, so "deadline" sorts need no NULL logic. */
  deadline_sort: number;
  posted_at: number;
  updated_at: number;
  data: string;
}

export interface ProjectSkillsTable {
  project_id: string;
  /** Lowercased. */
  skill: string;
}

export interface ApplicationsTable {
  seq: Generated<number>;
  id: string;
  project_id: string;
  company_id: string;
  status: string;
  email: string;
  submitted_at: number;
  data: string;
  /** Hex SHA-256 of the status-link token; `null` for rows from before status links. */
  status_token_hash: string | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  fingerprint: string;
  state: 'in-flight' | 'done';
  status: number | null;
  headers: string | null;
  body: string | null;
  created_at: number;
  expires_at: number;
  locked_until: number;
}

export interface SettingsTable {
  name: string;
  value: string;
}

export interface RateBucketsTable {
  key: string;
  tokens: number;
  /** 1 when the last take spent a token, 0 when it was refused. */
  allowed: number;
  updated_at: number;
}

export interface WebhooksTable {
  id: string;
  company_id: string;
  url: string;
  /** The signing secret (`whsec_…`). Kept as is: signing needs it, unlike a key that is only checked. */
  secret: string;
  /** JSON array of event types. */
  events: string;
  created_at: number;
  deleted_at: number | null;
}

export interface WebhookDeliveriesTable {
  event_id: string;
  webhook_id: string;
  company_id: string;
  type: string;
  /** The exact JSON sent on every attempt (so the event id and the signed bytes never change). */
  body: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: number;
  /** Until when a dispatcher holds it; a crashed one's claim runs out and another takes it. */
  locked_until: number;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

export interface Database {
  companies: CompaniesTable;
  api_keys: ApiKeysTable;
  projects: ProjectsTable;
  project_skills: ProjectSkillsTable;
  applications: ApplicationsTable;
  idempotency_keys: IdempotencyKeysTable;
  settings: SettingsTable;
  rate_buckets: RateBucketsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

/** The `deadline_sort` of a project without `applyBy`: after every real date. */
export const NO_DEADLINE = 8_640_000_000_000_000;
