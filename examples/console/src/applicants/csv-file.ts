// The applicants export as a file the browser saves: named after the gig and the day, handed
// over as a Blob through an object URL and an `<a download>`, so the secret key that fetched it
// stays in the Authorization header and never becomes part of a link.

/**
 * The export's file name: `applicants-{gig slug}-{YYYY-MM-DD}.csv`, the date in UTC.
 *
 * @example
 * ```ts
 * csvFileName('clean-a-survey-data-set', new Date('2026-06-01T10:00:00Z')); // 'applicants-clean-a-survey-data-set-2026-06-01.csv'
 * ```
 */
export function csvFileName(slug: string, now: Date): string {
  const safe = slug.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'gig';
  return `applicants-${safe}-${now.toISOString().slice(0, 10)}.csv`;
}

// Long enough for the browser to start reading the Blob; the URL is revoked after it.
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `text` as a file called `fileName` (the browser's download, no navigation).
 *
 * @example
 * ```ts
 * saveTextFile(await mi.applications.exportCsv(gig.id), csvFileName(gig.slug, new Date()), 'text/csv');
 * ```
 */
export function saveTextFile(text: string, fileName: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
