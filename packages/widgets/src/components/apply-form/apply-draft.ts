import { reviveEntry, type ApplyEntry } from './apply-entry.js';

/** Where drafts are kept: `session` (default, this tab only), `local` (survives closing the browser), `off`. */
export type DraftMode = 'session' | 'local' | 'off';

/** A submission that was sent but not confirmed, so a retry after a reload reuses its key. */
export interface PendingSubmission {
  key: string;
  fingerprint: string;
}

/** What one project's draft holds. */
export interface Draft {
  entry: ApplyEntry;
  pending: PendingSubmission | undefined;
}

const PREFIX = 'mi-apply-draft:';

/** The `draft` attribute as a mode; anything unknown means the default, `session`. */
export function draftMode(value: string | null | undefined): DraftMode {
  return value === 'local' || value === 'off' ? value : 'session';
}

/**
 * The storage for `mode`, or undefined when there is none to use. Reading `sessionStorage`
 * itself throws in some browsers (storage disabled, sandboxed iframes, Safari's private mode
 * in older versions), so even the lookup is guarded.
 */
function storageFor(mode: DraftMode): Storage | undefined {
  if (mode === 'off') return undefined;
  try {
    return mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Reads and writes one project's draft application. Every storage access is wrapped: a full
 * quota, a disabled storage or a private-mode browser that throws on `setItem` must never stop
 * a person from applying; the draft is simply not kept. What comes back from storage is
 * treated as untrusted and revived field by field.
 *
 * @example
 * ```ts
 * const drafts = new DraftStore('session', project.id);
 * drafts.save({ entry, pending: undefined });
 * drafts.load()?.entry.name; // 'Ada'
 * drafts.clear();            // after the application was received
 * ```
 */
export class DraftStore {
  private readonly storage: Storage | undefined;
  private readonly key: string;

  constructor(mode: DraftMode, projectId: string) {
    this.storage = storageFor(mode);
    this.key = PREFIX + projectId;
  }

  load(): Draft | undefined {
    try {
      const text = this.storage?.getItem(this.key);
      if (!text) return undefined;
      const raw = JSON.parse(text) as { entry?: unknown; pending?: Partial<PendingSubmission> };
      const pending = raw.pending;
      return {
        entry: reviveEntry(raw.entry),
        pending: typeof pending?.key === 'string' && typeof pending.fingerprint === 'string' ? { key: pending.key, fingerprint: pending.fingerprint } : undefined,
      };
    } catch {
      return undefined; // Unreadable storage or a corrupt draft: start blank.
    }
  }

  save(draft: Draft): void {
    // The honeypot never goes to storage.
    const entry = { ...draft.entry, website: '' };
    try {
      this.storage?.setItem(this.key, JSON.stringify({ entry, ...(draft.pending ? { pending: draft.pending } : {}) }));
    } catch {
      // Quota exceeded or storage refused: the form keeps working without a draft.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to do: an unreachable storage holds no draft we could remove.
    }
  }
}

/**
 * The draft of whichever gig a form currently shows: {@link open} switches stores when the gig
 * (or the `draft` mode) changes and hands back what was saved for a newly shown gig.
 *
 * @example
 * ```ts
 * const { switched, saved } = drafts.open(project.id, draftMode(this.draft));
 * if (switched) this.entry = saved?.entry ?? emptyEntry();
 * ```
 */
export class DraftSession {
  private store: DraftStore | undefined;
  private key: string | undefined;
  private projectId: string | undefined;

  open(projectId: string, mode: DraftMode): { switched: boolean; saved: Draft | undefined } {
    const switched = projectId !== this.projectId;
    if (switched || `${mode}` !== this.key) {
      this.store = new DraftStore(mode, projectId);
      this.key = mode;
      this.projectId = projectId;
    }
    return { switched, saved: switched ? this.store!.load() : undefined };
  }

  save(draft: Draft): void {
    this.store?.save(draft);
  }

  clear(): void {
    this.store?.clear();
  }
}
