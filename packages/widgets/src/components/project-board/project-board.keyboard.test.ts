import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, deepActiveElement, until } from '../../test-support/dom.js';
import { cards } from '../../test-support/board.js';
import { makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import type { MiProjectBoard } from './project-board.component.js';
import './project-board.js';

async function keyboardBoard(source = new RecordingSource(makeProjects(3))) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">before</button>
    <mi-project-board locale="en-US" structured-data="off" .source=${source}></mi-project-board>
  </div>`);
  const board = wrapper.querySelector('mi-project-board') as MiProjectBoard;
  await until(() => cards(board).length === source.projects.length, 'cards shown');
  return { board, source, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
}

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
async function tabTo(predicate: (el: Element) => boolean, what: string, limit = 60): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('<mi-project-board> from the keyboard', () => {
  // Wide enough for the filter column; the narrow layout has its own test below.
  beforeEach(() => setViewport({ width: 1280, height: 900 }));

  it('reaches the search, every filter, the sort menu and each card’s apply button with Tab', async () => {
    const { board, before } = await keyboardBoard();
    before.focus();
    const reached = new Set<Element>();
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (!active || !board.shadowRoot!.contains(active)) break;
      reached.add(active);
    }
    expect(reached.has($(board, '.search-input')), 'search').to.equal(true);
    expect($$(board, 'input[name=category]').every((c) => reached.has(c)), 'categories').to.equal(true);
    for (const name of ['weekend', 'skills', 'minRate', 'maxHours']) {
      expect(reached.has($(board, `[name=${name}]`)), name).to.equal(true);
    }
    expect(reached.has($(board, '.sort-button')), 'sort').to.equal(true);
    for (const card of cards(board)) expect(reached.has(card.querySelector('.apply')!), 'apply').to.equal(true);
  });

  it('filters with Space on a checkbox, and the request carries the filter', async () => {
    const { board, source, before } = await keyboardBoard();
    before.focus();
    await tabTo((el) => el === $$(board, 'input[name=category]')[1], 'the second category');
    await sendKeys({ press: 'Space' });
    await until(() => source.calls.length === 2, 'a second request');
    expect(source.calls[1]!.query.category).to.deep.equal(['data']);
  });

  it('opens the sort menu, moves with arrows, chooses with Enter and gives focus back', async () => {
    const { board, source } = await keyboardBoard();
    const button = $(board, '.sort-button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !$(board, '.menu').hidden, 'menu open');
    await until(() => deepActiveElement()?.getAttribute('data-value') === 'newest', 'focus on the current choice');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('data-value')).to.equal('pay');
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()?.getAttribute('data-value')).to.equal('deadline');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('data-value')).to.equal('newest');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()?.getAttribute('data-value')).to.equal('shortest');
    await sendKeys({ press: 'Enter' });
    await until(() => $(board, '.menu').hidden, 'menu closed');
    expect(deepActiveElement()).to.equal(button);
    expect(board.sort).to.equal('shortest');
    await until(() => source.calls.length === 2, 'sorted request');
    expect(source.calls[1]!.query.sort).to.equal('shortest');
    expect(button.textContent).to.contain('Shortest');
  });

  it('closes the sort menu with Escape and returns focus to its button', async () => {
    const { board } = await keyboardBoard();
    const button = $(board, '.sort-button');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => deepActiveElement()?.getAttribute('role') === 'menuitemradio', 'focus in the menu');
    await sendKeys({ press: 'Escape' });
    await until(() => $(board, '.menu').hidden, 'menu closed');
    expect(deepActiveElement()).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(board.sort).to.equal(undefined);
  });

  it('opens a card’s pay explanation with Enter; Escape closes it and returns focus', async () => {
    const { board } = await keyboardBoard();
    const pay = cards(board)[1]!.querySelector<HTMLElement>('.pay')!;
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $$(board, '.popover[data-placement]').length === 1, 'popover open');
    expect(cards(board)[1]!.querySelector('.popover')).to.not.equal(null);
    expect(pay.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await until(() => $$(board, '.popover').length === 0, 'popover closed');
    expect(deepActiveElement()).to.equal(pay);
  });

  it('searches what was typed in the search box', async () => {
    const { board, source } = await keyboardBoard();
    $(board, '.search-input').focus();
    await sendKeys({ type: 'survey' });
    await until(() => source.calls.at(-1)!.query.q === 'survey', 'search request');
    // Keystrokes arrive one round trip apart here, so a pause between two of them may search
    // early; the debounce itself is tested with synchronous input in the data tests.
    expect(source.calls.length).to.be.within(2, 7);
  });

  it('folds the filters behind a Filters button on a narrow board, reachable and accessible', async () => {
    await setViewport({ width: 560, height: 900 });
    const { board } = await keyboardBoard();
    const toggle = $(board, '.filters-toggle');
    expect(getComputedStyle($(board, '.filters')).display).to.equal('none');
    $(board, '.search-input').focus();
    await tabTo((el) => el === toggle, 'the Filters button', 3);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await until(() => getComputedStyle($(board, '.filters')).display !== 'none', 'filters shown');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await tabTo((el) => el === $$(board, 'input[name=category]')[0], 'the first category', 3);
    await expect(board).to.be.accessible();
  });
});
