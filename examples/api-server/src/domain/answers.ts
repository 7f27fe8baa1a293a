import { isSafeUrl, APPLICATION_LIMITS, type ProblemFieldError, type Question } from '@microintern/core';

/** The two answers a yes-no question accepts. */
export const YES_NO = ['yes', 'no'] as const;

/**
 * Checks an application's answers against the project's questions and names every problem at
 * `answers.<questionId>`: a required question left blank, an id the project does not ask, a
 * choice that is not one of the options, a yes-no that is neither, an unsafe URL, an answer
 * over the question's `maxLength`. The schema has already checked the shape (string values,
 * id-like keys); this is the part that needs the project.
 *
 * @example
 * ```ts
 * const errors = checkAnswers(project.questions, input.answers);
 * if (errors.length) throw validationProblem('Invalid application', errors);
 * ```
 */
export function checkAnswers(questions: readonly Question[], answers: Readonly<Record<string, string>>): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) errors.push({ path: `answers.${id}`, message: 'This project does not ask that question', code: 'unknown_question' });
  }
  for (const question of questions) {
    const raw = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const answer = raw?.trim() ?? '';
    const path = `answers.${question.id}`;
    if (!answer) {
      if (question.required) errors.push({ path, message: 'An answer is required', code: 'required' });
      continue;
    }
    const max = question.maxLength ?? APPLICATION_LIMITS.answer;
    if (answer.length > max) {
      errors.push({ path, message: `Must be at most ${max} characters`, code: 'too_big' });
      continue;
    }
    switch (question.kind) {
      case 'choice':
        if (!question.options?.includes(answer)) {
          errors.push({ path, message: `Must be one of: ${(question.options ?? []).join(', ')}`, code: 'invalid_value' });
        }
        break;
      case 'yes-no':
        if (!(YES_NO as readonly string[]).includes(answer)) errors.push({ path, message: 'Must be yes or no', code: 'invalid_value' });
        break;
      case 'url':
        if (!isSafeUrl(answer)) errors.push({ path, message: 'Must be an http:// or https:// address', code: 'invalid_format' });
        break;
      case 'text':
        // One-line answers: a newline here usually means a paste went wrong.
        if (/[\r\n]/.test(answer)) errors.push({ path, message: 'Must be a single line', code: 'invalid_format' });
        break;
      case 'long-text':
        break;
    }
  }
  return errors;
}

/** The answers as stored: trimmed, blanks dropped. */
export function normaliseAnswers(answers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(answers)) {
    const trimmed = value.trim();
    if (trimmed) out[id] = trimmed;
  }
  return out;
}
