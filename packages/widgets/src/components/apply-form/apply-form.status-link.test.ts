import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readStatusLink, type Project } from '@microintern/core';
import { apiUrl, COMPANY, openGig, uniqueEmail } from '../../test-support/apply-api.js';
import { fill, mountForm, type Fill } from '../../test-support/apply-form.js';
import { $, deepActiveElement, until } from '../../test-support/dom.js';
import type { MiApplyForm } from './apply-form.component.js';
import './apply-form.js';

function entryFor(project: Project, email: string): Fill {
  const answers: Record<string, string> = {};
  for (const q of project.questions.filter((q) => q.required)) answers[q.id] = q.kind === 'choice' ? q.options![0]! : q.kind === 'yes-no' ? 'yes' : q.kind === 'url' ? 'https://ada.example' : 'An answer.';
  return { name: 'Ada Lovelace', email, answers, consent: true };
}

async function send(form: MiApplyForm, gig: Project): Promise<void> {
  await fill(form, entryFor(gig, uniqueEmail('link')));
  const success = oneEvent(form, 'mi-apply-success');
  $<HTMLButtonElement>(form, '[part=submit-button]').click();
  await success;
  await form.updateComplete;
}

describe('<mi-apply-form> status link', () => {
  afterEach(() => sessionStorage.clear());

  it('offers the private status link after sending, with a Copy button the keyboard reaches, accessibly', async () => {
    const gig = await openGig();
    performance.clearResourceTimings();
    const form = await mountForm(gig, undefined, { api: await apiUrl(), company: COMPANY, 'status-page': '/status.html?lang=en' });
    await send(form, gig);
    const field = $<HTMLInputElement>(form, '#status-link');
    const url = new URL(field.value);
    expect(url.pathname).to.equal('/status.html');
    expect(url.search).to.equal('?lang=en');
    const link = readStatusLink(url.hash);
    expect(link?.applicationId).to.equal($(form, '[part=receipt] code').textContent);
    expect(link?.token).to.match(/^st_[0-9A-Za-z]{32}$/);
    expect($<HTMLAnchorElement>(form, '[part=status-link] a').href).to.equal(field.value);
    await expect(form).to.be.accessible();

    // Focus is on the heading after sending; Tab goes through the link field to Copy.
    expect(deepActiveElement()?.id).to.equal('sent-title');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('status-link');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('part')).to.equal('copy-button');
    await sendKeys({ press: 'Enter' });
    const said = () => form.shadowRoot!.querySelector('[part=status-link] [role=status]')?.textContent ?? '';
    await until(() => said() !== '', 'the copy is announced');
    expect(['Link copied.', 'Could not copy: the link is selected, copy it with your keyboard.']).to.include(said());

    for (const entry of performance.getEntriesByType('resource')) expect(entry.name).not.to.contain(link!.token);
  });

  it('takes the status page from an ancestor, through shadow roots', async () => {
    const gig = await openGig();
    const host = await fixture<HTMLDivElement>(html`<div status-page="https://careers.example/status"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const form = document.createElement('mi-apply-form') as MiApplyForm;
    Object.assign(form, { locale: 'en-US', draft: 'off', api: await apiUrl(), company: COMPANY, project: gig });
    shadow.append(form);
    await form.updateComplete;
    await send(form, gig);
    expect($<HTMLInputElement>(form, '#status-link').value).to.match(/^https:\/\/careers\.example\/status#mi-application=app_\w+&mi-token=st_\w{32}$/);
  });

  it('keeps the receipt and link in the draft store for that gig, so a returning applicant sees them', async () => {
    const gig = await openGig();
    const api = await apiUrl();
    const first = await mountForm(gig, undefined, { api, company: COMPANY, 'status-page': '/status.html', draft: 'session' });
    await send(first, gig);
    const url = $<HTMLInputElement>(first, '#status-link').value;
    const reference = $(first, '[part=receipt] code').textContent;
    first.remove();

    const again = await mountForm(gig, undefined, { api, company: COMPANY, 'status-page': '/status.html', draft: 'session' });
    expect(again.shadowRoot!.querySelector('[part=success]')).to.exist;
    expect($(again, '[part=receipt] code').textContent).to.equal(reference);
    expect($<HTMLInputElement>(again, '#status-link').value).to.equal(url);
    await expect(again).to.be.accessible();
  });

  it('shows no link without a status page', async () => {
    const gig = await openGig();
    const form = await mountForm(gig, undefined, { api: await apiUrl(), company: COMPANY });
    await send(form, gig);
    expect(form.shadowRoot!.querySelector('[part=status-link]')).to.equal(null);
  });
});
