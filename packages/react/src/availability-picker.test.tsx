import { expect } from '@open-wc/testing';
import { MiAvailabilityPicker } from '@microintern/widgets';
import type { ReactNode } from 'react';
import { AvailabilityPicker, type AvailabilityPickerEvent } from './index.js';
import { find, interact, mount, unmountAll } from './test-support/mount.js';
import { makeProject } from './test-support/projects.js';

async function mountPicker(node: ReactNode) {
  const mounted = await mount(node);
  const el = find<MiAvailabilityPicker>(mounted.container, 'mi-availability-picker');
  await el.updateComplete;
  return { ...mounted, el };
}

const presets = (el: MiAvailabilityPicker) => [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="preset"]') ?? [])];

describe('<AvailabilityPicker>', () => {
  afterEach(unmountAll);

  it('is accessible', async () => {
    const { el } = await mountPicker(<AvailabilityPicker timeZone="America/New_York" locale="en-US" />);
    await expect(el).to.be.accessible();
  });

  it('passes its props to the element', async () => {
    const project = makeProject(1);
    const start = new Date('2026-05-04T09:00:00Z');
    const value = JSON.stringify({ timeZone: 'America/New_York', blocks: [{ day: 6, start: '10:00', end: '12:00' }] });
    const { el } = await mountPicker(
      <AvailabilityPicker name="availability" required slotMinutes={60} startHour={9} endHour={17} defaultValue={value} project={project} fitStart={start} timeZone="America/New_York" />,
    );
    expect(el).to.be.instanceOf(MiAvailabilityPicker);
    expect(el).to.include({ name: 'availability', required: true, slotMinutes: 60, startHour: 9, endHour: 17, project, fitStart: start });
    expect(el.hasAttribute('required')).to.equal(true);
    expect(el.value).to.deep.equal({ timeZone: 'America/New_York', blocks: [{ day: 6, start: '10:00', end: '12:00' }] });
  });

  it('calls onInput and onChange with the picker as target when a preset is chosen', async () => {
    const changes: AvailabilityPickerEvent[] = [];
    const inputs: AvailabilityPickerEvent[] = [];
    const { el } = await mountPicker(
      <AvailabilityPicker timeZone="America/New_York" locale="en-US" onChange={(e) => changes.push(e)} onInput={(e) => inputs.push(e)} />,
    );
    const weekends = presets(el).find((button) => /weekend/i.test(button.textContent ?? ''));
    expect(weekends, 'a Weekends preset').to.not.equal(undefined);
    await interact(() => weekends!.click());
    expect(changes).to.have.length(1);
    expect(inputs.length).to.be.greaterThan(0);
    expect(changes[0]!.target).to.equal(el);
    const days = new Set(changes[0]!.target.value.blocks.map((block) => block.day));
    expect([...days].sort()).to.deep.equal([0, 6]);
  });

  it('submits its value with a surrounding form', async () => {
    const { container } = await mount(
      <form>
        <AvailabilityPicker name="availability" timeZone="Europe/Berlin" defaultValue={JSON.stringify({ timeZone: 'Europe/Berlin', blocks: [{ day: 0, start: '09:00', end: '11:00' }] })} />
      </form>,
    );
    const picker = find<MiAvailabilityPicker>(container, 'mi-availability-picker');
    await picker.updateComplete;
    const data = new FormData(find<HTMLFormElement>(container, 'form'));
    expect(JSON.parse(String(data.get('availability')))).to.deep.equal({ timeZone: 'Europe/Berlin', blocks: [{ day: 0, start: '09:00', end: '11:00' }] });
  });
});
