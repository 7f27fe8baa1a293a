#!/usr/bin/env node
// Runs the pinned pnpm without a global install: npx fetches it from the npm registry once
// and caches it. Every script that needs pnpm goes through here.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['--yes', 'pnpm@12.4.2', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, npm_config_update_notifier: 'false' },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
