import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { sampleProject } from '../test-support/fixtures.js';
import { jobPostingToJson, toJobPosting } from './to-job-posting.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('toJobPosting', () => {
  it('writes the JobPosting fields DESIGN.md asks for', () => {
    const posting = toJobPosting(sampleProject(), { url: 'https://acme.example/careers#p_clean-data' });
    assert.equal(posting['@context'], 'https://schema.org');
    assert.equal(posting['@type'], 'JobPosting');
    assert.equal(posting.title, 'Clean a survey data set');
    assert.equal(
      posting.description,
      'Tidy 2,000 survey responses in a spreadsheet and write a one-page summary.\n\nWe ran a customer survey.\n\nYou will remove duplicates, normalise answers and chart the results.',
    );
    assert.deepEqual(posting.identifier, { '@type': 'PropertyValue', name: 'Acme Analytics', value: 'p_clean-data' });
    assert.equal(posting.datePosted, '2026-11-20T14:00:00Z');
    assert.equal(posting.validThrough, '2026-12-15T23:59:00-05:00');
    assert.deepEqual(posting.employmentType, ['CONTRACTOR', 'INTERN']);
    assert.deepEqual(posting.hiringOrganization, { '@type': 'Organization', name: 'Acme Analytics', sameAs: 'https://acme.example' });
    assert.equal(posting.jobLocationType, 'TELECOMMUTE');
    assert.equal(posting.jobLocation, undefined);
    assert.deepEqual(posting.baseSalary, {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 18, maxValue: 22, unitText: 'HOUR' },
    });
    assert.equal(posting.directApply, true);
    assert.equal(posting.skills, 'spreadsheets, data cleaning');
    assert.equal(posting.occupationalCategory, 'data');
    assert.equal(posting.workHours, '8–12 hours in total, on weekends');
    assert.equal(posting.totalJobOpenings, 2);
    assert.equal(posting.url, 'https://acme.example/careers#p_clean-data');
  });

  it('gives a single rate as value and converts minor units exactly', () => {
    const posting = toJobPosting(sampleProject({ compensation: { kind: 'hourly', min: usd(1850) } }));
    assert.deepEqual(posting.baseSalary.value, { '@type': 'QuantitativeValue', value: 18.5, unitText: 'HOUR' });
    const yen = toJobPosting(sampleProject({ compensation: { kind: 'hourly', min: { amount: 1500, currency: 'JPY' } } }));
    assert.equal(yen.baseSalary.value.value, 1500);
    const dinar = toJobPosting(sampleProject({ compensation: { kind: 'hourly', min: { amount: 7255, currency: 'BHD' } } }));
    assert.equal(dinar.baseSalary.value.value, 7.255);
    const cents = toJobPosting(sampleProject({ compensation: { kind: 'hourly', min: usd(29), max: usd(57) } }));
    assert.deepEqual([cents.baseSalary.value.minValue, cents.baseSalary.value.maxValue], [0.29, 0.57]);
  });

  it('publishes a fixed fee as its effective hourly range', () => {
    const posting = toJobPosting(sampleProject({ compensation: { kind: 'fixed', amount: usd(30000) }, effort: { min: 10, max: 15 } }));
    assert.deepEqual(posting.baseSalary.value, { '@type': 'QuantitativeValue', minValue: 20, maxValue: 30, unitText: 'HOUR' });
  });

  it('describes on-site work with a Place and remote work with a country requirement', () => {
    const onSite = toJobPosting(sampleProject({ remote: false, location: { city: 'Austin', region: 'TX', country: 'US' } }));
    assert.equal(onSite.jobLocationType, undefined);
    assert.deepEqual(onSite.jobLocation, {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
    });
    const remote = toJobPosting(sampleProject({ location: { country: 'MX' } }));
    assert.deepEqual(remote.applicantLocationRequirements, [{ '@type': 'Country', name: 'MX' }]);
    assert.equal(remote.jobLocation, undefined);
    assert.equal(toJobPosting(sampleProject()).applicantLocationRequirements, undefined);
  });

  it("names every country of remote.countries as a Country applicants may live in, in Google's terms", () => {
    const posting = toJobPosting(sampleProject({ remote: { countries: ['US', 'CA', 'MX'] }, location: { city: 'Chicago', country: 'US' } }));
    assert.equal(posting.jobLocationType, 'TELECOMMUTE');
    assert.deepEqual(posting.applicantLocationRequirements, [
      { '@type': 'Country', name: 'US' },
      { '@type': 'Country', name: 'CA' },
      { '@type': 'Country', name: 'MX' },
    ]);
    assert.equal(posting.jobLocation, undefined);
    // Written in capitals, whatever case the project came in.
    const lower = toJobPosting({ ...sampleProject(), remote: { countries: ['de'] } });
    assert.deepEqual(lower.applicantLocationRequirements, [{ '@type': 'Country', name: 'DE' }]);
    // A code that is not ISO 3166-1 alpha-2 is refused, naming the field.
    assert.throws(
      () => toJobPosting({ ...sampleProject(), remote: { countries: ['USA'] } }),
      (error: unknown) => isMiInputError(error) && error.issues[0]?.path === 'remote.countries.0' && /ISO 3166-1 alpha-2/.test(error.message),
    );
  });

  it('leaves out what the project does not have', () => {
    const bare = toJobPosting(sampleProject({ applyBy: undefined, skills: [], category: 'other', effort: { min: 1, max: 1 }, schedule: 'flexible' }));
    assert.equal('validThrough' in bare, false);
    assert.equal('skills' in bare, false);
    assert.equal('occupationalCategory' in bare, false);
    assert.equal('url' in bare, false);
    assert.equal(bare.workHours, '1 hour in total, on a flexible schedule');
  });

  it('includes the logo only as a safe URL', () => {
    const company = { id: 'c_acme', name: 'Acme', slug: 'acme', logoUrl: 'https://acme.example/logo.png' };
    assert.equal(toJobPosting(sampleProject({ company })).hiringOrganization.logo, 'https://acme.example/logo.png');
  });

  it('refuses invalid projects and unsafe URLs', () => {
    const bad: unknown[][] = [
      [undefined],
      [{ ...sampleProject(), title: '' }],
      [sampleProject({ company: { id: 'c', name: 'Acme', slug: 'acme', logoUrl: 'javascript:alert(1)' } })],
      [sampleProject(), { url: 'javascript:alert(1)' }],
      [sampleProject(), { url: 'data:text/html,hi' }],
      [sampleProject(), null],
    ];
    for (const args of bad) {
      assert.throws(() => (toJobPosting as (...a: unknown[]) => unknown)(...args), (e: unknown) => isMiInputError(e) && !/undefined|NaN/.test(e.message));
      assert.throws(() => (jobPostingToJson as (...a: unknown[]) => unknown)(...args), isMiInputError);
    }
  });
});

describe('jobPostingToJson', () => {
  it('cannot close the script element, whatever the project says', () => {
    const hostile = '</script><script>alert(1)</script>';
    const json = jobPostingToJson(sampleProject({ title: hostile, summary: 'A & B <!-- x -->', description: 'line\u2028sep\u2029end' }));
    assert.equal(/[<>&\u2028\u2029]/.test(json), false);
    assert.ok(json.includes('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'));
    assert.ok(json.includes('A \\u0026 B \\u003c!-- x --\\u003e'));
    assert.ok(json.includes('line\\u2028sep\\u2029end'));
    const parsed = JSON.parse(json) as { title: string; description: string };
    assert.equal(parsed.title, hostile);
    assert.deepEqual(parsed, JSON.parse(JSON.stringify(toJobPosting(sampleProject({ title: hostile, summary: 'A & B <!-- x -->', description: 'line\u2028sep\u2029end' })))));
  });
});
