import { MiError } from './mi-error.js';

/** One problem with an input, addressed by its path (`applicant.email`, `blocks.2.end`). */
export interface FieldIssue {
  /** Dotted path to the offending field; empty for the input as a whole. */
  path: string;
  message: string;
  code?: string;
}

/**
 * Thrown by helpers and client methods when an argument is invalid before anything is sent or
 * computed: a malformed duration, an unknown currency, an application that fails its schema.
 * `issues` says which fields are wrong and why.
 *
 * @example
 * ```ts
 * try { parseDuration('two weeks'); }
 * catch (error) { if (isMiInputError(error)) console.log(error.issues); }
 * ```
 */
export class MiInputError extends MiError {
  override name = 'MiInputError' as const;
  readonly issues: FieldIssue[];

  constructor(message: string, issues: FieldIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

export function isMiInputError(value: unknown): value is MiInputError {
  return value instanceof MiInputError || (value instanceof Error && value.name === 'MiInputError');
}
