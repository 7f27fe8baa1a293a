import type { MiApplyErrorEvent, MiApplyForm, MiApplySubmitEvent, MiApplySuccessEvent } from '@microintern/widgets';
import { SHARED_ATTRIBUTES, type SharedElementProps } from './internal/shared-props.js';
import { wrapElement, type WrapperProps } from './internal/wrap-element.js';

/** What `<ApplyForm>` passes to `<mi-apply-form>`: the gig, and where applications go. */
export type ApplyFormElementProps = SharedElementProps &
  Partial<Pick<MiApplyForm, 'project' | 'projectId' | 'api' | 'company' | 'src' | 'source' | 'client' | 'draft' | 'statusPage' | 'hideTitle'>>;

/** The form's events as React props, each handed the widget's typed event. */
export interface ApplyFormEvents {
  /**
   * A valid application is about to be sent: `event.detail.input`. Call `preventDefault()` to
   * send it yourself; the form then sends nothing.
   */
  onApplySubmit?: (event: MiApplySubmitEvent) => void;
  /** The API stored the application: `event.detail.receipt` (its id, status and time). */
  onApplySuccess?: (event: MiApplySuccessEvent) => void;
  /** Sending failed: `event.detail.error` (test it with the `is*` guards of `@microintern/core`). */
  onApplyError?: (event: MiApplyErrorEvent) => void;
}

/** Every prop `<ApplyForm>` takes. */
export type ApplyFormProps = WrapperProps<MiApplyForm, ApplyFormElementProps, ApplyFormEvents>;

/**
 * The application form for one gig (`<mi-apply-form>`): contact details, cover note, the
 * company's questions, an availability grid with the fit, and consent. It validates as the
 * person types, keeps a draft, and sends once per press with an idempotency key.
 *
 * Give it the `project` and either a `client` (from `createClient`) or `api` (+ `company`).
 * Safe to import and render on the server.
 *
 * @example
 * ```tsx
 * import { createClient } from '@microintern/core';
 * import { ApplyForm } from '@microintern/react';
 *
 * const mi = createClient({ baseUrl: location.origin });
 *
 * <ApplyForm
 *   project={project}
 *   client={mi}
 *   onApplySuccess={(e) => setReceipt(e.detail.receipt)}
 *   onApplyError={(e) => console.warn(e.detail.error)}
 * />
 * ```
 */
export const ApplyForm = wrapElement<MiApplyForm, ApplyFormElementProps, ApplyFormEvents>({
  tagName: 'mi-apply-form',
  displayName: 'ApplyForm',
  properties: {
    ...SHARED_ATTRIBUTES,
    project: null,
    projectId: 'project-id',
    api: 'api',
    company: 'company',
    src: 'src',
    source: null,
    client: null,
    draft: 'draft',
    statusPage: 'status-page',
    hideTitle: 'hide-title',
  },
  events: {
    onApplySubmit: 'mi-apply-submit',
    onApplySuccess: 'mi-apply-success',
    onApplyError: 'mi-apply-error',
  },
});
