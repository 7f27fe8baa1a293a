#!/usr/bin/env node
// microintern-gigs: open gigs as a table or CSV, posting a gig and reading applications, with
// the typed client of @microintern/core. See README.md, or run with --help.
import { run } from './run.js';

const code = await run(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  },
  process.env,
);
// Set rather than exit(): output written to a pipe is flushed before the process ends.
process.exitCode = code;
