import { ID_PATTERN, STATUS_TOKEN_PATTERN } from './patterns.js';

/**
 * Whether `value` looks like the secret of an applicant's status link (`st_` and 32 base-62
 * characters). Only the API can say whether it is the right one.
 *
 * @example
 * ```ts
 * isStatusToken(receipt.statusToken); // true
 * isStatusToken('st_short');          // false
 * ```
 */
export function isStatusToken(value: unknown): value is string {
  return typeof value === 'string' && STATUS_TOKEN_PATTERN.test(value);
}

/** An application id and the secret of its status link, as a status link carries them. */
export interface StatusLink {
  applicationId: string;
  token: string;
}

/** The fragment parameters of a status link: `#mi-application=app_…&mi-token=st_…`. */
const APPLICATION_PARAM = 'mi-application';
const TOKEN_PARAM = 'mi-token';

/**
 * The applicant's private status link: `page` with the application id and token in the URL
 * fragment, which browsers never send to a server, so the token reaches neither server logs nor
 * `Referer` headers.
 *
 * @example
 * ```ts
 * statusLinkUrl('https://acme.example/status', { applicationId: 'app_1', token: receipt.statusToken });
 * // 'https://acme.example/status#mi-application=app_1&mi-token=st_…'
 * ```
 */
export function statusLinkUrl(page: string | URL, link: StatusLink): string {
  const url = new URL(page);
  url.hash = new URLSearchParams({ [APPLICATION_PARAM]: link.applicationId, [TOKEN_PARAM]: link.token }).toString();
  return url.href;
}

/**
 * Reads a status link's id and token from a URL fragment (`location.hash`), or `undefined`
 * when the fragment does not hold a well-formed pair.
 *
 * @example
 * ```ts
 * readStatusLink(location.hash); // { applicationId: 'app_1', token: 'st_…' }
 * ```
 */
export function readStatusLink(hash: string): StatusLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const applicationId = params.get(APPLICATION_PARAM);
  const token = params.get(TOKEN_PARAM);
  if (!applicationId || !ID_PATTERN.test(applicationId) || !isStatusToken(token)) return undefined;
  return { applicationId, token };
}
