// The closed lists of the model (categories, schedules, statuses, sorts) and the page-size
// limits, as plain values. The zod enums are built from these lists, and code that only needs
// the values (a board's filters, the quick project reader) imports them from here. A module that
// defines a zod schema runs zod when it loads, and bundlers cannot drop that call, so keeping
// these values apart keeps zod off a board's first load.

/** What kind of work a gig is. */
export const CATEGORIES = ['market-research', 'data', 'writing', 'design', 'marketing', 'software', 'other'] as const;

/** When a gig is done: on weekends, on weekday evenings, or whenever suits. */
export const SCHEDULES = ['weekend', 'evenings', 'flexible'] as const;

/** A gig's status: `open` takes applications; `closed` and `filled` refuse them. */
export const PROJECT_STATUSES = ['open', 'closed', 'filled'] as const;

/** How a list of projects can be ordered. `pay` is highest effective hourly first. */
export const PROJECT_SORTS = ['newest', 'pay', 'shortest', 'deadline'] as const;

/** The kinds of custom application question. */
export const QUESTION_KINDS = ['text', 'long-text', 'url', 'choice', 'yes-no'] as const;

/** The most items one page of a list may hold. */
export const MAX_PAGE_SIZE = 100;

/** Items per page when a query names no `limit`. */
export const DEFAULT_PAGE_SIZE = 20;

/** The most countries a remote gig's `remote.countries` lists (ISO 3166-1 has 249 codes). */
export const MAX_REMOTE_COUNTRIES = 250;
