// Imported lazily by StructuredDataController: JSON-LD is written after the first paint, so
// code splitting keeps the JobPosting mapping out of a board's first download.
import { jobPostingToJson, type Project } from '@microintern/core';

/** The part of the Trusted Types API used here (not in TypeScript's DOM library). */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

/** The policy name a page enforcing Trusted Types lists in its `trusted-types` directive. */
export const JSON_LD_POLICY = 'microintern-json-ld';

// Set on the global object, not in this module, so a second copy of the widgets on the page sees
// it too: each refused attempt is a `securitypolicyviolation` report that a host with a report
// endpoint receives from every visitor, and a refusal holds for the rest of the page's life.
const REFUSED = Symbol.for('microintern.json-ld-refused');
const page = globalThis as { trustedTypes?: TrustedTypesFactory; [REFUSED]?: unknown };

let policy: ScriptPolicy | null | undefined;

/**
 * The Trusted Types policy the JSON-LD text goes through, created on first use; `null` where
 * the browser has no Trusted Types. It throws where the page's `trusted-types` directive does not
 * list {@link JSON_LD_POLICY}. It passes text through unchanged, and only ever sees the output of
 * `jobPostingToJson` (JSON with `<` escaped, in a script of type `application/ld+json`, which
 * browsers never run); it is private to this module, so no other code can launder a string
 * through it.
 */
function scriptPolicy(): ScriptPolicy | null {
  const factory = page.trustedTypes;
  policy ??= factory ? factory.createPolicy(JSON_LD_POLICY, { createScript: (json) => json }) : null;
  return policy;
}

/**
 * Writes a project's JSON-LD into `script`: as a `TrustedScript` where the browser has Trusted
 * Types, so pages that enforce them accept it, otherwise as the JSON string. Throws what
 * `jobPostingToJson` throws for data that is not a valid project, and throws without touching
 * `script` once the page has refused the policy or the write: the first refusal is the only one
 * the page reports, and no JSON-LD is written after it.
 */
export function writeJsonLd(script: HTMLScriptElement, project: Project): void {
  // The first refusal, thrown again.
  if (page[REFUSED]) throw page[REFUSED];
  const json = jobPostingToJson(project);
  try {
    const trusted = scriptPolicy();
    script.textContent = trusted ? (trusted.createScript(json) as string) : json;
  } catch (error) {
    throw (page[REFUSED] = error);
  }
}
