// The console's two languages. Each view keeps its strings next to it, as an English catalog
// and a Spanish one of the same type, so a missing translation is a type error; `pickLang`
// chooses between them and `setLang` remembers the choice.

/** The languages the console speaks. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Where the chosen language is kept between visits. */
export const LANG_STORAGE_KEY = 'mi-console-lang';

/** A view's strings in every language: `es` must have exactly `en`'s shape. */
export type Catalog<T> = { readonly en: T; readonly es: T };

const isLang = (value: string | null | undefined): value is Lang => (LANGS as readonly string[]).includes(value ?? '');

/**
 * The language to show: `?lang=` in the address, else the one chosen before, else the first of
 * the browser's languages the console speaks, else English.
 *
 * @example
 * ```ts
 * pickLang('?lang=es', null, ['en-US']); // 'es'
 * pickLang('', null, ['es-MX', 'en']);   // 'es'
 * ```
 */
export function pickLang(search: string, stored: string | null, languages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (isLang(asked)) return asked;
  if (isLang(stored)) return stored;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * Remembers `lang` and sets the document's `lang`, so screen readers and the widgets (which
 * follow the page's language) switch too.
 *
 * @example
 * ```ts
 * setLang('es', localStorage, document);
 * ```
 */
export function setLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined, doc: Document | undefined): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage may be off (a private window's quota); the choice then lasts for this page only.
  }
  if (doc) doc.documentElement.lang = lang;
}

/** The BCP 47 tag the console formats numbers and dates with for `lang`. */
export function localeOf(lang: Lang): string {
  return lang === 'es' ? 'es' : 'en-US';
}
