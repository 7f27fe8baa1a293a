import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually, getJson, openPage, startE2eSite, type E2eSite } from './support/site.js';

describe('home page (examples/home)', () => {
  let site: E2eSite;

  before(async () => {
    site = await startE2eSite();
  });
  after(() => site?.close());

  test('lists the open gigs from the API and links to every example', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      const all = await getJson<{ items: { title: string }[]; total?: number }>(`${site.url}/v1/projects?limit=10`);
      await page.goto(`${site.url}/`);
      const gigs = page.locator('#gigs > li');
      await eventually(() => gigs.count(), (n) => n === all.items.length, `${all.items.length} gigs`);
      assert.equal((await gigs.first().locator('h3').innerText()).trim(), all.items[0]!.title);
      assert.equal((await page.locator('#status').innerText()).trim(), `${all.total} open gigs`);

      // Every example page is linked, and every link on the page answers.
      const hrefs = await page.locator('#examples a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const path of ['/careers-page/', '/blog-embed/', '/builder/', '/console/', '/react-app/']) {
        assert.ok(hrefs.includes(`${site.url}${path}`), `the home page links ${path}`);
      }
      for (const href of hrefs) {
        const response = await fetch(href);
        assert.equal(response.status, 200, `${href} answers 200`);
      }

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.failedRequests, []);
    } finally {
      await context.close();
    }
  });
});
