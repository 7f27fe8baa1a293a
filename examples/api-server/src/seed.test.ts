import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CATEGORIES, effectiveHourly } from '@microintern/core';
import { buildSeedCompanies, buildSeedProjects, SEED_COMPANIES } from './seed.js';

const DAY = 86_400_000;

describe('seed data', () => {
  const seedDate = new Date('2026-03-07T15:30:00Z');
  const projects = buildSeedProjects(seedDate);

  it('has at least 60 gigs from at least 8 distinct companies on .example sites', () => {
    assert.ok(projects.length >= 60, String(projects.length));
    const companies = buildSeedCompanies();
    assert.ok(companies.length >= 8);
    assert.equal(new Set(companies.map((c) => c.name)).size, companies.length);
    for (const company of companies) {
      assert.match(company.website ?? '', /^https:\/\/[a-z0-9-]+\.example$/);
      assert.deepEqual(company.allowedOrigins, [company.website]);
    }
    assert.equal(new Set(projects.map((p) => p.id)).size, projects.length, 'unique ids');
  });

  it('covers every category, schedule, pay kind and question kind, with some gigs closed or filled', () => {
    assert.deepEqual(new Set(projects.map((p) => p.category)), new Set(CATEGORIES));
    assert.deepEqual(new Set(projects.map((p) => p.schedule)), new Set(['weekend', 'evenings', 'flexible']));
    assert.deepEqual(new Set(projects.map((p) => p.compensation.kind)), new Set(['hourly', 'fixed']));
    assert.deepEqual(new Set(projects.map((p) => p.status)), new Set(['open', 'closed', 'filled']));
    const kinds = new Set(projects.flatMap((p) => p.questions.map((q) => q.kind)));
    for (const kind of ['text', 'choice', 'yes-no', 'url']) assert.ok(kinds.has(kind as never), kind);
    assert.ok(projects.some((p) => !p.remote && p.location), 'some in-person gigs');
    assert.ok(projects.some((p) => p.remote === true), 'some remote gigs open to applicants anywhere');
    assert.ok(projects.filter((p) => typeof p.remote === 'object' && p.remote.countries.length > 1).length >= 3, 'remote gigs that name the countries applicants may live in');
  });

  it('pays $15–30 an hour equivalent for 3–40 hours, over a weekend to a month', () => {
    for (const project of projects) {
      const rate = effectiveHourly(project.compensation, project.effort);
      assert.ok(rate.min.amount >= 1500 && rate.max.amount <= 3000, `${project.slug}: ${rate.min.amount}–${rate.max.amount}`);
      assert.ok(project.effort.min >= 3 && project.effort.max <= 40, project.slug);
      assert.ok(['P2D', 'P3D', 'P1W', 'P10D', 'P2W', 'P3W', 'P1M'].includes(project.window), project.window);
    }
    assert.ok(projects.some((p) => p.window === 'P2D') && projects.some((p) => p.window === 'P1M'));
  });

  it('dates every gig relative to the seed date: posted before it, open ones closing after it', () => {
    for (const project of projects) {
      const posted = Date.parse(project.postedAt);
      assert.ok(posted < seedDate.getTime() && posted > seedDate.getTime() - 40 * DAY, project.slug);
      if (project.status === 'open') assert.ok(project.applyBy && Date.parse(project.applyBy) > seedDate.getTime() + DAY, project.slug);
    }
  });

  it('is deterministic for a given date', () => {
    assert.deepEqual(buildSeedProjects(new Date(seedDate)), projects);
    assert.notDeepEqual(buildSeedProjects(new Date(seedDate.getTime() + 7 * DAY))[0]!.postedAt, projects[0]!.postedAt);
    assert.equal(SEED_COMPANIES.reduce((n, c) => n + c.gigs.length, 0), projects.length);
  });

  it('adds the given origins to every company', () => {
    for (const company of buildSeedCompanies(['http://localhost:8787'])) assert.ok(company.allowedOrigins.includes('http://localhost:8787'));
  });
});
