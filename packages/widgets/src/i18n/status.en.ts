import type { StatusMessages } from './status-messages.js';

/** English strings of `<mi-application-status>`. */
export const statusEn: StatusMessages = {
  loading: 'Loading your application…',
  title: (project) => `Your application: ${project}`,
  sentTo: (company, when) => `Sent to ${company} on ${when}.`,
  status: { received: 'Received', reviewing: 'Being reviewed', accepted: 'Accepted', declined: 'Not selected' },
  current: (status) => `Where it stands: ${status}`,
  nextHeading: 'What happens next',
  next: {
    received: (company) => `${company} has your application and will look at it soon. You do not need to do anything; this page shows each step as it happens.`,
    reviewing: (company) => `${company} is reading your application now. They may write to the email address you gave if they have questions.`,
    accepted: (company) => `Congratulations: ${company} picked you. Look out for their email about when the work starts and how you will be paid.`,
    declined: (company) => `${company} chose someone else this time. Thank you for applying; other gigs are waiting for you.`,
  },
  historyHeading: 'History',
  messageFrom: (company) => `Message from ${company}`,
  invalidTitle: 'This status link is not valid',
  invalidBody: 'Open the whole link you were given after applying, including everything after the # sign. Each link works only for the application it was made for.',
  errorTitle: 'Your application could not be loaded',
  offline: 'You seem to be offline. Try again once you are connected.',
  serverError: 'The server had a problem. Try again in a minute.',
  rateLimited: (seconds) => `Too many tries from here just now. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  retry: 'Try again',
};
