import type { FitVerdict } from '@microintern/core';

/** What a fit line quotes; numbers already formatted, plus the raw counts grammar needs. */
export interface FitLine {
  verdict: FitVerdict;
  /** Hours the availability covers, capped at `needed` ("12 of 16"). */
  covered: string;
  needed: string;
  neededCount: number;
  /** Weekends or weeks it takes, for `weekends` and `weeks`. */
  count: number;
  /** Extra hours a week that would make it fit, for `does-not-fit` (0 when unknown). */
  short: string;
  shortCount: number;
}

/**
 * Every string `<mi-availability-picker>`, `<mi-apply-form>` and `<mi-apply-dialog>` show, in one
 * language. Kept apart from the board's {@link Messages} so the board's first download does not
 * carry them: they arrive with the apply form, when the Apply button is first pressed.
 */
export interface ApplyMessages {
  // Availability picker
  availability: string;
  gridHint: string;
  timeHeader: string;
  presets: string;
  presetWeekends: string;
  presetEvenings: string;
  presetClear: string;
  timeZone: string;
  /** `zone` is the team's IANA zone; `diff` comes from {@link zoneDifference}. */
  teamZone: (zone: string, diff: string) => string;
  /** `hours` formatted; positive means the team's clock is ahead. */
  zoneDifference: (hours: string, ahead: boolean | undefined) => string;
  hoursAWeek: (n: string, count: number) => string;
  /** `what` names the cells ("Saturday 09:00–12:00"); `total` is {@link hoursAWeek}. */
  selected: (what: string, total: string) => string;
  cleared: (what: string, total: string) => string;
  fit: (line: FitLine) => string;
  availabilityRequired: string;

  // Apply form
  formTitle: (title: string) => string;
  aboutYou: string;
  name: string;
  email: string;
  emailHint: string;
  portfolio: string;
  portfolioHint: string;
  school: string;
  graduationYear: string;
  coverNote: string;
  coverNoteHint: string;
  /** "120 / 2,000 characters"; `over` is how many too many, 0 when within. */
  characters: (used: string, max: string, over: number) => string;
  questions: string;
  optional: string;
  yes: string;
  no: string;
  choose: string;
  consent: (company: string) => string;
  submit: string;
  submitting: string;
  honeypot: string;

  // Field errors
  required: string;
  nameRequired: string;
  emailInvalid: string;
  urlInvalid: string;
  tooLong: (max: string) => string;
  yearInvalid: string;
  consentRequired: string;
  answerRequired: string;
  choiceInvalid: string;
  singleLine: string;
  fixErrors: (n: string, count: number) => string;

  // Status after a failed submission
  closed: string;
  duplicate: string;
  rateLimited: (wait: string) => string;
  rateLimitedSoon: string;
  serverError: string;
  offline: string;
  timeout: string;
  rejected: (reason: string) => string;
  noEndpoint: string;
  entryKept: string;
  tryAgain: string;

  // Success
  sentTitle: string;
  sentBody: (company: string, email: string) => string;
  receiptId: string;
  receivedAt: string;
  /** `closes` is the formatted date applications close, when the gig has one. */
  nextSteps: (closes: string | undefined) => string;
  statusLinkTitle: string;
  statusLinkHint: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  openStatusLink: string;
  done: string;

  // Dialog
  close: string;
  loadingProject: string;
}
