import { Task } from '@lit/task';
import { isMiHttpError, isMiNetworkError, readStatusLink, type ApplicationStatusReader, type ApplicationStatusView, type StatusLink } from '@microintern/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { MiErrorEvent } from '../../events/mi-error.js';
import { MiStatusLoadEvent } from '../../events/mi-status-load.js';
import { statusMessagesFor } from '../../i18n/status-catalog.js';
import type { StatusMessages } from '../../i18n/status-messages.js';
import { MiElement } from '../../internal/mi-element.js';
import { applicationStatusStyles } from './application-status.styles.js';
import { errorTemplate, invalidTemplate, loadingTemplate, statusTemplate } from './status-template.js';

/** Thrown inside the loading task when the address holds no well-formed status link. */
class NoStatusLink extends Error {
  override name = 'NoStatusLink' as const;
}

let clientCode: Promise<typeof import('./load-status-client.js')> | undefined;

/**
 * An applicant's own view of where their application stands: its status, what happens next,
 * and its history with the company's messages, from the private status link they were given
 * after applying (`…/status#mi-application=app_…&mi-token=st_…`).
 *
 * The application id and token are read from the page's URL fragment, which browsers never send
 * to a server: the token reaches neither the host's server logs nor a `Referer` header, and it
 * travels to the API only as an `Authorization: Bearer` header, never in a URL. A link that is
 * missing, cut short or wrong shows "This status link is not valid"; a failure that trying again
 * can fix (offline, a server error, too many tries) shows a Try again button.
 *
 * @summary The applicant's private status page: timeline, the company's messages, what happens next.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@microintern/widgets/dist/cdn/mi-application-status.js"></script>
 * <mi-application-status api="https://api.example.com"></mi-application-status>
 * ```
 *
 * @event {MiStatusLoadEvent} mi-status-load - The status was loaded and shown: `detail.view`.
 * @event {MiErrorEvent} mi-error - It could not be: `detail.error` (a 404 `MiHttpError` for a link that is not valid).
 *
 * @csspart status - The loaded view; `data-status` is the current status.
 * @csspart title - The heading.
 * @csspart current - The line with the current status.
 * @csspart badge - The current status itself; `data-status` says which.
 * @csspart next - What happens next.
 * @csspart timeline - The history, an ordered list, oldest first.
 * @csspart entry - One step of the history; `data-status` says which.
 * @csspart message - The company's message in a step.
 * @csspart notice - The loading, error and "not valid" states (`data-kind`).
 * @csspart retry-button - "Try again".
 *
 * @cssproperty --mi-status-max-width - Widest the view grows. Default 40rem.
 * @cssproperty --mi-color-accent - System accent (badge, timeline dots, button).
 */
export class MiApplicationStatus extends MiElement {
  static override styles = applicationStatusStyles;

  static override properties = {
    api: {},
    client: { attribute: false },
    link: { state: true },
  };

  /** Base URL of the Micro-Internship API the application was sent to. */
  declare api: string | undefined;
  /** A status reader to use instead of one made from `api` (`createStatusClient`, or a test double). */
  declare client: ApplicationStatusReader | undefined;
  declare private link: StatusLink | undefined;

  private readonly l10n = new LocalizeController(this);
  /** The view `mi-status-load` was last fired for: it fires once per answer, after it is shown. */
  private announced: ApplicationStatusView | undefined;

  private readonly loader = new Task(this, {
    args: () => [this.link, this.api, this.client] as const,
    task: async ([link, api, client], { signal }) => {
      try {
        if (!link) throw new NoStatusLink('The address holds no status link');
        const reader = client ?? (await this.readerFor(api));
        return await reader.status(link.applicationId, link.token, { signal });
      } catch (error) {
        if (!signal.aborted) this.dispatchEvent(new MiErrorEvent({ error }));
        throw error;
      }
    },
  });

  constructor() {
    super();
    this.link = readStatusLink(typeof location === 'undefined' ? '' : location.hash);
  }

  /** The strings in the element's language. */
  get messages(): StatusMessages {
    return statusMessagesFor(this.l10n.locale);
  }

  /** Where the application stands, once loaded. */
  get view(): ApplicationStatusView | undefined {
    return this.loader.value;
  }

  /** Loads the status again (the Try again button does this). */
  reload(): void {
    void this.loader.run();
  }

  private readonly onHashChange = (): void => {
    const next = readStatusLink(location.hash);
    if (next?.applicationId !== this.link?.applicationId || next?.token !== this.link?.token) this.link = next;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override updated(): void {
    const view = this.loader.value;
    if (view && view !== this.announced) {
      this.announced = view;
      this.dispatchEvent(new MiStatusLoadEvent({ view }));
    }
  }

  private async readerFor(api: string | undefined): Promise<ApplicationStatusReader> {
    if (!api) throw new NoStatusLink('No API to ask: set `api` or `client`');
    clientCode ??= import('./load-status-client.js').catch((error: unknown) => {
      clientCode = undefined;
      throw error;
    });
    return (await clientCode).statusClient(new URL(api, document.baseURI).href);
  }

  private failure(error: unknown, m: StatusMessages) {
    if (error instanceof NoStatusLink || (isMiHttpError(error) && error.status === 404)) return invalidTemplate(m);
    const reason =
      isMiHttpError(error) && error.status === 429
        ? m.rateLimited(error.retryAfter ?? 60)
        : isMiNetworkError(error) || error instanceof TypeError
          ? m.offline
          : m.serverError;
    return errorTemplate(m, reason, () => this.reload());
  }

  override render() {
    const m = this.messages;
    return this.loader.render({
      initial: () => loadingTemplate(m),
      pending: () => loadingTemplate(m),
      complete: (view) => statusTemplate({ view, m, date: (iso) => this.l10n.dateTime(iso) }),
      error: (error) => this.failure(error, m),
    });
  }
}
