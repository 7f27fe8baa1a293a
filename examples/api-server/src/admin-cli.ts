import { parseArgs } from 'node:util';
import { SafeUrl, Slug } from '@microintern/core';
import { configFromEnv, normaliseOrigin } from './config.js';
import { newId } from './domain/ids.js';
import { generateSecretKey } from './domain/secret-keys.js';
import { openStore, storeLocationFromEnv } from './store/open-store.js';
import { ProblemError } from './http/problem.js';
import { registerWebhook } from './routes/webhooks.js';
import type { CompanyRecord, Store } from './store/store.js';

/** Where the admin command reads its environment and writes its output (injectable for tests). */
export interface AdminIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: microintern-admin <command> [options]

Commands:
  create-company --name <name> --slug <slug> [--website <url>] [--origin <origin>]... [--test]
      Creates a company and its first secret key, printed once.
  create-key --company <slug> [--test]
      Creates another secret key for a company, printed once.
  list-companies
      Lists companies with their open gigs and allowed origins.
  create-webhook --company <slug> --url <https://…> [--event <type>]...
      Registers an endpoint for application.received and application.status_changed (or the
      --event types named) and prints its signing secret, once.
  list-webhooks --company <slug>
      Lists a company's webhook endpoints and how their deliveries stand.

Options:
  --db <path>   SQLite file (default: $MI_DB or .data/microintern.sqlite)
  --test        Make an sk_test_ key instead of sk_live_

MI_WEBHOOK_ALLOW_HTTP=1 lets create-webhook register a plain http:// endpoint (local development).

With DATABASE_URL set (postgres://…), the commands work on that PostgreSQL database instead,
as the server does.`;

class UsageError extends Error {
  override name = 'UsageError' as const;
}

async function createKey(store: Store, companyId: string, test: boolean, io: AdminIo): Promise<void> {
  const key = generateSecretKey(test ? 'test' : 'live');
  await store.createApiKey({ id: newId('key'), companyId, hash: key.hash, prefix: key.prefix, mode: key.mode, createdAt: Date.now(), revokedAt: null });
  io.out(`Secret key (shown once; only its hash is stored): ${key.secret}`);
}

async function companyOf(store: Store, slug: string | undefined): Promise<CompanyRecord> {
  if (!slug) throw new UsageError('--company is required');
  const company = await store.findCompany(slug);
  if (!company) throw new UsageError(`No company "${slug}"`);
  return company;
}

function originsFrom(values: readonly string[]): string[] {
  return values.map((value) => {
    const origin = normaliseOrigin(value);
    if (!origin) throw new UsageError(`--origin must be an http(s) origin such as https://acme.example, not ${value}`);
    return origin;
  });
}

/**
 * The admin command: creates companies, secret keys and webhook endpoints, lists companies and
 * webhooks. Returns the exit code.
 *
 * @example
 * ```ts
 * await runAdmin(['create-company', '--name', 'Acme', '--slug', 'acme', '--origin', 'https://acme.example'], io);
 * ```
 */
export async function runAdmin(argv: readonly string[], io: AdminIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        slug: { type: 'string' },
        website: { type: 'string' },
        origin: { type: 'string', multiple: true },
        company: { type: 'string' },
        url: { type: 'string' },
        event: { type: 'string', multiple: true },
        test: { type: 'boolean' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (!['create-company', 'create-key', 'list-companies', 'create-webhook', 'list-webhooks'].includes(command)) {
    io.err(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }

  let store: Store | undefined;
  try {
    store = await openStore({ ...storeLocationFromEnv(io.env), ...(values.db ? { dbPath: values.db } : {}) });
    if (command === 'create-company') {
      const name = values.name?.trim();
      if (!name || name.length > 120) throw new UsageError('--name is required (at most 120 characters)');
      if (!values.slug || !Slug.safeParse(values.slug).success) throw new UsageError('--slug is required: lowercase words joined by hyphens, such as acme');
      if (values.website !== undefined && !SafeUrl.safeParse(values.website).success) throw new UsageError('--website must be an http(s) URL');
      const origins = originsFrom(values.origin ?? []);
      const id = newId('c');
      const outcome = await store.createCompany({
        id,
        name,
        slug: values.slug,
        ...(values.website ? { website: values.website } : {}),
        allowedOrigins: origins,
        createdAt: Date.now(),
      });
      if (outcome === 'slug-taken') throw new UsageError(`A company with the slug "${values.slug}" already exists`);
      io.out(`Created company ${name} (${values.slug}), id ${id}`);
      io.out(`Allowed origins: ${origins.length ? origins.join(', ') : '(none: browsers cannot post applications yet)'}`);
      await createKey(store, id, values.test ?? false, io);
    } else if (command === 'create-key') {
      await createKey(store, (await companyOf(store, values.company)).id, values.test ?? false, io);
    } else if (command === 'create-webhook') {
      const company = await companyOf(store, values.company);
      if (!values.url) throw new UsageError('--url is required: the https:// address to POST events to');
      const settings = { allowHttp: configFromEnv(io.env).webhooks?.allowHttp ?? false };
      const body = { url: values.url, ...(values.event ? { events: values.event } : {}) };
      let webhook;
      try {
        webhook = await registerWebhook({ store, settings }, company.id, body, Date.now());
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        throw new UsageError((error.init.errors ?? []).map((e) => `--${e.path.split('.')[0] === 'events' ? 'event' : e.path}: ${e.message}`).join('; ') || error.message);
      }
      io.out(`Created webhook ${webhook.id} for ${company.slug}: ${webhook.url} (${webhook.events.join(', ')})`);
      io.out(`Signing secret (shown once): ${webhook.secret}`);
      io.out('Verify each delivery\'s Microintern-Signature header with it (docs/http-api.md, "Webhooks").');
    } else if (command === 'list-webhooks') {
      const company = await companyOf(store, values.company);
      const deliveries = await store.listWebhookDeliveries(company.id);
      const webhooks = await store.listWebhooks(company.id);
      for (const webhook of webhooks) {
        const mine = deliveries.filter((d) => d.webhookId === webhook.id);
        const count = (state: string) => mine.filter((d) => d.state === state).length;
        io.out(`${webhook.id}\t${webhook.url}\t${webhook.events.join(',')}\t${count('delivered')} delivered, ${count('pending')} pending, ${count('failed')} failed`);
      }
      if (!webhooks.length) io.out(`No webhooks for ${company.slug} yet.`);
    } else {
      const companies = await store.listCompanies();
      for (const summary of companies) {
        const record = await store.findCompany(summary.id);
        io.out(`${summary.slug}\t${summary.name}\t${summary.openProjects} open\t${record?.allowedOrigins.join(' ') ?? ''}`);
      }
      if (!companies.length) io.out('No companies yet.');
    }
    return 0;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await store?.close();
  }
}
