import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSecretKey } from './support/admin.js';
import { fillApplication } from './support/apply-form.js';
import type { Page } from 'playwright-core';
import { createFeedSource, Project, type FeedDocument } from '../../../packages/core/dist/index.js';
import { eventually, getJson, openPage, repoRoot, startE2eSite, type E2eSite } from './support/site.js';

interface FeedProject {
  id: string;
  slug: string;
  title: string;
  schedule: string;
  company: { name: string; slug: string };
}

const feed = JSON.parse(readFileSync(join(repoRoot, 'examples/blog-embed/gigs.json'), 'utf8')) as { version: number; projects: FeedProject[] };

/** Every request to the API fails, as if it were down; the page must not notice. */
async function apiDown(page: Page): Promise<string[]> {
  const attempts: string[] = [];
  await page.route(
    (url) => url.pathname.startsWith('/v1'),
    (route) => {
      attempts.push(`${route.request().method()} ${route.request().url()}`);
      return route.abort('connectionrefused');
    },
  );
  return attempts;
}

describe('blog post (examples/blog-embed)', () => {
  let site: E2eSite;

  before(async () => {
    site = await startE2eSite();
  });
  after(() => site?.close());

  test('gigs.json is a valid feed: every project passes core’s schema, weekend gigs, the featured one first', async () => {
    assert.equal(feed.version, 1);
    for (const [index, project] of feed.projects.entries()) {
      const result = Project.safeParse(project);
      assert.ok(result.success, `project ${index} (${project.slug}): ${JSON.stringify(result.error?.issues)}`);
    }
    const page = await createFeedSource(feed as unknown as FeedDocument).page({ limit: 100 });
    assert.deepEqual(page.skipped, [], 'the feed reader drops nothing');
    assert.equal(page.items.length, feed.projects.length, 'every gig is open (no deadline has passed)');
    assert.equal(feed.projects[0]!.slug, 'recipe-card-copy-edit');
    assert.ok(feed.projects.every((p) => p.schedule === 'weekend'));
  });

  test('reads the card and the board from gigs.json with the API down, without an error', async () => {
    const { page, context, problems } = await openPage(site);
    const attempts = await apiDown(page);
    try {
      await page.goto(`${site.url}/blog-embed/`);
      assert.match(await page.locator('h1').innerText(), /weekend micro-internship/i);

      // The card in the text.
      const card = page.locator('mi-project-card.post-card [part~="card"]');
      await card.waitFor();
      assert.equal((await card.locator('[part~="title"]').textContent())?.trim(), feed.projects[0]!.title);
      assert.equal((await card.locator('[part~="company"]').textContent())?.trim(), 'Forkful');
      assert.match((await card.locator('[part~="pay-button"]').textContent()) ?? '', /\$20\/hr/);

      // The board after the post: four cards of the feed's ten, then "Load more".
      const cards = page.locator('mi-project-board [part~="card"]');
      await eventually(() => cards.count(), (n) => n === 4, 'four cards');
      assert.equal((await page.locator('mi-project-board [part~="count"]').textContent())?.trim(), `${feed.projects.length} projects`);
      const titles = (await page.locator('mi-project-board [part~="card"] [part~="title"]').allTextContents()).map((t) => t.trim());
      assert.ok(titles.every((t) => feed.projects.some((p) => p.title === t)), 'every card comes from gigs.json');
      await page.locator('mi-project-board [part~="load-more"]').click();
      await eventually(() => cards.count(), (n) => n === 8, 'eight cards after Load more').catch(async (error: Error) => {
        // Say what the board showed instead: an error under the button, or a click that was lost.
        const more = await page.locator('mi-project-board .more').innerText().catch(() => '(no Load more area)');
        throw new Error(`${error.message}; the board shows "${more.trim()}"; failed requests: ${problems.failedRequests.join(', ') || 'none'}`);
      });

      // The pay explanation opens as a popover and Escape closes it.
      await card.locator('[part~="pay-button"]').click();
      const popover = card.locator('[part~="popover"]');
      await popover.waitFor();
      assert.match(await popover.innerText(), /4–6 hours × \$20\/hr/);
      await page.keyboard.press('Escape');
      await eventually(() => popover.count(), (n) => n === 0, 'the popover to close');

      assert.deepEqual(attempts, [], 'reading the post made no request to /v1');
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.failedRequests, []);
    } finally {
      await context.close();
    }
  });

  test('applying from the post goes to the API named by apply-api, filed under the gig’s company', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      await page.goto(`${site.url}/blog-embed/`);
      await page.locator('mi-project-card.post-card [part~="apply-button"]').click();
      await page.locator('mi-project-card.post-card mi-apply-dialog [part~="dialog"]').waitFor();
      await fillApplication(page, { name: 'Grace Hopper', email: 'grace.e2e@example.edu' });
      const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/v1/projects/'));
      await page.getByRole('button', { name: 'Send application' }).click();
      const response = await posted;
      assert.equal(response.status(), 201);
      assert.ok(response.url().includes(`/projects/${feed.projects[0]!.id}/applications`), 'the feed’s id is the API’s id');
      await page.locator('mi-apply-form [part~="success"]').waitFor();
      // Filed under the gig's company: Forkful reads it with its secret key.
      const key = await createSecretKey(site.dbPath, 'forkful');
      const stored = await getJson<{ items: { applicant: { email: string } }[] }>(`${site.url}/v1/companies/forkful/applications?projectId=${feed.projects[0]!.id}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      assert.ok(stored.items.some((a) => a.applicant.email === 'grace.e2e@example.edu'), 'Forkful sees the application');
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('applying while the API is down keeps the entry and says so', async () => {
    const { page, context, problems } = await openPage(site);
    const attempts = await apiDown(page);
    try {
      await page.goto(`${site.url}/blog-embed/`);
      await page.locator('mi-project-card.post-card [part~="apply-button"]').click();
      await fillApplication(page, { name: 'Grace Hopper', email: 'grace.down@example.edu' });
      await page.getByRole('button', { name: 'Send application' }).click();
      const status = page.locator('mi-apply-form [part~="status"]');
      await status.waitFor({ timeout: 20_000 });
      assert.match(await status.innerText(), /not sent/i);
      assert.equal(await page.getByLabel('Full name').inputValue(), 'Grace Hopper', 'the entry is kept');
      assert.ok(attempts.some((a) => a.startsWith('POST ')), 'the form did try the API');
      assert.deepEqual(problems.pageErrors, [], 'a failed send is a visible state, not an exception');
    } finally {
      await context.close();
    }
  });
});
