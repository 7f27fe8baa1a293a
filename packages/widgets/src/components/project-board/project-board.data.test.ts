import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, $$, deepActiveElement, until } from '../../test-support/dom.js';
import { boardOver, cards, titles } from '../../test-support/board.js';
import { makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import type { MiProjectBoard } from './project-board.component.js';
import './project-board.js';

function change(board: MiProjectBoard, selector: string, value?: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(board, selector);
  if (value === undefined) (control as HTMLInputElement).checked = !(control as HTMLInputElement).checked;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('<mi-project-board> data', () => {
  it('sends initial filters from attributes, and each filter control changes the request', async () => {
    const source = new RecordingSource(makeProjects(4));
    const { board } = await boardOver(source, { category: 'data, nonsense', schedule: 'weekend', sort: 'pay', 'min-rate': '2000', 'max-hours': '10', q: 'survey', 'page-size': '250' });
    expect(source.calls[0]!.query).to.deep.equal({ q: 'survey', category: ['data'], schedule: ['weekend'], sort: 'pay', minRate: 2000, maxHours: 10, limit: 100 });

    const expectLast = async (expected: object) => {
      await until(() => JSON.stringify(source.calls.at(-1)!.query) === JSON.stringify({ ...source.calls.at(-1)!.query, ...expected }), `request with ${JSON.stringify(expected)}`);
    };
    change(board, 'input[name=category][value=design]');
    await expectLast({ category: ['data', 'design'] });
    change(board, 'input[name=weekend]');
    await until(() => source.calls.at(-1)!.query.schedule === undefined, 'weekend off');
    change(board, 'select[name=minRate]', '2500');
    await expectLast({ minRate: 2500 });
    change(board, 'select[name=maxHours]', '20');
    await expectLast({ maxHours: 20 });
    change(board, 'input[name=skills]', 'figma, research');
    await expectLast({ skills: ['figma', 'research'] });
    expect($(board, 'select[name=minRate] option:checked').textContent).to.equal('$25/hr or more');

    $<HTMLButtonElement>(board, '.filters .button.link').click();
    await until(() => JSON.stringify(source.calls.at(-1)!.query) === JSON.stringify({ sort: 'pay', limit: 100 }), 'cleared');
  });

  it('debounces the search, aborts the older request, and never renders a late answer', async () => {
    const source = new RecordingSource(makeProjects(30));
    const { board } = await boardOver(source);
    const gate = source.hold();
    const input = $<HTMLInputElement>(board, '.search-input');
    for (const text of ['s', 'su', 'sur']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await until(() => source.calls.length === 2, 'one debounced request');
    expect(source.calls[1]!.query.q).to.equal('sur');
    expect($(board, '.grid').hasAttribute('data-stale')).to.equal(true);

    // A newer query while the first is still out: the first request's signal is aborted...
    source.projects = makeProjects(2, 100);
    board.q = 'survey';
    await until(() => source.calls.length === 3, 'newer request');
    expect(source.calls[1]!.signal!.aborted).to.equal(true);
    expect(source.calls[2]!.signal!.aborted).to.equal(false);
    // ...the newer answer renders, and the older one, answering last, changes nothing.
    gate.release(1);
    await until(() => titles(board).length === 2, 'newer answer shown');
    const shown = titles(board);
    source.projects = makeProjects(7, 500);
    gate.release(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await board.updateComplete;
    expect(titles(board)).to.deep.equal(shown);
  });

  it('paints the top of a long list first, the rest after that paint; updateComplete and mi-load wait for all of it', async () => {
    const projects = makeProjects(300);
    // A source that answers every project at once (inline data can be this long; an API page is 100 at most).
    const source = { page: async () => ({ items: projects, nextCursor: null, total: projects.length, skipped: [] }), list: async function* () {}, get: async () => projects[0]! };
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const board = document.createElement('mi-project-board') as MiProjectBoard;
    board.setAttribute('structured-data', 'off');
    board.source = source;
    const renders: number[] = [];
    let loadSaw = -1;
    board.addEventListener('mi-load', () => (loadSaw = cards(board).length));
    const loaded = oneEvent(board, 'mi-load');
    container.append(board); // Creates the shadow root at once; the first render comes later.
    const observer = new MutationObserver(() => {
      const n = cards(board).length;
      if (n && n !== renders.at(-1)) renders.push(n);
    });
    observer.observe(board.shadowRoot!, { childList: true, subtree: true });
    await loaded;
    await board.updateComplete;
    observer.disconnect();
    expect(renders[0], 'the first paint has one slice of cards').to.equal(48);
    expect(renders.at(-1)).to.equal(300);
    expect(loadSaw, 'mi-load fires once every card is on screen').to.equal(300);
    expect(cards(board)).to.have.length(300);
  });

  it('loads more by cursor, each project once, and moves focus to the first new card', async () => {
    const source = new RecordingSource(makeProjects(12));
    const { board } = await boardOver(source, { 'page-size': '5' });
    const loads: string[][] = [];
    board.addEventListener('mi-load', (e) => loads.push(e.detail.items.map((p) => p.id)));
    for (const expected of [10, 12]) {
      const loaded = oneEvent(board, 'mi-load');
      $<HTMLButtonElement>(board, '[part=load-more]').click();
      await loaded;
      await until(() => cards(board).length === expected, `${expected} cards`);
    }
    expect(source.calls.map((c) => c.query.cursor)).to.deep.equal([undefined, '5', '10']);
    expect(loads.flat()).to.deep.equal(makeProjects(7, 5).map((p) => p.id));
    expect(new Set(titles(board)).size).to.equal(12);
    expect($$(board, '[part=load-more]')).to.have.length(0);
    expect(deepActiveElement()).to.equal(cards(board)[10]!.querySelector('.title-button'));
  });

  it('shows a failed "Load more" inline, reports it, and retries', async () => {
    const source = new RecordingSource(makeProjects(8));
    const { board } = await boardOver(source, { 'page-size': '4' });
    source.fail(new Error('offline'));
    const failed = oneEvent(board, 'mi-error');
    $<HTMLButtonElement>(board, '[part=load-more]').click();
    expect((await failed).detail.error.message).to.equal('offline');
    expect($(board, '.more [role=alert]').textContent).to.contain('could not be loaded');
    expect(cards(board)).to.have.length(4);
    $<HTMLButtonElement>(board, '[part=load-more]').click();
    await until(() => cards(board).length === 8, 'second page after retry');
  });

  it('keeps its filters in the page URL with sync-url, and reads them back', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?keep=1&jobs-category=design&jobs-q=logo${location.hash}`);
      const source = new RecordingSource(makeProjects(3));
      const { board } = await boardOver(source, { 'sync-url': 'jobs-' });
      expect(source.calls[0]!.query).to.include({ q: 'logo' });
      expect(source.calls[0]!.query.category).to.deep.equal(['design']);
      board.sort = 'deadline';
      board.q = 'poster';
      await until(() => new URL(location.href).searchParams.get('jobs-q') === 'poster', 'URL updated');
      const params = new URL(location.href).searchParams;
      expect(params.get('jobs-sort')).to.equal('deadline');
      expect(params.get('jobs-category')).to.equal('design');
      expect(params.get('keep')).to.equal('1');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('writes one JSON-LD script per shown project into its light DOM, and removes them when it leaves', async () => {
    const source = new RecordingSource(makeProjects(3));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const board = document.createElement('mi-project-board');
    board.source = source;
    container.append(board);
    const scripts = () => [...board.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
    await until(() => scripts().length === 3, 'three postings');
    const postings = scripts().map((s) => JSON.parse(s.textContent!) as { '@type': string; title: string });
    expect(postings.map((p) => p['@type'])).to.deep.equal(['JobPosting', 'JobPosting', 'JobPosting']);
    expect(postings.map((p) => p.title)).to.deep.equal(makeProjects(3).map((p) => p.title));

    board.category = ['data'];
    source.projects = makeProjects(1, 1);
    await until(() => scripts().length === 1, 'postings follow the list');
    board.remove();
    expect(scripts()).to.have.length(0);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);

    board.setAttribute('structured-data', 'off');
    container.append(board);
    await until(() => cards(board).length === 1, 'rendered again');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(scripts()).to.have.length(0);
  });
});
