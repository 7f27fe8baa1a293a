import { parseArgs } from 'node:util';
import { SafeUrl, Slug } from '@microintern/core';
import { normaliseOrigin } from './config.js';
import { newId } from './domain/ids.js';
import { generateSecretKey } from './domain/secret-keys.js';
import { openStore, storeLocationFromEnv } from './store/open-store.js';
import type { Store } from './store/store.js';

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

Options:
  --db <path>   SQLite file (default: $MI_DB or .data/microintern.sqlite)
  --test        Make an sk_test_ key instead of sk_live_

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

function originsFrom(values: readonly string[]): string[] {
  return values.map((value) => {
    const origin = normaliseOrigin(value);
    if (!origin) throw new UsageError(`--origin must be an http(s) origin such as https://acme.example, not ${value}`);
    return origin;
  });
}

/**
 * The admin command: creates companies and secret keys, lists companies. Returns the exit code.
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
  if (!['create-company', 'create-key', 'list-companies'].includes(command)) {
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
      if (!values.company) throw new UsageError('--company is required');
      const company = await store.findCompany(values.company);
      if (!company) throw new UsageError(`No company "${values.company}"`);
      await createKey(store, company.id, values.test ?? false, io);
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
