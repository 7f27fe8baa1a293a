import * as z from 'zod/mini';
import { CompanySummary } from '../models/company-summary.js';
import { validateItems } from '../models/validate-items.js';
import type { CallOptions } from '../source.js';
import type { ClientContext } from './http.js';
import { readResource } from './read-response.js';
import { route } from './routes.js';

// The directory is a short list; it may come bare or in the usual `{ items }` envelope.
const Directory = z.union([z.array(z.unknown()), z.object({ items: z.array(z.unknown()) })]);

/**
 * `mi.companies`: the directory of companies with open gigs.
 *
 * @example
 * ```ts
 * for (const company of await mi.companies.list()) console.log(company.name, company.openProjects);
 * ```
 */
export interface CompaniesApi {
  /** Every company in the directory. Entries that fail validation are left out and reported to `onInvalid`. */
  list(options?: CallOptions): Promise<CompanySummary[]>;
}

/**
 * Builds `mi.companies` for one client.
 *
 * @example
 * ```ts
 * const companies = createCompaniesApi({ http, options });
 * ```
 */
export function createCompaniesApi({ http, options }: ClientContext): CompaniesApi {
  const readDirectory = readResource(Directory, 'company directory');
  return {
    async list({ signal } = {}) {
      const url = route(options.baseUrl, ['v1', 'companies']);
      const { value } = await http.send({ method: 'GET', url, signal, read: readDirectory, conditional: true });
      const { items, skipped } = validateItems(Array.isArray(value) ? value : value.items, CompanySummary);
      if (skipped.length) options.onInvalid?.(skipped, { url: url.href });
      return items;
    },
  };
}
