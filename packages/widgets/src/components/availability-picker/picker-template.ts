import { html, nothing, type TemplateResult } from 'lit';
import type { ApplyMessages } from '../../i18n/apply-messages.js';
import type { PickerFit } from './picker-fit.js';
import type { PresetName } from './picker-presets.js';
import { guard } from 'lit/directives/guard.js';
import { isWeekendDay } from '@microintern/core';
import { daysIn, rowSpan, timeLabel, type Cell, type GridShape } from './picker-grid.js';
import { coverage, type WeekRanges } from './week-ranges.js';
import { timeZoneChoices, zoneLabel } from './picker-zones.js';

/** What the grid template reads. */
export interface GridView {
  shape: GridShape;
  week: WeekRanges;
  active: Cell;
  locale: string;
  disabled: boolean;
  /** The name of the time column ("Time"), read by screen readers only. */
  timeHeader: string;
  /** Id of the element naming the grid, and of its hint. */
  labelId: string;
  hintId: string;
}

/**
 * The days × times grid, in the WAI-ARIA grid pattern: a header row of days, then one row per
 * time slot whose row header is the time. Only the active cell is in the tab order (roving
 * tabindex). Row headers off the hour are visually hidden but still name their row, so a
 * screen reader says "Saturday, 9:30" on every cell.
 */
export function gridTemplate(view: GridView): TemplateResult {
  const { shape, week, active, locale, disabled } = view;
  const names = daysIn(locale);
  const header = shape.days.map(
    (day) => html`<span role="columnheader" class="day" ?data-weekend=${isWeekendDay(day)}>
      <abbr title=${names[day]!.long}>${names[day]!.short}</abbr>
    </span>`,
  );
  const rows: TemplateResult[] = [];
  for (let row = 0; row < shape.rows; row++) {
    const { start, end } = rowSpan(shape, row);
    const onHour = start % 60 === 0;
    rows.push(html`<div role="row" class="row" ?data-hour=${onHour}>
      <span role="rowheader" class="time"><span class=${onHour ? '' : 'visually-hidden'}>${timeLabel(start, locale)}</span></span>
      ${shape.days.map((day, col) => {
        const covered = coverage(week, day, start, end);
        const isActive = col === active.col && row === active.row;
        return html`<div role="gridcell" class="cell" part="cell" data-col=${col} data-row=${row}
          tabindex=${isActive && !disabled ? 0 : -1} aria-selected=${covered === 'all' ? 'true' : 'false'}
          ?data-partial=${covered === 'some'} ?data-weekend=${isWeekendDay(day)}></div>`;
      })}
    </div>`);
  }
  return html`<div role="grid" class="grid" part="grid" aria-labelledby=${view.labelId} aria-describedby=${view.hintId}
    aria-multiselectable="true" aria-disabled=${disabled ? 'true' : nothing} aria-rowcount=${shape.rows + 1} aria-colcount="8">
    <div role="row" class="row head"><span role="columnheader" class="corner"><span class="visually-hidden">${view.timeHeader}</span></span>${header}</div>
    ${rows}
  </div>`;
}

/**
 * The zone `<select>`'s options: every IANA zone once `all` is set, else only the chosen one.
 * Over 400 options cost a noticeable share of the first render, so the picker adds them just
 * after it first shows (and at once when the select is reached); re-built only when the zone
 * changes.
 */
export function zoneOptions(zone: string, all: boolean): unknown {
  return guard([zone, all], () =>
    (all ? timeZoneChoices(zone) : [zone]).map((z) => html`<option value=${z} ?selected=${z === zone}>${zoneLabel(z)}</option>`),
  );
}

/** What the toolbar above the grid shows and calls back. */
export interface ToolbarView {
  m: ApplyMessages;
  zone: string;
  /** Whether the zone list is complete yet (see {@link zoneOptions}). */
  allZones: boolean;
  disabled: boolean;
  onPreset: (preset: PresetName, label: string) => void;
  onZoneChange: (event: Event) => void;
  /** The select was reached (focus, pointer): the full list is needed now. */
  onZoneReach: () => void;
}

/** The quick choices and the time-zone select. */
export function toolbarTemplate(view: ToolbarView): TemplateResult {
  const { m } = view;
  const preset = (name: PresetName, label: string) =>
    html`<button type="button" class="preset" part="preset" ?disabled=${view.disabled} @click=${() => view.onPreset(name, label)}>${label}</button>`;
  // The select's own `input` event is composed and would leave the shadow root looking like the
  // picker's; the picker fires its own input and change once the zone is taken.
  return html`<div class="toolbar">
    <div class="presets" part="presets" role="group" aria-label=${m.presets}>
      ${preset('weekends', m.presetWeekends)}${preset('evenings', m.presetEvenings)}${preset('clear', m.presetClear)}
    </div>
    <label class="zone-field">
      <span>${m.timeZone}</span>
      <select part="zone" ?disabled=${view.disabled} @focus=${view.onZoneReach} @pointerenter=${view.onZoneReach}
        @change=${view.onZoneChange} @input=${(e: Event) => e.stopPropagation()}>${zoneOptions(view.zone, view.allZones)}</select>
    </label>
  </div>`;
}

/** "The team works in America/New York, 5 hours behind you." when `gap` (hours) is known. */
export function teamZoneTemplate(m: ApplyMessages, team: string | undefined, gap: number | undefined, number: (n: number) => string): TemplateResult | typeof nothing {
  if (!team || gap === undefined) return nothing;
  const diff = m.zoneDifference(number(Math.abs(gap)), gap === 0 ? undefined : gap > 0);
  return html`<p class="zone-note" part="zone-note">${m.teamZone(zoneLabel(team), diff)}</p>`;
}

/** Hours a week, and the fit line when there is a project. */
export function summaryTemplate(hours: string, fit: PickerFit | undefined): TemplateResult {
  return html`<div class="summary" part="summary">
    <p class="hours">${hours}</p>
    ${fit ? html`<p class="fit" part="fit" data-fits=${fit.result.fits ? 'true' : 'false'} data-verdict=${fit.result.verdict}>${fit.text}</p>` : nothing}
  </div>`;
}
