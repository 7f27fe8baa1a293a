import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createCompany, createSecretKey } from './support/admin.js';
import { fillApplication } from './support/apply-form.js';
import { axeViolations } from './support/axe.js';
import { eventually, getJson, openPage, startE2eSite, type E2eSite, type PageProblems } from './support/site.js';

async function signIn(page: Page, company: string, key: string): Promise<void> {
  await page.getByLabel('Company slug').fill(company);
  await page.getByLabel('Secret key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The browser's own log lines for answers a test provoked on purpose (a 401, a 429). */
function unexpectedConsoleErrors(problems: PageProblems, expected: number[]): string[] {
  return problems.consoleErrors.filter((line) => !expected.some((status) => line.includes(`status of ${status}`)));
}


/** Fills the gig form's required fields as a hiring manager would, plus one question. */
async function fillGig(page: Page, gig: { title: string; slug?: string }): Promise<void> {
  await page.locator('#gig-title').fill(gig.title);
  await page.locator('#gig-summary').fill('Photograph and label forty pantry shelves so our pickers find things faster.');
  await page.locator('#gig-category').selectOption('data');
  if (gig.slug) await page.locator('#gig-slug').fill(gig.slug);
  await page.locator('#gig-pay-min').fill('24');
  await page.locator('#gig-effort-min').fill('6');
  await page.locator('#gig-effort-max').fill('8');
  await page.locator('#gig-window-count').fill('2');
  await page.locator('#gig-window-unit').selectOption('weeks');
  await page.locator('#gig-schedule').selectOption('weekend');
  await page.locator('#gig-spots').fill('2');
  await page.locator('#gig-add-question').click();
  await page.locator('#gig-q0-label').fill('Which spreadsheet tool do you use most?');
}

/** The form's values, control by control, to compare before and after a failure. */
function formValues(page: Page): Promise<Record<string, string>> {
  return page.locator('console-gig-editor form').evaluate((form) =>
    Object.fromEntries([...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
      .filter((el) => el.id && (el as HTMLInputElement).type !== 'radio' && (el as HTMLInputElement).type !== 'checkbox')
      .map((el) => [el.id, el.value])));
}

describe('company console (examples/console)', () => {
  let site: E2eSite;
  let key: string;

  before(async () => {
    site = await startE2eSite();
    key = await createSecretKey(site.dbPath, 'forkful');
  });
  after(() => site?.close());

  test('a wrong key and a key for another company get the same answer, and the key is never in a URL', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      await page.goto(`${site.url}/console/`);
      await signIn(page, 'forkful', 'sk_test_0000000000000000000000000000000000');
      const alert = page.locator('.sign-in .form-error');
      await eventually(() => alert.innerText(), (t) => t === 'That company and key do not match. Check both and try again.', 'the wrong-key message');
      // Forkful's real key, for a company it is not: the same words, nothing about which part was wrong.
      await signIn(page, 'pixel-and-pine', key);
      await eventually(() => page.locator('.sign-in button[type="submit"]').isEnabled(), (on) => on, 'the second attempt to finish');
      assert.equal(await alert.innerText(), 'That company and key do not match. Check both and try again.');
      assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing is kept after a failed sign-in');

      await signIn(page, 'forkful', key);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      assert.match(await page.locator('.console-header .who').innerText(), /Signed in as Forkful/);
      assert.ok(!problems.requests.some((url) => url.includes(key) || url.includes('sk_test_')), 'no request URL carries a key');
      assert.equal(await page.evaluate(() => location.href.includes('sk_')), false);

      // Signing out forgets the key.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to your company' }).waitFor();
      assert.equal(await page.evaluate(() => sessionStorage.length), 0);
      assert.deepEqual(unexpectedConsoleErrors(problems, [401, 403]), []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('too many wrong keys: the sign-in says how long to wait, even for the right key', async () => {
    const slug = 'console-limit-test';
    const right = await createCompany(site.dbPath, slug);
    // Twenty wrong guesses from this machine use up the company's allowance (MI_AUTH_RATE_LIMIT).
    for (let i = 0; i < 20; i++) {
      const answer = await fetch(`${site.url}/v1/companies/${slug}/application-counts`, { headers: { authorization: 'Bearer sk_test_1111111111111111111111111111111111' } });
      assert.equal(answer.status, 401);
    }
    const { page, context, problems } = await openPage(site);
    try {
      await page.goto(`${site.url}/console/`);
      await signIn(page, slug, right);
      const alert = page.locator('.sign-in .form-error');
      const text = await eventually(() => alert.innerText(), (t) => t.startsWith('Too many requests'), 'the rate-limit message');
      assert.match(text, /^Too many requests\. Try again in \d+ seconds\.$/);
      assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0, 'not signed in');
      assert.deepEqual(unexpectedConsoleErrors(problems, [429]), []);
    } finally {
      await context.close();
    }
  });

  test('a session runs out after eight hours in an open tab: the sign-in form comes back with the company filled in', async () => {
    const { page, context, problems } = await openPage(site);
    try {
      await page.clock.install();
      await page.goto(`${site.url}/console/`);
      await signIn(page, 'forkful', key);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.clock.fastForward('08:00:01');
      await page.getByText('Your session has ended. Sign in again to go on; nothing you typed is lost.').waitFor();
      assert.equal(await page.getByLabel('Company slug').inputValue(), 'forkful');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-key', 'focus is on the key');
      assert.doesNotMatch(await page.evaluate(() => JSON.stringify({ ...sessionStorage })), /sk_test_/, 'the key is gone from storage');
      // A reload remembers only that it ran out.
      await page.reload();
      await page.getByText('Your session has ended.', { exact: false }).waitFor();
      await signIn(page, 'forkful', key);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });
  test('the whole loop: post a gig, a student applies on the careers page, the company accepts with a message, the student reads it', async () => {
    const title = 'Label forty pantry shelves';
    const company = await openPage(site);
    const student = await openPage(site);
    try {
      const { page } = company;
      await page.goto(`${site.url}/console/`);
      await signIn(page, 'forkful', key);
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Post a gig' }).click();
      await page.locator('#gig-title').waitFor();
      await fillGig(page, { title });
      // The pay check and the live card follow the form.
      await eventually(() => page.locator('console-gig-editor mi-project-card [part~="title"]').innerText(), (t) => t.trim() === title, 'the preview card');
      await eventually(() => page.locator('console-gig-editor').innerText(), (t) => t.includes('$24/hr'), 'the effective hourly rate');
      await page.locator('#gig-submit').click();
      await eventually(() => page.locator('#gig-news').innerText(), (t) => t.includes(`Posted “${title}”`), 'the posted message');
      const projectId = /^#\/gigs\/(p_[A-Za-z0-9]+)$/.exec(await page.evaluate(() => location.hash))?.[1];
      assert.ok(projectId, 'the console moved to the new gig');
      const stored = await getJson<{ title: string; compensation: unknown; questions: { label: string }[] }>(`${site.url}/v1/companies/forkful/projects/${projectId}`);
      assert.equal(stored.title, title);
      assert.deepEqual(stored.compensation, { kind: 'hourly', min: { amount: 2400, currency: 'USD' } });
      assert.deepEqual(stored.questions.map((q) => q.label), ['Which spreadsheet tool do you use most?']);

      // A student finds it on the careers page and applies.
      const s = student.page;
      await s.goto(`${site.url}/careers-page/`);
      await s.getByRole('searchbox', { name: /Search/ }).first().fill('pantry shelves');
      const card = s.locator('mi-project-board [part~="card"]').filter({ hasText: title });
      await card.waitFor();
      await card.locator('[part~="apply-button"]').click();
      await s.locator('mi-apply-dialog [part~="dialog"]').waitFor();
      await fillApplication(s, { name: 'Grace Student', email: 'grace.console@example.edu', school: 'Rice University', coverNote: 'I label everything at home.' });
      await s.getByRole('button', { name: 'Send application' }).click();
      await s.locator('mi-apply-form [part~="success"]').waitFor();
      const statusUrl = await s.locator('mi-apply-form #status-link').inputValue();

      // The company sees it in the console: the count on the gigs table, the applicant, the answer.
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Gigs' }).click();
      const row = page.locator('console-gigs tr').filter({ hasText: title });
      await eventually(() => row.innerText(), (t) => /1 application/.test(t), 'the application count');
      await row.getByRole('link', { name: /1 application/ }).click();
      await page.getByRole('heading', { name: `Applicants for ${title}` }).waitFor();
      // The filter and the search go into the address, so Back from an applicant finds them again.
      await page.locator('console-applicants input[name="applicant-status"][value="received"]').check();
      await page.getByLabel('Search applicants').fill('grace');
      await eventually(() => page.evaluate(() => location.hash), (h) => h.endsWith('/applicants?status=received&q=grace'), 'the filters in the address');
      await page.locator('console-applicants table').getByRole('link', { name: 'Grace Student' }).click();
      const view = page.locator('console-applicant');
      await eventually(() => view.innerText(), (t) => t.includes('Which spreadsheet tool do you use most?') && t.includes('Yes, happily.'), 'the answer under its question');
      await page.goBack();
      await page.getByRole('heading', { name: `Applicants for ${title}` }).waitFor();
      assert.equal(await page.getByLabel('Search applicants').inputValue(), 'grace');
      assert.ok(await page.locator('console-applicants input[name="applicant-status"][value="received"]').isChecked());
      await page.locator('console-applicants table').getByRole('link', { name: 'Grace Student' }).click();
      await eventually(() => view.innerText(), (t) => t.includes('Yes, happily.'), 'the applicant again');
      assert.match(await view.innerText(), /grace\.console@example\.edu/);
      await page.locator('#status-message').fill('Welcome aboard! Kick-off is Saturday at 10:00.');
      await page.locator('button[data-move="accepted"]').click();
      await eventually(() => page.locator('console-applicant .status-result').innerText(), (t) => t.startsWith('Accepted.'), 'the accepted message');

      // The student's status page shows the decision and the message.
      await s.goto(statusUrl);
      await eventually(() => s.locator('mi-application-status [part~="badge"]').innerText(), (t) => t.trim() === 'Where it stands: Accepted', 'the accepted badge');
      assert.match(await s.locator('mi-application-status [part~="status"]').innerText(), /Welcome aboard! Kick-off is Saturday at 10:00\./);

      for (const [who, { problems }] of [['company', company], ['student', student]] as const) {
        assert.deepEqual(problems.consoleErrors, [], who);
        assert.deepEqual(problems.pageErrors, [], who);
        assert.deepEqual(problems.failedRequests, [], who);
      }
    } finally {
      await company.context.close();
      await student.context.close();
    }
  });

  test('nothing typed in the gig form is lost: not to a refused save, not to an ended session, not to a reload', async () => {
    const taken = (await getJson<{ items: { slug: string }[] }>(`${site.url}/v1/companies/forkful/projects?limit=1`)).items[0]!.slug;
    const { page, context, problems } = await openPage(site);
    try {
      await page.clock.install();
      await page.goto(`${site.url}/console/#/gigs/new`);
      await signIn(page, 'forkful', key);
      await page.locator('#gig-title').waitFor();
      await fillGig(page, { title: 'Sort the spice shelf by region', slug: taken });
      const typed = await formValues(page);

      // The API refuses the address another gig has: said at the field, every value kept.
      await page.locator('#gig-submit').click();
      await eventually(() => page.locator('#gig-slug').getAttribute('aria-invalid'), (v) => v === 'true', 'the slug marked invalid');
      assert.deepEqual(await formValues(page), typed);

      // The session runs out while the form is open; signing in again finds it as it was.
      await page.clock.fastForward('08:00:01');
      await page.getByText('Your session has ended.', { exact: false }).waitFor();
      await signIn(page, 'forkful', key);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      assert.deepEqual(await formValues(page), typed);

      // A reload restores the draft, and the save then goes through.
      await page.reload();
      await page.getByText('Restored your unsaved changes', { exact: false }).waitFor();
      assert.deepEqual(await formValues(page), typed);
      await page.locator('#gig-slug').fill('');
      await page.locator('#gig-submit').click();
      await eventually(() => page.locator('#gig-news').innerText(), (t) => t.includes('Posted “Sort the spice shelf by region”'), 'the posted message');
      assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('mi-console-draft:')).length), 0, 'the draft is gone once saved');
      assert.deepEqual(unexpectedConsoleErrors(problems, [409, 422]), []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('the console\'s views have no axe violations, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(site, { bypassCSP: true });
      try {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${site.url}/console/`);
        assert.deepEqual(await axeViolations(page), [], `sign-in, ${colorScheme}`);
        await signIn(page, 'forkful', key);
        await page.locator('console-gigs table').waitFor();
        assert.deepEqual(await axeViolations(page), [], `gigs, ${colorScheme}`);
        const first = page.locator('console-gigs tbody tr').first();
        await first.getByRole('link').nth(1).click();
        await page.locator('console-applicants h1').waitFor();
        assert.deepEqual(await axeViolations(page), [], `applicants, ${colorScheme}`);
        await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Post a gig' }).click();
        await page.locator('#gig-title').waitFor();
        await page.locator('#gig-submit').click();
        await page.locator('#gig-title[aria-invalid="true"]').waitFor();
        assert.deepEqual(await axeViolations(page), [], `gig form with errors, ${colorScheme}`);
      } finally {
        await context.close();
      }
    }
  });
});
