import { applyEn } from './apply.en.js';
import { applyEs } from './apply.es.js';
import type { ApplyMessages } from './apply-messages.js';

const catalogs = new Map<string, ApplyMessages>([
  ['en', applyEn],
  ['es', applyEs],
]);

/**
 * Adds or replaces the apply form's and availability picker's strings for a language, the
 * counterpart of `registerMessages` for the board. Elements pick them up on their next render.
 *
 * @example
 * ```ts
 * import { registerApplyMessages, applyEn } from '@microintern/widgets';
 * registerApplyMessages('fr', { ...applyEn, submit: 'Envoyer ma candidature' });
 * ```
 */
export function registerApplyMessages(locale: string, messages: ApplyMessages): void {
  catalogs.set(locale.toLowerCase(), messages);
}

/**
 * The apply strings for `locale`: the exact tag, then its language (`es` for `es-MX`), then
 * English.
 *
 * @example
 * ```ts
 * applyMessagesFor('es-MX').submit; // 'Enviar postulación'
 * ```
 */
export function applyMessagesFor(locale: string): ApplyMessages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]!) ?? applyEn;
}
