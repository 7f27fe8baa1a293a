// @microintern/react: React components for the microintern elements, and a hook over the core
// client. This file only re-exports. Importing it is safe during server rendering: nothing here
// touches `window`, `document` or `customElements` until a component mounts in a browser.

export { ProjectBoard, type ProjectBoardProps, type ProjectBoardElementProps, type ProjectBoardEvents } from './project-board.js';
export { ProjectCard, type ProjectCardProps, type ProjectCardElementProps, type ProjectCardEvents } from './project-card.js';
export { ApplyForm, type ApplyFormProps, type ApplyFormElementProps, type ApplyFormEvents } from './apply-form.js';
export {
  AvailabilityPicker,
  type AvailabilityPickerProps,
  type AvailabilityPickerElementProps,
  type AvailabilityPickerEvents,
  type AvailabilityPickerEvent,
} from './availability-picker.js';
export {
  ApplicationStatus,
  type ApplicationStatusProps,
  type ApplicationStatusElementProps,
  type ApplicationStatusEvents,
} from './application-status.js';
export { useProjects, type UseProjectsResult, type ProjectFilters, type ProjectsStatus } from './use-projects.js';
export { defineElement, defineElements, WIDGET_TAGS, type WidgetTag } from './define-elements.js';
export { useElementsDefined } from './use-elements-defined.js';
export type { SharedElementProps } from './internal/shared-props.js';
export type { WrappedElement, WrapperProps } from './internal/wrap-element.js';
