import { expect, oneEvent } from '@open-wc/testing';
import { createClient, type Project } from '@microintern/core';
import { $, $$, until } from '../../test-support/dom.js';
import { cards, loadedBoard, titles } from '../../test-support/board.js';
import type { MiLoadDetail } from '../../events/mi-load.js';
import './project-board.js';

const feedUrl = new URL('../../../test/fixtures/gigs.json', import.meta.url).href;

/** Where the test config started the reference API (see scripts/api-server-plugin.mjs). */
async function apiUrl(): Promise<string> {
  const answer = (await (await fetch('/__mi/api.json')).json()) as { url?: string; error?: string };
  if (!answer.url) throw new Error(`The reference API is not running: ${answer.error}`);
  return answer.url;
}

describe('<mi-project-board> against a static feed file', () => {
  it('lists the feed, filters locally with facet counts, and pages by cursor', async () => {
    const { board, load } = await loadedBoard((b) => {
      b.setAttribute('src', feedUrl);
      b.setAttribute('page-size', '5');
    });
    expect(load.detail.total).to.equal(16);
    expect(cards(board)).to.have.length(5);
    expect($(board, '.count').textContent).to.equal('16 projects');
    const dataBox = $$<HTMLInputElement>(board, 'input[name=category]').find((c) => c.value === 'data')!;
    expect(dataBox.closest('label')!.querySelector('.facet-count')!.textContent).to.equal('3');

    const filtered = oneEvent(board, 'mi-load');
    dataBox.click();
    expect((await filtered).detail.total).to.equal(3);
    await board.updateComplete;
    expect(titles(board)).to.have.members(['Clean a survey data set', 'Tag 500 support tickets by topic', 'Chart sales trends in a dashboard']);

    dataBox.click();
    await until(() => cards(board).length === 5 && !$$(board, '[part=load-more]')[0]?.hasAttribute('hidden'), 'unfiltered again');
    const seen = new Set(titles(board));
    while ($$(board, '[part=load-more]').length) {
      const more = oneEvent(board, 'mi-load');
      $<HTMLButtonElement>(board, '[part=load-more]').click();
      await more;
      await board.updateComplete;
    }
    expect(cards(board)).to.have.length(16);
    for (const title of titles(board)) seen.add(title);
    expect(seen.size).to.equal(16);
  });
});

describe('<mi-project-board> against the reference API', () => {
  it('shows the API’s open gigs, filters on the server and pages without repeats', async function () {
    const url = await apiUrl();
    const expected = await createClient({ baseUrl: url }).projects.page({ limit: 6 });
    const { board, load } = await loadedBoard((b) => {
      b.setAttribute('api', url);
      b.setAttribute('page-size', '6');
    });
    expect(load.detail.items.map((p) => p.id)).to.deep.equal(expected.items.map((p) => p.id));
    expect(titles(board)).to.deep.equal(expected.items.map((p) => p.title));
    expect(load.detail.total).to.equal(expected.total);
    await expect(board).to.be.accessible();

    const weekend = await createClient({ baseUrl: url }).projects.page({ schedule: ['weekend'], limit: 6 });
    const filtered = oneEvent(board, 'mi-load');
    $<HTMLInputElement>(board, 'input[name=weekend]').click();
    const answer: MiLoadDetail = (await filtered).detail;
    expect(answer.total).to.equal(weekend.total);
    expect(answer.items.every((p) => p.schedule === 'weekend')).to.equal(true);

    const ids = new Set(answer.items.map((p) => p.id));
    const more = oneEvent(board, 'mi-load');
    await board.updateComplete;
    $<HTMLButtonElement>(board, '[part=load-more]').click();
    const next: Project[] = (await more).detail.items;
    expect(next.length).to.be.greaterThan(0);
    for (const p of next) {
      expect(ids.has(p.id), `repeated ${p.id}`).to.equal(false);
      ids.add(p.id);
    }
    await board.updateComplete;
    expect(cards(board)).to.have.length(ids.size);
  });

  it('shows one company’s gigs with company="…"', async () => {
    const url = await apiUrl();
    const companies = (await (await fetch(`${url}/v1/companies`)).json()) as { slug: string; name: string }[];
    const company = companies[0]!;
    const { board, load } = await loadedBoard((b) => {
      b.setAttribute('api', url);
      b.setAttribute('company', company.slug);
    });
    expect(load.detail.items.length).to.be.greaterThan(0);
    expect(load.detail.items.every((p) => p.company.slug === company.slug)).to.equal(true);
    expect(cards(board)[0]!.querySelector('.company')!.textContent).to.contain(company.name);
  });
});
