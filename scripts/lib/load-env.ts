// Start-up check shared by `npm start`, `npm run worker`, the CLI and `npm run db:migrate`:
// a bad setting stops the program before it touches anything, with a message naming the
// variable and the values it accepts (lib/config/env.ts).
import { EnvError, getEnv, type Env } from '../../lib/config/env.ts';

export function loadEnvOrExit(what: string, write: (message: string) => void = (m) => console.error(m)): Env {
  try {
    return getEnv();
  } catch (e) {
    write(`\n${what} could not start: ${e instanceof EnvError ? e.message : (e as Error).message}\n`);
    process.exit(1);
  }
}
