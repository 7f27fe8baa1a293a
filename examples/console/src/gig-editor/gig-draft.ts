// The gig form's draft in sessionStorage (src/drafts.ts names the key): written as the form
// changes, at most every so often, read back when the editor opens, removed after a save.
import { relocalize, reviveForm, type FormLocale, type GigForm } from './gig-form.js';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored shape; `version` lets a later console tell an older draft apart. */
interface StoredDraft {
  version: 1;
  /** The language and zone its amounts and deadline are written in. */
  where: FormLocale;
  form: GigForm;
}

const isWhere = (value: unknown): value is FormLocale =>
  !!value && typeof (value as FormLocale).locale === 'string' && typeof (value as FormLocale).timeZone === 'string';

/**
 * The draft kept under `key`, read over `blank` (see `reviveForm`) and written for `where`
 * (a draft kept in another language or zone has its amounts and deadline rewritten), or
 * `undefined`.
 *
 * @example
 * ```ts
 * const draft = readDraft(sessionStorage, draftKey('forkful', 'new'), emptyGigForm(ctx.settings), where);
 * ```
 */
export function readDraft(storage: DraftStorage, key: string, blank: GigForm, where: FormLocale): GigForm | undefined {
  try {
    const stored = JSON.parse(storage.getItem(key) ?? 'null') as Partial<StoredDraft> | null;
    const form = stored?.version === 1 ? reviveForm(stored.form, blank) : undefined;
    return form && isWhere(stored?.where) ? relocalize(form, stored.where, where) : form;
  } catch {
    // Unreadable (or a zone this browser does not know): no draft.
    return undefined;
  }
}

/**
 * Keeps `form`, written for `where`, under `key`. False when storage refused it (full, or
 * off): the form is still on screen, but would not survive a reload.
 *
 * @example
 * ```ts
 * writeDraft(sessionStorage, draftKey('forkful', 'new'), form, { locale: 'en-US', timeZone: 'America/Chicago' });
 * ```
 */
export function writeDraft(storage: DraftStorage, key: string, form: GigForm, where: FormLocale): boolean {
  try {
    storage.setItem(key, JSON.stringify({ version: 1, where, form } satisfies StoredDraft));
    return true;
  } catch {
    return false;
  }
}

/** Removes the draft under `key` (after a successful save, or "Discard"). */
export function removeDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage off: there was nothing kept.
  }
}

/** The timer functions {@link Throttle} uses; tests pass their own. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * Runs `work` at most once per `ms` while it is asked for repeatedly, always once after the
 * last ask, and at once on `flush()` (the editor leaving the page).
 *
 * @example
 * ```ts
 * const save = new Throttle(() => writeDraft(sessionStorage, key, this.form, where), 400);
 * input.addEventListener('input', () => save.ask());
 * ```
 */
export class Throttle {
  private handle: unknown;
  private pending = false;

  constructor(private readonly work: () => void, private readonly ms: number, private readonly timers: Timers = realTimers) {}

  /** Asks for a run, made when the current wait ends (a wait starts when none is under way). */
  ask(): void {
    this.pending = true;
    if (this.handle === undefined) this.handle = this.timers.set(() => this.tick(), this.ms);
  }

  /** Runs now if a run is waiting. */
  flush(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
    if (this.pending) this.run();
  }

  /** Drops a waiting run (after the draft was removed). */
  cancel(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
    this.pending = false;
  }

  private tick(): void {
    this.handle = undefined;
    if (this.pending) this.run();
  }

  private run(): void {
    this.pending = false;
    this.work();
  }
}
