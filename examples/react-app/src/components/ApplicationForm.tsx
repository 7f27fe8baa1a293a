import type { ApplicationReceipt, Project } from '@microintern/core';
import { ApplyForm } from '@microintern/react';
import { mi } from '../apply-client.js';

export interface ApplicationFormProps {
  project: Project;
  onApplied: (project: Project, receipt: ApplicationReceipt) => void;
  /** "Back to gigs" on the receipt was pressed. */
  onDone: () => void;
}

/**
 * The `<ApplyForm>` of the apply dialog, sending through the app's full client. Loaded on
 * first need (`load-application-form.ts`), never with the page.
 */
export function ApplicationForm({ project, onApplied, onDone }: ApplicationFormProps) {
  return (
    <ApplyForm project={project} client={mi} hideTitle locale="en-US" onApplySuccess={(event) => onApplied(event.detail.project, event.detail.receipt)}>
      <button slot="success-actions" type="button" className="button" onClick={onDone}>
        Back to gigs
      </button>
    </ApplyForm>
  );
}
