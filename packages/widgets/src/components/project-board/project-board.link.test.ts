import { expect } from '@open-wc/testing';
import { $, until } from '../../test-support/dom.js';
import { boardOver, cards, titles } from '../../test-support/board.js';
import { makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import './project-board.js';

// A link to one gig (sync-url): `?mi-gig=<slug>` in the page URL.

const gigParam = (prefix = 'mi-') => new URL(location.href).searchParams.get(`${prefix}gig`);
const titleButton = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('.title-button')!;
const isOpen = (card: HTMLElement) => titleButton(card).getAttribute('aria-expanded') === 'true' && card.querySelector('[part~="description"]') !== null;

describe('<mi-project-board> links to a gig', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  const openAt = (search: string) => history.replaceState(null, '', `${location.pathname}${search}`);

  it('puts the gig whose description is open into the page URL, and takes it out when it closes', async () => {
    openAt('?keep=1');
    const { board } = await boardOver(new RecordingSource(makeProjects(4)), { 'sync-url': '' });
    titleButton(cards(board)[2]!).click();
    await board.updateComplete;
    expect(gigParam()).to.equal('gig-2');
    titleButton(cards(board)[1]!).click();
    expect(gigParam()).to.equal('gig-1');
    // Closing a gig that is not the linked one leaves the link alone; closing the linked one drops it.
    titleButton(cards(board)[2]!).click();
    expect(gigParam()).to.equal('gig-1');
    titleButton(cards(board)[1]!).click();
    expect(gigParam()).to.equal(null);
    expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
  });

  it('writes nothing into the URL without sync-url', async () => {
    openAt('');
    const { board } = await boardOver(new RecordingSource(makeProjects(3)));
    titleButton(cards(board)[0]!).click();
    expect(location.search).to.equal('');
  });

  it('opens a linked gig that is on the first page, without taking focus', async () => {
    openAt('?jobs-gig=gig-3');
    const { board } = await boardOver(new RecordingSource(makeProjects(6)), { 'sync-url': 'jobs-' });
    await until(() => isOpen(cards(board)[3]!), 'the linked gig open');
    expect(cards(board).filter(isOpen)).to.have.length(1);
    expect(document.activeElement).to.not.equal(board);
    await expect(board).to.be.accessible();
  });

  it('fetches a linked gig that is not on the first page and shows it first, and paging does not show it twice', async () => {
    openAt('?mi-gig=gig-25');
    const source = new RecordingSource(makeProjects(30));
    const { board } = await boardOver(source, { 'sync-url': '', 'page-size': '10' });
    await until(() => titles(board)[0] === source.projects[25]!.title, 'the linked gig first');
    expect(isOpen(cards(board)[0]!)).to.equal(true);
    expect(cards(board)).to.have.length(11);
    for (let page = 0; page < 2; page++) {
      const before = cards(board).length;
      $<HTMLButtonElement>(board, '[part=load-more]').click();
      await until(() => cards(board).length > before, 'the next page');
    }
    expect(cards(board)).to.have.length(30);
    expect(new Set(titles(board)).size).to.equal(30);
  });

  it('leaves the board as it is for a link to a gig that is gone, and drops it from the URL', async () => {
    openAt('?mi-gig=no-such-gig&keep=1');
    const { board } = await boardOver(new RecordingSource(makeProjects(4)), { 'sync-url': '' });
    await until(() => gigParam() === null, 'the stale link dropped');
    expect(cards(board)).to.have.length(4);
    expect(cards(board).filter(isOpen)).to.have.length(0);
    expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
    expect($(board, '[part=count]').textContent).to.contain('4');
  });
});

