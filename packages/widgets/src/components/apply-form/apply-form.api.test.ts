import { expect, oneEvent } from '@open-wc/testing';
import type { Project } from '@microintern/core';
import { apiClient, apiUrl, COMPANY, CountingFetch, openGig, storedApplications, uniqueEmail } from '../../test-support/apply-api.js';
import { errorOf, fill, mountForm, statusText, type Fill } from '../../test-support/apply-form.js';
import { $, $$, until } from '../../test-support/dom.js';

/** A valid entry for a real seeded gig: every required question answered with something it accepts. */
function entryFor(project: Project, email: string): Fill {
  const answers: Record<string, string> = {};
  for (const q of project.questions) {
    if (!q.required) continue;
    answers[q.id] = q.kind === 'choice' ? q.options![0]! : q.kind === 'yes-no' ? 'yes' : q.kind === 'url' ? 'https://ada.example/portfolio' : 'A real answer.';
  }
  return { name: 'Ada Lovelace', email, answers, consent: true, coverNote: 'I clean data sets for fun.' };
}

const sent = (form: HTMLElement) => !!form.shadowRoot!.querySelector('[part=success]');

describe('<mi-apply-form> against the reference API', () => {
  it('applies with api and company attributes, stores the application, and shows its receipt', async () => {
    const gig = await openGig();
    const email = uniqueEmail('attrs');
    const form = await mountForm(gig, undefined, { api: await apiUrl(), company: COMPANY });
    await fill(form, entryFor(gig, email));
    const success = oneEvent(form, 'mi-apply-success');
    $<HTMLButtonElement>(form, '[part=submit-button]').click();
    const { receipt } = (await success).detail;
    const stored = await storedApplications(gig.id, email);
    expect(stored.map((a) => a.id)).to.deep.equal([receipt.id]);
    expect(stored[0]!.coverNote).to.equal('I clean data sets for fun.');
    await form.updateComplete;
    expect($(form, '[part=receipt] code').textContent).to.equal(receipt.id);
  });

  it('stores exactly one application after a double click', async () => {
    const gig = await openGig();
    const email = uniqueEmail('double');
    const counting = new CountingFetch();
    const form = await mountForm(gig, await apiClient({ fetch: counting.fetch }));
    await fill(form, entryFor(gig, email));
    const button = $<HTMLButtonElement>(form, '[part=submit-button]');
    button.click();
    button.click();
    await until(() => sent(form), 'sent');
    expect(counting.posts).to.have.length(1);
    expect(await storedApplications(gig.id, email)).to.have.length(1);
  });

  it('stores the same single application when the connection drops after sending and the person tries again', async () => {
    const gig = await openGig();
    const email = uniqueEmail('drop');
    const counting = new CountingFetch();
    // The first POST reaches the API and is stored, then the answer is lost on the way back.
    counting.afterAnswer = (_response, attempt) => {
      if (attempt === 1) throw new TypeError('Failed to fetch');
    };
    const form = await mountForm(gig, await apiClient({ fetch: counting.fetch }));
    await fill(form, entryFor(gig, email));
    form.requestSubmit();
    await until(() => statusText(form)?.startsWith('You seem to be offline') === true, 'offline status');
    expect(await storedApplications(gig.id, email), 'the lost answer’s application').to.have.length(1);

    const success = oneEvent(form, 'mi-apply-success');
    $<HTMLButtonElement>(form, '[part=retry-button]').click();
    const { receipt } = (await success).detail;
    const [first, retry] = counting.posts;
    expect(retry!.key).to.equal(first!.key);
    const stored = await storedApplications(gig.id, email);
    expect(stored.map((a) => a.id)).to.deep.equal([receipt.id]);
  });

  it('retries a dropped connection by itself with the same key when the client is allowed to', async () => {
    const gig = await openGig();
    const email = uniqueEmail('autoretry');
    const counting = new CountingFetch();
    counting.afterAnswer = (_response, attempt) => {
      if (attempt === 1) throw new TypeError('Failed to fetch');
    };
    const form = await mountForm(gig, await apiClient({ fetch: counting.fetch, retry: 2 }));
    await fill(form, entryFor(gig, email));
    form.requestSubmit();
    await until(() => sent(form), 'sent after the client retried');
    expect(new Set(counting.posts.map((p) => p.key)).size).to.equal(1);
    expect(await storedApplications(gig.id, email)).to.have.length(1);
  });

  it('shows the API’s 422 field errors on the right field when the page’s copy of the gig is out of date', async () => {
    const gig = await openGig();
    const choice = gig.questions.find((q) => q.kind === 'choice')!;
    // The page believes the choice question takes free text; the API knows better.
    const stale: Project = { ...gig, questions: gig.questions.map((q) => (q.id === choice.id ? { ...q, kind: 'text' as const, options: undefined } : q)) };
    const email = uniqueEmail('stale');
    const form = await mountForm(stale, await apiClient());
    await fill(form, { ...entryFor(stale, email), answers: { ...entryFor(stale, email).answers, [choice.id]: 'Lotus 1-2-3' } });
    form.requestSubmit();
    const index = stale.questions.findIndex((q) => q.id === choice.id);
    await until(() => errorOf(form, `q${index}`) !== undefined, 'the API’s message on the question');
    expect(errorOf(form, `q${index}`)).to.equal(`Must be one of: ${choice.options!.join(', ')}`);
    expect(await storedApplications(gig.id, email)).to.have.length(0);
  });

  it('says a gig is closed when the API refuses it (409), and keeps the entry', async () => {
    const mi = await apiClient();
    const closed = (await mi.projects.page({ status: ['closed'], limit: 50 })).items[0];
    if (!closed) throw new Error(`The seed has no closed ${COMPANY} gig to apply to`);
    // The page's copy still says open (it was loaded before the gig closed).
    const stale: Project = { ...closed, status: 'open' };
    const form = await mountForm(stale, mi);
    const email = uniqueEmail('closed');
    await fill(form, entryFor(stale, email));
    const failed = oneEvent(form, 'mi-apply-error');
    form.requestSubmit();
    await failed;
    await form.updateComplete;
    expect(statusText(form)).to.equal('This gig is no longer taking applications, so nothing was sent. Everything you entered is kept.');
    expect($$(form, '[part=retry-button]')).to.have.length(0);
    expect($<HTMLInputElement>(form, '#f-email').value).to.equal(email);
    expect(await storedApplications(closed.id, email)).to.have.length(0);
  });
});
