#!/usr/bin/env node
// The admin command, built to dist/admin.js:
//   node dist/admin.js create-company --name "Acme" --slug acme --origin https://acme.example
import { runAdmin } from './admin-cli.js';

process.exitCode = await runAdmin(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
