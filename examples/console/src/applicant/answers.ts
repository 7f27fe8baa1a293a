// An applicant's answers in the order the gig asks its questions, each under its label, and
// any answer to a question the gig no longer has (it was edited after they applied) last.
import type { Question } from '@microintern/core';

/** One answer as the applicant page shows it. */
export interface AnswerRow {
  /** The question's id. */
  id: string;
  /** The gig's question, or undefined for an answer to a question it no longer has. */
  question: Question | undefined;
  /** The answer, or undefined when the applicant left the question out. */
  answer: string | undefined;
}

/**
 * The gig's questions with the applicant's answers, then the answers to unknown questions,
 * by id.
 *
 * @example
 * ```ts
 * answerRows(gig.questions, application.answers).map((row) => row.question?.label ?? row.id);
 * ```
 */
export function answerRows(questions: readonly Question[], answers: Readonly<Record<string, string>>): AnswerRow[] {
  const known = new Set(questions.map((q) => q.id));
  const rows: AnswerRow[] = questions.map((question) => ({ id: question.id, question, answer: nonEmpty(answers[question.id]) }));
  const unknown = Object.keys(answers).filter((id) => !known.has(id)).sort();
  for (const id of unknown) rows.push({ id, question: undefined, answer: nonEmpty(answers[id]) });
  return rows;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text;
}
