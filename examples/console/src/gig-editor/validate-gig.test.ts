import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyGigForm, type GigForm } from './gig-form.js';
import { readGigForm } from './gig-model.js';
import { controlFor } from './field-ids.js';
import { checkNewGig, serverErrors } from './validate-gig.js';

const where = { locale: 'en-US', timeZone: 'UTC' };
const valid: GigForm = {
  ...emptyGigForm({ hourlyFloor: { amount: 1500, currency: 'USD' } }),
  title: 'Clean a survey data set', summary: 'Tidy 2,000 responses.', category: 'data',
  payMin: '20', effortMin: '4', effortMax: '6', windowCount: '1', schedule: 'weekend',
};
const errorsFor = (form: GigForm, lang: 'en' | 'es' = 'en') => {
  const checked = checkNewGig(readGigForm(form, where), lang);
  return checked.ok ? {} : checked.errors;
};

describe('checking a new gig with the model’s schemas', () => {
  test('a complete form passes', () => {
    assert.deepEqual(errorsFor(valid), {});
  });

  test('an empty form names every required field once, in words', () => {
    const errors = errorsFor(emptyGigForm({ hourlyFloor: { amount: 1500, currency: 'USD' } }));
    assert.deepEqual(Object.keys(errors).sort(), ['category', 'compensation.min', 'effort.max', 'effort.min', 'schedule', 'summary', 'title', 'window']);
    assert.ok(Object.values(errors).every((m) => m === 'Fill this in.'));
  });

  test('limits and the model’s own checks, in English and Spanish', () => {
    const form = { ...valid, title: 'x'.repeat(121), effortMin: '8', effortMax: '4', payMin: '20', payMax: '15', slug: 'Not A Slug' };
    assert.deepEqual(errorsFor(form), {
      title: 'Use at most 120 characters.',
      slug: 'Use lowercase words joined by hyphens, such as menu-photos.',
      'effort.max': 'Must not be below the minimum.',
      'compensation.max': 'The top of the range must not be below the bottom.',
    });
    assert.deepEqual(errorsFor(form, 'es')['title'], 'Usa como máximo 120 caracteres.');
    assert.deepEqual(errorsFor({ ...valid, remote: 'countries', remoteCountries: '' }, 'es'), { 'remote.countries': 'Indica al menos un país, o elige «En remoto, desde cualquier lugar».' });
  });

  test('what the form cannot read is said once, not again by the schema', () => {
    const errors = errorsFor({ ...valid, payMin: 'twenty', windowCount: '1.5', applyBy: 'soon' });
    assert.deepEqual(errors, { 'compensation.min': 'Enter an amount such as 25.50.', window: 'Enter a whole number above zero.', applyBy: 'Enter a date and time.' });
  });

  test('question errors point at the question’s own controls', () => {
    const question = { id: 'q1', label: 'Which tool?', kind: 'choice' as const, required: true, options: 'Excel', maxLength: '' };
    const errors = errorsFor({ ...valid, questions: [{ ...question, label: '' }, question] });
    assert.deepEqual(errors, { 'questions.0.label': 'Fill this in.', 'questions.0.options': 'A choice question needs at least two options, one per line.', 'questions.1.options': 'A choice question needs at least two options, one per line.' });
    assert.deepEqual(Object.keys(errors).map((path) => controlFor(path, valid)), ['gig-q0-label', 'gig-q0-options', 'gig-q1-options']);
  });

  test('the server’s field errors are put in the console’s language when known', () => {
    assert.deepEqual(serverErrors({ slug: 'Another project of this company already uses this slug', title: 'Something new' }, 'es'), {
      slug: 'Otro de tus proyectos ya usa esta dirección.',
      title: 'Something new',
    });
  });
});

describe('where each error is shown', () => {
  test('model paths map to the controls that hold them', () => {
    const hourly = { payKind: 'hourly', remote: 'countries', windowUnit: 'weeks' } as const;
    assert.equal(controlFor('compensation.min.amount', hourly), 'gig-pay-min');
    assert.equal(controlFor('compensation.max', hourly), 'gig-pay-max');
    assert.equal(controlFor('compensation', { ...hourly, payKind: 'fixed' }), 'gig-pay-amount');
    assert.equal(controlFor('remote.countries.1', hourly), 'gig-remote-countries');
    assert.equal(controlFor('remote', { ...hourly, remote: 'anywhere' }), 'gig-remote-anywhere');
    assert.equal(controlFor('window', { ...hourly, windowUnit: 'iso' }), 'gig-window-iso');
    assert.equal(controlFor('skills.3', hourly), 'gig-skills');
    assert.equal(controlFor('location.country', hourly), 'gig-country');
    assert.equal(controlFor('questions.2.maxLength', hourly), 'gig-q2-max-length');
    assert.equal(controlFor('questions', hourly), undefined);
    assert.equal(controlFor('', hourly), undefined);
  });
});
