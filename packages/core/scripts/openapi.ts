// Builds docs/openapi.json, the reference API's contract, from the same zod schemas the client
// validates with and the server parses with, so the three cannot disagree.
//
//   tsx scripts/openapi.ts                  writes docs/openapi.json at the repository root
//   tsx scripts/openapi.ts --check          exits 1 when that file is not what this script would write
//   tsx scripts/openapi.ts --file=PATH ...  uses another file (the drift test checks a copy)
//
// It lives under scripts/ rather than src/ so that it is never compiled into dist or published:
// only the drift test (src/openapi/openapi.test.ts) imports it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { Applicant, Application, ApplicationInput, ApplicationReceipt } from '../src/models/application.js';
import { Availability } from '../src/models/availability.js';
import { Company } from '../src/models/company.js';
import { CompanySummary } from '../src/models/company-summary.js';
import { Compensation } from '../src/models/compensation.js';
import { Effort } from '../src/models/effort.js';
import { Money } from '../src/models/money.js';
import { Problem, ProblemFieldError } from '../src/models/problem.js';
import { ProjectInput, ProjectPatch } from '../src/models/project-input.js';
import { Location, Project, Question } from '../src/models/project.js';
import { Facets, ProjectQuery } from '../src/models/query.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where the generated document lives, relative to this file. */
export const OPENAPI_PATH = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

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
  ['Company', Company, 'The company that posts gigs.'],
  ['CompanySummary', CompanySummary, 'A company in the directory, with how many open gigs it has.'],
  ['Project', Project, 'One micro-internship. `applyBy` and `postedAt` are ISO 8601 date-times with an offset.'],
  ['ProjectInput', ProjectInput, 'What a company sends to create a project. `slug` is derived from the title when left out; unknown fields are refused.'],
  ['ProjectPatch', ProjectPatch, 'A partial update of a project; only the fields sent change. Unknown fields are refused.'],
  ['Applicant', Applicant, 'Who is applying. `portfolioUrl` must be an http(s) address.'],
  ['Availability', Availability, 'A weekly pattern of wall-clock blocks in an IANA time zone (`day` 0 is Sunday), plus dated exceptions.'],
  ['ApplicationInput', ApplicationInput, 'An application as the applicant sends it. Unknown fields are refused. `website` is a honeypot: a request that fills it is answered like any other and never stored.'],
  ['ApplicationReceipt', ApplicationReceipt, 'What the applicant gets back after applying.'],
  ['Application', Application, 'A stored application as the company reads it.'],
  ['ProblemFieldError', ProblemFieldError, 'One invalid field: its dotted path in the request (`applicant.email`) and why.'],
  ['Problem', Problem, 'An RFC 9457 problem document. `type` is `https://microintern.dev/problems/<name>`; 422 answers list every invalid field in `errors`.'],
  ['Facets', Facets, 'Counts of matching projects per category (ignoring the category filter) and per schedule (ignoring the schedule filter).'],
  ['ProjectPage', ProjectPage, 'One page of projects. Pass `nextCursor` back as `cursor` for the next page; it is `null` on the last.'],
  ['ApplicationPage', ApplicationPage, 'One page of applications, newest first.'],
];

const QUERY_DESCRIPTIONS: Record<keyof ProjectQuery, string> = {
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
    out[id] = { description, ...(tidy(generated.schemas[id] as Json) as JsonObject) };
  }
  return out;
}

const ref = (kind: 'schemas' | 'responses' | 'parameters' | 'headers', name: string): JsonObject => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: JsonObject, description: string, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema } },
});
const problem = (description: string, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
});

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

function buildComponents(): JsonObject {
  const segment = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,80}$' };
  return {
    schemas: buildSchemas(),
    parameters: {
      company: { name: 'company', in: 'path', required: true, description: 'The company’s id or slug.', schema: segment },
      idOrSlug: { name: 'idOrSlug', in: 'path', required: true, description: 'A project id, or its slug (unique within its company).', schema: segment },
      id: { name: 'id', in: 'path', required: true, description: 'A project id.', schema: segment },
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
    },
  };
}

const QUERY_NAMES = Object.keys(QUERY_DESCRIPTIONS);
const secret = [{ secretKey: [] }];
const publicHeaders = { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl') };

function listProjects(operationId: string, summary: string, company: boolean): JsonObject {
  return {
    tags: ['projects'],
    operationId,
    summary,
    parameters: [...(company ? [ref('parameters', 'company')] : []), ...QUERY_NAMES.map((n) => ref('parameters', n)), ref('parameters', 'ifNoneMatch')],
    responses: {
      '200': json(ref('schemas', 'ProjectPage'), 'A page of matching projects with `total` and `facets`.', publicHeaders),
      '304': ref('responses', 'NotModified'),
      '400': ref('responses', 'InvalidCursor'),
      ...(company ? { '404': problem('No such company (`not-found`).') } : {}),
      '422': ref('responses', 'InvalidQuery'),
    },
  };
}

function getProject(operationId: string, summary: string, company: boolean): JsonObject {
  return {
    tags: ['projects'],
    operationId,
    summary,
    parameters: [...(company ? [ref('parameters', 'company')] : []), ref('parameters', 'idOrSlug'), ref('parameters', 'ifNoneMatch')],
    responses: {
      '200': json(ref('schemas', 'Project'), 'The project, whatever its status.', publicHeaders),
      '304': ref('responses', 'NotModified'),
      '404': problem(company ? 'No such company or project (`not-found`).' : 'No such project (`not-found`).'),
    },
  };
}

const bodyOf = (name: string): JsonObject => ({ required: true, content: { 'application/json': { schema: ref('schemas', name) } } });

function buildPaths(): JsonObject {
  const projectWrite = (extra: JsonObject): JsonObject => ({
    '400': ref('responses', 'BadRequest'),
    '401': ref('responses', 'Unauthorized'),
    '403': ref('responses', 'Forbidden'),
    ...extra,
  });
  return {
    '/v1/projects': { get: listProjects('listProjects', 'Every company’s projects (the marketplace)', false) },
    '/v1/projects/{idOrSlug}': {
      get: getProject('getProject', 'One project from any company. A slug shared by several companies resolves to the company whose slug sorts first; link with ids to be exact.', false),
    },
    '/v1/companies': {
      get: {
        tags: ['companies'],
        operationId: 'listCompanies',
        summary: 'The directory of companies with their open-gig counts',
        parameters: [ref('parameters', 'ifNoneMatch')],
        responses: {
          '200': json({ type: 'array', items: ref('schemas', 'CompanySummary') }, 'Every company in the directory.', publicHeaders),
          '304': ref('responses', 'NotModified'),
        },
      },
    },
    '/v1/companies/{company}/projects': {
      get: listProjects('listCompanyProjects', 'One company’s projects', true),
      post: {
        tags: ['projects'],
        operationId: 'createProject',
        summary: 'Create a project (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'idempotencyKey')],
        requestBody: bodyOf('ProjectInput'),
        responses: projectWrite({
          '201': json(ref('schemas', 'Project'), 'Created: open, with its id and `postedAt`.', {
            Location: ref('headers', 'Location'),
            'Idempotent-Replayed': ref('headers', 'IdempotentReplayed'),
          }),
          '409': problem('The slug is taken within this company (`slug-taken`), or a request with this `Idempotency-Key` is still in progress (`request-in-progress`, with `Retry-After`).', { 'Retry-After': ref('headers', 'RetryAfter') }),
          '413': ref('responses', 'PayloadTooLarge'),
          '415': ref('responses', 'UnsupportedMediaType'),
          '422': problem('The project is invalid (`validation`, every field in `errors`), or the `Idempotency-Key` was used with another body (`idempotency-key-reused`).'),
        }),
      },
    },
    '/v1/companies/{company}/projects/{idOrSlug}': {
      get: getProject('getCompanyProject', 'One of a company’s projects', true),
      // One path for reading and updating: OpenAPI treats `/projects/{id}` and
      // `/projects/{idOrSlug}` as the same path, so two entries would make the document invalid.
      patch: {
        tags: ['projects'],
        operationId: 'updateProject',
        summary: 'Change some fields of a project (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'idOrSlug'), ref('parameters', 'idempotencyKey')],
        requestBody: bodyOf('ProjectPatch'),
        responses: projectWrite({
          '200': json(ref('schemas', 'Project'), 'The project as updated.'),
          '404': ref('responses', 'NotFound'),
          '409': problem('The new slug is taken within this company (`slug-taken`), or a request with this `Idempotency-Key` is still in progress (`request-in-progress`).'),
          '413': ref('responses', 'PayloadTooLarge'),
          '415': ref('responses', 'UnsupportedMediaType'),
          '422': problem('The patch is invalid (`validation`), or the `Idempotency-Key` was used with another body (`idempotency-key-reused`).'),
        }),
      },
    },
    '/v1/companies/{company}/projects/{id}/close': {
      post: {
        tags: ['projects'],
        operationId: 'closeProject',
        summary: 'Stop taking applications (secret key). Closing a closed project changes nothing and succeeds.',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'id')],
        responses: projectWrite({ '200': json(ref('schemas', 'Project'), 'The project, now `closed`.'), '404': ref('responses', 'NotFound') }),
      },
    },
    '/v1/companies/{company}/projects/{id}/applications': {
      post: {
        tags: ['applications'],
        operationId: 'submitApplication',
        summary: 'Apply to a project',
        description:
          'Public, and rate-limited per client address and company. From a browser, the page’s origin must be on the company’s allow-list. Send an `Idempotency-Key` and reuse it on every retry of the same submission: a repeat replays the first answer, so nobody applies twice.',
        parameters: [ref('parameters', 'company'), ref('parameters', 'id'), ref('parameters', 'idempotencyKey')],
        requestBody: bodyOf('ApplicationInput'),
        responses: {
          '201': json(ref('schemas', 'ApplicationReceipt'), 'Received. A replay of an earlier request with the same key and body is this same answer, with `Idempotent-Replayed: true`.', {
            'Idempotent-Replayed': ref('headers', 'IdempotentReplayed'),
          }),
          '400': ref('responses', 'BadRequest'),
          '403': problem('The page’s origin may not post applications for this company (`origin-not-allowed`).'),
          '404': problem('No such company or project (`not-found`).'),
          // 409 rather than 410 for a closed gig: the project still exists and can be read; it
          // is the state of the resource that conflicts with the request, not its absence.
          '409': problem('The project no longer takes applications (`project-closed`: closed, filled or past `applyBy`), or a request with this `Idempotency-Key` is still in progress (`request-in-progress`, with `Retry-After`).', {
            'Retry-After': ref('headers', 'RetryAfter'),
          }),
          '413': ref('responses', 'PayloadTooLarge'),
          '415': ref('responses', 'UnsupportedMediaType'),
          '422': problem('The application is invalid (`validation`, every field in `errors`, custom answers as `answers.<questionId>`), or the `Idempotency-Key` was used with another body (`idempotency-key-reused`).'),
          '429': problem('Too many applications from this address (`rate-limited`).', { 'Retry-After': ref('headers', 'RetryAfter') }),
        },
      },
    },
    '/v1/companies/{company}/applications': {
      get: {
        tags: ['applications'],
        operationId: 'listApplications',
        summary: 'The company’s applications, newest first (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'projectId'), ref('parameters', 'cursor'), ref('parameters', 'limit')],
        responses: {
          '200': json(ref('schemas', 'ApplicationPage'), 'A page of applications. Never cached (`Cache-Control: no-store`).'),
          '400': ref('responses', 'InvalidCursor'),
          '401': ref('responses', 'Unauthorized'),
          '403': ref('responses', 'Forbidden'),
          '422': ref('responses', 'InvalidQuery'),
        },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the reference Micro-Internship API.
 *
 * @example
 * ```ts
 * const doc = buildOpenApi();
 * Object.keys(doc.paths as object); // ['/v1/projects', …]
 * ```
 */
export function buildOpenApi(): JsonObject {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Micro-Internship API',
      // The contract's version, not the package's: a release that changes no schema must not
      // make this file drift.
      version: '1.0.0',
      description:
        'Paid micro-internships: short, paid, project-based gigs. Public reads are cacheable (`ETag`, `Cache-Control`) and readable from any origin; errors are `application/problem+json` (RFC 9457). Generated from `@microintern/core`’s schemas by `npm run openapi`; do not edit by hand.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'projects', description: 'Gigs: public reads, and writes with a secret key.' },
      { name: 'companies', description: 'The directory of companies.' },
      { name: 'applications', description: 'Applying, and reading applications with a secret key.' },
    ],
    paths: buildPaths(),
    components: buildComponents(),
  };
}

/**
 * The document as written to disk: 2-space JSON with a trailing newline. Key order is the order
 * of this file (schemas sorted by name), so the output is the same on every run.
 *
 * @example
 * ```ts
 * writeFileSync('docs/openapi.json', renderOpenApi());
 * ```
 */
export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}

/** The first line where two texts differ, for a useful drift message. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: expected ${JSON.stringify(a[at] ?? '<end of file>')}, found ${JSON.stringify(b[at] ?? '<end of file>')}`;
}

function main(argv: readonly string[]): number {
  const text = renderOpenApi();
  const file = argv.find((a) => a.startsWith('--file='))?.slice('--file='.length) || OPENAPI_PATH;
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      console.error(`${file} is missing. Run \`npm run openapi\` and commit the result.`);
      return 1;
    }
    if (current === text) return 0;
    console.error(`${file} is out of date (${firstDifference(text, current)}). Run \`npm run openapi\` and commit the result.`);
    return 1;
  }
  writeFileSync(file, text);
  console.log(`Wrote ${file}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
