// When a failed message is tried again, and when it is given up on. Exponential backoff with
// full jitter (the next attempt at a random point between now and base·2^(attempt-1), capped),
// so that a receiver that was down is not hit by every waiting message at the same instant.
import type { Env } from '../config/env.ts';

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, baseMs: 30_000, capMs: 6 * 3_600_000 };

/** From NOTIFY_MAX_ATTEMPTS, NOTIFY_RETRY_BASE_SECONDS, NOTIFY_RETRY_MAX_SECONDS. */
export function retryPolicyFromEnv(env: Pick<Env, 'NOTIFY_MAX_ATTEMPTS' | 'NOTIFY_RETRY_BASE_SECONDS' | 'NOTIFY_RETRY_MAX_SECONDS'>): RetryPolicy {
  return {
    maxAttempts: env.NOTIFY_MAX_ATTEMPTS,
    baseMs: env.NOTIFY_RETRY_BASE_SECONDS * 1000,
    capMs: env.NOTIFY_RETRY_MAX_SECONDS * 1000,
  };
}

export type RetryDecision = { status: 'failed'; nextAttemptAt: Date } | { status: 'dead' };

/** `attempts` counts the attempt that just failed (1 after the first). */
export function nextRetry(policy: RetryPolicy, attempts: number, now: Date, random: () => number = Math.random): RetryDecision {
  if (attempts >= policy.maxAttempts) return { status: 'dead' };
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return { status: 'failed', nextAttemptAt: new Date(now.getTime() + Math.floor(random() * ceiling)) };
}
