import { defineElement } from '@microintern/react';

type ApplicationFormModule = typeof import('./components/ApplicationForm.js');

let loading: Promise<ApplicationFormModule> | undefined;

/**
 * The application form's code: the `<ApplyForm>` module with the full client, and the
 * `<mi-apply-form>` element with its availability picker and the application schemas, fetched
 * side by side so the form is upgraded when it first renders. About a quarter of what the page
 * would otherwise download, and none of it is needed to show gigs, so it loads when a card
 * is hovered or focused (see `ResultList`) or, at the latest, when Apply is pressed.
 *
 * Fetched once; a failed download is tried again on the next call.
 *
 * @example
 * ```ts
 * const { ApplicationForm } = await loadApplicationForm();
 * ```
 */
export function loadApplicationForm(): Promise<ApplicationFormModule> {
  loading ??= Promise.all([import('./components/ApplicationForm.js'), defineElement('mi-apply-form')]).then(
    ([module]) => module,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
