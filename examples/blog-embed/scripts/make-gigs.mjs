#!/usr/bin/env node
// Writes gigs.json, the static feed the blog post reads: a hand-picked set of weekend gigs from
// the reference API's seed, in the feed format (`{ "version": 1, "projects": [...] }`). Run it
// once after changing the pick (the file is committed; the page never calls the API):
//
//   node examples/blog-embed/scripts/make-gigs.mjs
//
// Needs the API server built (`npm run build`). Deadlines are left out: a blog post stays up for
// months, and a feed full of closed gigs would be a poor read. Ids are the API's own, so an
// application from the post reaches the same gig.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const { buildSeedProjects } = await import(pathToFileURL(join(root, 'examples/api-server/dist/seed.js')).href);
const { Project } = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);

// The post's featured card comes first.
const PICK = [
  'forkful/recipe-card-copy-edit',
  'tideline/trail-guide-blog-posts',
  'pixel-and-pine/colour-contrast-report',
  'lumen-ledger/expense-category-cleanup',
  'brightpath/campus-ambassador-kit',
  'greenway/repair-workshop-posters',
  'harborview/flu-clinic-outreach',
  'forkful/competitor-pricing-scan',
  'tideline/gear-return-reasons',
  'quillstack/changelog-newsletter',
];

const all = buildSeedProjects(new Date('2026-11-20T12:00:00Z'));
const projects = PICK.map((key) => {
  const project = all.find((p) => `${p.company.slug}/${p.slug}` === key);
  if (!project) throw new Error(`No seed gig ${key}`);
  const { applyBy: _deadline, ...rest } = project;
  const parsed = Project.safeParse(rest);
  if (!parsed.success) throw new Error(`${key} is not a valid Project: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
});

const out = join(here, '..', 'gigs.json');
writeFileSync(out, `${JSON.stringify({ version: 1, projects }, null, 2)}\n`);
console.log(`Wrote ${projects.length} gigs to ${out}`);
