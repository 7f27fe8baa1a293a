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

let policy: ScriptPolicy | null | undefined;

/**
 * The Trusted Types policy the JSON-LD text goes through, created on first use; `null` where
 * the browser has no Trusted Types or the page's `trusted-types` directive does not list
 * {@link JSON_LD_POLICY}. It passes text through unchanged, and only ever sees the output of
 * `jobPostingToJson` (JSON with `<` escaped, in a script of type `application/ld+json`, which
 * browsers never run); it is private to this module, so no other code can launder a string
 * through it.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(JSON_LD_POLICY, { createScript: (json) => json }) : null;
    } catch {
      policy = null; // Not allowed by the page: writing the text will then fail where it is enforced.
    }
  }
  return policy;
}

/**
 * The text of a project's `<script type="application/ld+json">`: a `TrustedScript` where the
 * policy exists, so pages that enforce Trusted Types accept it, otherwise the JSON string.
 * Throws what `jobPostingToJson` throws for data that is not a valid project.
 */
export function jsonLdText(project: Project): string {
  const json = jobPostingToJson(project);
  const trusted = scriptPolicy();
  return trusted ? (trusted.createScript(json) as string) : json;
}
