import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eventually, getJson, openPage, repoRoot, startE2eSite, type E2eSite } from './support/site.js';

describe('React app (examples/react-app)', () => {
  let site: E2eSite;

  before(async () => {
    // `npm test` builds every example first; a missing build is a failure, not a skip.
    const built = join(repoRoot, 'examples/react-app/dist/index.html');
    assert.ok(existsSync(built), `${built} is missing: run \`npm run build\` (npm test builds it) before these tests`);
    site = await startE2eSite();
  });
  after(() => site?.close());

  test('loads without errors and shows gigs from the API as cards', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      const all = await getJson<{ items: { title: string }[] }>(`${site.url}/v1/projects?limit=100`);
      await page.goto(`${site.url}/react-app/`);
      const cards = page.locator('mi-project-card [part~="card"]');
      const count = await eventually(() => cards.count(), (n) => n > 0, 'cards');
      const titles = (await page.locator('mi-project-card [part~="title"]').allTextContents()).map((t) => t.trim());
      assert.equal(titles.length, count);
      for (const title of titles) assert.ok(all.items.some((p) => p.title === title), `"${title}" is an open gig from the API`);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.failedRequests, []);
    } finally {
      await context.close();
    }
  });
});
