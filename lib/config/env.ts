// Every environment variable the app reads, validated once at start-up (README lists them).
import { z } from 'zod';
import { isValidCron } from '../backup/backup-schedule.ts';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  FIREBREAK_DATA_DIR: z.string().default('./data'),
  FIREBREAK_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default('0.0.0.0'),
  APP_URL: z.string().url().optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(12),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default('SSO'),
  OIDC_DEFAULT_ROLE: z.enum(['viewer', 'responder', 'admin']).default('viewer'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  API_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  FIREBREAK_SKIP_MIGRATE: bool.default(false),
  // Teams that have not acknowledged a change are reminded this many hours before it starts.
  CHANGE_ACK_REMINDER_HOURS: z.coerce.number().positive().max(24 * 14).default(4),
  // A known issue unreviewed for this long is due for review: its owner team is reminded.
  KNOWN_ISSUE_REVIEW_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  // The background worker (notification delivery, periodic tasks) inside `npm start`.
  FIREBREAK_WORKER: bool.default(true),
  FIREBREAK_DEFAULT_LOCALE: z.enum(['en', 'zh-CN']).default('en'),
  SMTP_URL: z.string().optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  SMTP_SECURE: bool.default(false),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFY_RETRY_BASE_SECONDS: z.coerce.number().positive().default(30),
  NOTIFY_RETRY_MAX_SECONDS: z.coerce.number().positive().default(21600),
  NOTIFY_SWEEP_SECONDS: z.coerce.number().positive().default(15),
  NOTIFY_HTTP_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  NOTIFY_ALLOW_PRIVATE_NETWORKS: bool.default(false),
  // Scheduled logical backups by the worker (docs/backup.md): off until BACKUP_DIR is set.
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_CRON: z.string().refine(isValidCron, 'is not a cron expression (five fields, UTC)').default('0 */6 * * *'),
  BACKUP_KEEP_COUNT: z.coerce.number().int().min(1).max(10_000).default(14),
  BACKUP_KEEP_DAYS: z.coerce.number().positive().max(3650).default(30),
  // How often the newest backup is test-restored into a throw-away database (0: never).
  BACKUP_VERIFY_HOURS: z.coerce.number().min(0).max(24 * 365).default(24),
  // Continuous WAL archiving of the embedded PostgreSQL, for point-in-time restore.
  FIREBREAK_WAL_ARCHIVE: z.string().min(1).optional(),
  FIREBREAK_ARCHIVE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // Base backups of the embedded data directory taken by the worker when archiving is on.
  BASE_BACKUP_CRON: z.string().refine(isValidCron, 'is not a cron expression (five fields, UTC)').default('30 3 * * *'),
  BASE_BACKUP_KEEP_COUNT: z.coerce.number().int().min(1).max(1000).default(3),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
