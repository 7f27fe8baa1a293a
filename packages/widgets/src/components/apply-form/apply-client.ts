import { MiInputError, type ApplicationsApi } from '@microintern/core';

/** Anything with `applications.submit`: a client from `createClient`, or a test double. */
export interface ApplyClient {
  applications: Pick<ApplicationsApi, 'submit'>;
}

/** The form has neither `client` nor `api`: there is nowhere to send to. */
export function noEndpointError(): MiInputError {
  return new MiInputError('No API to send the application to: set `api` or `client`', [{ path: 'api', message: 'Required to send applications' }]);
}

type ClientCode = typeof import('./load-apply-client.js');

let code: Promise<ClientCode> | undefined;

/** The client's code, imported once; a failed download is tried again on the next call. */
function loadClientCode(): Promise<ClientCode> {
  code ??= import('./load-apply-client.js').catch((error: unknown) => {
    code = undefined;
    throw error;
  });
  return code;
}

/**
 * The client a form sends with: the one it was given, else one made for its `api` and
 * `company` (kept while they stay the same). The HTTP client's code is imported the first time
 * one is made, so opening the form never waits for it; {@link prefetch} fetches it early, while
 * the person is still typing.
 *
 * @example
 * ```ts
 * const clients = new ClientResolver();
 * clients.prefetch();
 * const client = await clients.resolve(undefined, 'https://api.example.com', 'acme');
 * await client.applications.submit(projectId, input, { idempotencyKey });
 * ```
 */
export class ClientResolver {
  private made: { key: string; client: ApplyClient } | undefined;

  /** Starts downloading the client's code without waiting for it. */
  prefetch(): void {
    loadClientCode().catch(() => undefined); // A failure now is retried, and reported, on send.
  }

  /** `given`, else a client for `api` (relative to the page) and `company`; throws {@link noEndpointError} without either. */
  async resolve(given: ApplyClient | undefined, api: string | undefined, company: string | undefined): Promise<ApplyClient> {
    if (given) return given;
    if (!api) throw noEndpointError();
    const key = `${api} ${company ?? ''}`;
    if (this.made?.key !== key) {
      const { applyClient } = await loadClientCode();
      this.made = { key, client: applyClient(new URL(api, document.baseURI).href, company) };
    }
    return this.made.client;
  }
}
