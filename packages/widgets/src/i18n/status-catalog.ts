import { statusEn } from './status.en.js';
import { statusEs } from './status.es.js';
import type { StatusMessages } from './status-messages.js';

const catalogs = new Map<string, StatusMessages>([
  ['en', statusEn],
  ['es', statusEs],
]);

/**
 * Adds or replaces `<mi-application-status>`'s strings for a language, as `registerMessages`
 * does for the board. Elements pick them up on their next render.
 *
 * @example
 * ```ts
 * import { registerStatusMessages, statusEn } from '@microintern/widgets/application-status.js';
 * registerStatusMessages('fr', { ...statusEn, retry: 'Réessayer' });
 * ```
 */
export function registerStatusMessages(locale: string, messages: StatusMessages): void {
  catalogs.set(locale.toLowerCase(), messages);
}

/**
 * The status strings for `locale`: the exact tag, then its language, then English.
 *
 * @example
 * ```ts
 * statusMessagesFor('es-MX').retry; // 'Reintentar'
 * ```
 */
export function statusMessagesFor(locale: string): StatusMessages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]!) ?? statusEn;
}
