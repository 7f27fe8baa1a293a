// The gig form's sections, as templates over the form (field-template.ts draws each field).
// They hold no state: the editor passes the form, the errors and the few actions a section
// needs beyond typing (the skills box, the questions list, the floor).
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CATEGORIES, formatWindow, PROJECT_STATUSES, QUESTION_KINDS, SCHEDULES } from '@microintern/core';
import { applyByInstant } from './apply-by.js';
import { zoneOptions } from './choices.js';
import { describedBy, labelText, notes, radioGroup, selectField, textField, type SectionView } from './field-template.js';
import { questionControl } from './field-ids.js';
import { REMOTE_MODES } from './gig-form.js';
import { readWindow, WINDOW_UNITS } from './window-text.js';
import { MAX_QUESTIONS, TEXT_KINDS, type QuestionForm } from './questions.js';
import { MAX_SKILLS } from './skills.js';

/** What the sections ask of the editor beyond typing. */
export interface SectionActions {
  skillKey(event: KeyboardEvent): void;
  addSkill(): void;
  removeSkill(index: number): void;
  /** Why typed skills were not added, or undefined. */
  skillNote: string | undefined;
  addQuestion(): void;
  moveQuestion(index: number, by: number): void;
  removeQuestion(index: number): void;
}

/** Title, address, summary, description, category, skills and (for a posted gig) status. */
export function basicsSection(view: SectionView, actions: SectionActions): TemplateResult {
  const { m, form } = view;
  const error = view.error('gig-skills');
  return html`<fieldset class="gig-section">
    <legend>${m.basics}</legend>
    ${textField(view, { id: 'gig-title', name: 'title', label: m.title, maxlength: 120 })}
    ${textField(view, { id: 'gig-summary', name: 'summary', label: m.summary, hint: m.summaryHint, multiline: true, maxlength: 300 })}
    ${textField(view, { id: 'gig-description', name: 'description', label: m.description, hint: m.descriptionHint, multiline: true, optional: true, maxlength: 10000 })}
    <div class="field-row">
      ${selectField(view, { id: 'gig-category', name: 'category', label: m.category, placeholder: m.choose, options: CATEGORIES.map((c) => ({ value: c, label: m.categories[c] ?? c })), size: 'medium' })}
      ${form.status ? selectField(view, { id: 'gig-status', name: 'status', label: m.status, hint: m.statusHint, options: PROJECT_STATUSES.map((s) => ({ value: s, label: m.statuses[s] })), size: 'medium' }) : nothing}
    </div>
    <div class="field">
      <label for="gig-skills">${labelText(m.skills, true, m)}</label>
      ${form.skills.length
        ? html`<ul class="skill-list" aria-label=${m.skillsCount(form.skills.length)}>
            ${form.skills.map((skill, i) => html`<li><span>${skill}</span><button type="button" class="remove-skill" id="gig-skill-remove-${i}" aria-label=${m.removeSkill(skill)} @click=${() => actions.removeSkill(i)}>×</button></li>`)}
          </ul>`
        : nothing}
      <div class="skill-entry">
        <input id="gig-skills" name="skillText" .value=${form.skillText} autocomplete="off" ?disabled=${form.skills.length >= MAX_SKILLS && !form.skillText}
          aria-invalid=${error ? 'true' : nothing} aria-describedby="gig-skills-hint gig-skills-note${error ? ' gig-skills-error' : ''}" @keydown=${actions.skillKey}>
        <button type="button" class="secondary" @click=${actions.addSkill}>${m.addSkill}</button>
      </div>
      ${notes('gig-skills', m.skillsHint, error)}
      <p class="hint" id="gig-skills-note" role="status">${actions.skillNote ?? ''}</p>
    </div>
    ${textField(view, { id: 'gig-slug', name: 'slug', label: m.slug, hint: m.slugHint, optional: true, maxlength: 80, size: 'medium' })}
  </fieldset>`;
}

/** Effort, window, schedule, deadline and spots. */
export function timingSection(view: SectionView): TemplateResult {
  const { m, form } = view;
  const closes = form.applyBy ? applyByInstant(form.applyBy, view.settings.timeZone) : undefined;
  const past = closes !== undefined && Date.parse(closes) <= Date.now();
  const window = readWindow(form);
  const windowWords = 'value' in window ? safeWindowWords(window.value, view.locale) : undefined;
  const windowError = view.error(form.windowUnit === 'iso' ? 'gig-window-iso' : 'gig-window-count');
  return html`<fieldset class="gig-section">
    <legend>${m.timing}</legend>
    <fieldset class="inline-group">
      <legend>${m.effort}</legend>
      <div class="field-row">
        ${textField(view, { id: 'gig-effort-min', name: 'effortMin', label: m.effortMin, type: 'number', min: '0.5', step: '0.5', inputmode: 'decimal', size: 'short' })}
        ${textField(view, { id: 'gig-effort-max', name: 'effortMax', label: m.effortMax, type: 'number', min: '0.5', step: '0.5', inputmode: 'decimal', size: 'short' })}
      </div>
    </fieldset>
    <fieldset class="inline-group" aria-describedby=${describedBy('gig-window', !!windowWords, undefined)}>
      <legend>${m.window}</legend>
      <div class="field-row">
        ${form.windowUnit === 'iso'
          ? textField(view, { id: 'gig-window-iso', name: 'windowIso', label: m.windowIso, hint: m.windowIsoHint, size: 'medium' })
          : textField(view, { id: 'gig-window-count', name: 'windowCount', label: m.windowCount, type: 'number', min: '1', step: '1', inputmode: 'numeric', size: 'short' })}
        ${selectField(view, { id: 'gig-window-unit', name: 'windowUnit', label: m.windowUnit, options: WINDOW_UNITS.map((u) => ({ value: u, label: m.windowUnits[u] })), size: 'medium' })}
      </div>
      ${windowWords && !windowError ? html`<p class="hint" id="gig-window-hint">${windowWords}</p>` : nothing}
    </fieldset>
    ${selectField(view, { id: 'gig-schedule', name: 'schedule', label: m.schedule, placeholder: m.choose, options: SCHEDULES.map((s) => ({ value: s, label: m.schedules[s] ?? s })), size: 'medium' })}
    <div class="field-row">
      ${textField(view, { id: 'gig-apply-by', name: 'applyBy', label: m.applyBy, hint: m.applyByHint(view.settings.timeZone), type: 'datetime-local', optional: true, size: 'medium' })}
      ${textField(view, { id: 'gig-spots', name: 'spots', label: m.spots, hint: m.spotsHint, type: 'number', min: '1', step: '1', inputmode: 'numeric', size: 'short' })}
    </div>
    ${past ? html`<p class="warning" role="status">${m.applyByPast}</p>` : nothing}
  </fieldset>`;
}

function safeWindowWords(iso: string, locale: string): string | undefined {
  try {
    return formatWindow(iso, { locale });
  } catch {
    return undefined;
  }
}

/** Remote or on site, countries, location, the team's time zone and overlap. */
export function placeSection(view: SectionView): TemplateResult {
  const { m, form } = view;
  return html`<fieldset class="gig-section">
    <legend>${m.place}</legend>
    ${radioGroup(view, { idPrefix: 'gig-remote', name: 'remote', legend: m.remote, options: REMOTE_MODES.map((mode) => ({ value: mode, label: m.remoteModes[mode] })) })}
    ${form.remote === 'countries' ? textField(view, { id: 'gig-remote-countries', name: 'remoteCountries', label: m.countries, hint: m.countriesHint, size: 'medium' }) : nothing}
    <fieldset class="inline-group">
      <legend>${labelText(m.location, true, m)}</legend>
      <div class="field-row">
        ${textField(view, { id: 'gig-city', name: 'city', label: m.city, maxlength: 120, autocomplete: 'address-level2', size: 'medium' })}
        ${textField(view, { id: 'gig-region', name: 'region', label: m.region, maxlength: 120, autocomplete: 'address-level1', size: 'medium' })}
        ${textField(view, { id: 'gig-country', name: 'country', label: m.country, hint: m.countryHint, maxlength: 2, autocomplete: 'country', size: 'short' })}
      </div>
    </fieldset>
    <div class="field-row">
      ${selectField(view, { id: 'gig-time-zone', name: 'timeZone', label: m.teamZone, optional: true, placeholder: m.teamZoneNone, options: zoneOptions(form.timeZone), size: 'medium' })}
      ${textField(view, { id: 'gig-overlap', name: 'overlapHours', label: m.overlap, hint: m.overlapHint, optional: true, type: 'number', min: '0', step: '0.5', inputmode: 'decimal', size: 'medium' })}
    </div>
  </fieldset>`;
}

/** The custom questions: each its own fieldset, with move and remove buttons. */
export function questionsSection(view: SectionView, actions: SectionActions): TemplateResult {
  const { m, form } = view;
  const count = form.questions.length;
  return html`<fieldset class="gig-section" aria-describedby="gig-questions-hint">
    <legend>${labelText(m.questions, true, m)}</legend>
    <p class="hint" id="gig-questions-hint">${m.questionsHint}</p>
    ${count === 0 ? html`<p class="empty">${m.noQuestions}</p>` : nothing}
    ${repeat(form.questions, (q) => q.id, (q, i) => questionFields(view, actions, q, i, count))}
    <p>
      <button type="button" class="secondary" id="gig-add-question" ?disabled=${count >= MAX_QUESTIONS} aria-describedby=${count >= MAX_QUESTIONS ? 'gig-questions-full' : nothing} @click=${actions.addQuestion}>${m.addQuestion}</button>
    </p>
    ${count >= MAX_QUESTIONS ? html`<p class="hint" id="gig-questions-full">${m.questionsFull}</p>` : nothing}
  </fieldset>`;
}

function questionFields(view: SectionView, actions: SectionActions, q: QuestionForm, i: number, count: number): TemplateResult {
  const { m } = view;
  const id = (field: string) => questionControl(i, field);
  const labelError = view.error(id('label'));
  const optionsError = view.error(id('options'));
  const lengthError = view.error(id('max-length'));
  return html`<fieldset class="question">
    <legend>${m.question(i + 1)}</legend>
    <div class="field">
      <label for=${id('label')}>${m.questionLabel}</label>
      <input id=${id('label')} name="q${i}.label" .value=${q.label} maxlength="300" autocomplete="off" aria-invalid=${labelError ? 'true' : nothing} aria-describedby=${describedBy(id('label'), false, labelError)}>
      ${notes(id('label'), undefined, labelError)}
    </div>
    <div class="field-row">
      <div class="field medium">
        <label for=${id('kind')}>${m.questionKind}</label>
        <select id=${id('kind')} name="q${i}.kind">
          ${QUESTION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === q.kind}>${m.kinds[kind]}</option>`)}
        </select>
      </div>
      <label class="choice check"><input type="checkbox" id=${id('required')} name="q${i}.required" .checked=${q.required}> ${m.questionRequired}</label>
    </div>
    ${q.kind === 'choice'
      ? html`<div class="field">
          <label for=${id('options')}>${m.questionOptions}</label>
          <textarea id=${id('options')} name="q${i}.options" .value=${q.options} rows="4" aria-invalid=${optionsError ? 'true' : nothing} aria-describedby=${describedBy(id('options'), false, optionsError)}></textarea>
          ${notes(id('options'), undefined, optionsError)}
        </div>`
      : nothing}
    ${TEXT_KINDS.includes(q.kind)
      ? html`<div class="field short">
          <label for=${id('max-length')}>${labelText(m.questionMaxLength, true, m)}</label>
          <input id=${id('max-length')} name="q${i}.maxLength" type="number" min="1" max="4000" step="1" inputmode="numeric" .value=${q.maxLength} aria-invalid=${lengthError ? 'true' : nothing} aria-describedby=${describedBy(id('max-length'), false, lengthError)}>
          ${notes(id('max-length'), undefined, lengthError)}
        </div>`
      : nothing}
    <div class="question-tools">
      <button type="button" class="secondary" id=${id('up')} ?disabled=${i === 0} @click=${() => actions.moveQuestion(i, -1)}>${m.moveUp}</button>
      <button type="button" class="secondary" id=${id('down')} ?disabled=${i === count - 1} @click=${() => actions.moveQuestion(i, 1)}>${m.moveDown}</button>
      <button type="button" class="danger" id=${id('remove')} @click=${() => actions.removeQuestion(i)}>${m.removeQuestion}</button>
    </div>
  </fieldset>`;
}
