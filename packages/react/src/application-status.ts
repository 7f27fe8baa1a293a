import type { MiApplicationStatus, MiStatusLoadEvent } from '@microintern/widgets/application-status.js';
import type { MiErrorEvent } from '@microintern/widgets';
import { SHARED_ATTRIBUTES, type SharedElementProps } from './internal/shared-props.js';
import { wrapElement, type WrapperProps } from './internal/wrap-element.js';

/** What `<ApplicationStatus>` passes to `<mi-application-status>`: where to ask. */
export type ApplicationStatusElementProps = SharedElementProps & Partial<Pick<MiApplicationStatus, 'api' | 'client'>>;

/** The element's events as React props. */
export interface ApplicationStatusEvents {
  /** The status was loaded and shown: `event.detail.view`. */
  onStatusLoad?: (event: MiStatusLoadEvent) => void;
  /** It could not be: `event.detail.error` (a 404 `MiHttpError` when the link is not valid). */
  onError?: (event: MiErrorEvent) => void;
}

/** Every prop `<ApplicationStatus>` takes. */
export type ApplicationStatusProps = WrapperProps<MiApplicationStatus, ApplicationStatusElementProps, ApplicationStatusEvents>;

/**
 * The applicant's private status page (`<mi-application-status>`): where their application
 * stands, what happens next, and its history with the company's messages. It reads the
 * application id and token from the page's URL fragment (the link `<ApplyForm statusPage>`
 * hands out), so render it on the page that link points to. Safe to import and render on the
 * server.
 *
 * @example
 * ```tsx
 * import { ApplicationStatus } from '@microintern/react';
 *
 * // On /status, reached through #mi-application=…&mi-token=…
 * <ApplicationStatus api="https://api.example.com" onStatusLoad={(e) => setTitle(e.detail.view.project.title)} />
 * ```
 */
export const ApplicationStatus = wrapElement<MiApplicationStatus, ApplicationStatusElementProps, ApplicationStatusEvents>({
  tagName: 'mi-application-status',
  displayName: 'ApplicationStatus',
  properties: {
    ...SHARED_ATTRIBUTES,
    api: 'api',
    client: null,
  },
  events: {
    onStatusLoad: 'mi-status-load',
    onError: 'mi-error',
  },
});
