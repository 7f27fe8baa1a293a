import { expect } from '@open-wc/testing';
import type { Project, ProjectQuery } from '@microintern/core';
import {
  MiApplySuccessEvent,
  MiInvalidItemsEvent,
  MiProjectBoard,
  type MiApplyOpenEvent,
  type MiErrorEvent,
  type MiLoadEvent,
  type MiProjectSelectEvent,
} from '@microintern/widgets';
import type { ReactNode } from 'react';
import { ProjectBoard } from './index.js';
import { find, interact, mount, unmountAll } from './test-support/mount.js';
import { makeProjects, pageOf } from './test-support/projects.js';
import { answeringSource } from './test-support/recording-source.js';
import { until } from './test-support/until.js';

async function mountBoard(node: ReactNode) {
  const mounted = await mount(node);
  const el = find<MiProjectBoard>(mounted.container, 'mi-project-board');
  await el.updateComplete;
  return { ...mounted, el };
}

const cards = (el: MiProjectBoard) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('article.card') ?? [])];

describe('<ProjectBoard>', () => {
  afterEach(unmountAll);

  it('passes its filters to the element and the element queries its source with them', async () => {
    const source = answeringSource(makeProjects(3));
    const loads: MiLoadEvent[] = [];
    const { el } = await mountBoard(
      <ProjectBoard source={source} q="survey" category={['data', 'design']} schedule={['weekend']} minRate={2000} pageSize={5} locale="en-US" onLoad={(e) => loads.push(e)} />,
    );
    expect(el).to.be.instanceOf(MiProjectBoard);
    expect(el.source).to.equal(source);
    expect(el.category).to.deep.equal(['data', 'design']);
    await until(() => loads.length > 0, 'mi-load');
    const query: ProjectQuery = source.queries.at(-1)!;
    expect(query).to.include({ q: 'survey', minRate: 2000, limit: 5 });
    expect(query.category).to.deep.equal(['data', 'design']);
    expect(query.schedule).to.deep.equal(['weekend']);
    expect(loads[0]!.detail.items.map((p) => p.id)).to.deep.equal(['p_0', 'p_1', 'p_2']);
    expect(loads[0]!.detail.total).to.equal(3);
    await until(() => cards(el).length === 3, 'three cards');
  });

  it('queries again when a filter prop changes', async () => {
    const source = answeringSource(makeProjects(2));
    const { el, render } = await mountBoard(<ProjectBoard source={source} category={['data']} />);
    await until(() => cards(el).length === 2, 'the first page');
    await render(<ProjectBoard source={source} category={['writing']} sort="pay" />);
    await until(() => source.queries.some((q) => q.category?.[0] === 'writing'), 'the new query');
    expect(source.queries.at(-1)).to.deep.include({ category: ['writing'], sort: 'pay' });
  });

  it('calls onApplyOpen and onProjectSelect from the cards it renders', async () => {
    const projects = makeProjects(2);
    const opened: Project[] = [];
    const selected: Project[] = [];
    const { el } = await mountBoard(
      <ProjectBoard
        source={answeringSource(projects)}
        onApplyOpen={(e: MiApplyOpenEvent) => {
          opened.push(e.detail.project);
          e.preventDefault();
        }}
        onProjectSelect={(e: MiProjectSelectEvent) => selected.push(e.detail.project)}
      />,
    );
    await until(() => cards(el).length === 2, 'two cards');
    await interact(() => cards(el)[1]!.querySelector<HTMLButtonElement>('[part~="apply-button"]')!.click());
    await interact(() => cards(el)[0]!.querySelector<HTMLButtonElement>('.title-button')!.click());
    expect(opened.map((p) => p.id)).to.deep.equal(['p_1']);
    expect(selected.map((p) => p.id)).to.deep.equal(['p_0']);
    // The handler took over the apply flow: the board opened no dialog of its own.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot?.querySelector('mi-apply-dialog')).to.equal(null);
  });

  it('opens its own apply dialog when onApplyOpen lets it', async () => {
    const projects = makeProjects(1);
    const opened: Project[] = [];
    const { el } = await mountBoard(<ProjectBoard source={answeringSource(projects)} onApplyOpen={(e) => opened.push(e.detail.project)} />);
    await until(() => cards(el).length === 1, 'a card');
    await interact(() => cards(el)[0]!.querySelector<HTMLButtonElement>('[part~="apply-button"]')!.click());
    const dialog = await until(() => el.shadowRoot?.querySelector<HTMLElement & { open: boolean; project?: Project }>('mi-apply-dialog'), 'the board dialog');
    await until(() => dialog.open, 'the dialog open');
    expect(opened).to.deep.equal(projects);
    expect(dialog.project).to.equal(projects[0]);
  });

  it('calls onError with the failure and shows the error state', async () => {
    const failure = new Error('the API is down');
    const errors: MiErrorEvent[] = [];
    const source = answeringSource([], () => {
      throw failure;
    });
    const { el } = await mountBoard(<ProjectBoard source={source} onError={(e) => errors.push(e)} />);
    await until(() => errors.length > 0, 'mi-error');
    expect(errors[0]!.detail.error).to.equal(failure);
    await until(() => el.shadowRoot?.querySelector('[part~="error"]'), 'the error state');
  });

  it('calls onInvalidItems with what the source left out', async () => {
    const skipped = [{ index: 1, id: 'p_bad', issues: [{ path: 'title', message: 'Required' }] }];
    const invalid: MiInvalidItemsEvent[] = [];
    await mountBoard(<ProjectBoard source={answeringSource([], () => pageOf(makeProjects(1), null, { skipped }))} onInvalidItems={(e) => invalid.push(e)} />);
    await until(() => invalid.length > 0, 'mi-invalid-items');
    expect(invalid[0]).to.be.instanceOf(MiInvalidItemsEvent);
    expect(invalid[0]!.detail.skipped).to.deep.equal(skipped);
  });

  it('hands the apply events that bubble out of the board to their props', async () => {
    const projects = makeProjects(1);
    const successes: MiApplySuccessEvent[] = [];
    const { el } = await mountBoard(<ProjectBoard source={answeringSource(projects)} onApplySuccess={(e) => successes.push(e)} />);
    await until(() => cards(el).length === 1, 'a card');
    // What an apply form inside the board's shadow root sends when the API stored an application.
    const receipt = { id: 'a_1', projectId: 'p_0', status: 'received', submittedAt: new Date().toISOString() } as const;
    await interact(() => void cards(el)[0]!.dispatchEvent(new MiApplySuccessEvent({ receipt, project: projects[0]! })));
    expect(successes).to.have.length(1);
    expect(successes[0]!.detail.receipt).to.equal(receipt);
  });
});
