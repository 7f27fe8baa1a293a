import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

const catalogs = new Map<string, Messages>([
  ['en', en],
  ['es', es],
]);

/**
 * Adds or replaces the strings for a language, so a host can translate the widgets into a
 * language the package does not ship. Keys are BCP 47 tags: `fr`, or `pt-BR` for a region.
 * Elements pick it up on their next render.
 *
 * @example
 * ```ts
 * import { registerMessages, en } from '@microintern/widgets';
 * registerMessages('fr', { ...en, searchLabel: 'Rechercher des missions', apply: 'Postuler' });
 * ```
 */
export function registerMessages(locale: string, messages: Messages): void {
  catalogs.set(locale.toLowerCase(), messages);
}

/**
 * The catalog for `locale`: the exact tag, then its language (`es` for `es-MX`), then English.
 */
export function messagesFor(locale: string): Messages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]!) ?? en;
}
