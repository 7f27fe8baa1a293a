import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MiNetworkError, type ApplicationStatusReader, type ApplicationStatusView } from '@microintern/core';
import { apiClient, apiUrl, openGig, setStatus, uniqueEmail } from '../../test-support/apply-api.js';
import { $, $$, deepActiveElement, until } from '../../test-support/dom.js';
import type { MiApplicationStatus } from './application-status.component.js';
import './application-status.js';

/** Applies to a real gig through the reference API and returns the receipt with its token. */
async function applied() {
  const gig = await openGig();
  const answers: Record<string, string> = {};
  for (const q of gig.questions.filter((q) => q.required)) answers[q.id] = q.kind === 'choice' ? q.options![0]! : q.kind === 'yes-no' ? 'yes' : q.kind === 'url' ? 'https://ada.example' : 'An answer.';
  const receipt = await (await apiClient()).applications.submit(gig.id, { applicant: { name: 'Ada Lovelace', email: uniqueEmail('status') }, answers, consent: true });
  return { gig, receipt, token: receipt.statusToken! };
}

const state = (el: MiApplicationStatus) => el.shadowRoot?.querySelector<HTMLElement>('[part~=status], [part~=notice]');
const kind = (el: MiApplicationStatus) => state(el)?.dataset['kind'] ?? (state(el)?.getAttribute('part') === 'status' ? 'loaded' : undefined);

async function mount(template: ReturnType<typeof html>): Promise<MiApplicationStatus> {
  return fixture<MiApplicationStatus>(template);
}

describe('<mi-application-status>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('is accessible while loading, and says so', async () => {
    const held: ApplicationStatusReader = { status: () => new Promise(() => {}) };
    history.replaceState(null, '', `#mi-application=app_1&mi-token=st_${'a'.repeat(32)}`);
    const el = await mount(html`<mi-application-status locale="en" .client=${held}></mi-application-status>`);
    await until(() => kind(el) === 'loading', 'loading state');
    expect($(el, '[role=status]').textContent).to.equal('Loading your application…');
    await expect(el).to.be.accessible();
  });

  it('shows the timeline with the company’s message and what happens next, from the link in the fragment, accessibly, without the token in any request URL', async () => {
    const { gig, receipt, token } = await applied();
    await setStatus(receipt.id, 'reviewing');
    await setStatus(receipt.id, 'accepted', 'Welcome aboard!\nKick-off is Saturday at 10:00.');
    history.replaceState(null, '', `#mi-application=${receipt.id}&mi-token=${token}`);
    performance.clearResourceTimings();
    const el = await mount(html`<mi-application-status locale="en" api=${await apiUrl()}></mi-application-status>`);
    const { view } = (await oneEvent(el, 'mi-status-load')).detail as { view: ApplicationStatusView };
    await el.updateComplete;
    expect(view.status).to.equal('accepted');
    expect($(el, '[part~=title]').textContent).to.equal(`Your application: ${gig.title}`);
    expect($(el, '[part~=badge]').textContent).to.equal('Where it stands: Accepted');
    expect($(el, '[part~=next]').textContent).to.contain(`${gig.company.name} picked you`);
    const entries = $$(el, '[part~=entry]');
    expect(entries.map((e) => e.dataset['status'])).to.deep.equal(['received', 'reviewing', 'accepted']);
    expect(entries[2]!.querySelector('blockquote')!.textContent).to.equal('Welcome aboard!\nKick-off is Saturday at 10:00.');
    expect(entries[2]!.querySelector('figcaption')!.textContent).to.equal(`Message from ${gig.company.name}`);
    await expect(el).to.be.accessible();

    const requests = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests.some((url) => url.includes(`/v1/applications/${receipt.id}/status`))).to.equal(true);
    for (const url of requests) expect(url).not.to.contain(token);
  });

  it('reads Spanish when the page is in Spanish', async () => {
    const { receipt, token } = await applied();
    await setStatus(receipt.id, 'reviewing');
    history.replaceState(null, '', `#mi-application=${receipt.id}&mi-token=${token}`);
    const el = await mount(html`<div lang="es"><mi-application-status api=${await apiUrl()}></mi-application-status></div>`).then((d) => d.querySelector('mi-application-status') as MiApplicationStatus);
    await until(() => kind(el) === 'loaded', 'loaded');
    expect($(el, '[part~=badge]').textContent).to.equal('Estado actual: En revisión');
    expect($$(el, '.heading').map((h) => h.textContent)).to.deep.equal(['Qué pasa ahora', 'Historial']);
    await expect(el).to.be.accessible();
  });

  it('says the link is not valid for a forged or truncated token and for a missing fragment, accessibly', async () => {
    const { receipt, token } = await applied();
    const url = await apiUrl();
    for (const hash of [`#mi-application=${receipt.id}&mi-token=st_${'Z'.repeat(32)}`, `#mi-application=${receipt.id}&mi-token=${token.slice(0, -2)}`, '']) {
      history.replaceState(null, '', hash || location.pathname);
      const el = await mount(html`<mi-application-status locale="en" api=${url}></mi-application-status>`);
      await until(() => kind(el) === 'invalid', `not valid for "${hash}"`);
      expect($(el, '[part~=notice] h2').textContent).to.equal('This status link is not valid');
      await expect(el).to.be.accessible();
    }
  });

  it('follows a new link in the fragment without a reload', async () => {
    const { receipt, token } = await applied();
    history.replaceState(null, '', location.pathname);
    const el = await mount(html`<mi-application-status locale="en" api=${await apiUrl()}></mi-application-status>`);
    await until(() => kind(el) === 'invalid', 'no link yet');
    location.hash = `mi-application=${receipt.id}&mi-token=${token}`;
    await until(() => kind(el) === 'loaded', 'loaded after hashchange');
  });

  it('offers Try again after a failure that trying again can fix, reachable by keyboard, and tells the host', async () => {
    let fail = true;
    const view: ApplicationStatusView = {
      id: 'app_1', status: 'received', submittedAt: '2026-11-21T10:00:00Z', timeline: [{ status: 'received', at: '2026-11-21T10:00:00Z' }],
      project: { id: 'p_1', title: 'Clean a survey' }, company: { name: 'Forkful', slug: 'forkful' },
    };
    const flaky: ApplicationStatusReader = {
      status: async () => {
        if (fail) throw new MiNetworkError(new Request('https://api.example/v1/applications/app_1/status'), new TypeError('Failed to fetch'));
        return view;
      },
    };
    history.replaceState(null, '', `#mi-application=app_1&mi-token=st_${'a'.repeat(32)}`);
    const errored = new Promise<Event>((resolve) => document.addEventListener('mi-error', resolve, { once: true }));
    const el = await mount(html`<mi-application-status locale="en" .client=${flaky}></mi-application-status>`);
    await errored;
    await until(() => kind(el) === 'error', 'error state');
    expect($(el, '[part~=notice] p').textContent).to.equal('You seem to be offline. Try again once you are connected.');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part~=retry-button]').focus();
    expect(deepActiveElement()?.getAttribute('part')).to.equal('retry-button');
    await sendKeys({ press: 'Enter' });
    await until(() => kind(el) === 'loaded', 'loaded after retry');
  });
});
