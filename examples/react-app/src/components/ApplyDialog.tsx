import { Component, lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { formatEffort, formatRate, formatWindow, type ApplicationReceipt, type Project } from '@microintern/core';
import { loadApplicationForm } from '../load-application-form.js';
import type { ApplicationFormProps } from './ApplicationForm.js';
import { StatusMessage } from './StatusMessage.js';

interface ApplyDialogProps {
  /** The gig to apply to; `null` keeps the dialog closed. */
  project: Project | null;
  onClose: () => void;
  onApplied: (project: Project, receipt: ApplicationReceipt) => void;
}

const lazyForm = () => lazy(() => loadApplicationForm().then((module) => ({ default: module.ApplicationForm })));

/**
 * The application form in a native modal `<dialog>`: the browser traps focus, makes the page
 * behind inert, closes on Escape and hands focus back to the Apply button. The dialog and its
 * header are part of the page; the form inside is loaded on first need (`React.lazy`), so the
 * page's first load carries none of its code.
 */
export function ApplyDialog({ project, onClose, onApplied }: ApplyDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // React.lazy keeps a failed load for good, so a retry needs a new lazy component. It is held
  // here, where it outlives each opening, so reopening the dialog never shows the fallback
  // again. (`useState` and `setForm` call `lazyForm` for the value: it is a function.)
  const [Form, setForm] = useState<ComponentType<ApplicationFormProps>>(lazyForm);

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
          <FormLoadBoundary onRetry={() => setForm(lazyForm)}>
            <Suspense
              fallback={
                <p className="apply-dialog__loading" role="status">
                  Loading the application form…
                </p>
              }
            >
              <Form project={project} onApplied={onApplied} onDone={close} />
            </Suspense>
          </FormLoadBoundary>
        </>
      )}
    </dialog>
  );
}

interface FormLoadBoundaryProps {
  onRetry: () => void;
  children: ReactNode;
}

/** The form's code did not download (offline, or a chunk gone after a deploy): say so, and offer to try again. */
class FormLoadBoundary extends Component<FormLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => {
      this.setState({ failed: false });
      this.props.onRetry();
    };
    return (
      <StatusMessage kind="error" title="The application form could not be loaded" message="Check your connection, then try again.">
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </StatusMessage>
    );
  }
}
