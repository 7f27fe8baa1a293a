import { useEffect, useRef } from 'react';
import { formatEffort, formatRate, formatWindow, type ApplicationReceipt, type Project } from '@microintern/core';
import { ApplyForm } from '@microintern/react';
import { mi } from '../client.js';

interface ApplyDialogProps {
  /** The gig to apply to; `null` keeps the dialog closed. */
  project: Project | null;
  onClose: () => void;
  onApplied: (project: Project, receipt: ApplicationReceipt) => void;
}

/**
 * The application form in a native modal `<dialog>`: the browser traps focus, makes the page
 * behind inert, closes on Escape and hands focus back to the Apply button. The form is the
 * `<ApplyForm>` wrapper, sending through the app's client.
 */
export function ApplyDialog({ project, onClose, onApplied }: ApplyDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (project && !element.open) element.showModal();
    if (!project && element.open) element.close();
  }, [project]);

  const close = () => dialog.current?.close();

  return (
    <dialog ref={dialog} className="apply-dialog" aria-labelledby="apply-title" onClose={onClose}>
      {project && (
        <>
          <header className="apply-dialog__header">
            <div>
              <p className="eyebrow">{project.company.name}</p>
              <h2 id="apply-title">{project.title}</h2>
              <p className="facts">
                <span>{formatRate(project.compensation, { locale: 'en-US' })}</span>
                <span>{formatEffort(project.effort, { locale: 'en-US' })}</span>
                <span>done within {formatWindow(project.window, { locale: 'en-US' })}</span>
              </p>
            </div>
            <button type="button" className="icon-button" aria-label="Close" onClick={close}>
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="M6 6l12 12M18 6 6 18" />
              </svg>
            </button>
          </header>
          <ApplyForm
            project={project}
            client={mi}
            hideTitle
            locale="en-US"
            onApplySuccess={(event) => onApplied(event.detail.project, event.detail.receipt)}
          >
            <button slot="success-actions" type="button" className="button" onClick={close}>
              Back to gigs
            </button>
          </ApplyForm>
        </>
      )}
    </dialog>
  );
}
