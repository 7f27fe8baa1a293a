import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatMoney, isTimeZone } from '@microintern/core';
import { timeZoneChoices, zoneLabel } from '@microintern/widgets/components/availability-picker/picker-zones.js';
import { ConsoleView } from '../context.js';
import { localeOf, type Catalog } from '../locale.js';
import { currencyChoices, floorText, readFloor } from './settings-values.js';

interface Messages {
  title: string;
  current: (zone: string, floor: string) => string;
  zone: string;
  zoneHint: string;
  floor: string;
  floorHint: string;
  amount: string;
  currency: string;
  save: string;
  saved: string;
  badZone: string;
}

const messages: Catalog<Messages> = {
  en: {
    title: 'Console settings',
    current: (zone, floor) => `Availability shown in ${zone} · pay floor ${floor} an hour`,
    zone: 'Time zone for applicants’ availability',
    zoneHint: 'Each applicant’s free hours are drawn on the week grid in this zone.',
    floor: 'Hourly pay floor',
    floorHint: 'The gig form warns when a gig pays less than this an hour.',
    amount: 'Amount',
    currency: 'Currency',
    save: 'Save settings',
    saved: 'Settings saved for this browser.',
    badZone: 'Choose a time zone from the list.',
  },
  es: {
    title: 'Ajustes de la consola',
    current: (zone, floor) => `Disponibilidad en ${zone} · pago mínimo ${floor} por hora`,
    zone: 'Zona horaria para la disponibilidad de los candidatos',
    zoneHint: 'Las horas libres de cada candidato se dibujan en la cuadrícula semanal en esta zona.',
    floor: 'Pago mínimo por hora',
    floorHint: 'El formulario de proyectos avisa cuando un proyecto paga menos que esto por hora.',
    amount: 'Cantidad',
    currency: 'Moneda',
    save: 'Guardar ajustes',
    saved: 'Ajustes guardados en este navegador.',
    badZone: 'Elige una zona horaria de la lista.',
  },
};

/**
 * `<console-settings>`: the company's console settings (this browser only) in a disclosure: the
 * time zone applicants' availability is drawn in, and the hourly floor the gig form warns
 * under. Saves through `ctx.saveSettings`, which hands every view a new context.
 */
export class ConsoleSettingsForm extends ConsoleView {
  static override properties = { ...ConsoleView.properties, floorError: { state: true }, zoneError: { state: true }, saved: { state: true } };
  declare floorError: string | undefined;
  declare zoneError: string | undefined;
  declare saved: boolean;

  constructor() {
    super();
    this.saved = false;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const lang = this.ctx.lang;
    const timeZone = String(data.get('timeZone') ?? '');
    const read = readFloor(String(data.get('floorAmount') ?? ''), String(data.get('floorCurrency') ?? ''), lang);
    this.zoneError = isTimeZone(timeZone) ? undefined : messages[lang].badZone;
    this.floorError = 'error' in read ? read.error : undefined;
    this.saved = false;
    if (this.zoneError || !('floor' in read)) {
      void this.updateComplete.then(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.ctx.saveSettings({ timeZone, hourlyFloor: read.floor });
    this.saved = true;
  };

  override render(): TemplateResult {
    const { lang, settings } = this.ctx;
    const m = messages[lang];
    const floor = settings.hourlyFloor;
    const floorShown = formatMoney(floor, { locale: localeOf(lang), compact: true });
    return html`
      <details class="settings-panel">
        <summary><span class="settings-title">${m.title}</span> <span class="hint">${m.current(zoneLabel(settings.timeZone), floorShown)}</span></summary>
        <form class="settings-form" @submit=${this.onSubmit} @input=${() => (this.saved = false)} novalidate>
          <div class="field">
            <label for="settings-time-zone">${m.zone}</label>
            <select id="settings-time-zone" name="timeZone" aria-describedby="settings-time-zone-hint settings-time-zone-error" aria-invalid=${this.zoneError ? 'true' : 'false'}>
              ${guard([settings.timeZone], () => timeZoneChoices(settings.timeZone).map((zone) => html`<option value=${zone} ?selected=${zone === settings.timeZone}>${zoneLabel(zone)}</option>`))}
            </select>
            <p class="hint" id="settings-time-zone-hint">${m.zoneHint}</p>
            <p class="field-error" id="settings-time-zone-error">${this.zoneError ?? ''}</p>
          </div>
          <fieldset class="field">
            <legend class="label">${m.floor}</legend>
            <div class="floor-fields">
              <div class="field">
                <label for="settings-floor-amount">${m.amount}</label>
                <input id="settings-floor-amount" name="floorAmount" inputmode="decimal" autocomplete="off" .value=${floorText(floor, lang)}
                  aria-describedby="settings-floor-hint settings-floor-error" aria-invalid=${this.floorError ? 'true' : 'false'}>
              </div>
              <div class="field">
                <label for="settings-floor-currency">${m.currency}</label>
                <select id="settings-floor-currency" name="floorCurrency">
                  ${guard([floor.currency], () => currencyChoices(floor.currency).map((code) => html`<option value=${code} ?selected=${code === floor.currency}>${code}</option>`))}
                </select>
              </div>
            </div>
            <p class="hint" id="settings-floor-hint">${m.floorHint}</p>
            <p class="field-error" id="settings-floor-error">${this.floorError ?? ''}</p>
          </fieldset>
          <div class="form-actions">
            <button type="submit">${m.save}</button>
            <p class="saved" role="status">${this.saved ? m.saved : ''}</p>
          </div>
        </form>
      </details>
    `;
  }
}
