import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSecretKey } from './support/admin.js';
import { eventually, openPage, repoRoot, startE2eSite, type E2eSite, type PageProblems } from './support/site.js';

const run = promisify(execFile);

/** Makes a company of its own (and its first key) for a test that must not share rate limits. */
async function createCompany(dbPath: string, slug: string): Promise<string> {
  const admin = join(repoRoot, 'examples/api-server/dist/admin.js');
  const { stdout } = await run(process.execPath, [admin, 'create-company', '--name', `Test ${slug}`, '--slug', slug, '--test', '--db', dbPath]);
  const key = /\bsk_test_\S+/.exec(stdout)?.[0];
  if (!key) throw new Error(`The admin command printed no key:\n${stdout}`);
  return key;
}

async function signIn(page: Page, company: string, key: string): Promise<void> {
  await page.getByLabel('Company slug').fill(company);
  await page.getByLabel('Secret key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The browser's own log lines for answers a test provoked on purpose (a 401, a 429). */
function unexpectedConsoleErrors(problems: PageProblems, expected: number[]): string[] {
  return problems.consoleErrors.filter((line) => !expected.some((status) => line.includes(`status of ${status}`)));
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
});
