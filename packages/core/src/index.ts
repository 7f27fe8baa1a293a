// @microintern/core: models, client, feeds, rates, time and JSON-LD. This file only re-exports.

// Models
export * from './models/safe-url.js';
export * from './models/money.js';
export * from './models/compensation.js';
export * from './models/effort.js';
export * from './models/company.js';
export * from './models/time-zone.js';
export * from './models/project.js';
export * from './models/availability.js';
export * from './models/application.js';
export * from './models/problem.js';
export * from './models/query.js';
export * from './models/issues.js';
export * from './models/page.js';
export * from './models/parse.js';
export type * from './source.js';

// Client (createClient)

// Static feed (createFeedSource)

// Rates and money
export * from './rates/effective-hourly.js';

// Time: durations, availability, fit

// JSON-LD

// Errors
export * from './errors/mi-error.js';
export * from './errors/mi-input-error.js';
export * from './errors/mi-http-error.js';
export * from './errors/mi-network-error.js';
export * from './errors/mi-timeout-error.js';
export * from './errors/mi-response-error.js';
