import { ServiceNames } from '@waystation/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './repo-root';

/** How the table documents an optional setting that has no default. */
const UNSET = '(unset)';

/** The rows of README.md's configuration table: `| \`NAME\` | \`default\` | … |` (or `(unset)`). */
function documentedDefaults(): Map<string, string> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \| (?:`([^`]*)`|(\(unset\))) \|/gm)];
  return new Map(rows.map(([, name, value, unset]) => [name, value ?? unset]));
}

/** A default that differs per app is documented with `<service>` standing for the app's name. */
const SERVICE_PLACEHOLDER = '<service>';

function isDocumentedDefault(documented: string, actual: string): boolean {
  if (!documented.includes(SERVICE_PLACEHOLDER)) return documented === actual;
  return ServiceNames.some((service) => documented.replaceAll(SERVICE_PLACEHOLDER, service) === actual);
}

/** A default as the table writes it: a list comma-separated, an object as JSON, no default as `(unset)`. */
function documentedValueOf(value: unknown): string {
  if (value === undefined) return UNSET;
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/**
 * Checks that every variable a service reads is in the README's configuration table with the default the
 * schema really applies, so the table cannot drift from the code.
 */
export function undocumentedSettings(schema: z.ZodObject): string[] {
  const documented = documentedDefaults();
  const defaults = schema.parse({}) as Record<string, unknown>;
  return Object.keys(schema.shape).flatMap((name) => {
    const value = defaults[name];
    const expected = documentedValueOf(value);
    if (!documented.has(name)) return [`${name} is missing from README.md's configuration table`];
    if (!isDocumentedDefault(documented.get(name) as string, expected))
      return [`${name}: README.md says \`${documented.get(name)}\`, the code defaults to \`${expected}\``];
    return [];
  });
}
