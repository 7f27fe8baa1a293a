// @microintern/core: models, client, feeds, rates, time and JSON-LD. This file only re-exports.

// Models
export * from './models/safe-url.js';
export * from './models/safe-url-schema.js';
export * from './models/money.js';
export * from './models/compensation.js';
export * from './models/effort.js';
export * from './models/company.js';
export * from './models/company-summary.js';
export * from './models/slugify.js';
export * from './models/time-zone.js';
export * from './models/time-zone-schema.js';
export * from './models/vocabulary.js';
export * from './models/project.js';
export * from './models/project-input.js';
export { readProjectQuickly } from './models/project-quick.js';
export * from './models/availability.js';
export * from './models/application.js';
export * from './models/application-status.js';
export * from './models/application-count.js';
export * from './models/status-transitions.js';
export * from './models/status-token.js';
export * from './models/webhook.js';
export * from './models/problem.js';
export * from './models/query.js';
// Not through query.js: that module defines zod schemas, and the API client, which needs only
// these two, would then share a chunk with them.
export { queryToSearchParams, searchParamsToQuery } from './models/query-params.js';
export * from './models/issues.js';
export * from './models/page.js';
export * from './models/parse.js';
export type * from './source.js';

// Client (createClient, or createProjectsClient for reads only)
export * from './client/create-client.js';
export * from './client/create-projects-client.js';
export * from './client/create-status-client.js';
export * from './client/create-apply-client.js';
export type { ClientOptions, RetrySettings, FetchLike, OnInvalid, InvalidItemsContext } from './client/options.js';
export type { ProjectsApi, WriteOptions } from './client/projects.js';
export type { ProjectsReader } from './client/project-reads.js';
export type { ApplicationsApi, SubmitInput, ListApplicationsOptions } from './client/applications.js';
export type { CompaniesApi } from './client/companies.js';
export type { ApplicationStatusReader } from './client/application-status-reads.js';
export { newIdempotencyKey } from './client/idempotency-key.js';

// Static feed (createFeedSource)
export { createFeedSource, type FeedInput, type FeedSource, type FeedSourceOptions } from './feed/create-feed-source.js';
export { FEED_VERSION, type FeedData, type FeedDocument, type JobPostingJsonLd, type JsonLdGraph } from './feed/feed-data.js';
export type { FeedFetch } from './feed/fetch-feed.js';

// Rates and money
export * from './rates/effective-hourly.js';
export * from './rates/currency-digits.js';
export * from './rates/format-money.js';
export * from './rates/format-money-range.js';
export * from './rates/parse-money.js';
export * from './rates/format-rate.js';
export * from './rates/estimate-pay.js';
export * from './rates/meets-floor.js';
export * from './rates/format-effort.js';
export * from './rates/explain-estimate.js';

// Time: durations, availability, fit
export { parseDuration, DURATION_UNITS, type DurationParts } from './time/duration.js';
export { formatDuration } from './time/format-duration.js';
export { formatWindow, type FormatWindowOptions } from './time/format-window.js';
export { addDuration } from './time/add-duration.js';
export { zonedToUtc, utcToZoned, type WallClock, type ZonedParts } from './time/zoned.js';
export { weeklyHours, weekendHours } from './time/weekly-hours.js';
export { expandAvailability, MAX_EXPANSION_DAYS, type TimeInterval } from './time/expand-availability.js';
export { fit, type FitProject, type FitOptions, type FitResult, type FitVerdict } from './time/fit.js';
export { WEEKDAYS, WEEKEND_DAYS, isWeekendDay, weekdayName, type WeekdayKey, type WeekdayNameOptions } from './time/weekdays.js';
export { slotsFromBlocks, blocksFromSlots } from './time/slots.js';

// CSV export, safe to open in a spreadsheet
export { csvField, csvRow, toCsv, type CsvValue } from './export/csv.js';

// JSON-LD
export type { JobPosting } from './jsonld/job-posting.js';
export * from './jsonld/to-job-posting.js';
export * from './jsonld/from-job-posting.js';

// Errors
export * from './errors/mi-error.js';
export * from './errors/mi-input-error.js';
export * from './errors/mi-http-error.js';
export * from './errors/mi-network-error.js';
export * from './errors/mi-timeout-error.js';
export * from './errors/mi-response-error.js';
