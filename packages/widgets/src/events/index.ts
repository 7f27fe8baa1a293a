// The event classes every element dispatches. This file only re-exports.
export * from './mi-load.js';
export * from './mi-error.js';
export * from './mi-invalid-items.js';
export * from './mi-project-select.js';
export * from './mi-apply-open.js';
export * from './mi-apply-submit.js';
export * from './mi-apply-success.js';
export * from './mi-apply-error.js';
export * from './mi-status-load.js';
