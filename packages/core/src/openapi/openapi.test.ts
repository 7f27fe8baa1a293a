import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ProjectQuery } from '../models/query.js';
import { buildOpenApi, firstDifference, OPENAPI_PATH, renderOpenApi } from '../../scripts/openapi.js';

type Node = { [key: string]: unknown };

const SCRIPT = fileURLToPath(new URL('../../scripts/openapi.ts', import.meta.url));
const CORE = fileURLToPath(new URL('../..', import.meta.url));
const REDOCLY = join(CORE, 'node_modules/@redocly/cli/bin/cli.js');

/** `redocly lint` on `file` with core's redocly.yaml, offline: no usage data, no update check. */
function lint(file: string): { status: number | null; report: { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] } } {
  const result = spawnSync(process.execPath, [REDOCLY, 'lint', file, '--config', join(CORE, 'redocly.yaml'), '--format=json'], {
    cwd: CORE,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true', NO_COLOR: '1' },
  });
  const start = result.stdout.indexOf('{');
  assert.notEqual(start, -1, `redocly printed no report: ${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout.slice(start)) };
}

/**
 * Every example in the document checked against the schema it sits in, by a JSON Schema 2020-12
 * validator reading the document itself (not the zod schemas it came from). Returns one line per
 * example that does not fit, and the pointers of every example seen.
 */
function checkExamples(doc: Node): { seen: string[]; failures: string[] } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc, 'openapi');
  const seen: string[] = [];
  const failures: string[] = [];
  const check = (schemaAt: string, value: unknown, exampleAt: string): void => {
    seen.push(exampleAt);
    const validate = ajv.getSchema(`openapi${schemaAt}`);
    assert.ok(validate, `no schema at ${schemaAt}`);
    if (!validate(value)) failures.push(`${exampleAt}: ${ajv.errorsText(validate.errors)}`);
  };
  for (const [at, node] of walk(doc)) {
    // A schema's `examples` is an array of values (JSON Schema); a media type's, parameter's or
    // header's is `example`, or `examples` as a map of Example objects, beside its `schema`.
    if (Array.isArray(node.examples) && !('schema' in node)) node.examples.forEach((value, i) => check(at, value, `${at}/examples/${i}`));
    if ('schema' in node && 'example' in node) check(`${at}/schema`, node.example, `${at}/example`);
    if ('schema' in node && node.examples && typeof node.examples === 'object' && !Array.isArray(node.examples)) {
      for (const [name, example] of Object.entries(node.examples as Node)) check(`${at}/schema`, (example as Node).value, `${at}/examples/${name}`);
    }
  }
  return { seen, failures };
}

function pointer(doc: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Node)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);
}

function* walk(node: unknown, path = '#'): Generator<[string, Node]> {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield [path, node as Node];
  for (const [key, value] of Object.entries(node)) yield* walk(value, `${path}/${key}`);
}

function operations(doc: Node): [string, string, Node][] {
  const out: [string, string, Node][] = [];
  for (const [path, item] of Object.entries(doc.paths as Node)) {
    for (const [method, op] of Object.entries(item as Node)) out.push([method.toUpperCase(), path, op as Node]);
  }
  return out;
}

function tsx(args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: CORE, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('docs/openapi.json', () => {
  it('is what the script generates from the current schemas', () => {
    const expected = renderOpenApi();
    let actual = '';
    try {
      actual = readFileSync(OPENAPI_PATH, 'utf8');
    } catch {
      assert.fail('docs/openapi.json is missing: run `npm run openapi` and commit it');
    }
    if (actual !== expected) {
      assert.fail(`docs/openapi.json is out of date (${firstDifference(expected, actual)}): run \`npm run openapi\` and commit it`);
    }
  });

  it('renders the same bytes every time, 2-space JSON with a trailing newline', () => {
    const text = renderOpenApi();
    assert.equal(renderOpenApi(), text);
    assert.ok(text.endsWith('}\n'));
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('describes every operation of the reference API', () => {
    const doc = buildOpenApi();
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(
      operations(doc).map(([method, path, op]) => `${method} ${path} ${String(op.operationId)}`),
      [
        'GET /v1/projects listProjects',
        'GET /v1/projects/{idOrSlug} getProject',
        'GET /v1/companies listCompanies',
        'GET /v1/companies/{company}/projects listCompanyProjects',
        'POST /v1/companies/{company}/projects createProject',
        'GET /v1/companies/{company}/projects/{idOrSlug} getCompanyProject',
        'PATCH /v1/companies/{company}/projects/{idOrSlug} updateProject',
        'POST /v1/companies/{company}/projects/{id}/close closeProject',
        'POST /v1/companies/{company}/projects/{id}/applications submitApplication',
        'GET /v1/companies/{company}/applications listApplications',
        'GET /v1/companies/{company}/applications.csv exportApplications',
        'GET /v1/companies/{company}/application-counts listApplicationCounts',
        'GET /v1/companies/{company}/applications/{applicationId} getApplication',
        'PATCH /v1/companies/{company}/applications/{applicationId} changeApplicationStatus',
        'GET /v1/applications/{applicationId}/status getApplicationStatus',
        'GET /v1/companies/{company}/webhooks listWebhooks',
        'POST /v1/companies/{company}/webhooks createWebhook',
        'DELETE /v1/companies/{company}/webhooks/{webhookId} deleteWebhook',
      ],
    );
    const schemas = Object.keys((doc.components as Node).schemas as Node);
    for (const name of ['Project', 'Company', 'CompanySummary', 'ProjectInput', 'ProjectPatch', 'ApplicationInput', 'ApplicationReceipt', 'Application', 'ApplicationCount', 'ApplicationStatusChange', 'ApplicationStatusView', 'TimelineEntry', 'Availability', 'Problem', 'ProjectPage', 'ApplicationPage']) {
      assert.ok(schemas.includes(name), name);
    }
    assert.deepEqual(schemas, [...schemas].sort(), 'schemas are sorted by name');
  });

  it('resolves every $ref, and declares every path parameter its path uses', () => {
    const doc = buildOpenApi();
    for (const [at, node] of walk(doc)) {
      if (typeof node.$ref === 'string') assert.notEqual(pointer(doc, node.$ref), undefined, `${at}: ${node.$ref}`);
    }
    for (const [method, path, op] of operations(doc)) {
      const declared = (op.parameters as Node[])
        .map((p) => (typeof p.$ref === 'string' ? (pointer(doc, p.$ref) as Node) : p))
        .filter((p) => p.in === 'path')
        .map((p) => p.name);
      assert.deepEqual(declared, [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]), `${method} ${path}`);
    }
  });

  it('sends errors as problem documents, protects secret-key operations and lists query parameters as comma lists', () => {
    const doc = buildOpenApi();
    const secret = new Set(['createProject', 'updateProject', 'closeProject', 'listApplications', 'exportApplications', 'listApplicationCounts', 'getApplication', 'changeApplicationStatus', 'listWebhooks', 'createWebhook', 'deleteWebhook']);
    for (const [method, path, op] of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses as Node)) {
        const resolved = (typeof (response as Node).$ref === 'string' ? pointer(doc, (response as Node).$ref as string) : response) as Node;
        if (Number(status) >= 400) assert.deepEqual(Object.keys(resolved.content as Node), ['application/problem+json'], `${method} ${path} ${status}`);
      }
      const expected = op.operationId === 'getApplicationStatus' ? [{ statusToken: [] }] : secret.has(String(op.operationId)) ? [{ secretKey: [] }] : [];
      assert.deepEqual(op.security, expected, `${method} ${path} security`);
      if (secret.has(String(op.operationId))) {
        // Every secret-key operation may refuse the key, and limit failed attempts at it.
        const responses = op.responses as Node;
        for (const status of ['401', '403', '429']) assert.ok(responses[status], `${method} ${path} ${status}`);
        const limited = pointer(doc, (responses['429'] as Node).$ref as string) as Node;
        assert.ok((limited.headers as Node)['Retry-After'], `${method} ${path} 429 has Retry-After`);
      }
    }
    const submit = (doc.paths as Node)['/v1/companies/{company}/projects/{id}/applications'] as { post: { responses: Node } };
    assert.deepEqual(Object.keys(submit.post.responses), ['201', '400', '403', '404', '409', '413', '415', '422', '429']);
    assert.ok(((submit.post.responses['429'] as Node).headers as Node)['Retry-After']);
    const parameters = (doc.components as Node).parameters as Record<string, Node>;
    for (const key of Object.keys(ProjectQuery.shape)) {
      const parameter = parameters[key];
      assert.ok(parameter, key);
      const isList = (parameter.schema as Node).type === 'array';
      assert.equal(parameter.style === 'form' && parameter.explode === false, isList, key);
    }
  });

  it('passes `redocly lint` with the recommended rules, warnings included', () => {
    const { status, report } = lint(OPENAPI_PATH);
    assert.deepEqual(report.problems.map((p) => `${p.ruleId}: ${p.message}`), []);
    assert.deepEqual(report.totals, { ...report.totals, errors: 0, warnings: 0 });
    assert.equal(status, 0);
  });

  it('`redocly lint` fails a document whose operation declares no security, or whose example breaks its schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-openapi-'));
    try {
      const doc = buildOpenApi() as Node;
      const get = ((doc.paths as Node)['/v1/companies'] as Node).get as Node;
      delete get.security;
      const money = ((doc.components as Node).schemas as Node).Money as Node;
      money.examples = [{ amount: 17.5, currency: 'USD' }];
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const { status, report } = lint(file);
      assert.equal(status, 1);
      assert.deepEqual([...new Set(report.problems.map((p) => p.ruleId))].sort(), ['no-invalid-schema-examples', 'security-defined']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the reference server, with its origin as a variable', () => {
    const [server, ...others] = buildOpenApi().servers as Node[];
    assert.deepEqual(others, []);
    assert.equal(server?.url, '{origin}');
    assert.equal(((server?.variables as Node).origin as Node).default, 'http://127.0.0.1:8787');
  });

  it('gives every operation a 4xx answer and an explicit security list', () => {
    for (const [method, path, op] of operations(buildOpenApi())) {
      assert.ok(Object.keys(op.responses as Node).some((status) => /^4\d\d$/.test(status)), `${method} ${path} has no 4xx`);
      assert.ok(Array.isArray(op.security), `${method} ${path} declares no security`);
    }
  });

  it('has examples for the main schemas, each valid against its own schema in the document', () => {
    const doc = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Node;
    const { seen, failures } = checkExamples(doc);
    assert.deepEqual(failures, []);
    for (const name of ['Money', 'Compensation', 'Project', 'ProjectInput', 'ProjectPatch', 'ApplicationInput', 'ApplicationReceipt', 'Problem']) {
      assert.ok(seen.includes(`#/components/schemas/${name}/examples/0`), `${name} has an example`);
    }
    assert.ok(seen.includes('#/components/headers/CacheControl/schema/examples/0'));
  });

  it('the example check catches an example that breaks its schema', () => {
    const doc = buildOpenApi() as Node;
    const schemas = (doc.components as Node).schemas as Record<string, Node>;
    schemas.ApplicationReceipt!.examples = [{ id: 'a_1', projectId: 'p_1', status: 'lost', submittedAt: 'yesterday' }];
    schemas.Project!.examples = [{ ...((schemas.Project!.examples as Node[])[0] as Node), effort: { min: 'seven' } }];
    const { failures } = checkExamples(doc);
    assert.equal(failures.length, 2, failures.join('\n'));
    assert.match(failures.join('\n'), /ApplicationReceipt\/examples\/0: .*status.*\n?.*/);
    assert.match(failures.join('\n'), /submittedAt.*date-time/);
    assert.match(failures.join('\n'), /Project\/examples\/0: .*effort\/min/);
  });

  it('--check exits 0 on a current file and 1, naming the command, on a stale one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, renderOpenApi());
      assert.equal(tsx(['--check', `--file=${file}`]).status, 0);
      writeFileSync(file, renderOpenApi().replace('"title": "Micro-Internship API"', '"title": "Edited by hand"'));
      const stale = tsx(['--check', `--file=${file}`]);
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, /out of date \(line \d+: expected .*Micro-Internship API.*\)\. Run `npm run openapi`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
