// The pay fieldset: hourly or fixed, the currency, the amounts, and under them the live pay
// check (what it works out at per hour, and a warning under the company's floor), with a small
// form to change that floor.
import { html, nothing, type TemplateResult } from 'lit';
import { currencyChoices } from './choices.js';
import { radioGroup, selectField, textField, type SectionView } from './field-template.js';
import type { PayCheck } from './pay-check.js';

/** The floor editor's state, held by the editor. */
export interface FloorEditor {
  open: boolean;
  amount: string;
  currency: string;
  error: string | undefined;
  note: string | undefined;
  toggle(): void;
  input(event: Event): void;
  save(): void;
}

function checkText(view: SectionView, check: PayCheck): TemplateResult {
  const { m } = view;
  switch (check.state) {
    case 'incomplete':
      return html`<p class="pay-rate">${m.payIncomplete}</p>`;
    case 'ok':
      return html`<p class="pay-rate">${m.effectiveRate(check.rate)}</p>`;
    case 'other-currency':
      return html`<p class="pay-rate">${m.effectiveRate(check.rate)}</p><p class="hint">${m.otherCurrency(check.floor)}</p>`;
    case 'under':
      return html`<p class="pay-rate">${m.effectiveRate(check.rate)}</p><p class="warning">${m.underFloor(check.floor, check.lowest)}</p>`;
  }
}

/** The pay fieldset. */
export function paySection(view: SectionView, check: PayCheck, floor: FloorEditor): TemplateResult {
  const { m, form } = view;
  return html`<fieldset class="gig-section">
    <legend>${m.pay}</legend>
    ${radioGroup(view, { idPrefix: 'gig-pay', name: 'payKind', legend: m.payKind, options: [{ value: 'hourly', label: m.hourly }, { value: 'fixed', label: m.fixed }] })}
    <div class="field-row">
      ${selectField(view, { id: 'gig-currency', name: 'currency', label: m.currency, options: currencyChoices(view.locale, form.currency), size: 'medium' })}
      ${form.payKind === 'hourly'
        ? html`${textField(view, { id: 'gig-pay-min', name: 'payMin', label: m.payMin, hint: m.payMinHint, inputmode: 'decimal', size: 'short' })}
            ${textField(view, { id: 'gig-pay-max', name: 'payMax', label: m.payMax, optional: true, inputmode: 'decimal', size: 'short' })}`
        : textField(view, { id: 'gig-pay-amount', name: 'payAmount', label: m.payAmount, inputmode: 'decimal', size: 'short' })}
    </div>
    <div class="pay-check" id="gig-pay-check" role="status">${checkText(view, check)}</div>
    <div class="floor">
      <button type="button" class="link" aria-expanded=${floor.open ? 'true' : 'false'} aria-controls="gig-floor" @click=${floor.toggle}>${m.changeFloor}</button>
      <div id="gig-floor" class="floor-editor" ?hidden=${!floor.open}>
        <div class="field-row">
          <div class="field short">
            <label for="gig-floor-amount">${m.floorLabel}</label>
            <input id="gig-floor-amount" inputmode="decimal" autocomplete="off" .value=${floor.amount} @input=${floor.input} @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); floor.save(); } }}
              aria-invalid=${floor.error ? 'true' : nothing} aria-describedby="gig-floor-hint${floor.error ? ' gig-floor-error' : ''}">
          </div>
          <div class="field medium">
            <label for="gig-floor-currency">${m.currency}</label>
            <select id="gig-floor-currency" @input=${floor.input}>
              ${currencyChoices(view.locale, floor.currency).map((c) => html`<option value=${c.value} ?selected=${c.value === floor.currency}>${c.label}</option>`)}
            </select>
          </div>
          <button type="button" class="secondary" @click=${floor.save}>${m.saveFloor}</button>
        </div>
        <p class="hint" id="gig-floor-hint">${m.floorHint}</p>
        ${floor.error ? html`<p class="field-error" id="gig-floor-error">${floor.error}</p>` : nothing}
        <p class="hint" role="status">${floor.note ?? ''}</p>
      </div>
    </div>
  </fieldset>`;
}
