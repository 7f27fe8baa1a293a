// components: the named schemas (from core's zod schemas), parameters, responses, headers and
// security schemes of the OpenAPI document.
import * as z from 'zod/mini';
import { Applicant, Application, ApplicationInput, ApplicationReceipt } from '../../src/models/application.js';
import { ApplicationCount } from '../../src/models/application-count.js';
import { ApplicationStatusChange, ApplicationStatusView, TimelineEntry } from '../../src/models/application-status.js';
import { Availability } from '../../src/models/availability.js';
import { CreatedWebhook, Webhook, WebhookEvent, WebhookInput } from '../../src/models/webhook.js';
import { Company } from '../../src/models/company.js';
import { CompanySummary } from '../../src/models/company-summary.js';
import { Compensation } from '../../src/models/compensation.js';
import { Effort } from '../../src/models/effort.js';
import { Money } from '../../src/models/money.js';
import { Problem, ProblemFieldError } from '../../src/models/problem.js';
import { ProjectInput, ProjectPatch } from '../../src/models/project-input.js';
import { Location, Project, Question, RemoteArea } from '../../src/models/project.js';
import { Facets, ProjectQuery } from '../../src/models/query.js';
import { SCHEMA_EXAMPLES } from './examples.js';
import { problem, ref, type Json, type JsonObject } from './json.js';

const ProjectPage = z.object({
  items: z.array(Project),
  nextCursor: z.nullable(z.string()),
  total: z.optional(z.int().check(z.minimum(0))),
  facets: z.optional(Facets),
});
const ApplicationPage = z.object({ items: z.array(Application), nextCursor: z.nullable(z.string()) });

// Every schema that gets a name in components.schemas; shared sub-schemas become $refs. Listed
// with a description because zod/mini schemas carry none.
const SCHEMAS: [string, z.core.$ZodType, string][] = [
  ['Money', Money, 'An amount in the currency’s minor units (cents for USD), always an integer.'],
  ['Compensation', Compensation, 'An hourly rate (optionally a range, `max` ≥ `min` in the same currency) or a fixed fee.'],
  ['Effort', Effort, 'Estimated working hours for the whole gig, `max` ≥ `min`.'],
  ['Question', Question, 'A custom question every applicant answers; `choice` questions list at least two options.'],
  ['Location', Location, 'Where a gig is done when it is not fully remote.'],
  ['RemoteArea', RemoteArea, 'Where the applicants of a remote gig may live: ISO 3166-1 alpha-2 codes, each once, at most 250; any case is accepted and they are returned in capitals. A project’s `remote` is `true` (remote, applicants anywhere), `false` (on site) or this object (remote, applicants in these countries). It becomes JSON-LD `applicantLocationRequirements`.'],
  ['Company', Company, 'The company that posts gigs.'],
  ['CompanySummary', CompanySummary, 'A company in the directory, with how many open gigs it has.'],
  ['Project', Project, 'One micro-internship. `applyBy` and `postedAt` are ISO 8601 date-times with an offset.'],
  ['ProjectInput', ProjectInput, 'What a company sends to create a project. `slug` is derived from the title when left out; unknown fields are refused.'],
  ['ProjectPatch', ProjectPatch, 'A partial update of a project; only the fields sent change. Unknown fields are refused.'],
  ['Applicant', Applicant, 'Who is applying. `portfolioUrl` must be an http(s) address.'],
  ['Availability', Availability, 'A weekly pattern of wall-clock blocks in an IANA time zone (`day` 0 is Sunday), plus dated exceptions.'],
  ['ApplicationInput', ApplicationInput, 'An application as the applicant sends it. Unknown fields are refused. `website` is a honeypot: a request that fills it is answered like any other and never stored.'],
  ['ApplicationReceipt', ApplicationReceipt, 'What the applicant gets back after applying. `statusToken` is the secret of their private status link, in this answer only (the API keeps its hash).'],
  ['Application', Application, 'A stored application as the company reads it, with its `timeline`.'],
  ['TimelineEntry', TimelineEntry, 'One step of an application: the status it moved to, when, and the company’s plain-text message to the applicant.'],
  ['ApplicationStatusChange', ApplicationStatusChange, 'A status change. Allowed moves: `received` → `reviewing`, `accepted` or `declined`; `reviewing` → `accepted` or `declined`; `accepted` and `declined` are final. `message` is plain text the applicant reads, trimmed, at most 1000 characters.'],
  ['ApplicationCount', ApplicationCount, 'How many applications one project has had: `total`, and `byStatus` with every status (zeros included), which add up to `total`.'],
  ['ApplicationStatusView', ApplicationStatusView, 'What an applicant’s private status link shows: status, timeline, and the gig’s title and company. Nothing else.'],
  ['WebhookInput', WebhookInput, 'An endpoint to register: an `https://` URL without credentials, and the event types it wants (all when left out).'],
  ['Webhook', Webhook, 'A registered webhook endpoint. Its secret is shown only when it is created.'],
  ['CreatedWebhook', CreatedWebhook, 'A new webhook endpoint with its signing secret (`whsec_…`), shown this once.'],
  ['WebhookEvent', WebhookEvent, 'The body of a webhook delivery, POSTed with a `Microintern-Signature: t=<unix seconds>,v1=<hex>` header: HMAC-SHA256 with the secret over `<t>.<raw body>`. `id` is the same on every attempt: delivery is at least once, so de-duplicate by it.'],
  ['ProblemFieldError', ProblemFieldError, 'One invalid field: its dotted path in the request (`applicant.email`) and why.'],
  ['Problem', Problem, 'An RFC 9457 problem document. `type` is `https://microintern.dev/problems/<name>`; 422 answers list every invalid field in `errors`.'],
  ['Facets', Facets, 'Counts of matching projects per category (ignoring the category filter) and per schedule (ignoring the schedule filter).'],
  ['ProjectPage', ProjectPage, 'One page of projects. Pass `nextCursor` back as `cursor` for the next page; it is `null` on the last.'],
  ['ApplicationPage', ApplicationPage, 'One page of applications, oldest first.'],
];

export const QUERY_DESCRIPTIONS: Record<keyof ProjectQuery, string> = {
  q: 'Full-text search over title, summary, skills and company name; every word must match.',
  category: 'Comma-separated categories; a project in any of them matches.',
  skills: 'Comma-separated skills; a project asking for any of them matches (case-insensitive).',
  minRate: 'Pay floor in minor units per hour (2000 = 20.00/hr): the best effective hourly rate must reach it.',
  maxHours: 'Only projects whose largest effort estimate is at most this many hours.',
  schedule: 'Comma-separated schedules; a project with any of them matches.',
  remote: '`true` for remote gigs only, `false` for on-site only.',
  status: 'Comma-separated statuses. Defaults to `open`.',
  sort: '`newest` (default), `pay` (best effective hourly first), `shortest` (smallest effort first), `deadline` (soonest `applyBy` first, none last).',
  cursor: 'The `nextCursor` of the previous page. Valid only with the same filters and sort.',
  limit: 'Page size, 1–100. Defaults to 20.',
};

// zod writes its own regular expressions next to `format` for dates and e-mails; they are long,
// engine-specific and say nothing `format` does not. The integer bounds it adds are JavaScript's
// safe-integer range, which every JSON number already is in practice.
function tidy(node: Json): Json {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === 'pattern' && typeof node.format === 'string') continue;
    if ((key === 'maximum' || key === 'minimum') && Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER) continue;
    out[key] = tidy(value);
  }
  return out;
}

function buildSchemas(): { [name: string]: JsonObject } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of SCHEMAS) registry.add(schema, { id });
  // `input`: the wire format is what a schema accepts, for request and response bodies alike.
  const generated = z.toJSONSchema(registry, { io: 'input', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  const out: { [name: string]: JsonObject } = {};
  for (const [id, , description] of [...SCHEMAS].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const examples = SCHEMA_EXAMPLES[id];
    out[id] = { description, ...(tidy(generated.schemas[id] as Json) as JsonObject), ...(examples ? { examples } : {}) };
  }
  return out;
}

function queryParameters(): { [name: string]: JsonObject } {
  const properties = (z.toJSONSchema(ProjectQuery, { io: 'input' }) as { properties: { [key: string]: Json } }).properties;
  const out: { [name: string]: JsonObject } = {};
  for (const [name, description] of Object.entries(QUERY_DESCRIPTIONS)) {
    const schema = tidy(properties[name] as Json) as JsonObject;
    // Lists travel as one comma-separated value (`category=data,design`), which is OpenAPI's
    // `form` style without explode.
    out[name] = { name, in: 'query', description, schema, ...(schema.type === 'array' ? { style: 'form', explode: false } : {}) };
  }
  return out;
}

export function buildComponents(): JsonObject {
  const segment = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,80}$' };
  return {
    schemas: buildSchemas(),
    parameters: {
      company: { name: 'company', in: 'path', required: true, description: 'The company’s id or slug.', schema: segment },
      idOrSlug: { name: 'idOrSlug', in: 'path', required: true, description: 'A project id, or its slug (unique within its company).', schema: segment },
      id: { name: 'id', in: 'path', required: true, description: 'A project id.', schema: segment },
      applicationId: { name: 'applicationId', in: 'path', required: true, description: 'An application id.', schema: segment },
      webhookId: { name: 'webhookId', in: 'path', required: true, description: 'A webhook id.', schema: segment },
      projectId: { name: 'projectId', in: 'query', description: 'Only applications to this project.', schema: segment },
      ifNoneMatch: { name: 'If-None-Match', in: 'header', description: 'The `ETag` of a cached copy; an unchanged answer is an empty 304.', schema: { type: 'string' } },
      idempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        description: 'Makes the request safe to retry: the same key with the same body replays the first successful answer (with `Idempotent-Replayed: true`); with another body it is refused (422). 1–255 visible ASCII characters, such as a UUID.',
        schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
      },
      ...queryParameters(),
    },
    headers: {
      ETag: { description: 'A validator for `If-None-Match`.', schema: { type: 'string' } },
      CacheControl: { description: 'Public reads may be cached briefly by browsers and CDNs.', schema: { type: 'string', examples: ['public, max-age=30, stale-while-revalidate=300'] } },
      RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
      IdempotentReplayed: { description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key` and body.', schema: { type: 'string', enum: ['true'] } },
      Location: { description: 'The URL of the created resource.', schema: { type: 'string', format: 'uri-reference' } },
      WWWAuthenticate: { description: 'The `Bearer` challenge.', schema: { type: 'string' } },
    },
    responses: {
      NotModified: { description: 'Not modified since the `If-None-Match` ETag: reuse the cached copy.', headers: { ETag: ref('headers', 'ETag') } },
      InvalidCursor: problem('Invalid cursor (`invalid-cursor`): it was issued for other filters or another sort, or was altered. Start again without it.'),
      InvalidQuery: problem('A query parameter is unknown or invalid (`validation`); `errors` names each one.'),
      NotFound: problem('Not found (`not-found`).'),
      BadRequest: problem('The body is not JSON (`malformed-json`) or the `Idempotency-Key` is malformed (`invalid-idempotency-key`).'),
      Unauthorized: problem('No secret key, or not a valid one (`unauthorized`).', { 'WWW-Authenticate': ref('headers', 'WWWAuthenticate') }),
      Forbidden: problem('The key cannot act for this company, or the company does not exist (`forbidden`); both look the same on purpose.'),
      KeyAttemptsLimited: problem(
        'Too many failed secret-key attempts (401 or 403) for this company from this address (`rate-limited`): 20 per 5 minutes by default. While it lasts every secret-key request for the company from the address gets this answer, before its key is checked, the right key included.',
        { 'Retry-After': ref('headers', 'RetryAfter') },
      ),
      PayloadTooLarge: problem('The body is larger than the server accepts (64 KiB by default).'),
      UnsupportedMediaType: problem('The body is not sent as `application/json` (`unsupported-media-type`).'),
    },
    securitySchemes: {
      secretKey: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'sk_...',
        description: 'A company’s secret key (`sk_…`), for servers only: never ship it to a browser. Keys are stored hashed.',
      },
      statusToken: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'st_...',
        description: 'The secret of an applicant’s status link (`statusToken` in the receipt: `st_` and 32 base-62 characters). Shown once, stored hashed; a replayed submission gets a new one and the earlier one stops working.',
      },
    },
  };
}
