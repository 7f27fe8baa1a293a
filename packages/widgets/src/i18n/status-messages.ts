import type { ApplicationStatusName } from '@microintern/core';

/**
 * Every string `<mi-application-status>` shows, in one language. Kept apart from the board's and
 * the apply form's catalogs: a status page downloads only these.
 */
export interface StatusMessages {
  loading: string;
  /** The heading: the gig applied to. */
  title: (project: string) => string;
  /** Under the heading: who posted it and when the application was sent. */
  sentTo: (company: string, when: string) => string;
  /** What each status is called. */
  status: Record<ApplicationStatusName, string>;
  /** "Where it stands: Being reviewed". */
  current: (status: string) => string;
  nextHeading: string;
  /** What happens next, for each status. */
  next: Record<ApplicationStatusName, (company: string) => string>;
  historyHeading: string;
  /** Introduces the company's words in a timeline entry. */
  messageFrom: (company: string) => string;
  invalidTitle: string;
  invalidBody: string;
  errorTitle: string;
  offline: string;
  serverError: string;
  rateLimited: (seconds: number) => string;
  retry: string;
}
