import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSecretKey } from './support/admin.js';
import { fillApplication } from './support/apply-form.js';
import { eventually, getJson, openPage, repoRoot, startE2eSite, type E2eSite } from './support/site.js';

interface ApiProject {
  id: string;
  title: string;
  company: { slug: string; name: string };
}

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
      // The first page is 12 gigs: the first screen of cards at once, the rest a row at a time.
      const shown = Math.min(12, all.items.length);
      const count = await eventually(() => cards.count(), (n) => n === shown, `${shown} cards`);
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

  test("Apply opens the app's own dialog (not the card's), and the application reaches the API", async () => {
    const { page, context, problems } = await openPage(site);
    try {
      const all = await getJson<{ items: ApiProject[] }>(`${site.url}/v1/projects?limit=100`);
      await page.goto(`${site.url}/react-app/`);
      const firstCard = page.locator('mi-project-card').first();
      await firstCard.locator('[part~="card"]').waitFor();
      const title = ((await firstCard.locator('[part~="title"]').textContent()) ?? '').trim();
      const project = all.items.find((p) => p.title === title);
      assert.ok(project, `the first card (${title}) is an open gig from the API`);

      await firstCard.locator('[part~="apply-button"]').click();
      const dialog = page.locator('dialog.apply-dialog');
      await dialog.waitFor();
      assert.equal((await dialog.locator('#apply-title').innerText()).trim(), title);
      // The app calls preventDefault() on mi-apply-open: the card's own dialog must stay shut.
      assert.equal(await page.locator('mi-apply-dialog').count(), 0, 'only one dialog opened');

      await fillApplication(page, {
        name: 'Grace Hopper',
        email: 'grace.e2e@example.edu',
        school: 'Vassar College',
        graduationYear: 2028,
        coverNote: 'I write the weekly newsletter of our coding club.',
      });
      await page.getByRole('button', { name: 'Send application' }).click();

      const receipt = page.locator('mi-apply-form [part~="receipt"]');
      await receipt.waitFor();
      const reference = /\bapp_[A-Za-z0-9]+\b/.exec(await receipt.innerText())?.[0];
      assert.ok(reference, 'the receipt shows the application reference');

      // "Back to gigs" closes the dialog; the page says where the application went.
      await page.getByRole('button', { name: 'Back to gigs' }).click();
      await eventually(() => dialog.isVisible(), (visible) => !visible, 'the dialog to close');
      const notice = page.locator('.notice[role="status"]');
      assert.match(await notice.innerText(), new RegExp(`Application sent to ${project.company.name}`));
      assert.ok((await notice.innerText()).includes(reference), 'the notice shows the reference');

      const key = await createSecretKey(site.dbPath, project.company.slug);
      const stored = await getJson<{ items: { id: string; applicant: { email: string } }[] }>(
        `${site.url}/v1/companies/${project.company.slug}/applications?projectId=${project.id}`,
        { headers: { authorization: `Bearer ${key}` } },
      );
      assert.equal(stored.items.find((a) => a.id === reference)?.applicant.email, 'grace.e2e@example.edu');
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
