// Unsaved gig forms, kept in sessionStorage per company and gig (`new` for a gig not posted
// yet), so that nothing typed is lost to a failed save, an ended session or a reload. The gig
// editor writes and reads them; signing out clears them all.

const PREFIX = 'mi-console-draft:';

/** The storage key of the draft of `gig` (an id, or `new`) for `company`. */
export function draftKey(company: string, gig: string): string {
  return `${PREFIX}${company}:${gig}`;
}

/**
 * Removes every draft (on sign-out).
 *
 * @example
 * ```ts
 * clearDrafts(sessionStorage);
 * ```
 */
export function clearDrafts(storage: Pick<Storage, 'length' | 'key' | 'removeItem'>): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
