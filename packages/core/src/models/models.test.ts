import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ApplicationInput } from './application.js';
import { ApplicationCount, emptyApplicationCount } from './application-count.js';
import { Availability } from './availability.js';
import { Compensation } from './compensation.js';
import { parseOrThrow } from './parse.js';
import { Project } from './project.js';
import { checkProject } from './project-quick.js';
import { isSafeUrl } from './safe-url.js';
import { APPLICATION_STATUSES, canChangeStatus } from './status-transitions.js';
import { readStatusLink, statusLinkUrl } from './status-token.js';
import { isMiInputError } from '../errors/mi-input-error.js';
import { sampleProject } from '../test-support/fixtures.js';

const application = {
  projectId: 'p_1',
  applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' },
  answers: {},
  consent: true,
} as const;

describe('models', () => {
  it('accepts a complete project and refuses a range whose top is below its bottom', () => {
    assert.equal(Project.safeParse(sampleProject()).success, true);
    const bad = Compensation.safeParse({ kind: 'hourly', min: { amount: 2000, currency: 'USD' }, max: { amount: 1500, currency: 'USD' } });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error?.issues[0]?.path, ['max']);
  });

  it('takes remote.countries as ISO 3166-1 alpha-2 codes in any case, writes them in capitals, and names a bad one', () => {
    assert.deepEqual(Project.parse(sampleProject({ remote: { countries: ['us', 'Ca', 'GB'] } })).remote, { countries: ['US', 'CA', 'GB'] });
    assert.equal(Project.parse(sampleProject({ remote: true })).remote, true);
    const refused = (remote: unknown) => {
      const input = { ...sampleProject(), remote };
      const quick = (() => { try { checkProject(input); return undefined; } catch (error) { return error; } })();
      assert.ok(isMiInputError(quick), `checkProject refuses ${JSON.stringify(remote)}`);
      const error = (() => { try { parseOrThrow(Project, input, 'Invalid project'); return undefined; } catch (e) { return e; } })();
      assert.ok(isMiInputError(error));
      return [error.issues.map((i) => `${i.path}: ${i.message}`), quick.issues.map((i) => i.path)];
    };
    assert.deepEqual(refused({ countries: ['USA'] }), [['remote.countries.0: Must be an ISO 3166-1 alpha-2 country code such as US or GB'], ['remote.countries.0']]);
    // `ß` upper-cases to `SS`, which is a code: only ASCII letters are taken.
    assert.deepEqual(refused({ countries: ['ß'] })[1], ['remote.countries.0']);
    assert.deepEqual(refused({ countries: ['US', 'us'] }), [['remote.countries: Each country may be listed only once'], ['remote.countries']]);
    assert.deepEqual(refused({ countries: [] }), [['remote.countries: List at least one country, or set remote to true'], ['remote.countries']]);
    assert.deepEqual(refused('yes'), [['remote: Must be true, false or { "countries": ["US", …] }'], ['remote']]);
  });

  it('refuses fractional money and lowercase currency codes', () => {
    assert.equal(Compensation.safeParse({ kind: 'fixed', amount: { amount: 10.5, currency: 'USD' } }).success, false);
    assert.equal(Compensation.safeParse({ kind: 'fixed', amount: { amount: 1000, currency: 'usd' } }).success, false);
  });

  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'https://user:pass@evil.example/',
    'http://exa mple.com',
  ]) {
    it(`refuses ${JSON.stringify(url)} as a portfolio URL`, () => {
      assert.equal(isSafeUrl(url), false);
      const result = ApplicationInput.safeParse({ ...application, applicant: { ...application.applicant, portfolioUrl: url } });
      assert.equal(result.success, false);
    });
  }

  it('accepts http and https URLs in any case of scheme', () => {
    assert.equal(isSafeUrl('https://github.com/ada'), true);
    assert.equal(isSafeUrl('HTTP://example.com/cv.pdf'), true);
  });

  it('names every invalid field of an application, unknown fields included', () => {
    try {
      parseOrThrow(ApplicationInput, { ...application, applicant: { name: ' ', email: 'nope' }, coverNote: 'x'.repeat(2001), consent: false, extra: 1 }, 'Invalid application');
      assert.fail('should have thrown');
    } catch (error) {
      assert.ok(isMiInputError(error));
      const paths = error.issues.map((i) => i.path).sort();
      assert.deepEqual(paths, ['applicant.email', 'applicant.name', 'consent', 'coverNote', 'extra']);
      assert.ok(error.issues.every((i) => i.message.length > 3 && !i.message.includes('undefined')));
    }
  });

  it('validates availability time zones, days and block order', () => {
    assert.equal(Availability.safeParse({ timeZone: 'Australia/Sydney', blocks: [{ day: 6, start: '09:00', end: '24:00' }] }).success, true);
    for (const bad of [
      { timeZone: 'EST', blocks: [] },
      { timeZone: 'Mars/Olympus', blocks: [] },
      { timeZone: 'UTC', blocks: [{ day: 7, start: '09:00', end: '10:00' }] },
      { timeZone: 'UTC', blocks: [{ day: 1, start: '10:00', end: '09:00' }] },
      { timeZone: 'UTC', blocks: [{ day: 1, start: '9:00', end: '10:00' }] },
    ]) {
      assert.equal(Availability.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});

describe('slugify', () => {
  it('folds accents and special letters, and leaves other scripts out', async () => {
    const { slugify } = await import('./slugify.js');
    assert.equal(slugify('Café menu — Größe & Ñandú!'), 'cafe-menu-grosse-nandu');
    assert.equal(slugify('日本語のタイトル'), '');
  });

  it('cuts at a word boundary, and cuts a first word longer than the limit', async () => {
    const { slugify } = await import('./slugify.js');
    assert.equal(slugify('Competitor pricing scan for a meal-kit startup', 20), 'competitor-pricing');
    assert.equal(slugify('Supercalifragilistic', 5), 'super');
  });
});

describe('application statuses', () => {
  it('moves forward only: received → reviewing → accepted | declined, and nothing leaves a final status', () => {
    const allowed = APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.filter((to) => canChangeStatus(from, to)).map((to) => `${from}>${to}`));
    assert.deepEqual(allowed, ['received>reviewing', 'received>accepted', 'received>declined', 'reviewing>accepted', 'reviewing>declined']);
  });

  it('writes a status link with the id and token in the fragment, and reads back only a well-formed one', () => {
    const token = `st_${'Ab9'.repeat(10)}Zz`;
    const url = statusLinkUrl('https://acme.example/status?lang=es', { applicationId: 'app_1', token });
    assert.equal(url, `https://acme.example/status?lang=es#mi-application=app_1&mi-token=${token}`);
    assert.ok(!new URL(url).search.includes(token), 'the token is never part of what is sent to a server');
    assert.deepEqual(readStatusLink(new URL(url).hash), { applicationId: 'app_1', token });
    assert.equal(readStatusLink(`#mi-application=app_1&mi-token=${token.slice(0, -1)}`), undefined);
    assert.equal(readStatusLink(`#mi-application=../x&mi-token=${token}`), undefined);
    assert.equal(readStatusLink(''), undefined);
  });

  it('counts a project’s applications under every status, and only counts that add up', () => {
    const empty = emptyApplicationCount('p_1');
    assert.deepEqual(Object.keys(empty.byStatus), [...APPLICATION_STATUSES]);
    assert.ok(Object.values(empty.byStatus).every((n) => n === 0) && empty.total === 0);
    assert.equal(ApplicationCount.safeParse(empty).success, true);
    const wrong = ApplicationCount.safeParse({ ...empty, total: 1 });
    assert.deepEqual(wrong.error?.issues.map((i) => i.path), [['total']]);
    const negative = ApplicationCount.safeParse({ projectId: 'p_1', total: -1, byStatus: { ...empty.byStatus, received: -1 } });
    assert.equal(negative.success, false);
  });
});
