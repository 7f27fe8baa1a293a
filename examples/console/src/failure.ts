// What went wrong with a call to the API, in the terms the console shows it: the views never
// read HTTP statuses themselves.
import { isMiHttpError, MiInputError, MiNetworkError, MiTimeoutError } from '@microintern/core';
import type { Catalog, Lang } from './locale.js';

/**
 * A failed call, sorted by what the person can do about it:
 * - `signed-out`: the key is no longer accepted (401): sign in again;
 * - `forbidden`: the key is not this company's (403);
 * - `rate-limited`: too many requests (429), `retryAfter` seconds when the server says;
 * - `invalid`: the input was refused (422 or a client-side check), `fieldErrors` by path;
 * - `not-found`, `conflict` (a 409: a status move the rules do not allow, a slug taken);
 * - `offline` and `timeout`: no answer; `server`: anything else.
 */
export interface Failure {
  kind: 'signed-out' | 'forbidden' | 'rate-limited' | 'invalid' | 'not-found' | 'conflict' | 'offline' | 'timeout' | 'server';
  /** The server's own explanation, when it gave one. */
  detail?: string;
  /** Field errors by dotted path (`compensation.amount`), from the server or the schema. */
  fieldErrors: Record<string, string>;
  /** Seconds to wait, for `rate-limited`. */
  retryAfter?: number;
}

/**
 * Sorts an error thrown by core's client into a {@link Failure}.
 *
 * @example
 * ```ts
 * try { await mi.projects.create(input); } catch (error) { show(classifyFailure(error)); }
 * ```
 */
export function classifyFailure(error: unknown): Failure {
  if (error instanceof MiInputError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path] ??= issue.message;
    return { kind: 'invalid', fieldErrors };
  }
  if (isMiHttpError(error)) {
    const detail = error.problem.detail;
    const base = { fieldErrors: error.fieldErrors, ...(detail ? { detail } : {}) };
    switch (error.status) {
      case 401: return { kind: 'signed-out', ...base };
      case 403: return { kind: 'forbidden', ...base };
      case 404: return { kind: 'not-found', ...base };
      case 409: return { kind: 'conflict', ...base };
      case 400:
      case 422: return { kind: 'invalid', ...base };
      case 429: return { kind: 'rate-limited', ...base, ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}) };
      default: return { kind: 'server', ...base };
    }
  }
  if (error instanceof MiTimeoutError) return { kind: 'timeout', fieldErrors: {} };
  if (error instanceof MiNetworkError) return { kind: 'offline', fieldErrors: {} };
  return { kind: 'server', fieldErrors: {}, detail: error instanceof Error ? error.message : String(error) };
}

interface FailureMessages {
  'signed-out': string;
  forbidden: string;
  'rate-limited': (seconds: number | undefined) => string;
  invalid: string;
  'not-found': string;
  conflict: string;
  offline: string;
  timeout: string;
  server: string;
}

const failureMessages: Catalog<FailureMessages> = {
  en: {
    'signed-out': 'Your session has ended. Sign in again; what you typed here is kept.',
    forbidden: 'This key cannot act for this company.',
    'rate-limited': (s) => (s === undefined ? 'Too many requests. Wait a moment, then try again.' : `Too many requests. Try again in ${s} seconds.`),
    invalid: 'Some fields need a change: see the messages next to them.',
    'not-found': 'This is no longer there. It may have been removed.',
    conflict: 'That change is not allowed in the current state.',
    offline: 'The API could not be reached. Check your connection, then try again.',
    timeout: 'The API took too long to answer. Try again.',
    server: 'The API could not do that just now. Try again in a moment.',
  },
  es: {
    'signed-out': 'Tu sesión ha terminado. Vuelve a iniciar sesión; lo que escribiste aquí se conserva.',
    forbidden: 'Esta clave no puede actuar por esta empresa.',
    'rate-limited': (s) => (s === undefined ? 'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.' : `Demasiadas solicitudes. Vuelve a intentarlo en ${s} segundos.`),
    invalid: 'Algunos campos necesitan un cambio: mira los mensajes junto a ellos.',
    'not-found': 'Esto ya no está. Puede que se haya eliminado.',
    conflict: 'Ese cambio no está permitido en el estado actual.',
    offline: 'No se pudo conectar con la API. Revisa tu conexión y vuelve a intentarlo.',
    timeout: 'La API tardó demasiado en responder. Vuelve a intentarlo.',
    server: 'La API no pudo hacerlo ahora. Vuelve a intentarlo en un momento.',
  },
};

/**
 * The sentence the console shows for `failure`, with the server's detail after it when that
 * adds something (a 409's reason, say).
 *
 * @example
 * ```ts
 * failureText({ kind: 'rate-limited', retryAfter: 30, fieldErrors: {} }, 'en'); // 'Too many requests. Try again in 30 seconds.'
 * ```
 */
export function failureText(failure: Failure, lang: Lang): string {
  const m = failureMessages[lang];
  const text = failure.kind === 'rate-limited' ? m['rate-limited'](failure.retryAfter) : m[failure.kind];
  return failure.kind === 'conflict' && failure.detail ? `${text} ${failure.detail}` : text;
}
