// The elements are not imported with the package: each component registers its own element
// when it mounts. This file must not import @microintern/widgets, or everything would already
// be defined when the tests start (each test file runs in a page of its own).
import { expect } from '@open-wc/testing';
import type { Project } from '@microintern/core';
import { defineElement, defineElements, ProjectCard, useElementsDefined, WIDGET_TAGS, type WidgetTag } from './index.js';
import { find, interact, mount, unmountAll } from './test-support/mount.js';
import { makeProject } from './test-support/projects.js';
import { shadow, until } from './test-support/until.js';

describe('lazy element registration', () => {
  afterEach(unmountAll);

  it('keeps props set before the element is defined, and registers only the element used', async () => {
    for (const tag of WIDGET_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    const project = makeProject(1);
    const opened: Project[] = [];
    const { container } = await mount(<ProjectCard project={project} locale="es" onApplyOpen={(e) => opened.push(e.detail.project)} />);
    const el = find<HTMLElement & { project?: Project }>(container, 'mi-project-card');
    // Mounted, properties set, but the module is still on its way: the element is not upgraded.
    expect(customElements.get('mi-project-card')).to.equal(undefined);
    expect(el.shadowRoot).to.equal(null);

    await customElements.whenDefined('mi-project-card');
    const apply = await until(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="apply-button"]'), 'the upgraded card');
    expect(el.project).to.equal(project);
    expect(shadow(el, '[part~="title"]').textContent).to.contain(project.title);
    // The Spanish catalog downloads on first use; updateComplete waits for it.
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(apply.textContent?.trim()).to.equal('Postularme');
    apply.click();
    expect(opened).to.deep.equal([project]);
    expect(customElements.get('mi-project-board')).to.equal(undefined);
    expect(customElements.get('mi-apply-form')).to.equal(undefined);
  });

  it('useElementsDefined is false until its elements are registered, and registers only those', async () => {
    const seen: boolean[] = [];
    function Probe({ tags }: { tags: readonly WidgetTag[] }) {
      const ready = useElementsDefined(tags);
      seen.push(ready);
      return <p>{ready ? 'ready' : 'waiting'}</p>;
    }
    expect(customElements.get('mi-availability-picker')).to.equal(undefined);
    const { container, render } = await mount(<Probe tags={['mi-availability-picker']} />);
    expect(seen[0]).to.equal(false);
    // The hook's own request is the one pending; waiting on it inside act() flushes its update.
    await interact(() => defineElement('mi-availability-picker'));
    expect(container.textContent).to.equal('ready');
    expect(customElements.get('mi-availability-picker')).to.be.a('function');
    expect(customElements.get('mi-project-board')).to.equal(undefined);
    // Already defined: true on the first render, and a new array of the same tags changes nothing.
    seen.length = 0;
    await render(<Probe tags={['mi-availability-picker']} />);
    expect(seen).to.deep.equal([true]);
    expect(container.textContent).to.equal('ready');
  });

  it('defineElements registers every wrapped element', async () => {
    await defineElements();
    for (const tag of WIDGET_TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });
});
