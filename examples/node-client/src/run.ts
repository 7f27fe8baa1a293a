import { createClient } from '@microintern/core';
import { parseCli, USAGE, UsageError, type CliOptions, type Command } from './args.js';
import { applicationsCommand } from './commands/applications.js';
import { exportCommand } from './commands/export.js';
import { listCommand } from './commands/list.js';
import { postCommand } from './commands/post.js';
import { setStatusCommand } from './commands/set-status.js';
import { describeFailure } from './describe-failure.js';
import type { CommandContext, Io } from './io.js';

/** Exit codes: what a script calling this command can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const COMMANDS: Record<Command, (context: CommandContext) => Promise<void>> = {
  list: listCommand,
  export: exportCommand,
  post: postCommand,
  applications: applicationsCommand,
  'set-status': setStatusCommand,
};

function clientFor(options: CliOptions) {
  return createClient({
    baseUrl: options.api,
    ...(options.company ? { company: options.company } : {}),
    ...(options.key ? { key: options.key } : {}),
    // One retry is enough at a terminal: a person waiting on a dead API wants to hear so soon.
    retry: 1,
  });
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code:
 * 0 done, 1 the API or a file refused, 2 the arguments were wrong (the usage text is printed).
 * Every failure is printed as one sentence that says what to do next.
 *
 * @example
 * ```ts
 * const code = await run(['list', '--company', 'forkful'], { out: console.log, err: console.error, cwd: process.cwd() }, process.env);
 * ```
 */
export async function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (options === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    await COMMANDS[options.command]({ options, mi: clientFor(options), io });
    return EXIT.ok;
  } catch (error) {
    io.err(describeFailure(error, { api: options.api, company: options.company, file: options.file }));
    return EXIT.failed;
  }
}
