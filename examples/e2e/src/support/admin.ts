import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './site.js';

const run = promisify(execFile);

/** Runs the API's admin command on `dbPath` and returns the secret key it printed. */
async function adminKey(dbPath: string, args: string[]): Promise<string> {
  const admin = join(repoRoot, 'examples/api-server/dist/admin.js');
  const { stdout } = await run(process.execPath, [admin, ...args, '--test', '--db', dbPath]);
  const key = /\bsk_test_\S+/.exec(stdout)?.[0];
  if (!key) throw new Error(`The admin command printed no key:\n${stdout}`);
  return key;
}

/**
 * Makes a test secret key for `company` with the API's own admin command, on the database the
 * running server uses (SQLite in WAL mode takes a second connection), and returns the key.
 *
 * @example
 * ```ts
 * const key = await createSecretKey(site.dbPath, 'forkful'); // "sk_test_…"
 * ```
 */
export function createSecretKey(dbPath: string, company: string): Promise<string> {
  return adminKey(dbPath, ['create-key', '--company', company]);
}

/**
 * Makes a company of its own with the admin command (a test that must not share rate limits
 * with the seeded ones) and returns its first secret key.
 *
 * @example
 * ```ts
 * const key = await createCompany(site.dbPath, 'limit-test');
 * ```
 */
export function createCompany(dbPath: string, slug: string): Promise<string> {
  return adminKey(dbPath, ['create-company', '--name', `Test ${slug}`, '--slug', slug]);
}
