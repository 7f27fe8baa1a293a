import { expect } from '@open-wc/testing';
import type { Project } from '@microintern/core';
import { MiErrorEvent, MiLoadEvent, MiProjectCard, type MiApplyOpenEvent, type MiProjectSelectEvent } from '@microintern/widgets';
import { createRef, type ReactNode } from 'react';
import { ProjectCard } from './index.js';
import { find, interact, mount, unmountAll } from './test-support/mount.js';
import { makeProject } from './test-support/projects.js';
import { answeringSource } from './test-support/recording-source.js';
import { shadow, until } from './test-support/until.js';

async function mountCard(node: ReactNode) {
  const mounted = await mount(node);
  const el = find<MiProjectCard>(mounted.container, 'mi-project-card');
  await el.updateComplete;
  return { ...mounted, el };
}

describe('<ProjectCard>', () => {
  afterEach(unmountAll);

  it('is accessible', async () => {
    const { el } = await mountCard(<ProjectCard project={makeProject(0)} locale="en-US" />);
    await expect(el).to.be.accessible();
  });

  it('passes its props to the element as properties, and the rest as attributes', async () => {
    const project = makeProject(2);
    const ref = createRef<MiProjectCard>();
    const { el } = await mountCard(
      <ProjectCard ref={ref} project={project} locale="es" theme="dark" expanded className="gig" id="gig-2" data-kind="featured" />,
    );
    expect(ref.current).to.equal(el);
    expect(el).to.be.instanceOf(MiProjectCard);
    expect(el.project).to.equal(project);
    expect(el.locale).to.equal('es');
    expect(el.expanded).to.equal(true);
    // Lit reflects `theme` and `expanded`; React renders the plain HTML attributes.
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.hasAttribute('expanded')).to.equal(true);
    expect(el.className).to.equal('gig');
    expect(el.id).to.equal('gig-2');
    expect(el.dataset.kind).to.equal('featured');
    expect(shadow(el, '[part~="apply-button"]').textContent?.trim()).to.equal('Postularme');
    expect(shadow(el, '[part~="description"]').textContent).to.contain('Tidy the answers');
  });

  it('updates the element when a prop changes, and unsets a prop that is removed', async () => {
    const first = makeProject(1);
    const second = makeProject(2);
    const { el, render } = await mountCard(<ProjectCard project={first} locale="es" />);
    await render(<ProjectCard project={second} />);
    await el.updateComplete;
    expect(el.project).to.equal(second);
    expect(el.locale).to.equal(undefined);
    expect(shadow(el, '[part~="title"]').textContent).to.contain(second.title);
    expect(shadow(el, '[part~="apply-button"]').textContent?.trim()).to.equal('Apply');
  });

  it('calls onApplyOpen with the project when the Apply button is pressed, then opens the card’s dialog', async () => {
    const project = makeProject(3);
    const events: MiApplyOpenEvent[] = [];
    const { el } = await mountCard(<ProjectCard project={project} applyApi="https://api.example" onApplyOpen={(e) => events.push(e)} />);
    await interact(() => shadow<HTMLButtonElement>(el, '[part~="apply-button"]').click());
    expect(events).to.have.length(1);
    expect(events[0]!.type).to.equal('mi-apply-open');
    expect(events[0]!.detail.project).to.equal(project);
    // Not prevented: the card opens the apply dialog, sending to applyApi.
    const dialog = await until(() => el.shadowRoot!.querySelector('mi-apply-dialog') as (HTMLElement & { open: boolean; api?: string; close(): void }) | null, 'the dialog');
    await until(() => dialog.open, 'open');
    expect(dialog.api).to.equal('https://api.example');
    dialog.close();
  });

  it('calls onProjectSelect on the title, and preventDefault keeps the card closed', async () => {
    const project = makeProject(4);
    const selected: Project[] = [];
    const onSelect = (e: MiProjectSelectEvent) => {
      selected.push(e.detail.project);
      e.preventDefault();
    };
    const { el } = await mountCard(<ProjectCard project={project} onProjectSelect={onSelect} />);
    await interact(() => shadow<HTMLButtonElement>(el, '.title-button').click());
    await el.updateComplete;
    expect(selected).to.deep.equal([project]);
    expect(el.expanded).to.equal(false);
  });

  it('swaps a handler between renders and removes it when the prop goes', async () => {
    const calls: string[] = [];
    const project = makeProject(5);
    // Each handler runs the page's own flow (preventDefault), so no dialog opens until the last press.
    const handler = (name: string) => (e: MiApplyOpenEvent) => {
      calls.push(name);
      e.preventDefault();
    };
    const { el, render } = await mountCard(<ProjectCard project={project} onApplyOpen={handler('first')} />);
    const apply = () => interact(() => shadow<HTMLButtonElement>(el, '[part~="apply-button"]').click());
    await apply();
    await render(<ProjectCard project={project} onApplyOpen={handler('second')} />);
    await apply();
    expect(el.shadowRoot!.querySelector('mi-apply-dialog')).to.equal(null);
    await render(<ProjectCard project={project} />);
    await apply();
    expect(calls).to.deep.equal(['first', 'second']);
    const dialog = await until(() => el.shadowRoot!.querySelector('mi-apply-dialog') as (HTMLElement & { open: boolean; close(): void }) | null, 'the card’s own dialog, with no handler left');
    await until(() => dialog.open, 'open');
    dialog.close();
  });

  it('calls onLoad with the project it loaded from a source by id', async () => {
    const project = makeProject(6);
    const loads: MiLoadEvent[] = [];
    const { el } = await mountCard(<ProjectCard projectId={project.slug} source={answeringSource([project])} onLoad={(e) => loads.push(e)} />);
    await until(() => loads.length > 0, 'mi-load');
    expect(loads[0]).to.be.instanceOf(MiLoadEvent);
    expect(loads[0]!.detail.items).to.deep.equal([project]);
    expect(shadow(el, '[part~="title"]').textContent).to.contain(project.title);
  });

  it('calls onError with the reason when loading fails', async () => {
    const errors: MiErrorEvent[] = [];
    const { el } = await mountCard(<ProjectCard projectId="missing" source={answeringSource([])} onError={(e) => errors.push(e)} />);
    await until(() => errors.length > 0, 'mi-error');
    expect(errors[0]).to.be.instanceOf(MiErrorEvent);
    expect(String((errors[0]!.detail.error as Error).message)).to.equal('no project missing');
    await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the error state');
  });
});
