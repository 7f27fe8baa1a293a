import { en } from './en.js';
import type { Messages } from './messages.js';

const catalogs = new Map<string, Messages>([['en', en]]);

// The other bundled languages are downloaded when a page first asks for them, so an English page
// does not pay for them; English is inline because it is every language's fallback.
const bundled = new Map<string, () => Promise<Messages>>([['es', () => import('./es.js').then((m) => m.es)]]);
const loading = new Map<string, Promise<void>>();
// Languages whose download failed: they stay English rather than retrying on every render.
const failed = new Set<string>();

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
 * A bundled language that has not arrived yet reads as English until {@link loadMessages} settles.
 */
export function messagesFor(locale: string): Messages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]!) ?? en;
}

/**
 * Starts downloading the bundled catalog `locale` needs, when it has one that is neither loaded
 * nor registered by the host. Returns the download (settled once the catalog is usable), or
 * `undefined` when there is nothing to wait for. After a failed download (reported on the
 * console) the language reads as English for the rest of the page's life.
 *
 * @example
 * ```ts
 * await loadMessages('es-MX');
 * messagesFor('es-MX').apply; // 'Postularme'
 * ```
 */
export function loadMessages(locale: string): Promise<void> | undefined {
  const tag = locale.toLowerCase();
  if (catalogs.has(tag)) return undefined;
  const language = tag.split('-')[0]!;
  const load = bundled.get(language);
  if (!load || catalogs.has(language) || failed.has(language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      // A catalog the host registered while this one downloaded wins.
      (messages) => void (catalogs.has(language) || catalogs.set(language, messages)),
      (error: unknown) => {
        failed.add(language);
        console.warn(`@microintern/widgets: the "${language}" messages failed to load; showing English.`, error);
      },
    ).finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}
