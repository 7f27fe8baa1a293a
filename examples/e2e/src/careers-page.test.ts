import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSecretKey } from './support/admin.js';
import { fillApplication } from './support/apply-form.js';
import { eventually, getJson, openPage, startE2eSite, type E2eSite } from './support/site.js';

interface ApiProject {
  id: string;
  slug: string;
  title: string;
}
interface ApiPage<T> {
  items: T[];
  total?: number;
}
interface StoredApplication {
  id: string;
  projectId: string;
  applicant: { name: string; email: string; school?: string; graduationYear?: number };
  coverNote?: string;
  availability?: { timeZone: string; blocks: { day: number; start: string; end: string }[] };
}

describe('careers page (examples/careers-page)', () => {
  let site: E2eSite;
  let open: ApiProject[];

  before(async () => {
    site = await startE2eSite();
    open = (await getJson<ApiPage<ApiProject>>(`${site.url}/v1/companies/forkful/projects?limit=100`)).items;
  });
  after(() => site?.close());

  test('loads cleanly under its strict CSP and shows Forkful’s open projects', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      await page.goto(`${site.url}/careers-page/`);
      assert.equal(await page.title(), 'Student projects at Forkful — paid weekend micro-internships');

      const cards = page.locator('mi-project-board [part~="card"]');
      const shown = Math.min(open.length, 6);
      assert.ok(shown > 0, 'the seed gives Forkful open projects');
      await eventually(() => cards.count(), (n) => n === shown, `${shown} cards`);
      // textContent, not innerText: cards off screen skip rendering (content-visibility: auto).
      const titles = await page.locator('mi-project-board [part~="card"] [part~="title"]').allTextContents();
      for (const title of titles) assert.ok(open.some((p) => p.title === title.trim()), `"${title}" is one of Forkful's open projects`);
      assert.equal((await page.locator('mi-project-board [part~="count"]').innerText()).trim(), `${open.length} projects`);

      // The page's own script reads the board's mi-load event; JSON-LD lands in the light DOM.
      await eventually(() => page.locator('[data-open-count]').innerText(), (text) => text === String(open.length), 'the hero count');
      await eventually(
        () => page.locator('mi-project-board > script[type="application/ld+json"]').count(),
        (n) => n === shown,
        'one JobPosting per card',
      );
      const posting = JSON.parse((await page.locator('mi-project-board > script[type="application/ld+json"]').first().textContent()) ?? '{}');
      assert.equal(posting['@type'], 'JobPosting');
      assert.equal(posting.hiringOrganization?.name, 'Forkful');

      // The company's theme reaches into the shadow DOM: custom properties and ::part.
      const applyBackground = await page.locator('mi-project-board [part~="apply-button"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(applyBackground, 'rgb(184, 67, 31)', 'Apply buttons use --mi-card-apply-background (Forkful tomato)');
      const titleFont = await page.locator('mi-project-board [part~="title"]').first().evaluate((el) => getComputedStyle(el).fontFamily);
      assert.match(titleFont, /Palatino|Georgia|serif/, '::part(title) sets the serif');

      assert.deepEqual(problems.consoleErrors, [], 'no console errors (CSP violations included)');
      assert.deepEqual(problems.pageErrors, [], 'no page errors');
      assert.deepEqual(problems.failedRequests, [], 'no failed requests');
      assert.ok(problems.requests.every((url) => url.startsWith(site.url)), 'every request stays on the page’s origin');
    } finally {
      await context.close();
    }
  });

  test('searching narrows the board and keeps the query in the URL', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      await page.goto(`${site.url}/careers-page/`);
      const cards = page.locator('mi-project-board [part~="card"]');
      await eventually(() => cards.count(), (n) => n > 1, 'the first page');
      await page.locator('mi-project-board [part~="search"]').fill('pricing');
      await page.locator('mi-project-board [part~="search"]').press('Enter');
      const titles = await eventually(
        () => page.locator('mi-project-board [part~="card"] [part~="title"]').allTextContents(),
        (list) => list.length === 1,
        'one matching card',
      );
      assert.match(titles[0]!, /pricing/i);
      await eventually(async () => new URL(page.url()).searchParams.get('mi-q'), (q) => q === 'pricing', 'sync-url writes mi-q');
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('a link to one gig opens the board with that gig’s description open', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      const linked = open.at(-1)!;
      await page.goto(`${site.url}/careers-page/?mi-gig=${linked.slug}`);
      const card = page.locator('mi-project-board [part~="card"]').filter({ hasText: linked.title });
      await eventually(() => card.locator('.title-button').getAttribute('aria-expanded'), (expanded) => expanded === 'true', 'the linked gig open');
      assert.ok(await card.locator('[part~="description"]').isVisible(), 'its description is shown');
      assert.equal(await page.locator('mi-project-board [part~="description"]').count(), 1, 'only the linked gig is open');
      // Closing it takes it out of the address.
      await card.locator('.title-button').click();
      await eventually(async () => new URL(page.url()).searchParams.get('mi-gig'), (gig) => gig === null, 'the link dropped');
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('an application goes from the board through the dialog to the API', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      await page.goto(`${site.url}/careers-page/`);
      const firstCard = page.locator('mi-project-board [part~="card"]').first();
      await firstCard.waitFor();
      const title = ((await firstCard.locator('[part~="title"]').textContent()) ?? '').trim();
      const project = open.find((p) => p.title === title);
      assert.ok(project, `the first card (${title}) is an open Forkful project`);

      const applyButton = firstCard.locator('[part~="apply-button"]');
      await applyButton.click();
      const dialog = page.locator('mi-apply-dialog [part~="dialog"]');
      await dialog.waitFor();
      assert.equal((await page.locator('mi-apply-dialog [part~="title"]').first().innerText()).trim(), `Apply to ${title}`);

      // Sending an empty form shows what is missing and sends nothing.
      await page.getByRole('button', { name: 'Send application' }).click();
      await page.getByText('Enter your name').waitFor();
      assert.ok(!problems.requests.some((url) => url.includes('/applications')), 'nothing was posted');

      await fillApplication(page, {
        name: 'Ada Lovelace',
        email: 'ada.e2e@example.edu',
        school: 'University of Illinois',
        graduationYear: 2027,
        coverNote: 'I proofread the student paper every weekend.',
      });
      await page.getByRole('button', { name: 'Send application' }).click();

      const success = page.locator('mi-apply-form [part~="success"]');
      await success.waitFor();
      assert.match(await success.innerText(), /Application sent/);
      assert.match(await success.innerText(), /ada\.e2e@example\.edu/);
      const reference = /\bapp_[A-Za-z0-9]+\b/.exec(await page.locator('mi-apply-form [part~="receipt"]').innerText())?.[0];
      assert.ok(reference, 'the receipt shows the application reference');
      // The board's status-page reaches the form in its dialog: the private link points at status.html.
      const statusUrl = await page.locator('mi-apply-form #status-link').inputValue();
      assert.match(statusUrl, new RegExp(`^${site.url.replaceAll('.', '\\.')}/careers-page/status\\.html#mi-application=${reference}&mi-token=st_[0-9A-Za-z]{32}$`));

      // Done closes the dialog and gives focus back to the Apply button that opened it.
      await page.getByRole('button', { name: 'Done' }).click();
      await eventually(() => dialog.isVisible(), (visible) => !visible, 'the dialog to close');
      assert.equal(await applyButton.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el), true, 'focus is back on Apply');

      // What the server stored, read back the way a company would: its secret key and the API.
      const key = await createSecretKey(site.dbPath, 'forkful');
      const stored = await getJson<ApiPage<StoredApplication>>(`${site.url}/v1/companies/forkful/applications?projectId=${project.id}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const application = stored.items.find((a) => a.id === reference);
      assert.ok(application, `application ${reference} is stored`);
      assert.equal(application.projectId, project.id);
      assert.equal(application.applicant.name, 'Ada Lovelace');
      assert.equal(application.applicant.email, 'ada.e2e@example.edu');
      assert.equal(application.applicant.graduationYear, 2027);
      assert.equal(application.coverNote, 'I proofread the student paper every weekend.');
      assert.equal(application.availability?.timeZone, 'America/Chicago', 'the picker starts in the reader’s zone');
      const days = new Set(application.availability?.blocks.map((b) => b.day));
      assert.deepEqual([...days].sort(), [0, 6], 'the Weekends preset chose Saturday and Sunday');

      // The company moves it along; the student's status page shows both steps and the message.
      for (const change of [{ status: 'reviewing' }, { status: 'accepted', message: 'Welcome aboard! Kick-off is Saturday at 10:00.' }]) {
        const answer: Response = await fetch(`${site.url}/v1/companies/forkful/applications/${reference}`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(change),
        });
        assert.equal(answer.status, 200, await answer.text());
      }
      await page.goto(statusUrl);
      const status = page.locator('mi-application-status [part~="status"]');
      await status.waitFor();
      assert.equal(await page.title(), 'Your application — Forkful careers');
      assert.equal((await page.locator('mi-application-status [part~="badge"]').innerText()).trim(), 'Where it stands: Accepted');
      const steps = await page.locator('mi-application-status [part~="entry"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['status']));
      assert.deepEqual(steps, ['received', 'reviewing', 'accepted']);
      assert.match(await status.innerText(), /Welcome aboard! Kick-off is Saturday at 10:00\./);
      const token = new URLSearchParams(new URL(statusUrl).hash.slice(1)).get('mi-token')!;
      assert.ok(!problems.requests.some((url) => url.includes(token)), 'the token is in no request URL');

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.failedRequests, []);
    } finally {
      await context.close();
    }
  });
});
