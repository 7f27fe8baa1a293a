import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { MiHttpError, formatRate } from '@microintern/core';
import { $, $$, until } from '../../test-support/dom.js';
import { boardOver, cards, loadedBoard, titles } from '../../test-support/board.js';
import { makeProject, makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import type { MiProjectBoard } from './project-board.component.js';
import './project-board.js';

function httpError(status: number): MiHttpError {
  return new MiHttpError(new Request('https://api.example/v1/projects'), new Response(null, { status }), {
    type: 'about:blank',
    title: 'Service unavailable',
    status,
  });
}

describe('<mi-project-board>', () => {
  // Wide: the filter column is on screen, so every check covers it too.
  beforeEach(() => setViewport({ width: 1280, height: 900 }));

  it('is accessible while loading, with skeletons in the layout', async () => {
    const source = new RecordingSource(makeProjects(6));
    const gate = source.hold();
    const board = await fixture<MiProjectBoard>(html`<mi-project-board locale="en-US" structured-data="off" .source=${source}></mi-project-board>`);
    await until(() => $$(board, '.skeleton').length > 0, 'skeletons shown');
    expect($(board, '.results').getAttribute('aria-busy')).to.equal('true');
    expect($(board, '.count[role=status]').textContent).to.equal('Loading projects…');
    await expect(board).to.be.accessible();
    gate.release(0);
    await until(() => cards(board).length === 6, 'cards shown');
    expect($(board, '.results').getAttribute('aria-busy')).to.equal('false');
  });

  it('is accessible with a list, and shows the count and each card', async () => {
    const projects = makeProjects(8);
    const { board, load } = await boardOver(new RecordingSource(projects));
    expect(titles(board)).to.deep.equal(projects.map((p) => p.title));
    expect($(board, '.count').textContent).to.equal('8 projects');
    expect(cards(board)[2]!.querySelector('.pay')!.textContent).to.contain(formatRate(projects[2]!.compensation, { locale: 'en-US' }));
    expect(load.detail.items).to.deep.equal(projects);
    expect(load.detail.total).to.equal(8);
    expect(load.detail.nextCursor).to.equal(null);
    await expect(board).to.be.accessible();
  });

  it('is accessible in the empty state, which offers to clear filters', async () => {
    const { board } = await boardOver(new RecordingSource([]), { q: 'underwater basket weaving' });
    expect($(board, '[part=empty]').textContent).to.contain('No projects match');
    await expect(board).to.be.accessible();
    $<HTMLButtonElement>(board, '[part=empty] button').click();
    await board.updateComplete;
    expect(board.q).to.equal('');
  });

  it('is accessible in the error state, fires mi-error, and Retry loads again', async () => {
    const source = new RecordingSource(makeProjects(3));
    const error = httpError(503);
    source.fail(error);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const board = document.createElement('mi-project-board');
    board.source = source;
    board.structuredData = 'off';
    const failed = oneEvent(board, 'mi-error');
    container.append(board);
    expect((await failed).detail.error).to.equal(error);
    expect($(board, '[role=alert]').textContent).to.contain('Service unavailable (503)');
    await expect(board).to.be.accessible();
    const loaded = oneEvent(board, 'mi-load');
    $<HTMLButtonElement>(board, '[part=retry-button]').click();
    await loaded;
    expect(cards(board)).to.have.length(3);
    expect(source.calls).to.have.length(2);
  });

  it('is accessible with the pay popover and the sort menu open', async () => {
    const { board } = await boardOver(new RecordingSource(makeProjects(4)));
    $(board, '.card .pay').click();
    await until(() => $$(board, '.popover[data-placement]').length === 1, 'pay popover open');
    await expect(board).to.be.accessible();
    $(board, '.sort-button').click();
    await until(() => !$(board, '.menu').hidden && $(board, '.menu').dataset['placement'] !== undefined, 'menu open');
    expect($$(board, '.popover')).to.have.length(0);
    await expect(board).to.be.accessible();
  });

  it('is accessible in the dark theme, and theme="auto" follows the colour scheme', async () => {
    const { board } = await boardOver(new RecordingSource(makeProjects(3)), { theme: 'dark' });
    expect(getComputedStyle($(board, '.card')).backgroundColor).to.equal('rgb(28, 32, 39)');
    await expect(board).to.be.accessible();
    board.theme = 'auto';
    await board.updateComplete;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(getComputedStyle($(board, '.card')).backgroundColor).to.equal(dark ? 'rgb(28, 32, 39)' : 'rgb(255, 255, 255)');
  });

  it('keeps focus and button edges visible in forced colours (Windows contrast themes)', async () => {
    const { board } = await boardOver(new RecordingSource(makeProjects(2)));
    await emulateMedia({ forcedColors: 'active' });
    try {
      const apply = $(board, '.apply') as HTMLButtonElement;
      expect(getComputedStyle(apply).borderTopWidth, 'the Apply button keeps an edge').to.equal('1px');
      $(board, '.search-input').focus();
      await sendKeys({ press: 'Tab' }); // keyboard focus, so :focus-visible applies
      const focused = board.shadowRoot!.activeElement as HTMLElement;
      expect(focused, 'something in the board has focus').to.not.equal(null);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle, 'a focus outline instead of the dropped box-shadow').to.equal('solid');
      expect(style.outlineWidth).to.equal('2px');
      await expect(board).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('lets the page restyle it through --mi-* tokens, component tokens first', async () => {
    const { board } = await boardOver(new RecordingSource(makeProjects(1)));
    board.style.setProperty('--mi-color-accent', 'rgb(10, 120, 60)');
    expect(getComputedStyle($(board, '.apply')).backgroundColor).to.equal('rgb(10, 120, 60)');
    board.style.setProperty('--mi-card-apply-background', 'rgb(200, 0, 0)');
    // The button eases colour changes, so wait for the transition to land.
    await until(() => getComputedStyle($(board, '.apply')).backgroundColor === 'rgb(200, 0, 0)', 'component token wins');
  });

  it('fires mi-project-select and mi-apply-open with the card project', async () => {
    const projects = makeProjects(3);
    const { board } = await boardOver(new RecordingSource(projects));
    setTimeout(() => cards(board)[1]!.querySelector<HTMLElement>('.apply')!.click());
    const apply = await oneEvent(board, 'mi-apply-open');
    expect(apply.detail.project).to.equal(projects[1]);
    setTimeout(() => cards(board)[2]!.querySelector<HTMLElement>('.title-button')!.click());
    const select = await oneEvent(board, 'mi-project-select');
    expect(select.detail.project).to.equal(projects[2]);
    await board.updateComplete;
    expect(cards(board)[2]!.querySelector('.description')).to.not.equal(null);
  });

  it('reports invalid items the source skipped with mi-invalid-items', async () => {
    const skipped = [{ index: 3, id: 'p_bad', issues: [{ path: 'title', message: 'Required' }] }];
    const source = new RecordingSource(makeProjects(2), { skipped });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const board = document.createElement('mi-project-board');
    board.source = source;
    const invalid = oneEvent(board, 'mi-invalid-items');
    container.append(board);
    expect((await invalid).detail.skipped).to.deep.equal(skipped);
    expect(cards(board)).to.have.length(2);
  });

  it('writes Spanish strings with locale="es"', async () => {
    const { board } = await boardOver(new RecordingSource([makeProject(0)]), { locale: 'es' });
    expect($(board, '.count').textContent).to.equal('1 proyecto');
    expect($(board, 'legend').textContent).to.equal('Categoría');
    expect($(board, '.sort-button').textContent).to.contain('Más recientes');
  });

  it('mirrors its layout in a right-to-left page: search icon, menu marks and Apply on the inline end', async () => {
    const { board } = await boardOver(new RecordingSource([makeProject(0)]), { dir: 'rtl' });
    const input = $(board, '.search-input').getBoundingClientRect();
    const icon = $(board, '.search-icon').getBoundingClientRect();
    expect(input.right - icon.right, 'icon at the right edge of the search box').to.be.lessThan(24);
    const padding = getComputedStyle($(board, '.search-input'));
    expect(parseFloat(padding.paddingRight), 'text starts clear of the icon').to.be.greaterThan(parseFloat(padding.paddingLeft));
    const card = cards(board)[0]!.getBoundingClientRect();
    const apply = $(board, '.apply').getBoundingClientRect();
    expect(apply.left - card.left, 'Apply at the left of the card').to.be.lessThan(40);
    // The filter column sits on the right, the cards on the left.
    expect($(board, 'fieldset').getBoundingClientRect().left).to.be.greaterThan(card.left);
    await expect(board).to.be.accessible();
  });

  it('provides its source to cards placed inside it', async () => {
    const projects = makeProjects(5);
    const { board } = await loadedBoard((b) => {
      b.source = new RecordingSource(projects);
      b.innerHTML = '<mi-project-card slot="featured" project-id="gig-3"></mi-project-card>';
    });
    const featured = board.querySelector('mi-project-card')!;
    await until(() => featured.shadowRoot?.querySelector('.title') != null, 'featured card loaded');
    expect(featured.shadowRoot!.querySelector('.title')!.textContent?.trim()).to.equal(projects[3]!.title);
  });

  it('lays out every card of a short list before it comes on screen, so nothing below it jumps', async () => {
    // Far below the fold, as a board in a blog post is.
    const spacer = await fixture<HTMLDivElement>(html`<div style="height: 3000px"></div>`);
    const { board } = await boardOver(new RecordingSource(makeProjects(6)), { 'page-size': '6' });
    spacer.after(board.parentElement!);
    await new Promise(requestAnimationFrame);
    const offScreen = cards(board).map((card) => card.getBoundingClientRect().height);
    board.scrollIntoView();
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(cards(board).map((card) => card.getBoundingClientRect().height)).to.deep.equal(offScreen);
    window.scrollTo(0, 0);
  });

  it('skips laying out far-off cards of a long list, but never a card whose pay popover is open', async () => {
    const { board } = await boardOver(new RecordingSource(makeProjects(60)), { 'page-size': '60' });
    expect(getComputedStyle(cards(board)[0]!).contentVisibility).to.equal('auto');
    cards(board)[0]!.querySelector<HTMLElement>('.pay')!.click();
    await until(() => $$(board, '.popover[data-placement]').length === 1, 'popover open');
    // Paint containment would cut off whatever part of the popover hangs outside its card.
    expect(getComputedStyle(cards(board)[0]!).contentVisibility).to.equal('visible');
  });
});
