import { expect } from '@open-wc/testing';
import { weekendGig } from '../../test-support/apply-fixtures.js';
import { errorOf, fill, mountForm, ScriptedClient, statusText, validFill, type Fill } from '../../test-support/apply-form.js';
import { $, deepActiveElement, until } from '../../test-support/dom.js';

/**
 * Every field's limits and the hostile values people (or scripts pasting into the page) send.
 * Each must be refused beside its field with a message that says what to do, with nothing
 * sent, the control flagged and described, and focus moved there.
 */
const REFUSED: { what: string; fill: Fill; id: string; message: string }[] = [
  { what: 'a missing name', fill: { name: '   ' }, id: 'f-name', message: 'Enter your name' },
  { what: 'a name over 100 characters', fill: { name: 'A'.repeat(101) }, id: 'f-name', message: 'Use at most 100 characters' },
  { what: 'a missing email', fill: { email: '' }, id: 'f-email', message: 'Enter an email address like name@example.com' },
  { what: 'an email without a domain', fill: { email: 'ada@' }, id: 'f-email', message: 'Enter an email address like name@example.com' },
  { what: 'an email over 254 characters', fill: { email: `${'a'.repeat(64)}@${'b'.repeat(190)}.edu` }, id: 'f-email', message: 'Use at most 254 characters' },
  { what: 'a javascript: portfolio link', fill: { portfolioUrl: 'javascript:alert(document.cookie)' }, id: 'f-portfolio', message: 'Enter a link that starts with https:// or http://' },
  { what: 'a mixed-case JaVaScRiPt: link', fill: { portfolioUrl: 'JaVaScRiPt:alert(1)' }, id: 'f-portfolio', message: 'Enter a link that starts with https:// or http://' },
  { what: 'a data: link', fill: { portfolioUrl: 'data:text/html,<script>alert(1)</script>' }, id: 'f-portfolio', message: 'Enter a link that starts with https:// or http://' },
  { what: 'a link with credentials', fill: { portfolioUrl: 'https://user:secret@evil.example/' }, id: 'f-portfolio', message: 'Enter a link that starts with https:// or http://' },
  { what: 'a link hiding a zero-width space', fill: { portfolioUrl: 'https://exa\u200bmple.com' }, id: 'f-portfolio', message: 'Enter a link that starts with https:// or http://' },
  { what: 'a school over 120 characters', fill: { school: 'S'.repeat(121) }, id: 'f-school', message: 'Use at most 120 characters' },
  { what: 'a graduation year of 1900', fill: { graduationYear: '1900' }, id: 'f-year', message: 'Enter a year between 1950 and 2100, like 2027' },
  { what: 'a graduation year that is not a number', fill: { graduationYear: '20x7' }, id: 'f-year', message: 'Enter a year between 1950 and 2100, like 2027' },
  { what: 'an over-long cover note', fill: { coverNote: 'x'.repeat(2001) }, id: 'f-note', message: 'Use at most 2,000 characters' },
  { what: 'a missing required question', fill: { answers: { tool: 'Excel', why: '  ' } }, id: 'q2', message: 'Answer this question' },
  { what: 'an answer over the question’s own limit', fill: { answers: { tool: 'Excel', why: 'w'.repeat(501) } }, id: 'q2', message: 'Use at most 500 characters' },
  { what: 'a javascript: link as a link answer', fill: { answers: { tool: 'Excel', why: 'Tidy.', sample: 'javascript:alert(1)' } }, id: 'q1', message: 'Enter a link that starts with https:// or http://' },
  { what: 'an over-long short answer', fill: { answers: { tool: 'Excel', why: 'Tidy.', handle: '@'.repeat(41) } }, id: 'q3', message: 'Use at most 40 characters' },
  { what: 'no consent', fill: { consent: false }, id: 'f-consent', message: 'Tick this box to apply' },
];

describe('<mi-apply-form> refusing bad input', () => {
  for (const bad of REFUSED) {
    it(`refuses ${bad.what}, says why beside the field, and sends nothing`, async () => {
      const client = new ScriptedClient();
      const form = await mountForm(weekendGig(), client);
      await fill(form, validFill(bad.fill));
      form.requestSubmit();
      await until(() => errorOf(form, bad.id) !== undefined, `an error on #${bad.id}`);
      expect(errorOf(form, bad.id)).to.equal(bad.message);
      const control = $(form, bad.id.startsWith('q0') ? `#${bad.id}-0` : `#${bad.id}`);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      expect(control.getAttribute('aria-describedby')).to.include(`${bad.id}-error`);
      expect(deepActiveElement() === control, 'focus on the expected element').to.equal(true);
      expect(statusText(form)).to.equal('1 field needs attention before the application can be sent.');
      expect(client.calls).to.have.length(0);
    });
  }

  it('refuses a choice that is not one of the options (a tampered draft)', async () => {
    const client = new ScriptedClient();
    const form = await mountForm(weekendGig(), client);
    await fill(form, validFill());
    form.value = { ...form.value, answers: { ...form.value.answers, tool: 'Lotus 1-2-3' } };
    form.requestSubmit();
    await until(() => errorOf(form, 'q0') !== undefined, 'choice error');
    expect(errorOf(form, 'q0')).to.equal('Choose one of the options');
    expect(client.calls).to.have.length(0);
  });

  it('names every invalid field at once and focuses the first in reading order', async () => {
    const form = await mountForm(weekendGig(), new ScriptedClient());
    form.requestSubmit();
    await until(() => !!statusText(form), 'errors shown');
    expect(statusText(form)).to.equal('5 fields need attention before the application can be sent.');
    expect(deepActiveElement() === $(form, '#f-name'), 'focus on the expected element').to.equal(true);
    expect(['f-name', 'f-email', 'q0', 'q2', 'f-consent'].map((id) => errorOf(form, id))).to.deep.equal([
      'Enter your name',
      'Enter an email address like name@example.com',
      'Answer this question',
      'Answer this question',
      'Tick this box to apply',
    ]);
  });

  it('does not scold a field being typed into, only once it is left', async () => {
    const form = await mountForm(weekendGig());
    const email = $<HTMLInputElement>(form, '#f-email');
    email.value = 'ada@';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(errorOf(form, 'f-email')).to.equal(undefined);
    email.dispatchEvent(new Event('change', { bubbles: true }));
    await form.updateComplete;
    expect(errorOf(form, 'f-email')).to.equal('Enter an email address like name@example.com');
    await fill(form, { email: 'ada@example.edu' });
    expect(errorOf(form, 'f-email')).to.equal(undefined);
  });

  it('keeps hostile text inert: shown and sent exactly as typed, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__miPwned=1"><script>window.__miPwned=2</script>';
    const project = weekendGig({ title: hostile, company: { id: 'c_x', name: `${hostile} Inc`, slug: 'x' } });
    project.questions[2] = { ...project.questions[2]!, label: hostile };
    const client = new ScriptedClient();
    const form = await mountForm(project, client, { draft: 'off' });
    await fill(form, validFill({ name: hostile, coverNote: `"; DROP TABLE applications; -- ${hostile}`, answers: { tool: 'Excel', why: hostile } }));
    form.requestSubmit();
    await until(() => client.calls.length === 1, 'sent');
    const sent = client.calls[0]!.input;
    expect(sent.applicant.name).to.equal(hostile);
    expect(sent.answers['why']).to.equal(hostile);
    await until(() => !!form.shadowRoot!.querySelector('[part=success]'), 'success');
    expect(form.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect($(form, '[part=success]').textContent).to.include(`${hostile} Inc has your application`);
    expect((window as { __miPwned?: number }).__miPwned).to.equal(undefined);
  });
});
