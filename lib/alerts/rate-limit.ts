// Per-source rate limit on the receive path: a token bucket per source in this process
// (ALERT_RATE_LIMIT_PER_SECOND, bursts of twice that). Over the limit the sender gets 429 with
// Retry-After; Alertmanager, Grafana and PagerDuty clients retry. In memory on purpose: a
// shared counter would be one hot row on the path that must stay fast; with several app
// instances behind a balancer the limit applies per instance.
export interface Bucket {
  tokens: number;
  at: number;
}

const buckets = new Map<string, Bucket>();

/** Takes `cost` tokens; returns 0 when allowed, else the seconds to wait. */
export function takeToken(sourceId: string, perSecond: number, cost = 1, now = Date.now()): number {
  const burst = perSecond * 2;
  const b = buckets.get(sourceId) ?? { tokens: burst, at: now };
  b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
  b.at = now;
  buckets.set(sourceId, b);
  if (b.tokens >= cost) {
    b.tokens -= cost;
    return 0;
  }
  return Math.max(1, Math.ceil((cost - b.tokens) / perSecond));
}

export function resetRateLimits(): void {
  buckets.clear();
}
