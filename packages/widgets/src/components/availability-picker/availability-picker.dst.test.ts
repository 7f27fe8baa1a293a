import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { zonedToUtc } from '@microintern/core';
import { $, until } from '../../test-support/dom.js';
import type { MiAvailabilityPicker } from './availability-picker.component.js';
import './availability-picker.js';

/**
 * The 2026 daylight-saving changes, each on a Sunday at night: a weekly block of Sunday
 * 01:00–04:00 (00:00–03:00 in London, where the change is at 01:00) wall-clock time lasts one
 * hour less on a spring-forward day and one hour more on a fall-back day. The picker must keep
 * the wall-clock block the person chose, and its fit must count the real hours.
 */
const CHANGES = [
  { zone: 'America/New_York', what: 'spring forward', monday: [2026, 3, 2], from: 1, to: 4, hours: 2 },
  { zone: 'America/New_York', what: 'fall back', monday: [2026, 10, 26], from: 1, to: 4, hours: 4 },
  { zone: 'Europe/London', what: 'spring forward', monday: [2026, 3, 23], from: 0, to: 3, hours: 2 },
  { zone: 'Europe/London', what: 'fall back', monday: [2026, 10, 19], from: 0, to: 3, hours: 4 },
  { zone: 'Australia/Sydney', what: 'fall back (April)', monday: [2026, 3, 30], from: 1, to: 4, hours: 4 },
  { zone: 'Australia/Sydney', what: 'spring forward (October)', monday: [2026, 9, 28], from: 1, to: 4, hours: 2 },
] as const;

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

describe('<mi-availability-picker> across the 2026 daylight-saving changes', () => {
  for (const change of CHANGES) {
    it(`${change.zone}, ${change.what}: keeps Sunday ${hh(change.from)}–${hh(change.to)} and counts ${change.hours} real hours`, async () => {
      const el = await fixture<MiAvailabilityPicker>(
        html`<mi-availability-picker locale="en-GB" slot-minutes="60" start-hour="0" end-hour="8"></mi-availability-picker>`,
      );
      const select = $<HTMLSelectElement>(el, 'select');
      await until(() => select.options.length > 300, 'every zone offered');
      select.value = change.zone;
      select.dispatchEvent(new Event('change'));
      const [year, month, day] = change.monday;
      // Work starts on the Monday before the change, at midnight there; one week to finish.
      el.fitStart = zonedToUtc({ year, month, day, hour: 0, minute: 0 }, change.zone);
      el.project = { effort: { min: 1, max: 3 }, window: 'P1W', schedule: 'weekend', timeZone: change.zone };
      await el.updateComplete;

      // Build the block from the keyboard alone: Sunday is the last column (Monday-first), rows are hours from 00:00.
      el.focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < change.from; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Space' });
      for (let i = change.from + 1; i < change.to; i++) await sendKeys({ press: 'Shift+ArrowDown' });
      await el.updateComplete;

      expect(el.value).to.deep.equal({ timeZone: change.zone, blocks: [{ day: 0, start: hh(change.from), end: hh(change.to) }] });
      expect(el.hoursPerWeek, 'wall-clock hours a week').to.equal(3);
      const fit = el.fit!.result;
      expect(fit.hoursAvailable, 'real hours before the deadline').to.equal(change.hours);
      expect(fit.fits).to.equal(change.hours >= 3);
      const next = new Date(Date.UTC(year, month - 1, day + 7));
      const nextMonday = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 };
      expect(fit.deadline.getTime(), 'deadline: the next Monday at midnight there').to.equal(zonedToUtc(nextMonday, change.zone).getTime());
      const text = $(el, '[part=fit]').textContent!.trim();
      expect(text).to.equal(
        change.hours >= 3
          ? '3 of 3 hours before the deadline — fits in 1 weekend'
          : '2 of 3 hours before the deadline — does not fit yet: add about 1 hour a week',
      );

      // Another zone keeps the same wall-clock block: the person's week does not shift under them.
      select.value = 'Asia/Tokyo';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.value.blocks).to.deep.equal([{ day: 0, start: hh(change.from), end: hh(change.to) }]);
    });
  }
});
