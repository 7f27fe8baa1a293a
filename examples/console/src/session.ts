// The signed-in company, kept in sessionStorage: it lasts for this tab only, is gone when the
// tab closes, and expires after SESSION_HOURS even in a tab left open. The key is read from
// here into the client's Authorization header and goes nowhere else (never into a URL).
// A real deployment puts its own login in front of the console instead (docs/console.md).

/** Where the session is kept. */
export const SESSION_STORAGE_KEY = 'mi-console-session';
/** How long a sign-in lasts. */
export const SESSION_HOURS = 8;

/** A signed-in company. */
export interface Session {
  /** The company's slug, as typed at sign-in. */
  company: string;
  /** Its secret key (`sk_…`). */
  key: string;
  /** The company's display name, once known. */
  companyName?: string;
  /** Milliseconds since the epoch when this sign-in ends. */
  expiresAt: number;
}

/**
 * What the console finds at start: nobody signed in, a sign-in that has run out (its company
 * kept to fill in the form again, its key dropped), or a live session.
 */
export type SessionState =
  | { state: 'none' }
  | { state: 'expired'; company: string }
  | { state: 'active'; session: Session };

type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Reads the session. Anything unreadable counts as signed out; a session past its time is
 * reported as expired once and its key removed.
 *
 * @example
 * ```ts
 * const found = readSession(sessionStorage);
 * if (found.state === 'active') startConsole(found.session);
 * ```
 */
export function readSession(storage: SessionStorage, now = Date.now()): SessionState {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? 'null');
  } catch {
    value = null;
  }
  if (!isStored(value)) return { state: 'none' };
  if ('expired' in value) return { state: 'expired', company: value.company };
  if (value.expiresAt <= now) return expireSession(storage, value.company);
  return { state: 'active', session: value };
}

/**
 * Starts a session for `company` with `key`, lasting {@link SESSION_HOURS} from `now`.
 *
 * @example
 * ```ts
 * const session = startSession(sessionStorage, 'forkful', 'sk_test_…');
 * ```
 */
export function startSession(storage: SessionStorage, company: string, key: string, now = Date.now()): Session {
  const session: Session = { company, key, expiresAt: now + SESSION_HOURS * 3_600_000 };
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  return session;
}

/**
 * Saves a change to the live session (the company's name once it is known).
 *
 * @example
 * ```ts
 * saveSession(sessionStorage, { ...session, companyName: 'Forkful' });
 * ```
 */
export function saveSession(storage: SessionStorage, session: Session): void {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

/**
 * Ends a session that the server no longer accepts or that ran out: the key goes, the company
 * stays so that signing in again needs only the key.
 *
 * @example
 * ```ts
 * expireSession(sessionStorage, 'forkful'); // { state: 'expired', company: 'forkful' }
 * ```
 */
export function expireSession(storage: SessionStorage, company: string): SessionState & { state: 'expired' } {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ company, expired: true }));
  return { state: 'expired', company };
}

/**
 * Signs out: nothing of the session is kept.
 *
 * @example
 * ```ts
 * endSession(sessionStorage);
 * ```
 */
export function endSession(storage: SessionStorage): void {
  storage.removeItem(SESSION_STORAGE_KEY);
}

function isStored(value: unknown): value is Session | { company: string; expired: true } {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (typeof v.company !== 'string' || !v.company) return false;
  if (v.expired === true) return true;
  return typeof v.key === 'string' && v.key !== '' && typeof v.expiresAt === 'number' && (v.companyName === undefined || typeof v.companyName === 'string');
}
