import type { MiAvailabilityPicker } from '@microintern/widgets';
import { SHARED_ATTRIBUTES, type SharedElementProps } from './internal/shared-props.js';
import { wrapElement, type WrapperProps } from './internal/wrap-element.js';

/** What `<AvailabilityPicker>` passes to `<mi-availability-picker>`. */
export type AvailabilityPickerElementProps = SharedElementProps &
  Partial<
    Pick<
      MiAvailabilityPicker,
      'name' | 'label' | 'required' | 'disabled' | 'slotMinutes' | 'startHour' | 'endHour' | 'defaultValue' | 'project' | 'fitStart'
    >
  >;

/**
 * The picker's native `input` and `change` events, typed with the picker as their target so a
 * handler can read `event.target.value` (an `Availability`) without a cast.
 */
export type AvailabilityPickerEvent = Event & { readonly target: MiAvailabilityPicker };

/** The picker's events as React props. */
export interface AvailabilityPickerEvents {
  /** A drag, key press, preset or time-zone choice finished changing the value. */
  onChange?: (event: AvailabilityPickerEvent) => void;
  /** The selection is changing (during a drag or key press). */
  onInput?: (event: AvailabilityPickerEvent) => void;
}

/** Every prop `<AvailabilityPicker>` takes. */
export type AvailabilityPickerProps = WrapperProps<MiAvailabilityPicker, AvailabilityPickerElementProps, AvailabilityPickerEvents>;

/**
 * A weekly availability grid (`<mi-availability-picker>`) with weekend and evening presets,
 * time-zone choice and a live fit against a project. It is a form control: inside a `<form>` it
 * submits `name` with the value as JSON. It is uncontrolled: start it with `defaultValue` (the
 * JSON the element's `value` attribute takes) and read `event.target.value` in `onChange`.
 *
 * Safe to import and render on the server.
 *
 * @example
 * ```tsx
 * import { AvailabilityPicker } from '@microintern/react';
 *
 * <AvailabilityPicker
 *   name="availability"
 *   required
 *   project={project}
 *   onChange={(e) => setBlocks(e.target.value.blocks)}
 * />
 * ```
 */
export const AvailabilityPicker = wrapElement<MiAvailabilityPicker, AvailabilityPickerElementProps, AvailabilityPickerEvents>({
  tagName: 'mi-availability-picker',
  displayName: 'AvailabilityPicker',
  properties: {
    ...SHARED_ATTRIBUTES,
    name: 'name',
    label: 'label',
    required: 'required',
    disabled: 'disabled',
    slotMinutes: 'slot-minutes',
    startHour: 'start-hour',
    endHour: 'end-hour',
    defaultValue: 'value',
    project: null,
    fitStart: null,
  },
  events: {
    onChange: 'change',
    onInput: 'input',
  },
});
