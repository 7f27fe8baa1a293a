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
import { buildComponents } from './openapi/components.js';
import type { JsonObject } from './openapi/json.js';
import { buildPaths } from './openapi/paths.js';

/** Where the generated document lives, relative to this file. */
export const OPENAPI_PATH = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

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
    servers: [
      {
        url: '{origin}',
        description: 'The reference API. `npm start` serves it on this machine; a deployment puts its own origin here.',
        variables: { origin: { default: 'http://127.0.0.1:8787', description: 'Scheme, host and port of the server, no trailing slash (`PORT` chooses the port of `npm start`).' } },
      },
    ],
    tags: [
      { name: 'projects', description: 'Gigs: public reads, and writes with a secret key.' },
      { name: 'companies', description: 'The directory of companies.' },
      { name: 'applications', description: 'Applying, the applicant’s status link, and reading and moving applications along with a secret key.' },
      { name: 'webhooks', description: 'Signed events about applications, POSTed to a company’s own endpoints.' },
    ],
    paths: buildPaths(),
    webhooks: buildWebhooks(),
    components: buildComponents(),
  };
}

/**
 * The events the API POSTs to a company's registered endpoints (OpenAPI 3.1 `webhooks`): one
 * entry per event type, each with the `WebhookEvent` body and what the receiver answers.
 */
function buildWebhooks(): JsonObject {
  const entry = (type: string, summary: string): JsonObject => ({
    post: {
      operationId: `webhook_${type.replace('.', '_')}`,
      tags: ['webhooks'],
      summary,
      description: 'Signed with `Microintern-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; verify it, and refuse a `t` more than 5 minutes away. Retried with backoff until a 2xx; de-duplicate by the event `id`.',
      security: [],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
      responses: {
        '200': { description: 'Any 2xx acknowledges the delivery.' },
        '400': { description: 'The receiver refused the delivery (a bad signature, say); it is retried.' },
      },
    },
  });
  return {
    'application.received': entry('application.received', 'An application arrived'),
    'application.status_changed': entry('application.status_changed', 'An application moved to another status'),
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
