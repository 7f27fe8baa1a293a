import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiInputError } from '../errors/mi-input-error.js';
import { sampleProject } from '../test-support/fixtures.js';
import { rejection } from '../test-support/rejection.js';
import { problem, reply, startTestServer, type TestServer } from '../test-support/http-server.js';
import { createProjectsClient } from './create-projects-client.js';

describe('createProjectsClient', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it("reads a company's gigs like createClient().projects", async () => {
    const gig = sampleProject({ id: 'p_1', slug: 'gig-1' });
    server.on('GET', '/v1/companies/acme/projects', reply(200, { items: [gig, { ...gig, title: undefined }], nextCursor: null }));
    const page = await createProjectsClient({ baseUrl: server.url, company: 'acme' }).page({ sort: 'pay' });
    assert.deepEqual(page.items, [gig]);
    assert.deepEqual(page.skipped.map((s) => s.index), [1]);
    assert.equal(server.requests[0]?.query.get('sort'), 'pay');
  });

  it('fails with the typed errors of the full client', async () => {
    server.on('GET', '/v1/projects/nope', problem(404, { title: 'Not found' }));
    const error = await rejection(createProjectsClient({ baseUrl: server.url, retry: 0 }).get('nope'));
    assert.ok(isMiHttpError(error));
    assert.equal(error.status, 404);
  });

  it('refuses invalid options before sending anything', () => {
    assert.throws(() => createProjectsClient({ baseUrl: 'javascript:alert(1)' }), (error: unknown) => isMiInputError(error));
  });
});
