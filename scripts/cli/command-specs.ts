// The operator CLI's commands: their options and how the options become a use case's input.
// Pure (no database), so argument handling is unit-tested and a bad argument never gets as
// far as opening the database.
import { z } from 'zod';
import { opsCommands } from './ops-specs.ts';
import { createApiTokenInput } from '../../lib/api-tokens/schemas.ts';
import { createUserInput, emailField, passwordField, roleField } from '../../lib/users/schemas.ts';

type Values = Record<string, string | undefined>;

export interface CommandSpec {
  name: string;
  summary: string;
  /** Options after the command name, as shown in the usage text. */
  usage: string;
  options: string[];
  required: string[];
  schema: z.ZodType;
  toInput: (v: Values) => unknown;
  /** Input field → option name, where they differ (for error messages). */
  flagOf?: Record<string, string>;
}

const byEmail = z.object({ email: emailField });
const roles = 'admin|responder|viewer';

export const commandSpecs: CommandSpec[] = [
  {
    name: 'user:create', summary: 'Create a user who signs in with email and password.',
    usage: `--email E --password P --role ${roles} [--name N]`,
    options: ['email', 'password', 'role', 'name'], required: ['email', 'password', 'role'],
    schema: createUserInput,
    // Without a name, the part of the email before the @ is a fair start; they can change it.
    toInput: (v) => ({ email: v.email, password: v.password, role: v.role, name: v.name ?? v.email?.split('@')[0] }),
  },
  {
    name: 'user:set-role', summary: "Change a user's role.", usage: `--email E --role ${roles}`,
    options: ['email', 'role'], required: ['email', 'role'],
    schema: byEmail.extend({ role: roleField }), toInput: (v) => ({ email: v.email, role: v.role }),
  },
  {
    name: 'user:deactivate', summary: 'Deactivate a user: signed out at once, cannot sign in.', usage: '--email E',
    options: ['email'], required: ['email'], schema: byEmail, toInput: (v) => ({ email: v.email }),
  },
  {
    name: 'user:reactivate', summary: 'Reactivate a deactivated user.', usage: '--email E',
    options: ['email'], required: ['email'], schema: byEmail, toInput: (v) => ({ email: v.email }),
  },
  {
    name: 'user:reset-password', summary: "Set a user's password.", usage: '--email E --password P',
    options: ['email', 'password'], required: ['email', 'password'],
    schema: byEmail.extend({ password: passwordField }), toInput: (v) => ({ email: v.email, password: v.password }),
  },
  {
    name: 'user:list', summary: 'List all users.', usage: '',
    options: [], required: [], schema: z.object({}), toInput: () => ({}),
  },
  {
    name: 'token:create', summary: 'Create an API token; prints the secret alone on the last line.',
    usage: `--name N --role ${roles} [--expires-days D]`,
    options: ['name', 'role', 'expires-days'], required: ['name', 'role'],
    schema: createApiTokenInput,
    toInput: (v) => ({
      name: v.name,
      role: v.role,
      expiresInDays: v['expires-days'] === undefined ? null : /^\d+$/.test(v['expires-days']) ? Number(v['expires-days']) : v['expires-days'],
    }),
    flagOf: { expiresInDays: 'expires-days' },
  },
  {
    name: 'token:list', summary: 'List API tokens (never their secrets).', usage: '',
    options: [], required: [], schema: z.object({}), toInput: () => ({}),
  },
  {
    name: 'search:reindex', summary: 'Write the search documents of rows that have none (after a bulk load or an upgrade).', usage: '[--batch N]',
    options: ['batch'], required: [],
    schema: z.object({ batch: z.coerce.number().int().min(1).max(10_000).default(500) }),
    toInput: (v) => ({ batch: v.batch }),
  },
  {
    name: 'token:revoke', summary: 'Revoke an API token by id.', usage: '--id ID',
    options: ['id'], required: ['id'], schema: z.object({ id: z.uuid() }), toInput: (v) => ({ id: v.id }),
  },
  {
    name: 'demo:load', summary: 'Load the demo data set (the CRM outage story, every name marked [demo]).', usage: '',
    options: [], required: [], schema: z.object({}), toInput: () => ({}),
  },
  {
    name: 'demo:unload', summary: 'Remove the demo data set, exactly what demo:load wrote.', usage: '',
    options: [], required: [], schema: z.object({}), toInput: () => ({}),
  },
];

export function usageText(): string {
  const all = [...commandSpecs, ...opsCommands];
  const width = Math.max(...all.map((c) => c.name.length));
  const lines = all.map((c) => `  ${c.name.padEnd(width)}  ${c.usage}\n  ${' '.repeat(width)}  ${c.summary}`);
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...lines,
    `  ${'help'.padEnd(width)}  Show this text.`,
    '',
    'Uses DATABASE_URL when set, else the embedded database under FIREBREAK_DATA_DIR (stop Firebreak first).',
    'Pending migrations are applied before the command runs (not before backup, restore, export and import).',
  ].join('\n');
}
