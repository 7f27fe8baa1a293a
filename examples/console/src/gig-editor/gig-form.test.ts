import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Project } from '@microintern/core';
import { emptyGigForm, formFromProject, relocalize, reviveForm } from './gig-form.js';
import { changeOf, readGigForm } from './gig-model.js';
import { checkGigChange, checkNewGig } from './validate-gig.js';

// The reference API's seeded gigs: every shape of pay, window, remote and question it ships.
const seedModule = new URL('../../../api-server/src/seed.ts', import.meta.url).href;
const { buildSeedProjects } = (await import(seedModule)) as { buildSeedProjects(date: Date): Project[] };
const seeded = buildSeedProjects(new Date('2026-03-07T15:30:00Z'));

const WRITABLE = ['slug', 'title', 'summary', 'description', 'category', 'skills', 'compensation', 'effort', 'window', 'schedule', 'remote', 'location', 'timeZone', 'overlapHours', 'questions', 'applyBy', 'spots'] as const;
const writable = (p: Project) => Object.fromEntries(WRITABLE.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]));

describe('the gig form and the model', () => {
  test('every seeded gig goes to the form and back unchanged, in both languages and any zone', () => {
    assert.ok(seeded.length > 50);
    for (const where of [{ locale: 'en-US', timeZone: 'America/Chicago' }, { locale: 'es', timeZone: 'Asia/Kolkata' }]) {
      for (const project of seeded) {
        const reading = readGigForm(formFromProject(project, where), where);
        assert.deepEqual(reading.problems, {}, project.slug);
        assert.deepEqual(reading.fields, writable(project), project.slug);
        assert.equal(reading.status, project.status);
        const checked = checkNewGig(reading, 'en');
        assert.ok(checked.ok, project.slug);
        assert.deepEqual(checked.value, writable(project), project.slug);
      }
    }
  });

  test('the seeded gigs cover the conversions the form makes', () => {
    const forms = seeded.map((p) => formFromProject(p, { locale: 'en-US', timeZone: 'UTC' }));
    assert.ok(forms.some((f) => f.payKind === 'fixed') && forms.some((f) => f.payMax !== ''));
    assert.ok(new Set(forms.map((f) => f.windowUnit)).size === 3);
    assert.ok(forms.some((f) => f.remote === 'countries') && forms.some((f) => f.remote === 'on-site' && f.city));
    assert.ok(forms.some((f) => f.questions.some((q) => q.kind === 'choice')) && forms.some((f) => f.questions.some((q) => q.maxLength)));
  });

  test('reading a form converts money, durations, the deadline and the lists', () => {
    const form = {
      ...emptyGigForm({ hourlyFloor: { amount: 1500, currency: 'USD' } }),
      title: '  Photograph our menu ', summary: 'Twenty dishes, natural light.', category: 'design', skills: ['photography'], skillText: 'lightroom, ',
      payKind: 'fixed' as const, payAmount: '320,50', effortMin: '6', effortMax: '8.5', windowCount: '10', windowUnit: 'days' as const, schedule: 'weekend',
      remote: 'countries' as const, remoteCountries: 'us, ca;MX', city: 'Austin', country: 'us', applyBy: '2026-03-20T17:00', spots: '2',
    };
    const { fields, problems } = readGigForm(form, { locale: 'es', timeZone: 'America/Chicago' });
    assert.deepEqual(problems, {});
    assert.deepEqual(fields, {
      title: 'Photograph our menu', summary: 'Twenty dishes, natural light.', description: '', category: 'design', skills: ['photography', 'lightroom'],
      compensation: { kind: 'fixed', amount: { amount: 32050, currency: 'USD' } }, effort: { min: 6, max: 8.5 }, window: 'P10D', schedule: 'weekend',
      remote: { countries: ['us', 'ca', 'MX'] }, location: { city: 'Austin', country: 'US' }, questions: [], applyBy: '2026-03-20T22:00:00.000Z', spots: 2,
    });
    const checked = checkNewGig({ fields, status: undefined, problems }, 'en');
    assert.ok(checked.ok);
    // The schema writes country codes in capitals, as the API stores them.
    assert.deepEqual(checked.value.remote, { countries: ['US', 'CA', 'MX'] });
  });

  test('a change of language or time zone rewrites amounts and the deadline, not their meaning', () => {
    const es = { locale: 'es', timeZone: 'Europe/Madrid' };
    const en = { locale: 'en-US', timeZone: 'America/Chicago' };
    const form = { ...emptyGigForm({ hourlyFloor: { amount: 1500, currency: 'USD' } }), payMin: '25,50', payMax: 'lots', applyBy: '2026-03-20T23:00' };
    const moved = relocalize(form, es, en);
    assert.deepEqual([moved.payMin, moved.payMax, moved.payAmount, moved.applyBy], ['25.50', 'lots', '', '2026-03-20T17:00']);
    assert.deepEqual(relocalize(moved, en, es), { ...form });
  });

  test('a draft is read back over a blank form, field by field', () => {
    const blank = emptyGigForm({ hourlyFloor: { amount: 1500, currency: 'EUR' } });
    const form = formFromProject(seeded[0]!, { locale: 'en-US', timeZone: 'UTC' });
    assert.deepEqual(reviveForm(JSON.parse(JSON.stringify(form)), blank), form);
    const damaged = reviveForm({ title: 'Kept', payKind: 'monthly', skills: [1], questions: [{ id: 'q1' }], spots: 3 }, blank)!;
    assert.equal(damaged.title, 'Kept');
    assert.equal(damaged.payKind, 'hourly');
    assert.deepEqual(damaged.skills, []);
    assert.deepEqual(damaged.questions, []);
    assert.equal(damaged.spots, '1');
    assert.equal(damaged.currency, 'EUR');
    assert.equal(reviveForm('a string', blank), undefined);
    assert.equal(reviveForm([], blank), undefined);
  });
});

describe('the change to a posted gig', () => {
  const where = { locale: 'en-US', timeZone: 'America/Chicago' };
  const project = seeded.find((p) => p.compensation.kind === 'hourly' && p.applyBy && p.questions.length > 0)!;
  const before = readGigForm(formFromProject(project, where), where);

  test('an untouched form changes nothing', () => {
    assert.deepEqual(changeOf(before, before), { patch: {}, cleared: [] });
    const checked = checkGigChange(before, before, 'en');
    assert.ok(checked.ok);
    assert.deepEqual(checked.value, {});
  });

  test('only the changed top-level fields are sent, and the status when it moves', () => {
    const form = formFromProject(project, where);
    const edited = { ...form, title: 'A clearer title', payMax: '40', status: 'closed' as const };
    const checked = checkGigChange(readGigForm(edited, where), before, 'en');
    assert.ok(checked.ok);
    assert.deepEqual(checked.value, {
      title: 'A clearer title',
      compensation: { kind: 'hourly', min: project.compensation.kind === 'hourly' ? project.compensation.min : undefined, max: { amount: 4000, currency: 'USD' } },
      status: 'closed',
    });
  });

  test('emptying a field the gig had is an error at that field: a patch cannot remove it', () => {
    const form = { ...formFromProject(project, where), applyBy: '' };
    const checked = checkGigChange(readGigForm(form, where), before, 'es');
    assert.equal(checked.ok, false);
    assert.deepEqual(Object.keys(checked.ok ? {} : checked.errors), ['applyBy']);
  });
});
