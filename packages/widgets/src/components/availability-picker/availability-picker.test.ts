import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { $, $$, deepActiveElement, until } from '../../test-support/dom.js';
import { weekendGig } from '../../test-support/apply-fixtures.js';
import type { MiAvailabilityPicker } from './availability-picker.component.js';
import './availability-picker.js';

// en-GB: Monday-first columns and 24-hour times, so expectations read like the brief.
async function picker(attributes = '') {
  const el = await fixture<MiAvailabilityPicker>(
    html`<mi-availability-picker locale="en-GB" time-zone="Europe/London"></mi-availability-picker>`,
  );
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    el.setAttribute(name!, value);
  }
  await el.updateComplete;
  return el;
}

const cell = (el: MiAvailabilityPicker, col: number, row: number) => $(el, `[role=gridcell][data-col="${col}"][data-row="${row}"]`);
const selected = (el: MiAvailabilityPicker) => $$(el, '[role=gridcell][aria-selected=true]').length;
const live = (el: MiAvailabilityPicker) => $(el, '[role=status]').textContent!.trim();

describe('<mi-availability-picker>', () => {
  afterEach(() => resetMouse());

  it('is accessible empty, filled, disabled and invalid', async () => {
    const el = await picker();
    await expect(el).to.be.accessible();
    el.value = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '12:00' }] };
    el.project = weekendGig();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.disabled = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.disabled = false;
    el.required = true;
    el.value = null;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('draws a grid of days by time slots with a roving tabindex and 24px targets', async () => {
    const el = await picker('slot-minutes=60 start-hour=9 end-hour=17');
    expect($(el, '[role=grid]').getAttribute('aria-multiselectable')).to.equal('true');
    expect($$(el, '[role=columnheader] abbr').map((a) => a.title)).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect($$(el, '[role=rowheader]').map((h) => h.textContent!.trim())).to.deep.equal(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    const cells = $$(el, '[role=gridcell]');
    expect(cells).to.have.length(7 * 8);
    expect(cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
    for (const c of cells) {
      const box = c.getBoundingClientRect();
      expect(box.width, 'cell width').to.be.at.least(24);
      expect(box.height, 'cell height').to.be.at.least(24);
    }
  });

  it('moves with arrows, Home/End, Ctrl+Home/End and Page Up/Down, and stops at the edges', async () => {
    const el = await picker('slot-minutes=30 start-hour=8 end-hour=22');
    cell(el, 0, 0).focus();
    const at = () => {
      const a = deepActiveElement() as HTMLElement;
      return [Number(a.dataset['col']), Number(a.dataset['row'])];
    };
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
    };
    await press('ArrowLeft');
    expect(at()).to.deep.equal([0, 0]);
    await press('ArrowRight');
    await press('ArrowDown');
    expect(at()).to.deep.equal([1, 1]);
    await press('End');
    expect(at()).to.deep.equal([6, 1]);
    await press('Home');
    expect(at()).to.deep.equal([0, 1]);
    await press('PageDown');
    expect(at()).to.deep.equal([0, 5]);
    await press('PageUp');
    expect(at()).to.deep.equal([0, 1]);
    await press('Control+End');
    expect(at()).to.deep.equal([6, 27]);
    await press('ArrowDown');
    expect(at()).to.deep.equal([6, 27]);
    await press('Control+Home');
    expect(at()).to.deep.equal([0, 0]);
    expect($$(el, '[role=gridcell][tabindex="0"]')[0] === deepActiveElement(), 'the focused cell holds tabindex=0').to.equal(true);
  });

  it('in a right-to-left page draws Monday on the right, and the arrows follow what is drawn', async () => {
    const el = await picker('slot-minutes=60 start-hour=9 end-hour=12 dir=rtl');
    const [monday, tuesday] = [cell(el, 0, 0).getBoundingClientRect(), cell(el, 1, 0).getBoundingClientRect()];
    expect(monday.left, 'Monday right of Tuesday').to.be.greaterThan(tuesday.left);
    const timeLabel = $(el, '[role=rowheader]').getBoundingClientRect();
    expect(timeLabel.left, 'times on the right').to.be.greaterThan(monday.left);
    cell(el, 1, 0).focus();
    const col = () => Number((deepActiveElement() as HTMLElement).dataset['col']);
    await sendKeys({ press: 'ArrowLeft' });
    expect(col(), '← moves to the day drawn to the left: Wednesday').to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(col(), '→ twice: back past Tuesday to Monday').to.equal(0);
  });

  it('toggles with Space and Enter, extends with Shift+arrows, and announces each change politely', async () => {
    const el = await picker('slot-minutes=60');
    let changes = 0;
    el.addEventListener('change', () => changes++);
    cell(el, 5, 1).focus(); // Saturday 09:00
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(cell(el, 5, 1).getAttribute('aria-selected')).to.equal('true');
    expect(live(el)).to.equal('Saturday 09:00–10:00 selected, 1 hour a week');
    await sendKeys({ press: 'Shift+ArrowDown' });
    await sendKeys({ press: 'Shift+ArrowDown' });
    await el.updateComplete;
    expect(el.value.blocks).to.deep.equal([{ day: 6, start: '09:00', end: '12:00' }]);
    expect(live(el)).to.equal('Saturday 09:00–12:00 selected, 3 hours a week');
    await sendKeys({ press: 'Shift+ArrowRight' });
    await el.updateComplete;
    expect(el.value.blocks).to.deep.equal([{ day: 0, start: '09:00', end: '12:00' }, { day: 6, start: '09:00', end: '12:00' }]);
    expect(live(el)).to.equal('Saturday–Sunday 09:00–12:00 selected, 6 hours a week');
    // Shrinking the extension gives cells back their earlier state.
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await el.updateComplete;
    expect(el.value.blocks).to.deep.equal([{ day: 6, start: '09:00', end: '12:00' }]);
    // Enter toggles too, and clearing is announced as such.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live(el)).to.equal('Saturday 11:00–12:00 cleared, 2 hours a week');
    expect(changes).to.equal(6);
    expect($(el, '[role=status]').getAttribute('aria-live')).to.equal('polite');
  });

  it('selects a range by dragging with the pointer, and clears one by dragging from a chosen cell', async () => {
    const el = await picker('slot-minutes=60');
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    const centre = (c: HTMLElement): [number, number] => {
      const box = c.getBoundingClientRect();
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    };
    await sendMouse({ type: 'move', position: centre(cell(el, 0, 2)) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: centre(cell(el, 1, 3)) });
    await sendMouse({ type: 'move', position: centre(cell(el, 2, 4)) });
    await sendMouse({ type: 'up' });
    await until(() => selected(el) === 9, 'a 3 × 3 rectangle selected');
    expect(el.value.blocks).to.deep.equal([
      { day: 1, start: '10:00', end: '13:00' },
      { day: 2, start: '10:00', end: '13:00' },
      { day: 3, start: '10:00', end: '13:00' },
    ]);
    expect(inputs).to.be.at.least(2);
    await until(() => live(el) === 'Monday–Wednesday 10:00–13:00 selected, 9 hours a week', 'drag announced');

    await sendMouse({ type: 'move', position: centre(cell(el, 1, 3)) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: centre(cell(el, 1, 4)) });
    await sendMouse({ type: 'up' });
    await until(() => selected(el) === 7, 'two cells cleared');
    expect(el.value.blocks[1]).to.deep.equal({ day: 2, start: '10:00', end: '11:00' });
  });

  it('offers weekend and weekday-evening presets that combine, and Clear', async () => {
    const el = await picker();
    const buttons = $$<HTMLButtonElement>(el, '[part=preset]');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Weekends', 'Weekday evenings', 'Clear']);
    buttons[0]!.click();
    buttons[1]!.click();
    await el.updateComplete;
    expect(el.hoursPerWeek).to.equal(12 + 15);
    expect(live(el)).to.equal('Weekday evenings selected, 27 hours a week');
    buttons[2]!.click();
    await el.updateComplete;
    expect(el.value.blocks).to.deep.equal([]);
  });

  it('uses the browser zone by default, offers every IANA zone, and shows the team’s zone when it differs', async () => {
    const el = await fixture<MiAvailabilityPicker>(html`<mi-availability-picker locale="en-GB"></mi-availability-picker>`);
    const browserZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const select = $<HTMLSelectElement>(el, 'select');
    expect(select.value).to.equal(browserZone);
    // The long list arrives just after the first render (or at once when the select gets focus).
    select.focus();
    await until(() => select.options.length > 300, 'every zone offered');
    expect(select.value).to.equal(browserZone);
    expect([...select.options].map((o) => o.value)).to.include.members(['Asia/Tokyo', 'America/New_York', 'Australia/Sydney']);
    el.project = { ...weekendGig(), timeZone: 'America/New_York' };
    el.fitStart = new Date('2026-07-01T12:00:00Z');
    select.value = 'Europe/London';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.timeZone).to.equal('Europe/London');
    expect($(el, '[part=zone-note]').textContent!.trim()).to.equal('The team works in America/New York, 5 hours behind you.');
    select.value = 'America/New_York';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part=zone-note]')).to.have.length(0);
  });

  it('shows the live fit against a project, and why it does not fit', async () => {
    const el = await picker('slot-minutes=60');
    el.project = weekendGig({ effort: { min: 12, max: 16 }, window: 'P1M', schedule: 'weekend' });
    el.fitStart = new Date('2026-05-04T12:00:00Z'); // A Monday; May 2026 has five Saturdays after it, four before the deadline.
    await el.updateComplete;
    expect($(el, '[part=fit]').textContent!.trim()).to.equal('Choose when you can work to see if the 16 hours fit before the deadline');
    el.value = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '17:00' }] };
    await el.updateComplete;
    expect($(el, '[part=fit]').textContent!.trim()).to.equal('16 of 16 hours before the deadline — fits in 2 weekends');
    expect($(el, '[part=fit]').dataset['fits']).to.equal('true');
    el.value = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '12:00' }] };
    await el.updateComplete;
    expect(el.fit!.result.hoursAvailable).to.equal(12);
    expect($(el, '[part=fit]').textContent!.trim()).to.equal('12 of 16 hours before the deadline — does not fit yet: add about 1 hour a week');
  });
});
