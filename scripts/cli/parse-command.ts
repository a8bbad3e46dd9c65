// Turns the CLI's arguments into a validated command, or a message naming what is wrong.
import { parseArgs } from 'node:util';
import { commandSpecs, type CommandSpec } from './command-specs.ts';

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'run'; name: string; input: unknown }
  | { kind: 'error'; message: string };

function optionName(spec: CommandSpec, path: PropertyKey[]): string {
  const field = String(path[0] ?? '');
  return `--${spec.flagOf?.[field] ?? field}`;
}

export function parseCommand(argv: string[]): ParsedCommand {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  const spec = commandSpecs.find((c) => c.name === name);
  if (!spec) return { kind: 'error', message: `Unknown command "${name}". Run "npm run cli -- help" for the list.` };

  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(spec.options.map((o) => [o, { type: 'string' as const }]));
    ({ values } = parseArgs({ args: rest, options: { ...options, help: { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (e) {
    return { kind: 'error', message: `${name}: ${(e as Error).message}. Usage: ${name} ${spec.usage}`.trim() };
  }
  if (values.help) return { kind: 'help' };
  const strings = values as Record<string, string | undefined>;
  const missing = spec.required.filter((o) => strings[o] === undefined || strings[o] === '');
  if (missing.length) {
    return { kind: 'error', message: `${name}: missing ${missing.map((o) => `--${o}`).join(', ')}. Usage: ${name} ${spec.usage}` };
  }
  const parsed = spec.schema.safeParse(spec.toInput(strings));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${optionName(spec, i.path)}: ${i.message}`);
    return { kind: 'error', message: `${name}: ${problems.join('; ')}.` };
  }
  return { kind: 'run', name, input: parsed.data };
}
