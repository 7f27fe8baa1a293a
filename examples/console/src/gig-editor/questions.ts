// The custom application questions as the form holds them (text per control) and the list
// operations of the questions fieldset: add, remove, move. Conversion to and from the model's
// `Question` is here too, so the rules for options and lengths live in one place.
import { QUESTION_KINDS, type Question } from '@microintern/core';

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The most questions a gig asks (the model's limit). */
export const MAX_QUESTIONS = 10;

/** One question in the form. */
export interface QuestionForm {
  /** The model's id: kept for a loaded question (answers refer to it), made up for a new one. */
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** A choice question's options, one per line. */
  options: string;
  /** The longest answer, for text answers; empty for no limit. */
  maxLength: string;
}

/** Kinds whose answers are text, for which a maximum length means something. */
export const TEXT_KINDS: readonly QuestionKind[] = ['text', 'long-text', 'url'];

/**
 * A blank question with an id no other question in `questions` has.
 *
 * @example
 * ```ts
 * newQuestion([{ id: 'q1', … }]).id; // 'q2'
 * ```
 */
export function newQuestion(questions: readonly QuestionForm[]): QuestionForm {
  const ids = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (ids.has(`q${n}`)) n++;
  return { id: `q${n}`, label: '', kind: 'text', required: false, options: '', maxLength: '' };
}

/**
 * `questions` with the one at `index` moved by `by` places (clamped to the list).
 *
 * @example
 * ```ts
 * moveQuestion([a, b, c], 2, -1); // [a, c, b]
 * ```
 */
export function moveQuestion<T>(questions: readonly T[], index: number, by: number): T[] {
  const list = [...questions];
  const to = Math.min(list.length - 1, Math.max(0, index + by));
  const [moved] = list.splice(index, 1);
  if (moved !== undefined) list.splice(to, 0, moved);
  return list;
}

/**
 * A question of the model as the form shows it.
 *
 * @example
 * ```ts
 * questionForm({ id: 'tool', label: 'Which tool?', kind: 'choice', required: true, options: ['Excel', 'Sheets'] }).options; // 'Excel\nSheets'
 * ```
 */
export function questionForm(question: Question): QuestionForm {
  return {
    id: question.id,
    label: question.label,
    kind: question.kind,
    required: question.required,
    options: (question.options ?? []).join('\n'),
    maxLength: question.maxLength === undefined ? '' : String(question.maxLength),
  };
}

/**
 * The model's question from the form: options only for a choice question (one per non-empty
 * line), a maximum length only for text answers. Left for the schema to check.
 *
 * @example
 * ```ts
 * readQuestion({ id: 'q1', label: 'Portfolio', kind: 'url', required: true, options: '', maxLength: '' });
 * // { id: 'q1', label: 'Portfolio', kind: 'url', required: true }
 * ```
 */
export function readQuestion(form: QuestionForm): Record<string, unknown> {
  const options = form.options.split('\n').map((line) => line.trim()).filter(Boolean);
  const maxLength = form.maxLength.trim();
  return {
    id: form.id,
    label: form.label.trim(),
    kind: form.kind,
    required: form.required,
    ...(form.kind === 'choice' ? { options } : {}),
    ...(TEXT_KINDS.includes(form.kind) && maxLength !== '' ? { maxLength: Number(maxLength) } : {}),
  };
}
