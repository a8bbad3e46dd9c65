// Every environment variable the app reads, validated once at start-up (README lists them).
// This is the only module that reads `process.env` for settings (an ESLint rule keeps it so):
// a module that needs a setting takes the parsed `Env` (or calls getEnv()), never a raw string
// with a default of its own, so that what the schema accepts is what the code does.
import { z } from 'zod';
import { isTimeZone } from '../kernel/zoned-time.ts';
import { isValidCron } from '../backup/backup-schedule.ts';

/** The one set of spellings every yes/no setting accepts (any case; empty means unset). */
export const booleanSpellings = { true: ['1', 'true', 'yes', 'on'], false: ['0', 'false', 'no', 'off'] } as const;
const allSpellings: readonly string[] = [...booleanSpellings.true, ...booleanSpellings.false];

const unsetWhenEmpty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function bool(fallback: boolean) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? unsetWhenEmpty(v.trim().toLowerCase()) : v),
    z
      .string()
      .refine((v) => allSpellings.includes(v), { message: `expected one of ${allSpellings.join(', ')}` })
      .transform((v) => (booleanSpellings.true as readonly string[]).includes(v))
      .optional()
      .transform((v) => v ?? fallback),
  );
}

const portNumber = () => z.coerce.number().int('expected a port number, 1–65535').min(1, 'expected a port number, 1–65535').max(65535, 'expected a port number, 1–65535');
const port = (fallback: number) => z.preprocess(unsetWhenEmpty, portNumber().default(fallback));
const optionalPort = z.preprocess(unsetWhenEmpty, portNumber().optional());
const positive = (fallback: number) => z.preprocess(unsetWhenEmpty, z.coerce.number().positive('expected a positive number').default(fallback));

const optionalString = z.preprocess(unsetWhenEmpty, z.string().optional());
const optionalUrl = z.preprocess(unsetWhenEmpty, z.url('expected a URL, e.g. https://firebreak.example.com').optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.preprocess(unsetWhenEmpty, z.url('expected a PostgreSQL URL, e.g. postgresql://user:pass@host:5432/db').optional()),
  DATABASE_POOL_SIZE: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(1000, 'expected a whole number, 1–1000').default(10)),
  FIREBREAK_DATA_DIR: z.preprocess(unsetWhenEmpty, z.string().default('./data')),
  FIREBREAK_DB_PORT: port(54329),
  // Prints the embedded PostgreSQL's own log.
  FIREBREAK_DB_LOG: bool(false),
  PORT: port(3000),
  HOSTNAME: z.preprocess(unsetWhenEmpty, z.string().default('0.0.0.0')),
  APP_URL: optionalUrl,
  NEXTAUTH_URL: optionalUrl,
  NEXTAUTH_SECRET: z.preprocess(unsetWhenEmpty, z.string().min(16, 'expected at least 16 characters').optional()),
  SESSION_MAX_AGE_HOURS: positive(12),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_NAME: z.preprocess(unsetWhenEmpty, z.string().default('SSO')),
  OIDC_DEFAULT_ROLE: z.preprocess(unsetWhenEmpty, z.enum(['viewer', 'responder', 'admin']).default('viewer')),
  LOG_LEVEL: z.preprocess(unsetWhenEmpty, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  API_MAX_BODY_BYTES: z.preprocess(unsetWhenEmpty, z.coerce.number().int().positive('expected a positive whole number').default(1_000_000)),
  FIREBREAK_SKIP_MIGRATE: bool(false),
  // Teams that have not acknowledged a change are reminded this many hours before it starts.
  CHANGE_ACK_REMINDER_HOURS: z.preprocess(unsetWhenEmpty, z.coerce.number().positive().max(24 * 14, 'expected hours, at most 336').default(4)),
  // A known issue unreviewed for this long is due for review: its owner team is reminded.
  KNOWN_ISSUE_REVIEW_MONTHS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(120, 'expected months, 1–120').default(6)),
  // The background worker (notification delivery, periodic tasks) inside `npm start`.
  FIREBREAK_WORKER: bool(true),
  FIREBREAK_DEFAULT_LOCALE: z.preprocess(unsetWhenEmpty, z.enum(['en', 'zh-CN']).default('en')),
  SMTP_URL: optionalString,
  SMTP_HOST: optionalString,
  SMTP_PORT: optionalPort,
  SMTP_USER: optionalString,
  SMTP_PASSWORD: optionalString,
  SMTP_FROM: z.preprocess(unsetWhenEmpty, z.string().default('Firebreak <firebreak@localhost>')),
  SMTP_SECURE: bool(false),
  NOTIFY_MAX_ATTEMPTS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(50, 'expected a whole number, 1–50').default(8)),
  NOTIFY_RETRY_BASE_SECONDS: positive(30),
  NOTIFY_RETRY_MAX_SECONDS: positive(21600),
  NOTIFY_SWEEP_SECONDS: positive(15),
  NOTIFY_HTTP_TIMEOUT_SECONDS: positive(10),
  NOTIFY_ALLOW_PRIVATE_NETWORKS: bool(false),
  // The fallback time zone until the browser tells the server the reader's own.
  TZ: z.preprocess(
    unsetWhenEmpty,
    z.string().refine(isTimeZone, 'expected an IANA time zone, e.g. UTC, Asia/Shanghai, Europe/Berlin').default('UTC'),
  ),
  // A bare listener for the public status paths beside the Next.js server (lib/status-pages/status-server.ts).
  STATUS_PAGES_PORT: optionalPort,
  // Benchmarks only (npm run bench -- --only status-pages): /status-baseline?bytes=N answers a
  // constant buffer of N bytes (at most this many), the same-server floor the status pages are
  // compared with. Unset: 404.
  STATUS_BENCH_BASELINE_BYTES: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(10_000_000, 'expected a byte count, 1–10000000').optional()),
  // Alerts in (lib/alerts): receive-path limits, routing windows.
  ALERT_RATE_LIMIT_PER_SECOND: positive(500),
  ALERT_MAX_BODY_BYTES: z.preprocess(unsetWhenEmpty, z.coerce.number().int().positive('expected a positive whole number').default(16_000_000)),
  ALERT_CHANGE_WINDOW_HOURS: z.preprocess(unsetWhenEmpty, z.coerce.number().positive().max(24 * 7, 'expected hours, at most 168').default(6)),
  ALERT_FLAP_COUNT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(2).max(1000, 'expected a whole number, 2–1000').default(4)),
  ALERT_FLAP_MINUTES: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(24 * 60, 'expected minutes, 1–1440').default(30)),
  // On-call (issue 14): how long the acknowledge/escalate links in a page stay valid.
  PAGE_LINK_TTL_MINUTES: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(24 * 60, 'expected minutes, 1–1440').default(60)),
  // The generic HTTP SMS gateway: POST {to, text, id} as JSON, with this bearer token.
  SMS_GATEWAY_URL: optionalUrl,
  SMS_GATEWAY_TOKEN: optionalString,
  // Scheduled logical backups by the worker (docs/backup.md): off until BACKUP_DIR is set.
  BACKUP_DIR: optionalString,
  BACKUP_CRON: z.preprocess(unsetWhenEmpty, z.string().refine(isValidCron, 'expected a cron expression (five fields, UTC), e.g. 0 */6 * * *').default('0 */6 * * *')),
  BACKUP_KEEP_COUNT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(10_000, 'expected a whole number, 1–10000').default(14)),
  BACKUP_KEEP_DAYS: z.preprocess(unsetWhenEmpty, z.coerce.number().positive('expected a positive number').max(3650, 'expected days, at most 3650').default(30)),
  // How often the newest backup is test-restored into a throw-away database (0: never).
  BACKUP_VERIFY_HOURS: z.preprocess(unsetWhenEmpty, z.coerce.number().min(0, 'expected hours, 0 or more').max(24 * 365, 'expected hours, at most 8760').default(24)),
  // Continuous WAL archiving of the embedded PostgreSQL, for point-in-time restore.
  FIREBREAK_WAL_ARCHIVE: optionalString,
  FIREBREAK_ARCHIVE_TIMEOUT_SECONDS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(86_400, 'expected seconds, 1–86400').default(60)),
  // Base backups of the embedded data directory taken by the worker when archiving is on.
  BASE_BACKUP_CRON: z.preprocess(unsetWhenEmpty, z.string().refine(isValidCron, 'expected a cron expression (five fields, UTC), e.g. 30 3 * * *').default('30 3 * * *')),
  BASE_BACKUP_KEEP_COUNT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(1000, 'expected a whole number, 1–1000').default(3)),
});

export type Env = z.infer<typeof envSchema>;
export type EnvSource = Record<string, string | undefined>;

/** Thrown for a bad setting; its message names each variable, its value and what is accepted. */
export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

function describe(issue: z.core.$ZodIssue, source: EnvSource): string {
  const variable = String(issue.path[0] ?? '');
  const given = source[variable];
  const got = given === undefined ? '' : ` (got "${given}")`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}${got}`;
  if (issue.code === 'invalid_type') return `expected a number${got}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
    return issue.message.startsWith('expected') ? `${issue.message}${got}` : `expected ${bound}${got}`;
  }
  return `${issue.message}${got}`;
}

/** Parses settings from any source (tests pass their own); throws EnvError naming bad variables. */
export function parseEnv(source: EnvSource): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? ''), message: describe(i, source) })));
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The process's settings, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed settings, for tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
