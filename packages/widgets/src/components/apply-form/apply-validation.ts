import { APPLICATION_LIMITS, ApplicationInput, isSafeUrl, toFieldIssues, type FieldIssue, type Question } from '@microintern/core';
import type { ApplyMessages } from '../../i18n/apply-messages.js';

/** Field path (`applicant.email`, `answers.q1`) → the message shown beside that field. */
export type FieldErrors = Map<string, string>;

/**
 * The rules the API applies to answers, checked here too so a person hears about a missing
 * answer before anything is sent: required, the question's length limit, one of the choices,
 * yes or no, a safe http(s) link, one line for short text. Messages come from the catalog.
 */
export function checkAnswer(question: Question, raw: string | undefined, m: ApplyMessages, number: (n: number) => string): string | undefined {
  const answer = raw?.trim() ?? '';
  if (!answer) return question.required ? m.answerRequired : undefined;
  const max = question.maxLength ?? APPLICATION_LIMITS.answer;
  if (answer.length > max) return m.tooLong(number(max));
  switch (question.kind) {
    case 'choice':
      return question.options?.includes(answer) ? undefined : m.choiceInvalid;
    case 'yes-no':
      return answer === 'yes' || answer === 'no' ? undefined : m.choiceInvalid;
    case 'url':
      return isSafeUrl(answer) ? undefined : m.urlInvalid;
    case 'text':
      return /[\r\n]/.test(answer) ? m.singleLine : undefined;
    default:
      return undefined;
  }
}

/**
 * A schema issue as a person should read it, in the form's language. The core schemas' own
 * messages are English and name limits generically; the field's path says which words fit.
 */
function messageFor(issue: FieldIssue, m: ApplyMessages, number: (n: number) => string): string {
  const tooBig = issue.code === 'too_big';
  switch (issue.path) {
    case 'applicant.name':
      return tooBig ? m.tooLong(number(APPLICATION_LIMITS.name)) : m.nameRequired;
    case 'applicant.email':
      return tooBig ? m.tooLong(number(APPLICATION_LIMITS.email)) : m.emailInvalid;
    case 'applicant.portfolioUrl':
      return m.urlInvalid;
    case 'applicant.school':
      return m.tooLong(number(APPLICATION_LIMITS.school));
    case 'applicant.graduationYear':
      return m.yearInvalid;
    case 'coverNote':
      return m.tooLong(number(APPLICATION_LIMITS.coverNote));
    case 'consent':
      return m.consentRequired;
    default:
      if (issue.path.startsWith('answers.') && tooBig) return m.tooLong(number(APPLICATION_LIMITS.answer));
      return issue.message;
  }
}

/** Collapses a nested path (`availability.blocks.0.end`) to the field that shows it. */
export function fieldOf(path: string): string {
  if (path.startsWith('answers.')) return path.split('.').slice(0, 2).join('.');
  if (path.startsWith('availability')) return 'availability';
  return path;
}

/**
 * Every problem with an application before it is sent: the `ApplicationInput` schema from
 * `@microintern/core` (the very one the API runs), then the project's question rules. One
 * message per field, the first found. The honeypot is never reported: a person cannot see it.
 *
 * @example
 * ```ts
 * const errors = validateApplication(toInput(entry, project.id, project.questions), project.questions, messages, format);
 * errors.get('applicant.email'); // 'Enter an email address like name@example.com'
 * ```
 */
export function validateApplication(
  input: ApplicationInput,
  questions: readonly Question[],
  m: ApplyMessages,
  number: (n: number) => string,
): FieldErrors {
  const errors: FieldErrors = new Map();
  const parsed = ApplicationInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error.issues)) {
      const field = fieldOf(issue.path);
      if (field === 'website' || errors.has(field)) continue;
      errors.set(field, messageFor(issue, m, number));
    }
  }
  for (const question of questions) {
    const field = `answers.${question.id}`;
    if (errors.has(field)) continue;
    const problem = checkAnswer(question, input.answers[question.id], m, number);
    if (problem) errors.set(field, problem);
  }
  return errors;
}
