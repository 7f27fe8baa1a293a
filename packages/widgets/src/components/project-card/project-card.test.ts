import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { explainEstimate, formatEffort, formatRate, formatWindow } from '@microintern/core';
import { $, $$, deepActiveElement, until } from '../../test-support/dom.js';
import { makeProject } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import { MiProjectCard } from './project-card.component.js';
import './project-card.js';

const DAY = 86_400_000;

async function card(project = makeProject(0), attrs = '') {
  const el = await fixture<MiProjectCard>(html`<mi-project-card locale="en-US" .project=${project} theme=${attrs || 'light'}></mi-project-card>`);
  await el.updateComplete;
  return el;
}

async function openPopover(el: MiProjectCard): Promise<Element> {
  $(el, '.pay').click();
  await until(() => $$(el, '.popover[data-placement]').length === 1, 'popover positioned');
  return $(el, '.popover');
}

describe('<mi-project-card>', () => {
  it('is accessible with inline data', async () => {
    await expect(await card()).to.be.accessible();
  });

  it('is accessible with the pay popover open', async () => {
    const el = await card();
    await openPopover(el);
    await expect(el).to.be.accessible();
  });

  it('has its full height from the first frame it is drawn in', async () => {
    // Skipped content (content-visibility: auto) would be drawn at an estimate first and grow
    // a frame later, moving whatever sits below a card on the page.
    const el = await card();
    await new Promise(requestAnimationFrame);
    const first = el.getBoundingClientRect().height;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(first).to.equal(el.getBoundingClientRect().height);
  });

  it('is accessible in the dark theme', async () => {
    const el = await card(makeProject(1), 'dark');
    expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(28, 32, 39)');
    await expect(el).to.be.accessible();
  });

  it('shows every field, formatted by core in the element locale', async () => {
    const project = makeProject(0, { applyBy: new Date(Date.now() + 3 * DAY + 3_600_000).toISOString(), schedule: 'weekend' });
    const el = await card(project);
    expect($(el, '.title').textContent?.trim()).to.equal(project.title);
    expect($(el, '.company').textContent?.trim()).to.equal('Acme Analytics');
    expect($<HTMLAnchorElement>(el, '.company a').href).to.equal('https://acme.example/');
    expect($(el, '.pay').textContent).to.contain(formatRate(project.compensation, { locale: 'en-US' }));
    const facts = $$(el, '.facts dd').map((dd) => dd.textContent?.trim());
    expect(facts[1]).to.equal(formatEffort(project.effort, { locale: 'en-US' }));
    expect(facts[2]).to.equal(formatWindow(project.window, { locale: 'en-US' }));
    expect($(el, '.badge').textContent).to.equal('Weekends');
    expect($$(el, '.skills li').map((li) => li.textContent)).to.deep.equal(project.skills);
    expect($(el, '.deadline').textContent).to.equal('Closes in 3 days');
    expect($(el, '.status').textContent).to.equal('Open');
    expect($<HTMLButtonElement>(el, '.apply').disabled).to.equal(false);
  });

  it('disables and relabels Apply once applications close', async () => {
    const closed = await card(makeProject(3, { status: 'closed' }));
    expect($<HTMLButtonElement>(closed, '.apply').disabled).to.equal(true);
    expect($(closed, '.apply').textContent).to.equal('Applications closed');
    const filled = await card(makeProject(4, { status: 'filled' }));
    expect($(filled, '.apply').textContent).to.equal('Position filled');
    const expired = await card(makeProject(5, { applyBy: new Date(Date.now() - DAY).toISOString() }));
    expect($(expired, '.status').textContent).to.equal('Closed');
    expect($<HTMLButtonElement>(expired, '.apply').disabled).to.equal(true);
    await expect(closed).to.be.accessible();
  });

  it('explains the estimate in a popover that Escape closes, returning focus to the pay button', async () => {
    const project = makeProject(2);
    const el = await card(project);
    const pay = $(el, '.pay');
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.popover[data-placement]').length === 1, 'popover open');
    expect(pay.getAttribute('aria-expanded')).to.equal('true');
    expect(pay.getAttribute('aria-controls')).to.equal($(el, '.popover').id);
    expect($(el, '.popover').textContent).to.contain(explainEstimate(project.compensation, project.effort, { locale: 'en-US' }));
    await sendKeys({ press: 'Escape' });
    await until(() => $$(el, '.popover').length === 0, 'popover closed');
    expect(pay.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(pay);
  });

  it('fires mi-apply-open and mi-project-select with the project', async () => {
    const project = makeProject(1);
    const el = await card(project);
    // Handled here, so the card opens no dialog of its own (project-card.apply.test.ts covers that).
    el.addEventListener('mi-apply-open', (event) => event.preventDefault());
    setTimeout(() => $(el, '.apply').click());
    const apply = await oneEvent(el, 'mi-apply-open');
    expect(apply.detail.project).to.equal(project);
    expect(apply.bubbles && apply.composed).to.equal(true);

    setTimeout(() => $(el, '.title-button').click());
    const select = await oneEvent(el, 'mi-project-select');
    expect(select.detail.project).to.equal(project);
    await el.updateComplete;
    expect($(el, '.description').textContent).to.contain('Deliver a short report');

    el.addEventListener('mi-project-select', (e) => e.preventDefault(), { once: true });
    $(el, '.title-button').click();
    await el.updateComplete;
    expect($$(el, '.description')).to.have.length(1);
  });

  it('loads itself from project-id and a source, and is accessible while loading and on error', async () => {
    const source = new RecordingSource([makeProject(7)]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const get = source.get.bind(source);
    source.get = async (id) => (await gate, get(id));
    const el = await fixture<MiProjectCard>(html`<mi-project-card .source=${source} project-id="gig-7"></mi-project-card>`);
    expect($$(el, '.skeleton')).to.have.length(1);
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'mi-load');
    release();
    expect((await loaded).detail.items[0]?.id).to.equal('p_7');
    expect($(el, '.title').textContent?.trim()).to.equal(makeProject(7).title);

    setTimeout(() => (el.projectId = 'missing'));
    const failed = await oneEvent(el, 'mi-error');
    expect(String(failed.detail.error)).to.contain('missing');
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.contain('could not be found');
    await expect(el).to.be.accessible();
  });

  it('loads from a static feed file given in src', async () => {
    const el = document.createElement('mi-project-card');
    el.setAttribute('src', new URL('../../../test/fixtures/gigs.json', import.meta.url).href);
    el.setAttribute('project-id', 'tag-support-tickets');
    const loaded = oneEvent(el, 'mi-load');
    document.body.append(el);
    try {
      await loaded;
      expect($(el, '.title').textContent?.trim()).to.equal('Tag 500 support tickets by topic');
    } finally {
      el.remove();
    }
  });

  it('speaks Spanish with locale="es" and follows the nearest lang attribute', async () => {
    const project = makeProject(0);
    const el = await fixture<MiProjectCard>(html`<mi-project-card locale="es" .project=${project}></mi-project-card>`);
    expect($(el, '.apply').textContent).to.equal('Postularme');
    expect($(el, '.pay').textContent).to.contain(formatRate(project.compensation, { locale: 'es' }));
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><mi-project-card .project=${project}></mi-project-card></div>`);
    const inner = wrapper.querySelector('mi-project-card')!;
    await inner.updateComplete;
    expect($(inner, '.facts dt').textContent).to.equal('Pago');
  });

  it('re-renders when the document language changes, and dates the deadline in its time-zone', async () => {
    const project = makeProject(0, { applyBy: '2030-03-01T12:00:00Z' });
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'en-US');
      const el = await fixture<MiProjectCard>(html`<mi-project-card time-zone="Asia/Tokyo" .project=${project}></mi-project-card>`);
      expect($(el, '.deadline').getAttribute('title')).to.equal('Mar 1, 2030, 9:00 PM');
      document.documentElement.setAttribute('lang', 'es');
      await until(() => $(el, '.apply').textContent === 'Postularme', 'Spanish after <html lang="es">');
      expect($(el, '.deadline').getAttribute('title')).to.equal('1 mar 2030, 21:00');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('registers safely when a second copy defines the same tag', () => {
    class SecondCopy extends MiProjectCard {}
    expect(() => SecondCopy.define('mi-project-card')).not.to.throw();
    expect(customElements.get('mi-project-card')).to.equal(MiProjectCard);
  });
});
