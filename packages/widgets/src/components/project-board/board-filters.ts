import { html, nothing, type TemplateResult } from 'lit';
import { CATEGORIES, currencyDigits, formatMoney, type CurrencyDisplay, type Facets, type ProjectQuery } from '@microintern/core';
import type { Messages } from '../../i18n/messages.js';

/** What the filter panel shows. */
export interface FiltersView {
  query: ProjectQuery;
  facets: Facets | undefined;
  m: Messages;
  locale: string;
  /** ISO 4217 code the pay-floor choices are written in. */
  currency: string;
  currencyDisplay: CurrencyDisplay | undefined;
  /** The skills input's text as typed (not yet applied). */
  skillsText: string;
  number: (n: number) => string;
}

// Pay floors offered, in major units per hour; the board's `min-rate` is added when it is not one.
const FLOORS = [15, 20, 25, 30];
const HOURS = [5, 10, 20, 40];

function payFloors(view: FiltersView): { value: number; label: string }[] {
  let factor = 100;
  try {
    factor = 10 ** currencyDigits(view.currency);
  } catch {
    // An unknown currency code: keep the cents factor; the labels below fall back to numbers.
  }
  const values = FLOORS.map((n) => n * factor);
  const current = view.query.minRate;
  if (current && !values.includes(current)) values.push(current);
  return values
    .sort((a, b) => a - b)
    .map((value) => {
      let amount: string;
      try {
        amount = formatMoney({ amount: value, currency: view.currency }, { locale: view.locale, compact: true, ...(view.currencyDisplay ? { currencyDisplay: view.currencyDisplay } : {}) });
      } catch {
        amount = view.number(value / factor);
      }
      return { value, label: view.m.rateOrMore(amount) };
    });
}

/**
 * The filter panel: categories with facet counts, skills, pay floor, length and weekend only.
 * Controls carry `name`s; the board reads every change through one `change` listener on the
 * form, so the panel binds no handler per control.
 */
export function filtersTemplate(view: FiltersView): TemplateResult {
  const { query, facets, m } = view;
  const categories = new Set(query.category ?? []);
  const hours = query.maxHours && !HOURS.includes(query.maxHours) ? [...HOURS, query.maxHours].sort((a, b) => a - b) : HOURS;
  const count = (n: number | undefined) =>
    n === undefined ? nothing : html`<span class="facet-count" part="facet-count">${view.number(n)}</span>`;
  return html`
    <fieldset class="group">
      <legend>${m.category}</legend>
      ${CATEGORIES.map(
        (category) => html`<label class="check">
          <input type="checkbox" name="category" .value=${category} .checked=${categories.has(category)} />
          <span class="check-label">${m.categories[category]}</span>
          ${count(facets ? (facets.category[category] ?? 0) : undefined)}
        </label>`,
      )}
    </fieldset>
    <div class="group">
      <label class="check">
        <input type="checkbox" name="weekend" .checked=${query.schedule?.includes('weekend') ?? false} />
        <span class="check-label">${m.weekendOnly}</span>
        ${count(facets ? (facets.schedule['weekend'] ?? 0) : undefined)}
      </label>
    </div>
    <div class="group field">
      <label for="skills">${m.skills}</label>
      <input id="skills" class="input" name="skills" type="text" autocomplete="off" aria-describedby="skills-hint" .value=${view.skillsText} />
      <span class="hint" id="skills-hint">${m.skillsHint}</span>
    </div>
    <div class="group field">
      <label for="min-rate">${m.payFloor}</label>
      <select id="min-rate" class="input" name="minRate">
        <option value="" ?selected=${!query.minRate}>${m.anyPay}</option>
        ${payFloors(view).map((f) => html`<option value=${f.value} ?selected=${f.value === query.minRate}>${f.label}</option>`)}
      </select>
    </div>
    <div class="group field">
      <label for="max-hours">${m.maxHours}</label>
      <select id="max-hours" class="input" name="maxHours">
        <option value="" ?selected=${!query.maxHours}>${m.anyLength}</option>
        ${hours.map((h) => html`<option value=${h} ?selected=${h === query.maxHours}>${m.upToHours(view.number(h), h)}</option>`)}
      </select>
    </div>
  `;
}
