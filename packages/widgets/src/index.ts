// @microintern/widgets: registers every element and exports their classes, events, controllers
// and catalogs. This file only re-exports.
//
// Importing a component's `*.component.js` module gives the class without registering it;
// importing its defining module (`project-board.js`, `project-card.js`, …) or this index
// registers the tag.

export * from './components/project-board/project-board.js';
export * from './components/project-card/project-card.js';
export * from './components/availability-picker/availability-picker.js';
export * from './components/apply-form/apply-form.js';
export * from './components/apply-dialog/apply-dialog.js';

export * from './events/index.js';

export { MiElement, type MiTheme } from './internal/mi-element.js';
export { useJitlessSchemas } from './internal/jitless.js';
export { LocalizeController, type LocalizeHost } from './controllers/localize-controller.js';
export { PopoverController, type PopoverOptions } from './controllers/popover-controller.js';
export type { PopoverPlacement } from './controllers/place-popover.js';
export { StructuredDataController } from './controllers/structured-data-controller.js';
export { sourceContext } from './controllers/source-context.js';

export { registerMessages } from './i18n/catalog.js';
export type { Messages } from './i18n/messages.js';
export { en } from './i18n/en.js';
export { es } from './i18n/es.js';
export { registerApplyMessages, applyMessagesFor } from './i18n/apply-catalog.js';
export type { ApplyMessages, FitLine } from './i18n/apply-messages.js';
export { applyEn } from './i18n/apply.en.js';
export { applyEs } from './i18n/apply.es.js';
