import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ProjectQuery } from '../models/query.js';
import { buildOpenApi, firstDifference, OPENAPI_PATH, renderOpenApi } from '../../scripts/openapi.js';

type Node = { [key: string]: unknown };

const SCRIPT = fileURLToPath(new URL('../../scripts/openapi.ts', import.meta.url));
const CORE = fileURLToPath(new URL('../..', import.meta.url));

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
        'GET /v1/companies/{company}/applications/{applicationId} getApplication',
        'PATCH /v1/companies/{company}/applications/{applicationId} changeApplicationStatus',
        'GET /v1/applications/{applicationId}/status getApplicationStatus',
        'GET /v1/companies/{company}/webhooks listWebhooks',
        'POST /v1/companies/{company}/webhooks createWebhook',
        'DELETE /v1/companies/{company}/webhooks/{webhookId} deleteWebhook',
      ],
    );
    const schemas = Object.keys((doc.components as Node).schemas as Node);
    for (const name of ['Project', 'Company', 'CompanySummary', 'ProjectInput', 'ProjectPatch', 'ApplicationInput', 'ApplicationReceipt', 'Application', 'ApplicationStatusChange', 'ApplicationStatusView', 'TimelineEntry', 'Availability', 'Problem', 'ProjectPage', 'ApplicationPage']) {
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
    const secret = new Set(['createProject', 'updateProject', 'closeProject', 'listApplications', 'getApplication', 'changeApplicationStatus', 'getApplicationStatus', 'listWebhooks', 'createWebhook', 'deleteWebhook']);
    for (const [method, path, op] of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses as Node)) {
        const resolved = (typeof (response as Node).$ref === 'string' ? pointer(doc, (response as Node).$ref as string) : response) as Node;
        if (Number(status) >= 400) assert.deepEqual(Object.keys(resolved.content as Node), ['application/problem+json'], `${method} ${path} ${status}`);
      }
      assert.equal(Boolean(op.security), secret.has(String(op.operationId)), `${method} ${path} security`);
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
