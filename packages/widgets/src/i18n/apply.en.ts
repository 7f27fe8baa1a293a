import type { ApplyMessages } from './apply-messages.js';

const s = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** English strings of the apply form, the availability picker and the apply dialog. */
export const applyEn: ApplyMessages = {
  availability: 'When you can work',
  gridHint: 'Drag across the grid, or move with the arrow keys and press Space to choose a time. Shift with an arrow key extends a choice.',
  timeHeader: 'Time',
  presets: 'Quick choices',
  presetWeekends: 'Weekends',
  presetEvenings: 'Weekday evenings',
  presetClear: 'Clear',
  timeZone: 'Your time zone',
  teamZone: (zone, diff) => `The team works in ${zone}, ${diff}.`,
  zoneDifference: (hours, ahead) =>
    ahead === undefined ? 'the same time as you' : `${hours} ${hours === '1' ? 'hour' : 'hours'} ${ahead ? 'ahead of' : 'behind'} you`,
  hoursAWeek: (n, count) => `${n} ${s(count, 'hour', 'hours')} a week`,
  selected: (what, total) => `${what} selected, ${total}`,
  cleared: (what, total) => `${what} cleared, ${total}`,
  fit: ({ verdict, covered, needed, neededCount, count, short, shortCount }) => {
    const before = `${covered} of ${needed} ${s(neededCount, 'hour', 'hours')} before the deadline`;
    switch (verdict) {
      case 'weekends':
        return `${before} — fits in ${count} ${s(count, 'weekend', 'weekends')}`;
      case 'weeks':
        return `${before} — fits in ${count} ${s(count, 'week', 'weeks')}`;
      case 'does-not-fit':
        return shortCount > 0
          ? `${before} — does not fit yet: add about ${short} ${s(shortCount, 'hour', 'hours')} a week`
          : `${before} — does not fit`;
      case 'no-hours':
        return `Choose when you can work to see if the ${needed} ${s(neededCount, 'hour', 'hours')} fit before the deadline`;
    }
  },
  availabilityRequired: 'Choose at least one time you can work',

  formTitle: (title) => `Apply to ${title}`,
  aboutYou: 'About you',
  name: 'Full name',
  email: 'Email',
  emailHint: 'The company replies here.',
  portfolio: 'Portfolio, GitHub or resume link',
  portfolioHint: 'Starts with https://',
  school: 'School',
  graduationYear: 'Graduation year',
  coverNote: 'Why you?',
  coverNoteHint: 'A few sentences on what you would bring.',
  characters: (used, max, over) => (over > 0 ? `${used} / ${max} characters, ${over} too many` : `${used} / ${max} characters`),
  questions: 'Questions from the company',
  optional: 'optional',
  yes: 'Yes',
  no: 'No',
  choose: 'Choose…',
  consent: (company) => `${company} may contact me about this gig using the details above.`,
  submit: 'Send application',
  submitting: 'Sending…',
  honeypot: 'Leave this field empty',

  required: 'This field is required',
  nameRequired: 'Enter your name',
  emailInvalid: 'Enter an email address like name@example.com',
  urlInvalid: 'Enter a link that starts with https:// or http://',
  tooLong: (max) => `Use at most ${max} characters`,
  yearInvalid: 'Enter a year between 1950 and 2100, like 2027',
  consentRequired: 'Tick this box to apply',
  answerRequired: 'Answer this question',
  choiceInvalid: 'Choose one of the options',
  singleLine: 'Keep this answer on one line',
  fixErrors: (n, count) => `${n} ${s(count, 'field needs', 'fields need')} attention before the application can be sent.`,

  closed: 'This gig is no longer taking applications, so nothing was sent.',
  duplicate: 'This application is already being sent. Wait a moment, then try again.',
  rateLimited: (wait) => `Too many applications were sent from here just now. Nothing was sent; try again in ${wait}.`,
  rateLimitedSoon: 'Too many applications were sent from here just now. Nothing was sent; try again in a minute.',
  serverError: 'The server had a problem and did not take the application. Try again in a minute.',
  offline: 'You seem to be offline, so the application was not sent. Try again once you are connected.',
  timeout: 'The server did not answer in time. Trying again is safe: the application cannot be sent twice.',
  rejected: (reason) => `The application was not accepted: ${reason.replace(/\.$/, '')}.`,
  noEndpoint: 'This page cannot send applications (no API is configured).',
  entryKept: 'Everything you entered is kept.',
  tryAgain: 'Try again',

  sentTitle: 'Application sent',
  sentBody: (company, email) => `${company} has your application and will reply to ${email}.`,
  receiptId: 'Reference',
  receivedAt: 'Received',
  nextSteps: (closes) =>
    `What happens next: the company reviews applications ${closes ? `after they close on ${closes}` : 'as they come in'} and contacts the people it picks. Keep the reference in case you need to ask about it.`,
  statusLinkTitle: 'Your private status link',
  statusLinkHint: 'Open it any time to see where your application stands and read the company’s messages. Keep it to yourself: it works without a password.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: 'Could not copy: the link is selected, copy it with your keyboard.',
  openStatusLink: 'Open the status page',
  done: 'Done',

  close: 'Close',
  loadingProject: 'Loading the gig…',
};
