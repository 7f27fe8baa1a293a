// The summary above the gig form after a failed check: how many fields need a change, and one
// button per error that takes the focus to its field, in the order the fields come.
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorMessages } from './editor-messages.js';

/** One error of the summary: the control it belongs to (if any) and the message. */
export interface SummaryEntry {
  id: string | undefined;
  message: string;
}

// The controls in the order the form shows them; questions come where `gig-q` stands.
const ORDER = [
  'gig-title', 'gig-summary', 'gig-description', 'gig-category', 'gig-status', 'gig-skills', 'gig-slug',
  'gig-pay-hourly', 'gig-currency', 'gig-pay-min', 'gig-pay-max', 'gig-pay-amount',
  'gig-effort-min', 'gig-effort-max', 'gig-window-count', 'gig-window-iso', 'gig-schedule', 'gig-apply-by', 'gig-spots',
  'gig-remote-anywhere', 'gig-remote-countries', 'gig-city', 'gig-region', 'gig-country', 'gig-time-zone', 'gig-overlap',
  'gig-q',
];

const LABELS: Record<string, keyof EditorMessages> = {
  'gig-title': 'title', 'gig-summary': 'summary', 'gig-description': 'description', 'gig-category': 'category', 'gig-status': 'status',
  'gig-skills': 'skills', 'gig-slug': 'slug', 'gig-pay-hourly': 'payKind', 'gig-currency': 'currency', 'gig-pay-min': 'payMin',
  'gig-pay-max': 'payMax', 'gig-pay-amount': 'payAmount',
  'gig-window-count': 'window', 'gig-window-iso': 'window', 'gig-schedule': 'schedule', 'gig-apply-by': 'applyBy', 'gig-spots': 'spots',
  'gig-remote-anywhere': 'remote', 'gig-remote-countries': 'countries', 'gig-city': 'city', 'gig-region': 'region',
  'gig-country': 'country', 'gig-time-zone': 'teamZone', 'gig-overlap': 'overlap',
};

const QUESTION_LABELS: Record<string, keyof EditorMessages> = { label: 'questionLabel', kind: 'questionKind', options: 'questionOptions', 'max-length': 'questionMaxLength', required: 'questionRequired' };

/**
 * The name a summary entry gives its field: the field's label ("Question 2 · Options, one per
 * line" for a question's field).
 *
 * @example
 * ```ts
 * fieldName('gig-pay-min', editorMessages.en); // 'Hourly rate'
 * ```
 */
export function fieldName(id: string, m: EditorMessages): string | undefined {
  const question = /^gig-q(\d+)-(.+)$/.exec(id);
  if (question) {
    const key = QUESTION_LABELS[question[2]!];
    return `${m.question(Number(question[1]) + 1)} · ${key ? String(m[key]) : ''}`;
  }
  // The two ends of a range share their group's name.
  if (id === 'gig-effort-min' || id === 'gig-effort-max') return `${m.effort} · ${id.endsWith('min') ? m.effortMin : m.effortMax}`;
  const key = LABELS[id];
  return key ? String(m[key]) : undefined;
}

function rank(id: string | undefined): [number, number] {
  if (!id) return [ORDER.length, 0];
  const question = /^gig-q(\d+)-/.exec(id);
  return question ? [ORDER.indexOf('gig-q'), Number(question[1])] : [ORDER.indexOf(id), 0];
}

/**
 * `entries` in the order their fields appear on the form; those with no field last.
 *
 * @example
 * ```ts
 * inFormOrder([{ id: 'gig-spots', message: '…' }, { id: 'gig-title', message: '…' }])[0].id; // 'gig-title'
 * ```
 */
export function inFormOrder(entries: readonly SummaryEntry[]): SummaryEntry[] {
  return [...entries].sort((a, b) => {
    const [ra, qa] = rank(a.id);
    const [rb, qb] = rank(b.id);
    return ra - rb || qa - qb;
  });
}

/** The summary, focused by the editor after a failed check. */
export function errorSummary(entries: readonly SummaryEntry[], m: EditorMessages, focus: (id: string) => void): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" id="gig-error-summary" tabindex="-1" role="alert">
    <p>${m.summaryTitle(entries.length)}</p>
    <ul>
      ${inFormOrder(entries).map((entry) => {
        const name = entry.id ? fieldName(entry.id, m) : undefined;
        const text = name ? `${name}: ${entry.message}` : entry.message;
        return html`<li>${entry.id ? html`<button type="button" class="link" @click=${() => focus(entry.id!)}>${text}</button>` : text}</li>`;
      })}
    </ul>
  </div>`;
}
