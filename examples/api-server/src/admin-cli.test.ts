import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAdmin, type AdminIo } from './admin-cli.js';
import { hashSecretKey } from './domain/secret-keys.js';
import { openSqliteStore } from './store/sqlite-store.js';

function capture(env: NodeJS.ProcessEnv = {}): AdminIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line), env };
}

describe('admin command', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mi-admin-test-'));
    db = join(dir, 'admin.sqlite');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a company with its origins and prints its secret key once, storing only the hash', async () => {
    const io = capture();
    const code = await runAdmin(['create-company', '--name', 'Acme', '--slug', 'acme', '--origin', 'https://acme.example/', '--origin', 'http://localhost:5173', '--db', db], io);
    assert.equal(code, 0, io.stderr.join('\n'));
    const secret = /(sk_live_[0-9A-Za-z]{32})/.exec(io.stdout.join('\n'))?.[1];
    assert.ok(secret, io.stdout.join('\n'));
    assert.equal(io.stdout.join('\n').split(secret).length - 1, 1, 'printed once');

    const store = await openSqliteStore(db);
    const company = await store.findCompany('acme');
    assert.deepEqual(company?.allowedOrigins, ['https://acme.example', 'http://localhost:5173']);
    const key = await store.findApiKeyByHash(hashSecretKey(secret));
    assert.equal(key?.companyId, company?.id);
    const rows = await store.db.selectFrom('api_keys').selectAll().execute();
    assert.ok(rows.every((row) => !JSON.stringify(row).includes(secret)), 'the secret itself is not stored');
    await store.close();
  });

  it('creates test keys, lists companies and reads the database path from MI_DB', async () => {
    const io = capture({ MI_DB: db });
    assert.equal(await runAdmin(['create-key', '--company', 'acme', '--test'], io), 0, io.stderr.join('\n'));
    assert.match(io.stdout.join('\n'), /sk_test_[0-9A-Za-z]{32}/);
    const list = capture({ MI_DB: db });
    assert.equal(await runAdmin(['list-companies'], list), 0);
    assert.match(list.stdout.join('\n'), /^acme\tAcme\t0 open\thttps:\/\/acme\.example http:\/\/localhost:5173$/m);
  });

  it('registers a webhook endpoint, printing its signing secret once, and lists it', async () => {
    const io = capture({ MI_DB: db });
    assert.equal(await runAdmin(['create-webhook', '--company', 'acme', '--url', 'https://hooks.acme.example/mi', '--event', 'application.received'], io), 0, io.stderr.join('\n'));
    const out = io.stdout.join('\n');
    assert.match(out, /^Created webhook wh_\w+ for acme: https:\/\/hooks\.acme\.example\/mi \(application\.received\)$/m);
    assert.match(out, /^Signing secret \(shown once\): whsec_[0-9A-Za-z]{32}$/m);
    const list = capture({ MI_DB: db });
    assert.equal(await runAdmin(['list-webhooks', '--company', 'acme'], list), 0);
    assert.match(list.stdout.join('\n'), /^wh_\w+\thttps:\/\/hooks\.acme\.example\/mi\tapplication\.received\t0 delivered, 0 pending, 0 failed$/);

    const plain = capture({ MI_DB: db });
    assert.equal(await runAdmin(['create-webhook', '--company', 'acme', '--url', 'http://localhost:9000/hooks'], plain), 2);
    assert.match(plain.stderr.join('\n'), /--url: Must be an https:\/\/ URL/);
    const allowed = capture({ MI_DB: db, MI_WEBHOOK_ALLOW_HTTP: '1' });
    assert.equal(await runAdmin(['create-webhook', '--company', 'acme', '--url', 'http://localhost:9000/hooks'], allowed), 0, allowed.stderr.join('\n'));
    const unknown = capture({ MI_DB: db });
    assert.equal(await runAdmin(['create-webhook', '--company', 'acme', '--url', 'https://x.example', '--event', 'application.deleted'], unknown), 2);
    assert.match(unknown.stderr.join('\n'), /^--event: /);
  });

  it('refuses bad input with exit code 2 and a reason', async () => {
    for (const args of [
      ['create-company', '--name', 'Acme again', '--slug', 'acme'],
      ['create-company', '--name', 'Bad', '--slug', 'Not A Slug'],
      ['create-company', '--name', 'Bad', '--slug', 'bad', '--origin', 'javascript:alert(1)'],
      // The feed readers keep a gig without an unsafe website; the API never stores one.
      ['create-company', '--name', 'Bad', '--slug', 'bad', '--website', 'javascript:alert(1)'],
      ['create-company', '--name', 'Bad', '--slug', 'bad', '--website', 'JaVaScRiPt:alert(1)'],
      ['create-key', '--company', 'nobody'],
      ['launch-rockets'],
      ['create-company', '--bogus'],
      [],
    ]) {
      const io = capture();
      assert.equal(await runAdmin([...args, '--db', db], io), 2, args.join(' '));
      assert.ok(io.stderr.join('\n').length > 0);
    }
  });
});
