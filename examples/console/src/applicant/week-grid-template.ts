// The week grid of an applicant's free hours: a read-only table, days across and hours down,
// each cell saying in text (for screen readers) and by a mark (for everyone) whether the hour is
// free in full, in part or not at all — never by colour alone.
import { html, type TemplateResult } from 'lit';
import { weekdayName, type AvailabilityBlock } from '@microintern/core';
import { localeOf, type Catalog, type Lang } from '../locale.js';
import { clockText, gridHours, hourGrid, weekOrder, type HourCell } from './week-grid.js';

interface Messages {
  hour: string;
  free: string;
  part: (spans: string) => string;
  notFree: string;
  legendAll: string;
  legendPart: string;
  legendNone: string;
  byDay: string;
  noBlocks: string;
}

const messages: Catalog<Messages> = {
  en: {
    hour: 'Hour',
    free: 'free',
    part: (spans) => `free ${spans}`,
    notFree: 'not free',
    legendAll: 'free the whole hour',
    legendPart: 'free part of the hour',
    legendNone: 'empty: not free',
    byDay: 'The same hours, day by day',
    noBlocks: 'No weekly hours given.',
  },
  es: {
    hour: 'Hora',
    free: 'libre',
    part: (spans) => `libre ${spans}`,
    notFree: 'no libre',
    legendAll: 'libre toda la hora',
    legendPart: 'libre parte de la hora',
    legendNone: 'vacía: no libre',
    byDay: 'Las mismas horas, día a día',
    noBlocks: 'No indicó horas semanales.',
  },
};

const spanText = (spans: HourCell['spans']) => spans.map((s) => `${clockText(s.start)}–${clockText(s.end)}`).join(', ');

function cellTemplate(cell: HourCell, m: Messages): TemplateResult {
  if (cell.cover === 'all') return html`<td class="slot all"><span class="mark" aria-hidden="true">●</span><span class="visually-hidden">${m.free}</span></td>`;
  if (cell.cover === 'part') {
    const text = spanText(cell.spans);
    return html`<td class="slot part" title=${text}><span class="mark" aria-hidden="true">◐</span><span class="visually-hidden">${m.part(text)}</span></td>`;
  }
  return html`<td class="slot"><span class="visually-hidden">${m.notFree}</span></td>`;
}

/**
 * The grid and, under it, the same hours as a list per day (shorter to read aloud).
 *
 * @example
 * ```ts
 * weekGridTemplate(weekInZone(application.availability, zone, new Date()), 'en', 'Free hours in America/Chicago');
 * ```
 */
export function weekGridTemplate(blocks: readonly AvailabilityBlock[], lang: Lang, caption: string): TemplateResult {
  const m = messages[lang];
  if (!blocks.length) return html`<p class="muted">${m.noBlocks}</p>`;
  const locale = localeOf(lang);
  const days = weekOrder(lang);
  const { startHour, endHour } = gridHours(blocks);
  const rows = hourGrid(blocks, days, startHour, endHour);
  const dayLists = days
    .map((day) => ({ day, blocks: blocks.filter((b) => b.day === day) }))
    .filter((d) => d.blocks.length > 0);
  return html`
    <div class="table-scroll week-scroll" role="region" aria-labelledby="week-caption" tabindex="0">
      <table class="week-grid">
        <caption id="week-caption">${caption}</caption>
        <thead><tr>
          <th scope="col" class="hour-col">${m.hour}</th>
          ${days.map((day) => html`<th scope="col"><span aria-hidden="true">${weekdayName(day, { locale, width: 'short' })}</span><span class="visually-hidden">${weekdayName(day, { locale })}</span></th>`)}
        </tr></thead>
        <tbody>
          ${rows.map((row, i) => html`<tr>
            <th scope="row" class="hour-col">${clockText((startHour + i) * 60)}</th>
            ${row.map((cell) => cellTemplate(cell, m))}
          </tr>`)}
        </tbody>
      </table>
    </div>
    <ul class="week-legend">
      <li><span class="swatch all" aria-hidden="true">●</span> ${m.legendAll}</li>
      <li><span class="swatch part" aria-hidden="true">◐</span> ${m.legendPart}</li>
      <li><span class="swatch" aria-hidden="true"></span> ${m.legendNone}</li>
    </ul>
    <h3 class="small-heading">${m.byDay}</h3>
    <ul class="day-list">${dayLists.map((d) => html`<li><strong>${weekdayName(d.day, { locale })}</strong>: ${d.blocks.map((b) => `${b.start}–${b.end}`).join(', ')}</li>`)}</ul>
  `;
}
