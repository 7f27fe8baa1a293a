import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Project } from '@microintern/core';
import { currencyChoices, zoneChoices } from './choices.js';
import { previewProject, previewStandIns } from './preview-project.js';

describe('the preview card’s gig', () => {
  const input = {
    title: 'Café menu photos', summary: 'Twenty dishes.', category: 'design' as const,
    compensation: { kind: 'fixed' as const, amount: { amount: 24000, currency: 'USD' } }, effort: { min: 8, max: 12 },
    window: 'P2W', schedule: 'weekend' as const, remote: true,
  };

  test('a new gig gets the server’s defaults and stand-ins, and is a valid Project', () => {
    const project = previewProject(input, previewStandIns({ slug: 'forkful', name: 'Forkful' }, new Date('2026-03-01T10:00:00Z')));
    assert.equal(Project.safeParse(project).success, true);
    assert.deepEqual([project.slug, project.description, project.skills, project.questions, project.spots, project.status], ['cafe-menu-photos', '', [], [], 1, 'open']);
    assert.deepEqual(project.company, { id: 'preview', slug: 'forkful', name: 'Forkful' });
    assert.equal(project.postedAt, '2026-03-01T10:00:00.000Z');
  });

  test('a posted gig keeps its own id, company, date and the status on the form', () => {
    const server = { id: 'p_1', company: { id: 'c_1', slug: 'forkful', name: 'Forkful' }, postedAt: '2026-02-01T00:00:00.000Z', status: 'closed' as const };
    const project = previewProject({ ...input, slug: 'menu' }, server);
    assert.deepEqual([project.id, project.slug, project.status, project.company.id], ['p_1', 'menu', 'closed', 'c_1']);
  });
});

describe('the form’s choices', () => {
  test('currencies are named in the console’s language, the gig’s own one added', () => {
    const es = currencyChoices('es', 'PEN');
    assert.equal(es[0]!.value, 'USD');
    assert.match(es[0]!.label, /^dólar estadounidense \(USD\)$/);
    assert.equal(es.at(-1)!.value, 'PEN');
    assert.equal(currencyChoices('en', 'USD').filter((c) => c.value === 'USD').length, 1);
  });

  test('time zones start with UTC and include the gig’s own', () => {
    const zones = zoneChoices('America/Chicago');
    assert.equal(zones[0], 'UTC');
    assert.ok(zones.includes('America/Chicago') && zones.includes('Europe/Madrid'));
    assert.equal(zones.filter((z) => z === 'UTC').length, 1);
    // ICU lists some zones by their old names (Asia/Calcutta); a gig's newer name is added once.
    assert.equal(zoneChoices('Asia/Kolkata').filter((z) => z === 'Asia/Kolkata').length, 1);
  });
});
