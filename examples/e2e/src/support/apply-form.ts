import type { Page } from 'playwright-core';

/** What a test applicant types into the apply form; the optional fields are left empty when missing. */
export interface TestApplicant {
  name: string;
  email: string;
  school?: string;
  graduationYear?: number;
  coverNote?: string;
}

/**
 * Fills the open `<mi-apply-form>` as a person would: the applicant's fields by their labels,
 * an answer to each of the company's own questions (a choice as a select or radio buttons, text
 * and links typed), the Weekends availability preset, and the consent box. Sending is left to
 * the test.
 *
 * @example
 * ```ts
 * await fillApplication(page, { name: 'Ada Lovelace', email: 'ada@example.edu' });
 * await page.getByRole('button', { name: 'Send application' }).click();
 * ```
 */
export async function fillApplication(page: Page, applicant: TestApplicant): Promise<void> {
  await page.getByLabel('Full name').fill(applicant.name);
  await page.getByLabel('Email').fill(applicant.email);
  if (applicant.school !== undefined) await page.getByLabel('School').fill(applicant.school);
  if (applicant.graduationYear !== undefined) await page.getByLabel('Graduation year').fill(String(applicant.graduationYear));
  if (applicant.coverNote !== undefined) await page.getByLabel('Why you?').fill(applicant.coverNote);
  for (const select of await page.locator('mi-apply-form select[data-question]').all()) await select.selectOption({ index: 1 });
  const groups = new Set<string | null>();
  for (const radio of await page.locator('mi-apply-form input[type="radio"][data-question]').all()) {
    const name = await radio.getAttribute('name');
    if (!groups.has(name)) await radio.check();
    groups.add(name);
  }
  for (const text of await page.locator('mi-apply-form textarea[data-question], mi-apply-form input[type="text"][data-question], mi-apply-form input[type="url"][data-question]').all()) {
    await text.fill((await text.getAttribute('type')) === 'url' ? 'https://example.edu/portfolio' : 'Yes, happily.');
  }
  await page.getByRole('button', { name: 'Weekends' }).click();
  await page.getByLabel(/may contact me/).check();
}
