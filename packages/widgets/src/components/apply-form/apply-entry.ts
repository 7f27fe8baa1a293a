import type { ApplicationInput, Availability, Question } from '@microintern/core';

/**
 * What the person has typed, exactly as typed: strings for every text field (a graduation year
 * of "20x7" must survive a reload to be corrected), the availability picker's value, the
 * consent box and the hidden honeypot.
 */
export interface ApplyEntry {
  name: string;
  email: string;
  portfolioUrl: string;
  school: string;
  graduationYear: string;
  coverNote: string;
  /** By question id. */
  answers: Record<string, string>;
  availability: Availability | null;
  consent: boolean;
  /** The honeypot. People never see it; bots fill it, and the server then stores nothing. */
  website: string;
}

/** The entry's text fields, by the `name` of their input. */
export type TextField = 'name' | 'email' | 'portfolioUrl' | 'school' | 'graduationYear' | 'coverNote' | 'website';

export const TEXT_FIELDS: readonly TextField[] = ['name', 'email', 'portfolioUrl', 'school', 'graduationYear', 'coverNote', 'website'];

/**
 * Where each field's errors live, as the core schemas and the API's 422 problem documents
 * name them (`applicant.email`, `answers.<id>`): client and server errors land on the same field.
 */
export const FIELD_PATHS: Record<Exclude<TextField, 'website'> | 'consent' | 'availability', string> = {
  name: 'applicant.name',
  email: 'applicant.email',
  portfolioUrl: 'applicant.portfolioUrl',
  school: 'applicant.school',
  graduationYear: 'applicant.graduationYear',
  coverNote: 'coverNote',
  consent: 'consent',
  availability: 'availability',
};

/** A blank entry. */
export function emptyEntry(): ApplyEntry {
  return { name: '', email: '', portfolioUrl: '', school: '', graduationYear: '', coverNote: '', answers: {}, availability: null, consent: false, website: '' };
}

const YEAR = /^\d{4}$/;

/**
 * The application the entry describes, in the shape `ApplicationInput` checks: text trimmed,
 * empty optional fields left out, answers only for the project's questions. A year that is not
 * four digits becomes `NaN`, which the schema refuses at `applicant.graduationYear`.
 *
 * @example
 * ```ts
 * toInput({ ...emptyEntry(), name: ' Ada ', email: 'ada@example.edu', consent: true }, 'p_1', []);
 * // { projectId: 'p_1', applicant: { name: 'Ada', email: 'ada@example.edu' }, answers: {}, consent: true }
 * ```
 */
export function toInput(entry: ApplyEntry, projectId: string, questions: readonly Question[]): ApplicationInput {
  const text = (value: string) => value.trim();
  const year = text(entry.graduationYear);
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const answer = text(entry.answers[q.id] ?? '');
    if (answer) answers[q.id] = answer;
  }
  return {
    projectId,
    applicant: {
      name: text(entry.name),
      email: text(entry.email),
      ...(text(entry.portfolioUrl) ? { portfolioUrl: text(entry.portfolioUrl) } : {}),
      ...(text(entry.school) ? { school: text(entry.school) } : {}),
      ...(year ? { graduationYear: YEAR.test(year) ? Number(year) : Number.NaN } : {}),
    },
    ...(entry.coverNote.trim() ? { coverNote: entry.coverNote.trim() } : {}),
    answers,
    ...(entry.availability && entry.availability.blocks.length ? { availability: entry.availability } : {}),
    // The schema wants the literal `true`; `false` is sent to it as is and refused with a message.
    consent: entry.consent as true,
    // Bots fill every field they find; anything here is passed on for the server to notice.
    ...(entry.website ? { website: entry.website.slice(0, 200) } : {}),
  };
}

/** The entry read back from untrusted storage: anything of the wrong type becomes blank. */
export function reviveEntry(value: unknown): ApplyEntry {
  const entry = emptyEntry();
  if (!value || typeof value !== 'object') return entry;
  const raw = value as Record<string, unknown>;
  for (const field of TEXT_FIELDS) if (typeof raw[field] === 'string') entry[field] = raw[field] as string;
  if (raw['answers'] && typeof raw['answers'] === 'object') {
    for (const [id, answer] of Object.entries(raw['answers'] as Record<string, unknown>)) {
      if (typeof answer === 'string') entry.answers[id] = answer;
    }
  }
  entry.consent = raw['consent'] === true;
  const availability = raw['availability'] as Availability | null | undefined;
  if (availability && typeof availability === 'object' && Array.isArray(availability.blocks)) entry.availability = availability;
  entry.website = ''; // Never restore the honeypot: a person's browser should not carry a bot's answer.
  return entry;
}
