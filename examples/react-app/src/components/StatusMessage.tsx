import { isMiHttpError, isMiNetworkError, isMiTimeoutError } from '@microintern/core';
import type { ReactNode } from 'react';

interface StatusMessageProps {
  kind: 'error' | 'empty';
  title: string;
  /** For `error`: the failure, explained in a sentence a student can act on. */
  error?: unknown;
  /** What to say instead of the explanation of `error` or the empty list's advice. */
  message?: string;
  children?: ReactNode;
}

/** What went wrong, said for people rather than for developers. */
function explain(error: unknown): string {
  if (isMiNetworkError(error)) return 'The gig server could not be reached. Check your connection, or whether `npm start` is still running.';
  if (isMiTimeoutError(error)) return 'The gig server took too long to answer.';
  if (isMiHttpError(error)) return error.status >= 500 ? 'The gig server had a problem. It usually passes in a moment.' : (error.problem.detail ?? error.problem.title);
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * The empty and error states of the list: a heading, a sentence, and what to do next. The
 * heading is an h3: it sits under the list's h2 ("Open gigs") or the apply dialog's.
 */
export function StatusMessage({ kind, title, error, message, children }: StatusMessageProps) {
  return (
    <div className={`status status--${kind}`} role={kind === 'error' ? 'alert' : undefined}>
      <svg className="status__icon" viewBox="0 0 24 24" aria-hidden="true">
        {kind === 'error' ? <path d="M12 8v5m0 3h.01M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" /> : <path d="m21 21-4.3-4.3M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14Z" />}
      </svg>
      <div>
        <h3>{title}</h3>
        <p>{message ?? (kind === 'error' ? explain(error) : 'Try fewer categories, a lower pay floor, or other words.')}</p>
        {children}
      </div>
    </div>
  );
}
