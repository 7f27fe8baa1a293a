import { MiError } from './mi-error.js';
import type { FieldIssue } from './mi-input-error.js';

/**
 * The server answered 2xx but the body is not what the contract promises (not JSON, or a
 * document that fails its schema). Items of a list are checked one by one and never raise
 * this; a single resource or a page envelope that is wrong does.
 */
export class MiResponseError extends MiError {
  override name = 'MiResponseError' as const;
  readonly request: Request;
  readonly response: Response;
  readonly issues: FieldIssue[];

  constructor(request: Request, response: Response, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.request = request;
    this.response = response;
    this.issues = issues;
  }
}

export function isMiResponseError(value: unknown): value is MiResponseError {
  return value instanceof MiResponseError || (value instanceof Error && value.name === 'MiResponseError');
}
