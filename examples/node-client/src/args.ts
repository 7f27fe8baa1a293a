import { parseArgs } from 'node:util';

export const DEFAULT_API = 'http://127.0.0.1:8787';

export const USAGE = `Usage: microintern-gigs <command> [options]

Commands:
  list                           Open gigs as a table (every company, or --company's)
  export [--out gigs.csv]        Open gigs as CSV, to a file or to standard output
  post --file project.json       Post a new gig (needs --company and --key)
  applications [--project <id>]  Applications received (needs --company and --key)
  set-status --application <id> --status reviewing|accepted|declined [--message <text>]
                                 Move an application along; the applicant reads the
                                 message on their status link (needs --company and --key)

Options:
  --api <url>        The Micro-Internship API (default: $MI_API or ${DEFAULT_API})
  --company <slug>   A company, such as forkful (default: $MI_COMPANY)
  --key <sk_...>     The company's secret key (default: $MI_KEY)
  --json             Print JSON instead of a table
  --limit <n>        At most n rows (list, export, applications; default 200)
  -h, --help         Show this help

Exit codes: 0 done, 1 the API or a file said no, 2 wrong arguments.`;

export type Command = 'list' | 'export' | 'post' | 'applications' | 'set-status';

/** What `set-status --status` takes. */
export const SETTABLE_STATUSES = ['reviewing', 'accepted', 'declined'] as const;

/** The command line, checked and with the environment's defaults filled in. */
export interface CliOptions {
  command: Command;
  api: string;
  company: string | undefined;
  key: string | undefined;
  json: boolean;
  limit: number;
  out: string | undefined;
  file: string | undefined;
  project: string | undefined;
  application: string | undefined;
  status: (typeof SETTABLE_STATUSES)[number] | undefined;
  message: string | undefined;
}

/** Arguments that do not make a command: shown with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}

// Which options each command takes, so a misplaced one (`list --file x`) is reported rather
// than silently ignored.
const ALLOWED: Record<Command, readonly string[]> = {
  list: ['api', 'company', 'json', 'limit'],
  export: ['api', 'company', 'limit', 'out'],
  post: ['api', 'company', 'key', 'json', 'file'],
  applications: ['api', 'company', 'key', 'json', 'limit', 'project'],
  'set-status': ['api', 'company', 'key', 'json', 'application', 'status', 'message'],
};
const NEEDS_KEY: readonly Command[] = ['post', 'applications', 'set-status'];

const isCommand = (value: string | undefined): value is Command => value !== undefined && Object.hasOwn(ALLOWED, value);

/**
 * Reads the command line. Returns `'help'` for `--help`; throws {@link UsageError} for
 * anything that is not a valid command with its options.
 *
 * @example
 * ```ts
 * parseCli(['list', '--json'], {});            // { command: 'list', api: 'http://127.0.0.1:8787', json: true, … }
 * parseCli(['post', '--file', 'p.json'], {});  // throws UsageError: post needs --company
 * ```
 */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        api: { type: 'string' },
        company: { type: 'string' },
        key: { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        out: { type: 'string' },
        file: { type: 'string' },
        project: { type: 'string' },
        application: { type: 'string' },
        status: { type: 'string' },
        message: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...extra] = positionals;
  if (!command) throw new UsageError('Name a command.');
  if (!isCommand(command)) throw new UsageError(`Unknown command "${command}".`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  for (const name of Object.keys(values)) {
    if (!ALLOWED[command].includes(name)) throw new UsageError(`${command} does not take --${name}.`);
  }

  const api = values.api ?? env['MI_API'] ?? DEFAULT_API;
  if (!/^https?:\/\/[^/]/.test(api) || !URL.canParse(api)) throw new UsageError(`--api must be an http(s) URL such as ${DEFAULT_API}, not "${api}".`);
  const company = values.company ?? (env['MI_COMPANY'] || undefined);
  const key = values.key ?? (env['MI_KEY'] || undefined);
  if (NEEDS_KEY.includes(command)) {
    if (!company) throw new UsageError(`${command} needs --company (or MI_COMPANY).`);
    if (!key) throw new UsageError(`${command} needs the company's secret key: --key or MI_KEY.`);
  }
  if (command === 'post' && !values.file) throw new UsageError('post needs --file with the project as JSON (see project.example.json).');

  if (command === 'set-status') {
    if (!values.application) throw new UsageError('set-status needs --application with the application\'s id (see the applications command).');
    if (!(SETTABLE_STATUSES as readonly string[]).includes(values.status ?? '')) {
      throw new UsageError(`set-status needs --status ${SETTABLE_STATUSES.join(', ')}${values.status ? `, not "${values.status}"` : ''}.`);
    }
  }

  const limit = values.limit === undefined ? 200 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1, not "${values.limit}".`);

  return {
    command,
    api: api.replace(/\/+$/, ''),
    company,
    key,
    json: values.json ?? false,
    limit,
    out: values.out,
    file: values.file,
    project: values.project,
    application: values.application,
    status: values.status as CliOptions['status'],
    message: values.message,
  };
}
