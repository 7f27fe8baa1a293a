import type {
  Application,
  ApplicationCount,
  ApplicationStatus,
  Category,
  Company,
  CompanySummary,
  Facets,
  Project,
  ProjectSort,
  ProjectStatus,
  Schedule,
  WebhookEventType,
} from '@microintern/core';

/** An event for the company's webhooks, written to the outbox with the change it reports. */
export interface OutboxEvent {
  /** `evt_…`: the same on every attempt, for the receiver's de-duplication. */
  id: string;
  type: WebhookEventType;
  companyId: string;
  /** The exact JSON body every attempt sends. */
  body: string;
  createdAt: number;
}

/** A company's webhook endpoint as stored. */
export interface WebhookRecord {
  id: string;
  companyId: string;
  url: string;
  /** The signing secret (`whsec_…`), needed to sign every delivery. */
  secret: string;
  events: WebhookEventType[];
  createdAt: number;
}

/** One delivery a dispatcher has claimed: the event for one endpoint. */
export interface DeliveryJob {
  eventId: string;
  webhookId: string;
  type: WebhookEventType;
  url: string;
  secret: string;
  body: string;
  /** Attempts made before this one. */
  attempts: number;
}

/** How an attempt ended: acknowledged (2xx), or not, with when to try again (`null`: never). */
export type DeliveryOutcome =
  | { delivered: true; status: number; at: number }
  | { delivered: false; status: number | null; error: string; retryAt: number | null; at: number };

/** A delivery's state, for operators and tests. */
export interface DeliveryRecord {
  eventId: string;
  webhookId: string;
  type: WebhookEventType;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: number | null;
}

/** A company as stored: the public fields plus its CORS allow-list. */
export interface CompanyRecord extends Company {
  /** Origins whose pages may post applications from a browser (`https://acme.example`). */
  allowedOrigins: string[];
  createdAt: number;
}

/** A secret API key as stored: only its SHA-256, never the key itself. */
export interface ApiKeyRecord {
  id: string;
  companyId: string;
  /** Hex SHA-256 of the whole key. */
  hash: string;
  /** The first characters of the key (`sk_live_AbC1`), safe to show in a list. */
  prefix: string;
  mode: 'live' | 'test';
  createdAt: number;
  revokedAt: number | null;
}

/** The filters of a project list, already validated and defaulted. */
export interface ProjectFilters {
  /** Free text; the store matches every word as a prefix, never as query syntax. */
  q?: string;
  category?: Category[];
  /** Lowercased; a project matches when it asks for any of them. */
  skills?: string[];
  /** Minor units per hour, compared with the best effective hourly rate. */
  minRate?: number;
  maxHours?: number;
  schedule?: Schedule[];
  remote?: boolean;
  status: ProjectStatus[];
}

/** Where a page ends in its sort order: the sort column's value and the project id (tie-break). */
export interface SortKey {
  value: number;
  id: string;
}

/** One page request for {@link Store.searchProjects}. */
export interface ProjectSearch {
  /** Limit to one company; `undefined` is the marketplace across all companies. */
  companyId?: string;
  filters: ProjectFilters;
  sort: ProjectSort;
  /** Continue after this position (keyset paging). */
  after?: SortKey;
  limit: number;
}

export interface ProjectSearchResult {
  items: Project[];
  /** The position of the last item when more follow, else `null`. */
  next: SortKey | null;
  total: number;
  facets: Facets;
}

/** An application as stored, with what only the server sees. */
export interface ApplicationRecord {
  /** The document, with its timeline (a row older than status changes gets its `received` entry). */
  application: Application;
  companyId: string;
  /** Hex SHA-256 of the applicant's status-link token (`null` for applications from before links). */
  statusTokenHash: string | null;
}

/** What is stored with a new application besides the document. */
export interface NewApplicationExtras {
  /** Hex SHA-256 of the status-link token given to the applicant. */
  statusTokenHash?: string;
  /** Events for the company's webhooks, stored in the same transaction as the application. */
  events?: OutboxEvent[];
}

/** A status change for {@link Store.updateApplicationStatus}: the new document, if the status is still `from`. */
export interface ApplicationStatusUpdate {
  companyId: string;
  /** The status the change was decided from; another request that moved it first makes this one stale. */
  from: ApplicationStatus;
  /** The whole new document: status and timeline already changed. */
  application: Application;
  /** Events for the company's webhooks, stored only if the change is. */
  events?: OutboxEvent[];
}

/** A page of a company's applications, oldest first. */
export interface ApplicationListQuery {
  companyId: string;
  projectId?: string;
  /** Continue after this internal sequence number. */
  after?: number;
  limit: number;
}

export interface ApplicationListResult {
  items: Application[];
  next: number | null;
}

/** An answer kept for replay under an idempotency key. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request to own an idempotency key for the duration of one request. */
export interface IdempotencyClaim {
  /** Company (and API key) the key belongs to: keys of different callers never collide. */
  scope: string;
  key: string;
  /** SHA-256 of the method, path and canonical body. */
  fingerprint: string;
  now: number;
  /** Until when a finished answer is replayed. */
  expiresAt: number;
  /** Until when an unfinished claim holds; after it, a crashed request's key can be claimed again. */
  lockedUntil: number;
}

/** A token bucket: `max` requests at once, refilled evenly over `windowMs`. */
export interface TokenBucketLimit {
  /** Requests allowed at once (the bucket's size). */
  max: number;
  /** The window in milliseconds; the bucket refills `max` tokens evenly over it. */
  windowMs: number;
}

/** Whether a request may go ahead, and if not, when it may. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What {@link Store.claimIdempotencyKey} found. */
export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-flight' }
  | { kind: 'mismatch' };

/**
 * Everything the HTTP handlers need from storage. Handlers see only this interface, so a
 * PostgreSQL store (selected by `DATABASE_URL`) can replace the SQLite one without touching them.
 * Every method is async even though better-sqlite3 is not, because a networked database is.
 *
 * Implementations must make {@link claimIdempotencyKey} and {@link takeRateToken} atomic across
 * processes (a unique key and `INSERT … ON CONFLICT`), keep `slug` unique per company, and never return
 * another company's rows from a company-scoped call.
 */
export interface Store {
  /** True when there is not a single company yet (the seed then runs). */
  isEmpty(): Promise<boolean>;
  /** A named secret, made by `create` the first time and the same ever after. */
  getOrCreateSetting(name: string, create: () => string): Promise<string>;

  listCompanies(): Promise<CompanySummary[]>;
  /** By slug, or by id when no company has that slug. */
  findCompany(idOrSlug: string): Promise<CompanyRecord | undefined>;
  /** Refuses a taken slug with `'slug-taken'`. */
  createCompany(company: CompanyRecord): Promise<'ok' | 'slug-taken'>;

  createApiKey(key: ApiKeyRecord): Promise<void>;
  /** The key with this hash, revoked or not; callers check `revokedAt`. */
  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined>;

  searchProjects(search: ProjectSearch): Promise<ProjectSearchResult>;
  /**
   * One project by id, else by slug. Without `companyId`, a slug shared by several companies
   * resolves to the company whose slug sorts first.
   */
  findProject(idOrSlug: string, companyId?: string): Promise<Project | undefined>;
  insertProject(project: Project): Promise<'ok' | 'slug-taken'>;
  updateProject(project: Project): Promise<'ok' | 'slug-taken' | 'missing'>;

  insertApplication(application: Application, companyId: string, extras?: NewApplicationExtras): Promise<void>;
  listApplications(query: ApplicationListQuery): Promise<ApplicationListResult>;
  countApplications(companyId?: string): Promise<number>;
  /**
   * How many applications each of the company's projects has, in all and per status: one entry
   * for every project (open, closed and filled), newest first, with every status and zeros
   * included. One grouped query.
   */
  countApplicationsByProject(companyId: string): Promise<ApplicationCount[]>;
  /** One application by id; with `companyId`, only that company's. The token hash comes along for the status lookup. */
  findApplication(id: string, companyId?: string): Promise<ApplicationRecord | undefined>;
  /**
   * Stores a status change when the application is still in `update.from` (compare and set), so
   * two changes decided at once cannot both be applied; `'stale'` when it moved first (or is gone).
   */
  updateApplicationStatus(update: ApplicationStatusUpdate): Promise<'ok' | 'stale'>;
  /** Replaces the hash of an application's status-link token (the old link stops working). */
  setStatusTokenHash(id: string, hash: string): Promise<void>;

  createWebhook(webhook: WebhookRecord): Promise<void>;
  /** The company's endpoints, oldest first (deleted ones left out). */
  listWebhooks(companyId: string): Promise<WebhookRecord[]>;
  /** Deletes an endpoint; its undelivered events are marked failed. False when there was none. */
  deleteWebhook(companyId: string, id: string, at: number): Promise<boolean>;
  /**
   * Takes up to `limit` deliveries that are due at `now` and not held by anyone, holding each
   * until `now + leaseMs`. Safe across processes: a row is claimed by one conditional update.
   */
  claimWebhookDeliveries(now: number, leaseMs: number, limit: number): Promise<DeliveryJob[]>;
  /** Records how an attempt at a claimed delivery ended and lets go of it. */
  finishWebhookDelivery(job: Pick<DeliveryJob, 'eventId' | 'webhookId' | 'attempts'>, outcome: DeliveryOutcome): Promise<void>;
  /** The company's deliveries, oldest first. */
  listWebhookDeliveries(companyId: string): Promise<DeliveryRecord[]>;

  /** Takes an idempotency key for this request, or says why not. */
  claimIdempotencyKey(claim: IdempotencyClaim): Promise<ClaimOutcome>;
  /** Stores the answer of a claimed key for replay. */
  completeIdempotencyKey(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Gives a claimed key back (the request failed and may be retried with another body). */
  releaseIdempotencyKey(scope: string, key: string): Promise<void>;
  /** Drops answers older than their expiry. */
  purgeIdempotencyKeys(now: number): Promise<number>;

  /**
   * Spends one token of `key`'s bucket at `now` (epoch ms), shared by every process on the
   * database; atomic, so concurrent requests never spend the same token.
   */
  takeRateToken(key: string, limit: TokenBucketLimit, now: number): Promise<RateDecision>;
  /** Gives back one token taken from `key`'s bucket (never above `limit.max`), for a request that did not count. */
  returnRateToken(key: string, limit: TokenBucketLimit): Promise<void>;
  /** Drops buckets last used at or before `before` (they have refilled: the same as none). */
  sweepRateBuckets(before: number): Promise<number>;

  close(): Promise<void>;
}
