import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { Project } from '../models/project.js';
import { sampleProject } from '../test-support/fixtures.js';
import { DEFAULT_JOB_POSTING_EFFORT, fromJobPosting } from './from-job-posting.js';
import { toJobPosting } from './to-job-posting.js';

const NOW = new Date('2026-12-01T00:00:00Z');

/** A JobPosting as found on a typical careers page: HTML description, numbers as major units. */
function external(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Market research for a coffee start-up',
    description:
      '<p>Help us size the market for <strong>oat-milk</strong> cold brew. You will interview 10 caf&eacute;s.</p><p>Deliverables:</p><ul><li>A 5-page report</li><li>Raw notes</li></ul>',
    datePosted: '2026-11-02',
    validThrough: '2026-12-20',
    hiringOrganization: { '@type': 'Organization', name: 'Bean &amp; Leaf', sameAs: 'https://beanleaf.example', logo: 'javascript:alert(1)' },
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: { '@type': 'Country', name: 'US' },
    baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 18.5, maxValue: 24, unitText: 'HOUR' } },
    skills: 'interviewing, market sizing, <b>Excel</b>',
    occupationalCategory: 'Market Research',
    ...overrides,
  };
}

describe('fromJobPosting', () => {
  it('reads applicantLocationRequirements into remote.countries, and back again', () => {
    const original = sampleProject({ remote: { countries: ['US', 'CA'] } });
    assert.deepEqual(fromJobPosting(toJobPosting(original), { now: NOW }).remote, { countries: ['US', 'CA'] });
    const read = (applicantLocationRequirements: unknown) => fromJobPosting(external({ applicantLocationRequirements }), { now: NOW }).remote;
    // Codes in any case and form, each once; names that are not codes are left out.
    assert.deepEqual(read([{ '@type': 'Country', name: 'gb' }, 'ie', { '@type': 'Country', name: 'Canada' }, { name: 'GB' }]), { countries: ['GB', 'IE'] });
    assert.equal(read({ '@type': 'Country', name: 'USA' }), true);
    assert.equal(read(undefined), true);
    // Only a remote posting has applicants' countries; an on-site one keeps its address.
    const onSite = fromJobPosting(external({ jobLocationType: undefined, jobLocation: { '@type': 'Place', address: { addressLocality: 'Austin', addressCountry: 'us' } } }), { now: NOW });
    assert.equal(onSite.remote, false);
    assert.deepEqual(onSite.location, { city: 'Austin', country: 'US' });
  });

  it('round-trips what a JobPosting can carry', () => {
    const original = sampleProject();
    const back = fromJobPosting(toJobPosting(original), { now: NOW });
    assert.equal(back.title, original.title);
    assert.equal(back.company.name, original.company.name);
    assert.equal(back.company.website, original.company.website);
    assert.deepEqual(back.compensation, original.compensation);
    assert.equal(back.remote, original.remote);
    assert.equal(back.applyBy, original.applyBy);
    assert.equal(back.postedAt, original.postedAt);
    assert.equal(back.id, original.id);
    assert.equal(back.slug, original.slug);
    assert.equal(back.summary, original.summary);
    assert.equal(back.description, original.description);
    assert.equal(back.category, original.category);
    assert.deepEqual(back.skills, original.skills);
    assert.deepEqual(back.effort, original.effort);
    assert.equal(back.schedule, original.schedule);
    assert.equal(back.spots, original.spots);
    assert.equal(back.status, 'open');
  });

  it('round-trips on-site projects and odd currencies', () => {
    const original = sampleProject({
      remote: false,
      location: { city: 'Manama', country: 'BH' },
      compensation: { kind: 'hourly', min: { amount: 5125, currency: 'BHD' } },
      schedule: 'evenings',
      effort: { min: 1.5, max: 1.5 },
    });
    const back = fromJobPosting(toJobPosting(original), { now: NOW });
    assert.deepEqual(back.location, original.location);
    assert.deepEqual(back.compensation, original.compensation);
    assert.equal(back.schedule, 'evenings');
    assert.deepEqual(back.effort, { min: 1.5, max: 1.5 });
  });

  it('reads a typical external posting, reducing HTML to plain text', () => {
    const project = fromJobPosting(external(), { now: NOW });
    assert.ok(Project.safeParse(project).success);
    assert.equal(project.title, 'Market research for a coffee start-up');
    assert.equal(project.summary, 'Help us size the market for oat-milk cold brew.');
    assert.equal(project.description, 'Help us size the market for oat-milk cold brew. You will interview 10 cafés.\n\nDeliverables:\n\n- A 5-page report\n- Raw notes');
    assert.equal(/[<>]/.test(project.description), false);
    assert.equal(project.company.name, 'Bean & Leaf');
    assert.equal(project.company.website, 'https://beanleaf.example');
    assert.equal(project.company.logoUrl, undefined);
    assert.equal(project.category, 'market-research');
    assert.deepEqual(project.skills, ['interviewing', 'market sizing', 'Excel']);
    assert.deepEqual(project.compensation, { kind: 'hourly', min: { amount: 1850, currency: 'USD' }, max: { amount: 2400, currency: 'USD' } });
    assert.deepEqual(project.remote, { countries: ['US'] });
    assert.equal(project.location, undefined);
    assert.equal(project.postedAt, '2026-11-02T00:00:00Z');
    assert.equal(project.applyBy, '2026-12-20T23:59:59Z');
    assert.equal(project.status, 'open');
    // What JobPosting cannot say gets the documented defaults.
    assert.deepEqual(project.effort, DEFAULT_JOB_POSTING_EFFORT);
    assert.equal(project.window, 'P1M');
    assert.equal(project.schedule, 'flexible');
    assert.equal(project.spots, 1);
    assert.deepEqual(project.questions, []);
    // No identifier: a stable id from title and company.
    assert.match(project.id, /^jp-market-research-for-a-coffee-start-up-[0-9a-f]{8}$/);
    assert.equal(fromJobPosting(external(), { now: NOW }).id, project.id);
    assert.equal(project.slug, 'market-research-for-a-coffee-start-up');
  });

  it('keeps only safe URLs for the logo and website', () => {
    for (const logo of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/x.png', { '@type': 'ImageObject', url: 'vbscript:x' }]) {
      const project = fromJobPosting(external({ hiringOrganization: { name: 'Acme', logo, sameAs: ['javascript:x', 'https://acme.example'], url: 'java\nscript:x' } }), { now: NOW });
      assert.equal(project.company.logoUrl, undefined, JSON.stringify(logo));
      assert.equal(project.company.website, 'https://acme.example');
    }
    const good = fromJobPosting(external({ hiringOrganization: { name: 'Acme', logo: { '@type': 'ImageObject', url: 'https://acme.example/logo.png' } } }), { now: NOW });
    assert.equal(good.company.logoUrl, 'https://acme.example/logo.png');
  });

  it('reads other salary shapes: fixed fees, single values, strings and salaryCurrency', () => {
    const fee = fromJobPosting(external({ baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 300, unitText: 'PROJECT' } } }), { now: NOW });
    assert.deepEqual(fee.compensation, { kind: 'fixed', amount: { amount: 30000, currency: 'EUR' } });
    const range = fromJobPosting(external({ baseSalary: { currency: 'USD', value: { minValue: 250, maxValue: 400, unitText: 'MONTH' } } }), { now: NOW });
    assert.deepEqual(range.compensation, { kind: 'fixed', amount: { amount: 25000, currency: 'USD' } });
    const text = fromJobPosting(external({ salaryCurrency: 'jpy', baseSalary: { value: { value: '1500', unitText: 'hour' } } }), { now: NOW });
    assert.deepEqual(text.compensation, { kind: 'hourly', min: { amount: 1500, currency: 'JPY' } });
    const fallback = fromJobPosting(external({ baseSalary: { value: { value: 0.29, unitText: 'HOUR' } } }), { now: NOW, fallbackCurrency: 'GBP' });
    assert.deepEqual(fallback.compensation, { kind: 'hourly', min: { amount: 29, currency: 'GBP' } });
    const usd = fromJobPosting(external({ baseSalary: { value: { value: 20, unitText: 'HOUR' } } }), { now: NOW });
    assert.equal(usd.compensation.kind === 'hourly' && usd.compensation.min.currency, 'USD');
  });

  it('reads effort from workHours, spots from totalJobOpenings, and on-site addresses', () => {
    const project = fromJobPosting(
      external({
        workHours: '10 to 20 hours, evenings',
        totalJobOpenings: 3,
        jobLocationType: undefined,
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Madrid', addressCountry: { '@type': 'Country', name: 'es' } } },
        window: 'P2W',
        identifier: { '@type': 'PropertyValue', name: 'Bean', value: 'job/42' },
      }),
      { now: NOW },
    );
    assert.deepEqual(project.effort, { min: 10, max: 20 });
    assert.equal(project.schedule, 'evenings');
    assert.equal(project.spots, 3);
    assert.equal(project.remote, false);
    assert.deepEqual(project.location, { city: 'Madrid', country: 'ES' });
    assert.equal(project.window, 'P2W');
    assert.match(project.id, /^job-42-[0-9a-f]{8}$/);
    assert.deepEqual(fromJobPosting(external({ workHours: 6 }), { now: NOW }).effort, { min: 6, max: 6 });
  });

  it('closes postings whose validThrough has passed', () => {
    assert.equal(fromJobPosting(external({ validThrough: '2026-11-30T12:00:00Z' }), { now: NOW }).status, 'closed');
    assert.equal(fromJobPosting(external({ validThrough: undefined }), { now: NOW }).status, 'open');
  });

  it('copes with category, skills and titles it cannot use as they are', () => {
    const project = fromJobPosting(
      external({ title: `<h1>${'Very long title '.repeat(20)}</h1>`, occupationalCategory: '15-1252.00 Software Developers', skills: ['SQL', 'sql', 'x'.repeat(41), 7] }),
      { now: NOW },
    );
    assert.ok(project.title.length <= 120 && project.title.endsWith('…'));
    assert.equal(project.category, 'other');
    assert.deepEqual(project.skills, ['SQL', '7']);
    assert.equal(fromJobPosting(external({ occupationalCategory: ['Software development'] }), { now: NOW }).category, 'software');
    const unicode = fromJobPosting(external({ title: 'データ整理' }), { now: NOW });
    assert.match(unicode.slug, /^gig-[0-9a-f]{8}$/);
  });

  it('refuses what cannot become a valid Project', () => {
    const bad: [unknown, RegExp][] = [
      [undefined, /one JobPosting/],
      ['JobPosting', /one JobPosting/],
      [[external()], /one JobPosting/],
      [{ ...external(), '@type': 'Event' }, /@type/],
      [external({ title: '  <br>  ' }), /title/],
      [external({ hiringOrganization: undefined }), /hiringOrganization/],
      [external({ hiringOrganization: { name: '<b></b>' } }), /hiringOrganization/],
      [external({ baseSalary: undefined }), /baseSalary is missing/],
      [external({ baseSalary: { currency: 'USD', value: { minValue: -5, unitText: 'HOUR' } } }), /minValue/],
      [external({ baseSalary: { currency: 'USD', value: { value: 'lots', unitText: 'HOUR' } } }), /value/],
      [external({ baseSalary: { currency: 'USD', value: { unitText: 'HOUR' } } }), /no value/],
      [external({ baseSalary: { currency: 'XYZ', value: 20 } }), /currency/i],
      [external({ datePosted: undefined }), /datePosted/],
      [external({ datePosted: 'November 2, 2026' }), /datePosted/],
      [external({ validThrough: '2026-13-45' }), /validThrough/],
    ];
    for (const [data, why] of bad) {
      assert.throws(
        () => fromJobPosting(data, { now: NOW }),
        (e: unknown) => isMiInputError(e) && why.test(e.message) && !/undefined|NaN/.test(e.message),
        JSON.stringify(data)?.slice(0, 80),
      );
    }
    assert.throws(() => fromJobPosting(external(), { now: new Date('nope') }), isMiInputError);
    assert.throws(() => fromJobPosting(external(), { fallbackCurrency: 'usd!' }), (e: unknown) => isMiInputError(e) && /currency/i.test(e.message));
    assert.throws(() => fromJobPosting(external(), null as never), isMiInputError);
  });
});
