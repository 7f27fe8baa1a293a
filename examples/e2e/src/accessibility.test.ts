import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from './support/axe.js';
import { eventually, openPage, startE2eSite, type E2eSite } from './support/site.js';

// The element tests check each element with axe; these check the pages around them, as
// shipped, with the elements in them (axe reads open shadow roots).
describe('accessibility of the example pages (axe, the rules and impacts the element tests are held to)', () => {
  let site: E2eSite;

  before(async () => {
    site = await startE2eSite();
  });
  after(() => site?.close());

  for (const { path, ready } of [
    { path: '/', ready: '#gigs li' },
    { path: '/careers-page/', ready: 'mi-project-board [part~="card"]' },
    { path: '/blog-embed/', ready: 'mi-project-board [part~="card"]' },
    { path: '/react-app/', ready: 'mi-project-card [part~="card"]' },
  ]) {
    test(`${path} has no axe violations once its gigs are shown`, async () => {
      const { page, context } = await openPage(site, { bypassCSP: true });
      try {
        await page.goto(`${site.url}${path}`);
        await eventually(() => page.locator(ready).count(), (n) => n > 0, 'the gigs');
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test('the check reports best-practice rules at every impact, minor to critical', async () => {
    const { page, context } = await openPage(site, { bypassCSP: true });
    try {
      await page.goto(`${site.url}/`);
      // An h3 straight after the h1 (moderate), an alt text repeating its link's text (minor), an
      // image with no alt at all (critical).
      await page.setContent(
        '<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Gigs</h1><h3>Clean a data set</h3>' +
          '<a href="/">Home<img src="data:," alt="Home"></a><img src="data:,"></main></body></html>',
      );
      const found = (await axeViolations(page)).map((v) => `${v.id} ${v.impact}`).sort();
      assert.deepEqual(found, ['heading-order moderate', 'image-alt critical', 'image-redundant-alt minor']);
    } finally {
      await context.close();
    }
  });

  test('the React example with no matching gigs has no axe violations', async () => {
    const { page, context } = await openPage(site, { bypassCSP: true });
    try {
      await page.goto(`${site.url}/react-app/`);
      await page.locator('mi-project-card [part~="card"]').first().waitFor();
      await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz no such gig');
      await page.getByRole('heading', { name: 'No gigs match these filters', level: 3 }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  test('the React example’s own apply dialog has no axe violations', async () => {
    const { page, context } = await openPage(site, { bypassCSP: true });
    try {
      await page.goto(`${site.url}/react-app/`);
      await page.locator('mi-project-card [part~="apply-button"]').first().click();
      await page.locator('dialog.apply-dialog mi-apply-form [part~="form"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  test('the careers page’s apply dialog has no axe violations', async () => {
    const { page, context } = await openPage(site, { bypassCSP: true });
    try {
      await page.goto(`${site.url}/careers-page/`);
      await page.locator('mi-project-board [part~="apply-button"]').first().click();
      await page.locator('mi-apply-dialog [part~="dialog"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  test('the careers status page has no axe violations, with a real application or with a link that is not valid', async () => {
    const project = (await (await fetch(`${site.url}/v1/companies/forkful/projects?limit=100`)).json()) as { items: { id: string; questions: { required: boolean }[] }[] };
    const gig = project.items.find((p) => p.questions.every((q) => !q.required))!;
    const answer: Response = await fetch(`${site.url}/v1/companies/forkful/projects/${gig.id}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ projectId: gig.id, applicant: { name: 'Ada Lovelace', email: 'ada.axe@example.edu' }, answers: {}, consent: true }),
    });
    const receipt = (await answer.json()) as { id: string; statusToken: string };
    const { page, context } = await openPage(site, { bypassCSP: true });
    try {
      await page.goto(`${site.url}/careers-page/status.html#mi-application=${receipt.id}&mi-token=${receipt.statusToken}`);
      await page.locator('mi-application-status [part~="timeline"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.goto(`${site.url}/careers-page/status.html#mi-application=${receipt.id}&mi-token=st_${'x'.repeat(32)}`);
      await page.reload();
      await page.locator('mi-application-status [data-kind="invalid"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});
