// examples: one realistic value for the schemas a reader meets first. Each is checked against
// its own schema in the generated document (src/openapi/openapi.test.ts), so an example can
// never drift from the contract it illustrates.
import { sampleProject } from '../../src/test-support/fixtures.js';
import type { JsonObject } from './json.js';

// The test fixture every core test starts from: a gig that already passes `Project`.
const project = sampleProject() as unknown as JsonObject;

// What the company sent to create it: the server adds the id, company, posting time and status.
const projectInput: JsonObject = Object.fromEntries(Object.entries(project).filter(([key]) => !['id', 'company', 'postedAt', 'status'].includes(key)));

/** Example values by component schema name; each becomes that schema's `examples`. */
export const SCHEMA_EXAMPLES: Record<string, JsonObject[]> = {
  Money: [{ amount: 30000, currency: 'USD' }],
  Compensation: [
    { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
    { kind: 'fixed', amount: { amount: 30000, currency: 'USD' } },
  ],
  Project: [project],
  ProjectInput: [projectInput],
  ProjectPatch: [{ spots: 3, applyBy: '2026-12-22T23:59:00-05:00' }],
  ApplicationInput: [
    {
      projectId: 'p_clean-data',
      applicant: { name: 'Ada Lovelace', email: 'ada@example.edu', school: 'State University', graduationYear: 2027 },
      coverNote: 'I cleaned a 3,000-row survey for my statistics class last term.',
      answers: { tools: 'Google Sheets and a little pandas' },
      consent: true,
    },
  ],
  ApplicationReceipt: [{ id: 'a_7Hq2kT9x', projectId: 'p_clean-data', status: 'received', submittedAt: '2026-11-28T10:15:00Z' }],
  ApplicationCount: [{ projectId: 'p_clean-data', total: 3, byStatus: { received: 1, reviewing: 1, accepted: 1, declined: 0 } }],
  Problem: [
    {
      type: 'https://microintern.dev/problems/validation',
      title: 'Invalid application',
      status: 422,
      detail: 'applicant.email: Must be an e-mail address',
      errors: [{ path: 'applicant.email', message: 'Must be an e-mail address' }],
    },
  ],
};
