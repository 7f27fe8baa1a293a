import { html, type PropertyValues } from 'lit';
import { Availability, isTimeZone, parseOrThrow, type AvailabilityException, type FitProject } from '@microintern/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { applyMessagesFor } from '../../i18n/apply-catalog.js';
import type { ApplyMessages } from '../../i18n/apply-messages.js';
import { MiElement } from '../../internal/mi-element.js';
import { availabilityPickerStyles } from './availability-picker.styles.js';
import { GridInputController, type GridInputHost } from './grid-input.js';
import { FitCache, type PickerFit } from './picker-fit.js';
import { describeSpan, firstDayOf, gridShape, rowSpan, spanBetween, type Cell, type GridShape } from './picker-grid.js';
import { applyPreset, type PresetName } from './picker-presets.js';
import { gridTemplate, summaryTemplate, teamZoneTemplate, toolbarTemplate } from './picker-template.js';
import { browserTimeZone, zoneGapHours } from './picker-zones.js';
import { blocksFromWeek, coverage, emptyWeek, paint, weekFromBlocks, weekMinutes, type WeekRanges } from './week-ranges.js';
import { PickerFormControl } from './picker-form-control.js';

/** The project fields the picker reads: what `fit` needs, and the team's zone. */
export type PickerProject = FitProject & { timeZone?: string | undefined };

/**
 * A weekly availability grid: days × time slots in the person's time zone, with quick choices,
 * pointer and keyboard selection, and a live fit against a project.
 *
 * It is a form control: inside a `<form>` (or linked with `form="…"`) it submits its `name`
 * with the value as JSON (`{"timeZone":…,"blocks":[…]}`), takes part in validation
 * (`required` needs at least one slot), reset and autofill/state restore.
 *
 * @summary Choose the hours of the week you can work, and see whether a gig fits them.
 *
 * @example
 * ```html
 * <form>
 *   <mi-availability-picker name="availability" required slot-minutes="60" start-hour="8" end-hour="22"></mi-availability-picker>
 * </form>
 * <script type="module">
 *   const picker = document.querySelector('mi-availability-picker');
 *   picker.project = { effort: { min: 12, max: 16 }, window: 'P1M', schedule: 'weekend', timeZone: 'America/New_York' };
 *   picker.addEventListener('change', () => console.log(picker.value.blocks));
 * </script>
 * ```
 *
 * @event input - The selection changes during a drag or key press (a native `Event`).
 * @event change - A drag, key press, preset or time-zone choice finished changing the value (a native `Event`).
 *
 * @csspart base - The whole control.
 * @csspart presets - The row of quick-choice buttons; each is `preset`.
 * @csspart preset - One quick-choice button.
 * @csspart zone - The time-zone select.
 * @csspart zone-note - "The team works in …" when the project's zone differs.
 * @csspart grid - The grid of days and times.
 * @csspart cell - One time slot; `[aria-selected=true]` when chosen.
 * @csspart summary - The hours-a-week and fit lines.
 * @csspart fit - The fit line; `data-fits` is `true` or `false`.
 *
 * @cssproperty --mi-picker-cell-size - Height of a time slot, at least 24px. Default 24px.
 * @cssproperty --mi-picker-cell-background - An empty slot. Default `--mi-color-surface-sunken`.
 * @cssproperty --mi-picker-selected-background - A chosen slot. Default `--mi-color-accent`.
 * @cssproperty --mi-picker-weekend-background - An empty weekend slot. Default a tint of the accent.
 * @cssproperty --mi-color-accent - System accent.
 * @cssproperty --mi-color-border - System border colour.
 */
export class MiAvailabilityPicker extends MiElement implements GridInputHost {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...MiElement.shadowRootOptions, delegatesFocus: true };
  static override styles = availabilityPickerStyles;

  static override properties = {
    name: { reflect: true },
    label: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    slotMinutes: { attribute: 'slot-minutes', type: Number },
    startHour: { attribute: 'start-hour', type: Number },
    endHour: { attribute: 'end-hour', type: Number },
    defaultValue: { attribute: 'value' },
    project: { attribute: false },
    fitStart: { attribute: false },
    week: { state: true },
    chosenZone: { state: true },
    activeCell: { state: true },
    announcement: { state: true },
    allZones: { state: true },
  };

  /** The name the value is submitted under. */
  declare name: string | undefined;
  /** The visible label above the grid. Default "When you can work" in the element's language. */
  declare label: string | undefined;
  /** At least one slot must be chosen for the form to submit. */
  declare required: boolean;
  declare disabled: boolean;
  /** Minutes per row: 15, 30 (default) or 60. */
  declare slotMinutes: number;
  /** First hour shown, 0–23. Default 8. */
  declare startHour: number;
  /** Hour the grid ends at, 1–24. Default 22. */
  declare endHour: number;
  /** The `value` attribute: the JSON the control starts with and goes back to on form reset. */
  declare defaultValue: string | undefined;
  /** The gig to fit against: `effort`, `window`, optionally `schedule` and the team's `timeZone`. */
  declare project: PickerProject | undefined;
  /** When the work would start, for the fit. Default: now. */
  declare fitStart: Date | undefined;
  declare private week: WeekRanges;
  declare private chosenZone: string | undefined;
  declare activeCell: Cell;
  declare private announcement: string;
  declare private allZones: boolean;

  private readonly l10n = new LocalizeController(this);
  private readonly input = new GridInputController(this);
  private readonly control = new PickerFormControl(this);
  private exceptions: AvailabilityException[] | undefined;
  private gesture: { anchor: Cell; on: boolean; before: WeekRanges; last: Cell } | undefined;
  private readonly fits = new FitCache();

  constructor() {
    super();
    this.required = false;
    this.disabled = false;
    this.slotMinutes = 30;
    this.startHour = 8;
    this.endHour = 22;
    this.week = emptyWeek();
    this.activeCell = { col: 0, row: 0 };
    this.announcement = '';
    this.allZones = false;
  }

  /** The strings in the element's language. */
  get messages(): ApplyMessages {
    return applyMessagesFor(this.l10n.locale);
  }

  /** The time zone the grid's times are in: the person's choice, else `time-zone`, else the browser's. */
  get zone(): string {
    return this.chosenZone ?? (this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : browserTimeZone());
  }

  /** The availability: weekly wall-clock blocks in {@link zone} (plus any dated exceptions it was given). */
  get value(): Availability {
    return { timeZone: this.zone, blocks: blocksFromWeek(this.week), ...(this.exceptions ? { exceptions: this.exceptions } : {}) };
  }

  /** Sets the blocks and zone; `null` clears the blocks. Throws `MiInputError` for an invalid availability. */
  set value(value: Availability | null | undefined) {
    this.input.reset();
    if (!value) {
      this.week = emptyWeek();
      this.exceptions = undefined;
      return;
    }
    const parsed = parseOrThrow(Availability, value, 'Invalid availability');
    this.week = weekFromBlocks(parsed.blocks);
    this.chosenZone = parsed.timeZone;
    this.exceptions = parsed.exceptions;
  }

  /** Hours a week chosen. */
  get hoursPerWeek(): number {
    return weekMinutes(this.week) / 60;
  }

  /** The fit against {@link project}, as shown under the grid; undefined without a project. */
  get fit(): PickerFit | undefined {
    if (!this.project) return undefined;
    return this.fits.get(this.project, this.value, this.fitStart, this.l10n.locale, this.messages, (n) => this.l10n.number(n));
  }

  get shape(): GridShape {
    return gridShape({ slotMinutes: this.slotMinutes, startHour: this.startHour, endHour: this.endHour, firstDay: firstDayOf(this.l10n.locale) });
  }

  get locked(): boolean {
    return this.disabled || this.control.formDisabled;
  }

  // Form association lives in PickerFormControl; these are the standard members forms expect.
  get form(): HTMLFormElement | null { return this.control.internals.form; }
  get validity(): ValidityState { return this.control.internals.validity; }
  get validationMessage(): string { return this.control.internals.validationMessage; }
  get willValidate(): boolean { return this.control.internals.willValidate; }
  checkValidity(): boolean { return this.control.internals.checkValidity(); }
  reportValidity(): boolean { return this.control.internals.reportValidity(); }
  formResetCallback(): void { this.control.reset(); }
  formStateRestoreCallback(state: unknown): void { this.control.restore(state); }
  formDisabledCallback(disabled: boolean): void { this.control.setFormDisabled(disabled); }

  /** Back to the `value` attribute (or nothing) and the default zone, as a form reset does. */
  resetToDefault(): void {
    this.chosenZone = undefined;
    try {
      this.value = this.defaultValue ? (JSON.parse(this.defaultValue) as Availability) : null;
    } catch {
      this.value = null; // A broken `value` attribute: start empty rather than not at all.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.defaultValue) this.resetToDefault();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const shape = this.shape;
    if (this.activeCell.col >= shape.days.length || this.activeCell.row >= shape.rows) this.activeCell = { col: 0, row: 0 };
    if (changed.has('defaultValue') && !this.hasUpdated) this.resetToDefault();
  }

  protected override firstUpdated(): void {
    // The full zone list a moment after the picker first shows, when the browser is idle: the
    // rest of the form is usable before 400 options exist. Reaching the select adds them at once.
    setTimeout(() => {
      const all = () => (this.allZones = true);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(all, { timeout: 500 });
      else all();
    }, 250);
  }

  protected override updated(): void {
    this.control.sync();
  }

  isSelected(cell: Cell): boolean {
    const { start, end } = rowSpan(this.shape, cell.row);
    return coverage(this.week, this.shape.days[cell.col]!, start, end) === 'all';
  }

  moveTo(cell: Cell, focus: boolean): void {
    this.activeCell = cell;
    if (!focus) return;
    // Focus after the render that gives the cell tabindex=0, so the roving tabindex and focus agree.
    void this.updateComplete.then(() => this.cellElement(cell)?.focus());
  }

  /** Focuses the grid's active cell (delegated focus alone would land on the first preset button). */
  override focus(options?: FocusOptions): void {
    const target = this.cellElement();
    if (target && !this.locked) target.focus(options);
    else super.focus(options);
  }

  /** The element of a cell, for focus and for validity messages to point at. */
  cellElement(cell: Cell = this.activeCell): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-col="${cell.col}"][data-row="${cell.row}"]`);
  }

  beginGesture(anchor: Cell, on: boolean): void {
    this.gesture = { anchor, on, before: this.week, last: anchor };
  }

  extendGesture(cell: Cell): void {
    const g = this.gesture;
    if (!g) return;
    g.last = cell;
    const span = spanBetween(this.shape, g.anchor, cell);
    this.week = paint(g.before, span.days, span.start, span.end, g.on);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  endGesture(): void {
    const g = this.gesture;
    if (!g) return;
    const m = this.messages;
    const shape = this.shape;
    const what = describeSpan(shape, spanBetween(shape, g.anchor, g.last), this.l10n.locale);
    this.announce((g.on ? m.selected : m.cleared)(what, this.hoursText()));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  cancelGesture(): void {
    if (this.gesture) this.week = this.gesture.before;
    this.gesture = undefined;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private hoursText(): string {
    const hours = this.hoursPerWeek;
    return this.messages.hoursAWeek(this.l10n.number(hours), hours);
  }

  private announce(text: string): void {
    const fit = this.fit;
    // The same words twice would not be read again; a trailing no-break space makes them new.
    const next = fit ? `${text}. ${fit.text}` : text;
    this.announcement = next === this.announcement ? `${next}\u00a0` : next;
  }

  private readonly onPreset = (preset: PresetName, label: string): void => {
    if (this.locked) return;
    this.input.reset();
    const result = applyPreset(this.week, preset, this.shape);
    this.week = result.week;
    const m = this.messages;
    this.announce(preset === 'clear' ? m.cleared(label, this.hoursText()) : m.selected(label, this.hoursText()));
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  private readonly onZoneChange = (event: Event): void => {
    event.stopPropagation();
    const zone = (event.target as HTMLSelectElement).value;
    if (!isTimeZone(zone)) return;
    this.chosenZone = zone;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  override render() {
    const m = this.messages;
    const zone = this.zone;
    const team = this.project?.timeZone;
    const gap = team && team !== zone && isTimeZone(team) ? zoneGapHours(zone, team, this.fitStart ?? new Date()) : undefined;
    return html`<div class="base" part="base">
      <span class="label" id="label">${this.label || m.availability}</span>
      <p class="hint" id="hint">${m.gridHint}</p>
      ${toolbarTemplate({
        m, zone, allZones: this.allZones, disabled: this.locked, onPreset: this.onPreset, onZoneChange: this.onZoneChange,
        onZoneReach: () => (this.allZones = true),
      })}
      ${teamZoneTemplate(m, team, gap, (n) => this.l10n.number(n))}
      <div class="grid-scroll" @pointerdown=${this.input.onPointerDown} @pointermove=${this.input.onPointerMove}
        @pointerup=${this.input.onPointerUp} @pointercancel=${this.input.onPointerCancel} @keydown=${this.input.onKeyDown}>
        ${gridTemplate({ shape: this.shape, week: this.week, active: this.activeCell, locale: this.l10n.locale, disabled: this.locked, timeHeader: m.timeHeader, labelId: 'label', hintId: 'hint' })}
      </div>
      ${summaryTemplate(this.hoursText(), this.fit)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
