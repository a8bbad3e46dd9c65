// The delivery worker's settings, from the environment (README, "Configuration") or given by
// tests (short backoff, a fake clock, a local SMTP server).
import { getEnv, type Env } from '../config/env.ts';
import type { Locale } from '../i18n/locales.ts';
import { smtpConfigFromEnv } from '../notifications/channels/email.ts';
import type { ChannelConfig } from '../notifications/channels/types.ts';
import { retryPolicyFromEnv, type RetryPolicy } from '../notifications/retry-policy.ts';

export interface DeliveryOptions {
  /** The clock; tests pass a fake one (rate-limit windows, backoff). */
  now: () => Date;
  random: () => number;
  retry: RetryPolicy;
  channel: ChannelConfig;
  /** Public URL of the app for links; null keeps links relative. */
  appUrl: string | null;
  /** The language of messages to teams (and people without a saved language). */
  defaultLocale: Locale;
  batchSize: number;
  /** How many messages of a batch are sent at the same time. */
  concurrency: number;
  /** How long a claimed message is hidden from other workers while it is being sent. */
  leaseMs: number;
  /**
   * Only messages about these subjects (change / incident ids). Null: every message. For tests
   * sharing one database, and for tools that redeliver one subject's messages.
   */
  subjectIds: string[] | null;
}

export function deliveryOptionsFromEnv(over: Partial<DeliveryOptions> = {}, env: Env = getEnv()): DeliveryOptions {
  return {
    now: () => new Date(),
    random: Math.random,
    retry: retryPolicyFromEnv(env),
    channel: {
      smtp: smtpConfigFromEnv(env),
      httpTimeoutMs: env.NOTIFY_HTTP_TIMEOUT_SECONDS * 1000,
      allowPrivateNetworks: env.NOTIFY_ALLOW_PRIVATE_NETWORKS,
    },
    appUrl: env.APP_URL ?? env.NEXTAUTH_URL ?? null,
    defaultLocale: env.FIREBREAK_DEFAULT_LOCALE,
    batchSize: 50,
    concurrency: 5,
    leaseMs: 5 * 60_000,
    subjectIds: null,
    ...over,
  };
}
