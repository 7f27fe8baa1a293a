import { isSafeUrl, type ApplicationReceipt } from '@microintern/core';
import { reviveEntry, type ApplyEntry } from './apply-entry.js';

/** Where drafts are kept: `session` (default, this tab only), `local` (survives closing the browser), `off`. */
export type DraftMode = 'session' | 'local' | 'off';

/** A submission that was sent but not confirmed, so a retry after a reload reuses its key. */
export interface PendingSubmission {
  key: string;
  fingerprint: string;
}

/** An application the API took: what the success view shows a returning applicant. */
export interface SentApplication {
  receipt: ApplicationReceipt;
  email: string;
  /** The applicant's private status link, when the form has a status page to point it at. */
  statusUrl: string | undefined;
}

/** What one project's draft holds. */
export interface Draft {
  entry: ApplyEntry;
  pending: PendingSubmission | undefined;
  /** Set once the application was sent: the form then shows its receipt and status link again. */
  sent?: SentApplication | undefined;
}

/** A sent application read back from storage, field by field; `undefined` if anything is off. */
function reviveSent(raw: unknown): SentApplication | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { receipt, email, statusUrl } = raw as Record<string, unknown>;
  const r = receipt as Record<string, unknown> | undefined;
  if (typeof r?.id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(r.id) || typeof r.projectId !== 'string' || typeof r.submittedAt !== 'string' || typeof email !== 'string') return undefined;
  if (statusUrl !== undefined && !(typeof statusUrl === 'string' && isSafeUrl(statusUrl))) return undefined;
  return {
    receipt: { id: r.id, projectId: r.projectId, status: 'received', submittedAt: r.submittedAt },
    email,
    statusUrl: statusUrl as string | undefined,
  };
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
      const raw = JSON.parse(text) as { entry?: unknown; pending?: Partial<PendingSubmission>; sent?: unknown };
      const pending = raw.pending;
      return {
        entry: reviveEntry(raw.entry),
        pending: typeof pending?.key === 'string' && typeof pending.fingerprint === 'string' ? { key: pending.key, fingerprint: pending.fingerprint } : undefined,
        sent: reviveSent(raw.sent),
      };
    } catch {
      return undefined; // Unreadable storage or a corrupt draft: start blank.
    }
  }

  save(draft: Draft): void {
    // The honeypot never goes to storage.
    const entry = { ...draft.entry, website: '' };
    try {
      this.storage?.setItem(this.key, JSON.stringify({ entry, ...(draft.pending ? { pending: draft.pending } : {}), ...(draft.sent ? { sent: draft.sent } : {}) }));
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
