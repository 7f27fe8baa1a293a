// paths: every operation of the reference API, with its parameters, bodies and answers.
import { QUERY_DESCRIPTIONS } from './components.js';
import { json, problem, ref, type JsonObject } from './json.js';

const QUERY_NAMES = Object.keys(QUERY_DESCRIPTIONS);
// Every operation says who may call it: the secret-key ones name the scheme, the public ones an
// explicit empty list, so a reader (or a linter) never has to guess which is which.
const secret = [{ secretKey: [] }];
const open: JsonObject[] = [];
const publicHeaders = { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl') };

function listProjects(operationId: string, summary: string, company: boolean): JsonObject {
  return {
    tags: ['projects'],
    operationId,
    summary,
    security: open,
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
    security: open,
    parameters: [...(company ? [ref('parameters', 'company')] : []), ref('parameters', 'idOrSlug'), ref('parameters', 'ifNoneMatch')],
    responses: {
      '200': json(ref('schemas', 'Project'), 'The project, whatever its status.', publicHeaders),
      '304': ref('responses', 'NotModified'),
      '404': problem(company ? 'No such company or project (`not-found`).' : 'No such project (`not-found`).'),
    },
  };
}

/** `{ items: [...] }` of a named schema: the envelope of a short list that is never paged. */
const itemsOf = (name: string): JsonObject => ({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('schemas', name) } } });

const bodyOf = (name: string): JsonObject => ({ required: true, content: { 'application/json': { schema: ref('schemas', name) } } });

// What every secret-key operation may answer before it does anything: no valid key, a key for
// another company, and too many failed attempts at either.
const secretRefusals: JsonObject = {
  '401': ref('responses', 'Unauthorized'),
  '403': ref('responses', 'Forbidden'),
  '429': ref('responses', 'KeyAttemptsLimited'),
};

export function buildPaths(): JsonObject {
  const projectWrite = (extra: JsonObject): JsonObject => ({
    '400': ref('responses', 'BadRequest'),
    ...secretRefusals,
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
        description: 'Takes no query parameters: any parameter is refused with a 422 naming it, as on the project lists.',
        security: open,
        parameters: [ref('parameters', 'ifNoneMatch')],
        responses: {
          '200': json({ type: 'array', items: ref('schemas', 'CompanySummary') }, 'Every company in the directory.', publicHeaders),
          '304': ref('responses', 'NotModified'),
          '422': ref('responses', 'InvalidQuery'),
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
        security: open,
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
        summary: 'The company’s applications, oldest first (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'projectId'), ref('parameters', 'cursor'), ref('parameters', 'limit')],
        responses: {
          '200': json(ref('schemas', 'ApplicationPage'), 'A page of applications. Never cached (`Cache-Control: no-store`).'),
          '400': ref('responses', 'InvalidCursor'),
          ...secretRefusals,
          '422': ref('responses', 'InvalidQuery'),
        },
      },
    },
    '/v1/companies/{company}/applications.csv': {
      get: {
        tags: ['applications'],
        operationId: 'exportApplications',
        summary: 'The company’s applications as CSV, oldest first (secret key)',
        description:
          'One row per application, with a header row (`id`, `projectId`, `status`, `submittedAt`, `name`, `email`, `portfolioUrl`, `school`, `graduationYear`, `coverNote`, `answers` as JSON, `timeZone`). Cells a spreadsheet would run as a formula are prefixed with `\'`. Sent as an attachment, never cached (`Cache-Control: no-store`).',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'projectId')],
        responses: {
          '200': {
            description: 'The CSV (RFC 4180, CRLF line ends, UTF-8).',
            headers: { 'Content-Disposition': { description: '`attachment; filename="<company>-applications.csv"`.', schema: { type: 'string' } } },
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...secretRefusals,
          '422': ref('responses', 'InvalidQuery'),
        },
      },
    },
    '/v1/companies/{company}/application-counts': {
      get: {
        tags: ['applications'],
        operationId: 'listApplicationCounts',
        summary: 'How many applications each of the company’s projects has, per status (secret key)',
        description: 'One entry for every project of the company, open, closed and filled alike, newest project first; every status is counted, zeros included. Takes no query parameters. Never cached (`Cache-Control: no-store`).',
        security: secret,
        parameters: [ref('parameters', 'company')],
        responses: {
          '200': json(itemsOf('ApplicationCount'), 'Every project’s counts.'),
          ...secretRefusals,
          '422': ref('responses', 'InvalidQuery'),
        },
      },
    },
    '/v1/companies/{company}/applications/{applicationId}': {
      get: {
        tags: ['applications'],
        operationId: 'getApplication',
        summary: 'One of the company’s applications, with its timeline (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'applicationId')],
        responses: {
          '200': json(ref('schemas', 'Application'), 'The application. Never cached (`Cache-Control: no-store`).'),
          ...secretRefusals,
          '404': ref('responses', 'NotFound'),
        },
      },
      patch: {
        tags: ['applications'],
        operationId: 'changeApplicationStatus',
        summary: 'Move an application along (secret key)',
        description:
          'Adds a timeline entry with the new status and the optional message, which the applicant reads on their status link. Send an `Idempotency-Key` and reuse it on retries: a repeat replays the first answer instead of adding the entry twice.',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'applicationId'), ref('parameters', 'idempotencyKey')],
        requestBody: bodyOf('ApplicationStatusChange'),
        responses: projectWrite({
          '200': json(ref('schemas', 'Application'), 'The application with its new status and timeline entry.', { 'Idempotent-Replayed': ref('headers', 'IdempotentReplayed') }),
          '404': ref('responses', 'NotFound'),
          '409': problem('The move is not allowed from the current status (`invalid-transition`: nothing leaves `accepted` or `declined`), or a request with this `Idempotency-Key` is still in progress (`request-in-progress`, with `Retry-After`).', {
            'Retry-After': ref('headers', 'RetryAfter'),
          }),
          '413': ref('responses', 'PayloadTooLarge'),
          '415': ref('responses', 'UnsupportedMediaType'),
          '422': problem('The change is invalid (`validation`), or the `Idempotency-Key` was used with another body (`idempotency-key-reused`).'),
        }),
      },
    },
    '/v1/applications/{applicationId}/status': {
      get: {
        tags: ['applications'],
        operationId: 'getApplicationStatus',
        summary: 'Where an application stands, for the applicant (status-link token)',
        description:
          'The applicant’s private status link: `Authorization: Bearer st_…` with the `statusToken` of their receipt. A wrong, truncated or missing token and an id that does not exist all get the same 404, so the endpoint says nothing about which applications exist. Rate-limited per client address, wrong lookups included. Readable from any origin (the credential is never a cookie); never cached.',
        security: [{ statusToken: [] }],
        parameters: [ref('parameters', 'applicationId')],
        responses: {
          '200': json(ref('schemas', 'ApplicationStatusView'), 'The status, the timeline and the gig’s title and company; nothing else.'),
          '404': problem('No application matches this id and token (`not-found`); the same answer for every way of being wrong.'),
          '429': problem('Too many lookups from this address (`rate-limited`).', { 'Retry-After': ref('headers', 'RetryAfter') }),
        },
      },
    },
    '/v1/companies/{company}/webhooks': {
      get: {
        tags: ['webhooks'],
        operationId: 'listWebhooks',
        summary: 'The company’s webhook endpoints, without their secrets (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company')],
        responses: {
          '200': json(itemsOf('Webhook'), 'Every endpoint, oldest first.'),
          ...secretRefusals,
        },
      },
      post: {
        tags: ['webhooks'],
        operationId: 'createWebhook',
        summary: 'Register a webhook endpoint (secret key)',
        description:
          '`application.received` and `application.status_changed` events are POSTed to it from a durable outbox in the API’s database, retried with exponential backoff until the endpoint answers 2xx. See docs/http-api.md for verifying the signature.',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'idempotencyKey')],
        requestBody: bodyOf('WebhookInput'),
        responses: projectWrite({
          '201': json(ref('schemas', 'CreatedWebhook'), 'Registered; `secret` is shown this once.'),
          '413': ref('responses', 'PayloadTooLarge'),
          '415': ref('responses', 'UnsupportedMediaType'),
          '422': problem('The endpoint is invalid (`validation`: not https, credentials in the URL, an unknown event type).'),
        }),
      },
    },
    '/v1/companies/{company}/webhooks/{webhookId}': {
      delete: {
        tags: ['webhooks'],
        operationId: 'deleteWebhook',
        summary: 'Stop sending to an endpoint; its undelivered events are dropped (secret key)',
        security: secret,
        parameters: [ref('parameters', 'company'), ref('parameters', 'webhookId')],
        responses: {
          '204': { description: 'Deleted.' },
          ...secretRefusals,
          '404': ref('responses', 'NotFound'),
        },
      },
    },
  };
}
