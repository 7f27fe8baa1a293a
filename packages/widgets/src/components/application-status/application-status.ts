// Registers <mi-application-status>. Its own CDN file (dist/cdn/mi-application-status.js): a
// status page needs nothing of the board's or the apply form's code.
import { MiApplicationStatus } from './application-status.component.js';

export * from './application-status.component.js';
export { MiStatusLoadEvent, type MiStatusLoadDetail } from '../../events/mi-status-load.js';
export { registerStatusMessages, statusMessagesFor } from '../../i18n/status-catalog.js';
export type { StatusMessages } from '../../i18n/status-messages.js';
export { statusEn } from '../../i18n/status.en.js';
export { statusEs } from '../../i18n/status.es.js';

MiApplicationStatus.define('mi-application-status');

declare global {
  interface HTMLElementTagNameMap {
    'mi-application-status': MiApplicationStatus;
  }
}
