// The database-level commands (backup-commands.ts runs them): names and usage, kept free of
// imports so the usage text and argument tests stay pure.
export interface OpsCommand {
  name: string;
  usage: string;
  summary: string;
}

export const opsCommands: OpsCommand[] = [
  { name: 'backup', usage: '[--to DIR] [--verify] | --base', summary: 'A consistent online backup file of the database (path alone on the last line); --base: a base backup for point-in-time restore.' },
  { name: 'restore', usage: 'FILE [--force] | --to-time ISO [--to DIR]', summary: 'Restore a backup file into the (empty) database, or rebuild the embedded data directory at a moment.' },
  { name: 'export', usage: '[--to FILE]', summary: 'The whole workspace as documented JSON (stdout, or a file whose path is the last line).' },
  { name: 'import', usage: 'FILE', summary: 'Load an export into an empty instance.' },
];

export const isOpsCommand = (name: string | undefined) => opsCommands.some((c) => c.name === name);


/** Bad arguments: exit code 2, like the other commands. */
export class UsageError extends Error {}
