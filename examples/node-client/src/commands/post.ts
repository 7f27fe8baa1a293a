import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ProjectInput } from '@microintern/core';
import type { CommandContext } from '../io.js';

/** Reading or parsing the project file failed: said with the file's name. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError' as const;
}

async function readProjectFile(path: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProjectFileError(code === 'ENOENT' ? `${shown} does not exist.` : `Cannot read ${shown}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProjectFileError(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * `post`: creates a gig from a JSON file with the company's secret key. The client checks the
 * file against the project schema first, so a mistake is reported field by field before
 * anything is sent; the request carries an idempotency key, so a retry never posts twice.
 *
 * @example
 * ```sh
 * microintern-gigs post --company forkful --key "$MI_KEY" --file project.example.json
 * ```
 */
export async function postCommand({ options, mi, io }: CommandContext): Promise<void> {
  const shown = options.file!;
  // The schema check is the client's: whatever the file holds goes to `create`, which throws
  // MiInputError naming each wrong field.
  const input = (await readProjectFile(resolve(io.cwd, shown), shown)) as ProjectInput;
  const project = await mi.projects.create(input);
  if (options.json) {
    io.out(JSON.stringify(project, null, 2));
    return;
  }
  io.out(`Posted "${project.title}" for ${project.company.name}: id ${project.id}, slug ${project.slug}, ${project.status}.`);
  io.out(`Read its applications with: microintern-gigs applications --company ${options.company} --project ${project.id}`);
}
