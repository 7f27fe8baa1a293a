import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Availability } from '@microintern/core';
import { $ } from '../../test-support/dom.js';
import type { MiAvailabilityPicker } from './availability-picker.component.js';
import './availability-picker.js';

const SATURDAY: Availability = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '12:00' }] };
const SUNDAY: Availability = { timeZone: 'Asia/Tokyo', blocks: [{ day: 0, start: '10:00', end: '11:30' }] };

/** A form with a picker placed the way each case says: inside it, or outside linked by `form=`. */
async function formWithPicker(placement: 'inside' | 'form-attribute', attributes: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <form id="f"><input name="email" value="ada@example.edu" /></form>
  </div>`);
  const form = wrapper.querySelector('form')!;
  const picker = document.createElement('mi-availability-picker');
  picker.setAttribute('locale', 'en-GB');
  picker.setAttribute('name', 'availability');
  for (const [name, value] of Object.entries(attributes)) picker.setAttribute(name, value);
  if (placement === 'inside') form.append(picker);
  else {
    picker.setAttribute('form', 'f');
    wrapper.append(picker);
  }
  await picker.updateComplete;
  return { form, picker };
}

const submitted = (form: HTMLFormElement) => new FormData(form).get('availability');

describe('<mi-availability-picker> in forms', () => {
  for (const placement of ['inside', 'form-attribute'] as const) {
    describe(`placed ${placement === 'inside' ? 'inside the form' : 'outside, with form="…"'}`, () => {
      const cases: { name: string; run: (form: HTMLFormElement, picker: MiAvailabilityPicker) => Promise<void> }[] = [
        {
          name: 'belongs to the form and submits nothing while empty',
          run: async (form, picker) => {
            expect(picker.form === form, 'associated with the form').to.equal(true);
            expect(submitted(form)).to.equal(null);
          },
        },
        {
          name: 'submits its value as JSON under its name',
          run: async (form, picker) => {
            picker.value = SATURDAY;
            await picker.updateComplete;
            expect(JSON.parse(submitted(form) as string)).to.deep.equal(SATURDAY);
          },
        },
        {
          name: 'goes back to its value attribute on form reset',
          run: async (form, picker) => {
            picker.setAttribute('value', JSON.stringify(SUNDAY));
            picker.value = SATURDAY;
            await picker.updateComplete;
            form.reset();
            await picker.updateComplete;
            expect(picker.value).to.deep.equal(SUNDAY);
            expect(JSON.parse(submitted(form) as string)).to.deep.equal(SUNDAY);
          },
        },
        {
          name: 'restores the state the browser saved',
          run: async (form, picker) => {
            picker.formStateRestoreCallback(JSON.stringify(SUNDAY));
            await picker.updateComplete;
            expect(picker.value).to.deep.equal(SUNDAY);
            expect(JSON.parse(submitted(form) as string)).to.deep.equal(SUNDAY);
            picker.formStateRestoreCallback('{not json');
            expect(picker.value).to.deep.equal(SUNDAY);
          },
        },
        {
          name: 'blocks submission while required and empty, with a message on the grid',
          run: async (form, picker) => {
            picker.required = true;
            await picker.updateComplete;
            expect(form.checkValidity()).to.equal(false);
            expect(picker.validity.valueMissing).to.equal(true);
            expect(picker.validationMessage).to.equal('Choose at least one time you can work');
            picker.value = SATURDAY;
            await picker.updateComplete;
            expect(form.checkValidity()).to.equal(true);
          },
        },
        {
          name: 'is left out of the form and of the tab order when disabled',
          run: async (form, picker) => {
            picker.value = SATURDAY;
            picker.disabled = true;
            await picker.updateComplete;
            expect(submitted(form)).to.equal(null);
            expect($(picker, '[role=grid]').getAttribute('aria-disabled')).to.equal('true');
            expect(picker.shadowRoot!.querySelectorAll('[role=gridcell][tabindex="0"]')).to.have.length(0);
          },
        },
      ];
      for (const { name, run } of cases) {
        it(name, async () => {
          const { form, picker } = await formWithPicker(placement);
          await run(form, picker);
        });
      }
    });
  }

  it('follows a disabled fieldset', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form><fieldset disabled><mi-availability-picker name="a"></mi-availability-picker></fieldset></form>`);
    const picker = wrapper.querySelector('mi-availability-picker')!;
    await picker.updateComplete;
    expect($(picker, '[role=grid]').getAttribute('aria-disabled')).to.equal('true');
    wrapper.querySelector('fieldset')!.disabled = false;
    await picker.updateComplete;
    expect($(picker, '[role=grid]').hasAttribute('aria-disabled')).to.equal(false);
  });

  it('fires native input and change events that reach the page', async () => {
    const { form, picker } = await formWithPicker('inside', { 'slot-minutes': '60' });
    const seen: string[] = [];
    form.addEventListener('input', (e) => seen.push(`input:${(e.target as Element).localName}`));
    form.addEventListener('change', (e) => seen.push(`change:${(e.target as Element).localName}`));
    picker.focus();
    await sendKeys({ press: 'Space' });
    expect(seen).to.deep.equal(['input:mi-availability-picker', 'change:mi-availability-picker']);
  });

  it('refuses an invalid value with a typed error, keeping the one it had', async () => {
    const { picker } = await formWithPicker('inside');
    picker.value = SATURDAY;
    expect(() => (picker.value = { timeZone: 'Mars/Olympus', blocks: [] })).to.throw(/time zone/);
    expect(picker.value).to.deep.equal(SATURDAY);
  });
});
