// Registers the views for reviewing gigs and applicants: the gigs table (with the settings
// form), one gig's applicants, and one applicant. The shell renders them by route.
import { ConsoleApplicant } from './applicant/applicant-view.js';
import { ConsoleApplicants } from './applicants/applicants-view.js';
import { ConsoleGigs } from './gigs/gigs-view.js';
import { ConsoleSettingsForm } from './gigs/settings-form.js';

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};

define('console-gigs', ConsoleGigs);
define('console-settings', ConsoleSettingsForm);
define('console-applicants', ConsoleApplicants);
define('console-applicant', ConsoleApplicant);

declare global {
  interface HTMLElementTagNameMap {
    'console-gigs': ConsoleGigs;
    'console-settings': ConsoleSettingsForm;
    'console-applicants': ConsoleApplicants;
    'console-applicant': ConsoleApplicant;
  }
}
