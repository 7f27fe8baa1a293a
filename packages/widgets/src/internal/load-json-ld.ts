// Imported lazily by StructuredDataController: JSON-LD is written after the first paint, so
// code splitting keeps the JobPosting mapping out of a board's first download.
export { jobPostingToJson } from '@microintern/core';
