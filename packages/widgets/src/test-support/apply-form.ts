// Helpers for the apply form's tests: mounting, filling fields the way a person's typing does
// (input, then change when the field is left), reading errors, and a scripted client.
import { fixture, html } from '@open-wc/testing';
import type { ApplicationInput, ApplicationReceipt, Project } from '@microintern/core';
import type { ApplyClient, MiApplyForm } from '../components/apply-form/apply-form.component.js';
import '../components/apply-form/apply-form.js';
import { $, $$ } from './dom.js';

/** Mounts a form for `project` (draft off unless asked) and waits for its first render. */
export async function mountForm(project: Project, client?: ApplyClient, attributes: Record<string, string> = {}): Promise<MiApplyForm> {
  const form = await fixture<MiApplyForm>(html`<mi-apply-form locale="en-US" time-zone="America/New_York"></mi-apply-form>`);
  for (const [name, value] of Object.entries({ draft: 'off', ...attributes })) form.setAttribute(name, value);
  form.client = client;
  form.project = project;
  await form.updateComplete;
  return form;
}

/** Sets a control's value and fires what typing into it and leaving it fires. */
export function setControl(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The values of a complete, valid application to the fixture gig. */
export interface Fill {
  name?: string;
  email?: string;
  portfolioUrl?: string;
  school?: string;
  graduationYear?: string;
  coverNote?: string;
  answers?: Record<string, string>;
  consent?: boolean;
}

/** Fills the named fields; answers by question id (radios are chosen by value). */
export async function fill(form: MiApplyForm, values: Fill): Promise<void> {
  for (const field of ['name', 'email', 'portfolioUrl', 'school', 'graduationYear', 'coverNote'] as const) {
    const value = values[field];
    if (value !== undefined) setControl($<HTMLInputElement>(form, `[name=${field}]`), value);
  }
  for (const [id, answer] of Object.entries(values.answers ?? {})) {
    const radio = $$<HTMLInputElement>(form, `input[type=radio][data-question="${id}"]`).find((r) => r.value === answer);
    if (radio) {
      radio.click();
      continue;
    }
    const control = $$<HTMLInputElement>(form, `[data-question="${id}"]`)[0];
    if (!control) throw new Error(`No field for question ${id}`);
    setControl(control, answer);
  }
  if (values.consent !== undefined) {
    const box = $<HTMLInputElement>(form, '[name=consent]');
    if (box.checked !== values.consent) box.click();
  }
  await form.updateComplete;
}

/** A valid entry for the fixture gig (`weekendGig`). */
export function validFill(overrides: Fill = {}): Fill {
  return {
    name: 'Ada Lovelace',
    email: 'ada@example.edu',
    answers: { tool: 'Excel', why: 'One row per observation, one column per variable.' },
    consent: true,
    ...overrides,
  };
}

/** The message shown beside the control with `id`, or undefined. */
export function errorOf(form: MiApplyForm, id: string): string | undefined {
  return form.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim();
}

/** The role=alert status after a failed attempt, or undefined. */
export function statusText(form: MiApplyForm): string | undefined {
  return form.shadowRoot!.querySelector('[part=status][role=alert]')?.textContent?.replace(/\s+/g, ' ').trim();
}

/** What the polite live region says. */
export function announced(form: MiApplyForm): string {
  return form.shadowRoot!.querySelector('.visually-hidden[role=status]')?.textContent?.trim() ?? '';
}

/** A client that records every submission and answers as scripted, one answer per call. */
export class ScriptedClient implements ApplyClient {
  readonly calls: { projectId: string; input: ApplicationInput; key: string | undefined }[] = [];
  private readonly answers: (() => Promise<ApplicationReceipt>)[];

  constructor(...answers: (() => Promise<ApplicationReceipt>)[]) {
    this.answers = answers;
  }

  readonly applications: ApplyClient['applications'] = {
    submit: (projectId, input, options) => {
      this.calls.push({ projectId, input: input as ApplicationInput, key: options?.idempotencyKey || undefined });
      const answer = this.answers[Math.min(this.calls.length - 1, this.answers.length - 1)];
      return answer ? answer() : Promise.resolve(receiptFor(projectId));
    },
  };
}

/** A receipt as the API returns it. */
export function receiptFor(projectId: string, id = 'app_test123'): ApplicationReceipt {
  return { id, projectId, status: 'received', submittedAt: '2026-11-25T14:30:00.000Z' };
}
