import { expect, fixture, html } from '@open-wc/testing';
import { MiNetworkError } from '@microintern/core';
import { weekendGig, weekendMornings } from '../../test-support/apply-fixtures.js';
import { fill, mountForm, ScriptedClient, statusText, validFill } from '../../test-support/apply-form.js';
import { $, until } from '../../test-support/dom.js';
import type { MiApplyForm } from './apply-form.component.js';

const KEY = 'mi-apply-draft:p_fixture_weekend';
const request = () => new Request('https://api.example/v1/projects/p/applications', { method: 'POST' });

/** Removes the form and makes a new one for the same gig: what a reload does to the page. */
async function reload(form: MiApplyForm, client = new ScriptedClient(), attributes: Record<string, string> = {}): Promise<MiApplyForm> {
  const mode = form.getAttribute('draft') ?? 'session';
  form.remove();
  return mountForm(weekendGig(), client, { draft: mode, ...attributes });
}

const picker = (form: MiApplyForm) => form.shadowRoot!.querySelector('mi-availability-picker')!;

describe('<mi-apply-form> drafts', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('saves the entry to sessionStorage as the person types and restores it after a reload', async () => {
    const form = await mountForm(weekendGig(), new ScriptedClient(), { draft: 'session' });
    await fill(form, validFill({ school: 'City College', graduationYear: '2027', answers: { tool: 'Numbers', why: 'Tidy.', weekends: 'yes' } }));
    picker(form).value = weekendMornings('America/Chicago');
    picker(form).dispatchEvent(new Event('change', { bubbles: true }));
    expect(JSON.parse(sessionStorage.getItem(KEY)!).entry.name).to.equal('Ada Lovelace');

    const again = await reload(form);
    await until(() => picker(again).value.blocks.length === 2, 'availability restored');
    expect($<HTMLInputElement>(again, '#f-name').value).to.equal('Ada Lovelace');
    expect($<HTMLInputElement>(again, '#f-school').value).to.equal('City College');
    expect($<HTMLInputElement>(again, '#f-year').value).to.equal('2027');
    expect($<HTMLInputElement>(again, '#q0-2').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#q4-0').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#f-consent').checked).to.equal(true);
    expect(picker(again).value).to.deep.equal(weekendMornings('America/Chicago'));
  });

  it('forgets what was typed once the application is received, keeping only its receipt for the success view', async () => {
    const form = await mountForm(weekendGig(), new ScriptedClient(), { draft: 'session' });
    await fill(form, validFill());
    expect(sessionStorage.getItem(KEY)).to.not.equal(null);
    form.requestSubmit();
    await until(() => !!form.shadowRoot!.querySelector('[part=success]'), 'sent');
    const kept = JSON.parse(sessionStorage.getItem(KEY)!) as { entry: { name: string; coverNote: string }; sent: { receipt: { id: string } } };
    expect(kept.entry.name).to.equal('');
    expect(kept.entry.coverNote).to.equal('');
    expect(kept.sent.receipt.id).to.equal('app_test123');
    const again = await reload(form);
    expect(again.shadowRoot!.querySelector('#f-name')).to.equal(null);
    expect($(again, '[part=receipt] code').textContent).to.equal('app_test123');
  });

  it('keeps drafts in localStorage with draft="local", and nowhere with draft="off"', async () => {
    const local = await mountForm(weekendGig(), undefined, { draft: 'local' });
    await fill(local, { name: 'Grace Hopper' });
    expect(JSON.parse(localStorage.getItem(KEY)!).entry.name).to.equal('Grace Hopper');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    local.remove();
    localStorage.clear();

    const off = await mountForm(weekendGig(), undefined, { draft: 'off' });
    await fill(off, { name: 'Katherine Johnson' });
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('never stores the honeypot', async () => {
    const form = await mountForm(weekendGig(), undefined, { draft: 'session' });
    const trap = $<HTMLInputElement>(form, '[name=website]');
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await fill(form, { name: 'Bot' });
    expect(JSON.parse(sessionStorage.getItem(KEY)!).entry.website).to.equal('');
  });

  it('works when storage throws on every access (private browsing, storage disabled)', async () => {
    const original = { get: Storage.prototype.getItem, set: Storage.prototype.setItem, remove: Storage.prototype.removeItem };
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
    try {
      const client = new ScriptedClient();
      const form = await mountForm(weekendGig(), client, { draft: 'local' });
      await fill(form, validFill());
      form.requestSubmit();
      await until(() => !!form.shadowRoot!.querySelector('[part=success]'), 'sent without storage');
      expect(client.calls).to.have.length(1);
    } finally {
      Object.assign(Storage.prototype, { getItem: original.get, setItem: original.set, removeItem: original.remove });
    }
  });

  it('starts blank from a corrupt or hostile draft', async () => {
    sessionStorage.setItem(KEY, '{"entry":{"name":42,"answers":{"tool":{"x":1}},"availability":"soon","website":"x"},"pending":{"key":7}}');
    const form = await fixture<MiApplyForm>(html`<mi-apply-form locale="en-US" .project=${weekendGig()}></mi-apply-form>`);
    expect($<HTMLInputElement>(form, '#f-name').value).to.equal('');
    expect(form.value.answers).to.deep.equal({});
    expect(form.value.availability).to.equal(null);
  });

  it('reuses the pending Idempotency-Key after a reload, so a retry cannot apply twice', async () => {
    const offline = () => Promise.reject(new MiNetworkError(request(), new TypeError('Failed to fetch')));
    const first = new ScriptedClient(offline);
    const form = await mountForm(weekendGig(), first, { draft: 'session' });
    await fill(form, validFill());
    form.requestSubmit();
    await until(() => !!statusText(form), 'offline');

    const second = new ScriptedClient();
    const again = await reload(form, second);
    again.requestSubmit();
    await until(() => second.calls.length === 1, 'sent after reload');
    expect(second.calls[0]!.key).to.equal(first.calls[0]!.key);
  });
});
