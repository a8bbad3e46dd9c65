// Exponential backoff with jitter, shared by the server's LISTEN reconnects and the browser's
// outbox retries. Jitter spreads the retries of many clients that lost the same server at the
// same moment, so they do not all come back in one burst.

/** Delay before retry number `attempt` (0-based): min·2^attempt, capped at max, ±20 % jitter. */
export function nextBackoffMs(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.min(attempt, 30));
  const jitter = base * 0.2 * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(maxMs, base + jitter)));
}
