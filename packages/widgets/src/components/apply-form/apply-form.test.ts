import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MiHttpError, MiNetworkError, MiTimeoutError, type Problem } from '@microintern/core';
import { weekendGig } from '../../test-support/apply-fixtures.js';
import { HeldClient } from '../../test-support/apply-api.js';
import { announced, errorOf, fill, mountForm, receiptFor, ScriptedClient, statusText, validFill } from '../../test-support/apply-form.js';
import { $, $$, deepActiveElement, until } from '../../test-support/dom.js';
import type { MiApplySubmitEvent } from '../../events/mi-apply-submit.js';

const request = () => new Request('https://api.example/v1/companies/forkful/projects/p/applications', { method: 'POST' });

function httpError(status: number, problem: Partial<Problem> = {}, headers: Record<string, string> = {}): MiHttpError {
  return new MiHttpError(request(), new Response(null, { status, headers }), { type: 'about:blank', title: 'Error', status, ...problem });
}

describe('<mi-apply-form>', () => {
  it('is accessible empty, invalid, sending, after an error and after success', async () => {
    const held = new HeldClient(() => Promise.reject(new MiNetworkError(request(), new TypeError('Failed to fetch'))));
    const form = await mountForm(weekendGig(), held);
    await expect(form).to.be.accessible();

    form.requestSubmit();
    await until(() => !!statusText(form), 'invalid state');
    await expect(form).to.be.accessible();

    await fill(form, validFill());
    form.requestSubmit();
    await until(() => held.calls === 1, 'sending');
    await form.updateComplete;
    expect($(form, 'form').getAttribute('aria-busy')).to.equal('true');
    await expect(form).to.be.accessible();

    held.go();
    await until(() => statusText(form)?.includes('offline') === true, 'error state');
    await expect(form).to.be.accessible();

    form.client = new ScriptedClient();
    $<HTMLButtonElement>(form, '[part=retry-button]').click();
    await until(() => !!form.shadowRoot!.querySelector('[part=success]'), 'success state');
    await expect(form).to.be.accessible();
  });

  it('labels every field and gives browsers the right autocomplete tokens', async () => {
    const form = await mountForm(weekendGig());
    const autocomplete = Object.fromEntries($$<HTMLInputElement>(form, 'input[autocomplete]').map((i) => [i.name, i.getAttribute('autocomplete')]));
    expect(autocomplete).to.include({ name: 'name', email: 'email', portfolioUrl: 'url', school: 'organization', website: 'off' });
    expect($(form, '#f-email').getAttribute('type')).to.equal('email');
    expect($$(form, 'input[type=radio][data-question=tool]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['Google Sheets', 'Excel', 'Numbers']);
    expect($$(form, 'input[type=radio][data-question=weekends]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['yes', 'no']);
    expect($(form, 'textarea[data-question=why]')).to.exist;
    const honeypot = $<HTMLInputElement>(form, '[name=website]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden=true]')).to.exist;
    expect(honeypot.getBoundingClientRect().right).to.be.below(0);
  });

  it('counts the cover note’s characters as they are typed', async () => {
    const form = await mountForm(weekendGig());
    await fill(form, { coverNote: 'x'.repeat(1234) });
    expect($(form, '#f-note-count').textContent!.trim()).to.equal('1,234 / 2,000 characters');
    await fill(form, { coverNote: 'x'.repeat(2003) });
    expect($(form, '#f-note-count').textContent!.trim()).to.equal('2,003 / 2,000 characters, 3 too many');
    expect($(form, '#f-note').getAttribute('aria-describedby')).to.equal('f-note-hint f-note-error f-note-count');
  });

  it('sends one application per press: double click, Enter twice and requestSubmit() twice', async () => {
    for (const press of ['double click', 'Enter twice', 'requestSubmit twice'] as const) {
      const held = new HeldClient(new ScriptedClient().applications);
      const form = await mountForm(weekendGig(), held);
      await fill(form, validFill());
      const button = $<HTMLButtonElement>(form, '[part=submit-button]');
      if (press === 'double click') {
        button.click();
        button.click();
      } else if (press === 'Enter twice') {
        $<HTMLInputElement>(form, '#f-name').focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Enter' });
      } else {
        form.requestSubmit();
        form.requestSubmit();
      }
      await until(() => held.calls > 0, 'sent');
      await form.updateComplete;
      expect(button.getAttribute('aria-disabled'), press).to.equal('true');
      expect(button.textContent!.trim(), 'the button keeps its label').to.equal('Send application');
      expect(announced(form)).to.equal('Sending…');
      button.click();
      held.go();
      await until(() => !!form.shadowRoot!.querySelector('[part=success]'), 'success');
      expect(held.calls, press).to.equal(1);
    }
  });

  it('fires a cancelable mi-apply-submit with the checked input; preventing it sends nothing', async () => {
    const client = new ScriptedClient();
    const form = await mountForm(weekendGig(), client);
    await fill(form, validFill({ coverNote: '  I like tidy data.  ' }));
    form.addEventListener('mi-apply-submit', (e) => e.preventDefault(), { once: true });
    const event = oneEvent(form, 'mi-apply-submit') as Promise<MiApplySubmitEvent>;
    form.requestSubmit();
    const { detail } = await event;
    expect(detail.input).to.deep.equal({
      projectId: 'p_fixture_weekend',
      applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' },
      coverNote: 'I like tidy data.',
      answers: { tool: 'Excel', why: 'One row per observation, one column per variable.' },
      consent: true,
    });
    await form.updateComplete;
    expect(client.calls).to.have.length(0);
    expect(form.shadowRoot!.querySelector('[part=success]') === null, 'no success view').to.equal(true);

    const success = oneEvent(form, 'mi-apply-success');
    form.requestSubmit();
    expect((await success).detail.receipt.id).to.equal('app_test123');
    expect(client.calls).to.have.length(1);
  });

  it('shows the receipt, what happens next, and moves focus to it', async () => {
    const form = await mountForm(weekendGig(), new ScriptedClient());
    await fill(form, validFill());
    form.requestSubmit();
    await until(() => !!form.shadowRoot!.querySelector('[part=success]'), 'success');
    const success = $(form, '[part=success]');
    expect(success.querySelector('h2')!.textContent).to.equal('Application sent');
    expect(success.textContent).to.include('Forkful has your application and will reply to ada@example.edu.');
    expect(success.querySelector('code')!.textContent).to.equal('app_test123');
    expect(success.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-25T14:30:00.000Z');
    expect(success.querySelector('time')!.textContent!.replace(/\s/g, ' ')).to.equal('Nov 25, 2026, 9:30 AM');
    expect(success.textContent).to.include('What happens next');
    expect(announced(form)).to.equal('Application sent');
    expect(deepActiveElement() === success.querySelector('h2'), 'focus on the expected element').to.equal(true);
  });

  it('puts the API’s field errors on the right fields and focuses the first', async () => {
    const error = httpError(422, {
      title: 'Invalid application',
      errors: [
        { path: 'applicant.email', message: 'This address does not accept mail' },
        { path: 'answers.why', message: 'Tell us a little more' },
      ],
    });
    const client = new ScriptedClient(() => Promise.reject(error), () => Promise.resolve(receiptFor('p_fixture_weekend')));
    const form = await mountForm(weekendGig(), client);
    await fill(form, validFill());
    const failed = oneEvent(form, 'mi-apply-error');
    form.requestSubmit();
    expect((await failed).detail.error).to.equal(error);
    await until(() => errorOf(form, 'f-email') !== undefined, 'server errors shown');
    expect(errorOf(form, 'f-email')).to.equal('This address does not accept mail');
    expect(errorOf(form, 'q2')).to.equal('Tell us a little more');
    expect($(form, '#f-email').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement() === $(form, '#f-email'), 'focus on the expected element').to.equal(true);
    expect(statusText(form)).to.equal('2 fields need attention before the application can be sent.');
    // Editing the field clears the API's message for it; the other stays until edited.
    await fill(form, { email: 'ada@university.example' });
    expect(errorOf(form, 'f-email')).to.equal(undefined);
    expect(errorOf(form, 'q2')).to.equal('Tell us a little more');
  });

  const failures = [
    { what: 'a closed gig (409)', error: () => httpError(409, { type: 'https://microintern.dev/problems/project-closed', title: 'Project closed' }), text: 'This gig is no longer taking applications, so nothing was sent. Everything you entered is kept.', retry: false },
    { what: 'a rate limit (429 with Retry-After)', error: () => httpError(429, { title: 'Too many requests' }, { 'retry-after': '120' }), text: 'Too many applications were sent from here just now. Nothing was sent; try again in 2 minutes. Everything you entered is kept.', retry: true },
    { what: 'a server error (503)', error: () => httpError(503, { title: 'Unavailable' }), text: 'The server had a problem and did not take the application. Try again in a minute. Everything you entered is kept.', retry: true },
    { what: 'no connection', error: () => new MiNetworkError(request(), new TypeError('Failed to fetch')), text: 'You seem to be offline, so the application was not sent. Try again once you are connected. Everything you entered is kept.', retry: true },
    { what: 'a timeout', error: () => new MiTimeoutError(request(), 10_000), text: 'The server did not answer in time. Trying again is safe: the application cannot be sent twice. Everything you entered is kept.', retry: true },
    { what: 'a refused origin (403)', error: () => httpError(403, { title: 'Origin not allowed', detail: 'This company does not accept applications from pages on this origin' }), text: 'The application was not accepted: This company does not accept applications from pages on this origin. Everything you entered is kept.', retry: false },
  ];
  for (const failure of failures) {
    it(`says what happens next after ${failure.what}, and keeps the entry`, async () => {
      const client = new ScriptedClient(() => Promise.reject(failure.error()));
      const form = await mountForm(weekendGig(), client);
      await fill(form, validFill({ school: 'City College' }));
      const failed = oneEvent(form, 'mi-apply-error');
      form.requestSubmit();
      await failed;
      await form.updateComplete;
      expect(statusText(form)).to.equal(failure.retry ? `${failure.text} Try again` : failure.text);
      expect($$(form, '[part=retry-button]')).to.have.length(failure.retry ? 1 : 0);
      expect($<HTMLInputElement>(form, '#f-name').value).to.equal('Ada Lovelace');
      expect($<HTMLInputElement>(form, '#f-school').value).to.equal('City College');
      expect($(form, '[part=submit-button]').getAttribute('aria-disabled')).to.equal('false');
    });
  }

  it('reuses the Idempotency-Key when the same entry is tried again, and makes a new one when it changed', async () => {
    const offline = () => Promise.reject(new MiNetworkError(request(), new TypeError('Failed to fetch')));
    const client = new ScriptedClient(offline, offline, offline);
    const form = await mountForm(weekendGig(), client);
    await fill(form, validFill());
    form.requestSubmit();
    await until(() => !!statusText(form), 'first failure');
    $<HTMLButtonElement>(form, '[part=retry-button]').click();
    await until(() => client.calls.length === 2 && !!statusText(form), 'second failure');
    await fill(form, { school: 'City College' });
    form.requestSubmit();
    await until(() => client.calls.length === 3, 'third attempt');
    const [first, retry, changed] = client.calls.map((c) => c.key);
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    expect(retry).to.equal(first);
    expect(changed).to.not.equal(first);
  });
});
