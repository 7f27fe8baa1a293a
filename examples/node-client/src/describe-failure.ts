import { isMiHttpError, isMiInputError, isMiNetworkError, isMiResponseError, isMiTimeoutError } from '@microintern/core';

/** What the failed call was about, for a message that says what to do next. */
export interface FailureContext {
  api: string;
  company?: string | undefined;
  /** The project file of `post`, when the failure is about it. */
  file?: string | undefined;
}

const indent = (lines: string[]) => lines.map((line) => `  ${line}`).join('\n');

/** The innermost cause's message: Node's fetch says only "fetch failed", its cause says why (ECONNREFUSED). */
function rootCause(error: unknown): string | undefined {
  let message: string | undefined;
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) message = e.message;
  return message;
}

/**
 * Turns a failure into the message the command prints: one line that says what went wrong and
 * what to try, then details (field errors, the server's own words) indented under it.
 *
 * @example
 * ```ts
 * describeFailure(new MiNetworkError(request, cause), { api: 'http://127.0.0.1:8787' });
 * // "Cannot reach http://127.0.0.1:8787: is `npm start` running?\n  (fetch failed)"
 * ```
 */
export function describeFailure(error: unknown, context: FailureContext): string {
  const { api, company, file } = context;
  if (isMiHttpError(error)) {
    if (error.status === 401 || error.status === 403) {
      return `The secret key was refused by ${api} for company ${company ?? '(none)'}: check MI_KEY.`;
    }
    const fields = Object.entries(error.fieldErrors).map(([path, message]) => `${path}: ${message}`);
    const detail = error.problem.detail ? [error.problem.detail] : [];
    const lines = [...detail, ...fields];
    const what = error.status === 404 && company ? ` (is "${company}" a company there? \`microintern-admin list-companies\` lists them)` : '';
    return `${api} answered ${error.status} ${error.problem.title}${what}.${lines.length ? `\n${indent(lines)}` : ''}`;
  }
  if (isMiNetworkError(error)) {
    const cause = rootCause(error.cause);
    return `Cannot reach ${api}: is \`npm start\` running?${cause ? `\n${indent([`(${cause})`])}` : ''}`;
  }
  if (isMiTimeoutError(error)) return `${api} did not answer in time. Try again; if it keeps happening, check the server's log.`;
  if (isMiResponseError(error)) return `${api} sent an answer this client does not understand: is it a Micro-Internship API?\n${indent([error.message])}`;
  if (isMiInputError(error)) {
    const where = file ? `${file} is not a valid project` : error.message;
    return `${where}:\n${indent(error.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`))}`;
  }
  return error instanceof Error ? error.message : String(error);
}
