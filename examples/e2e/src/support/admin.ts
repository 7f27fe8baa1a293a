import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './site.js';

const run = promisify(execFile);

/**
 * Makes a test secret key for `company` with the API's own admin command, on the database the
 * running server uses (SQLite in WAL mode takes a second connection), and returns the key.
 *
 * @example
 * ```ts
 * const key = await createSecretKey(site.dbPath, 'forkful'); // "sk_test_…"
 * ```
 */
export async function createSecretKey(dbPath: string, company: string): Promise<string> {
  const admin = join(repoRoot, 'examples/api-server/dist/admin.js');
  const { stdout } = await run(process.execPath, [admin, 'create-key', '--company', company, '--test', '--db', dbPath]);
  const key = /\bsk_test_\S+/.exec(stdout)?.[0];
  if (!key) throw new Error(`The admin command printed no key:\n${stdout}`);
  return key;
}
