// A small closed-loop load generator: `concurrency` clients each send the next request as
// soon as the previous one answered, for `durationMs`. Latencies in milliseconds.

export interface LoadResult {
  name: string;
  requests: number;
  errors: number;
  durationS: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  firstError?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[i] ?? 0) * 100) / 100;
}

export async function runLoad(
  name: string,
  opts: { concurrency: number; durationMs: number; maxRequests?: number },
  request: (i: number) => Promise<boolean | string>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  const max = opts.maxRequests ?? Number.POSITIVE_INFINITY;
  async function client() {
    while (performance.now() < deadline && next < max) {
      const i = next++;
      const t0 = performance.now();
      let ok: boolean | string;
      try {
        ok = await request(i);
      } catch (e) {
        ok = (e as Error).message;
      }
      latencies.push(performance.now() - t0);
      if (ok !== true) {
        errors++;
        firstError ??= typeof ok === 'string' ? ok : 'failed';
      }
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  const durationS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    errors,
    durationS: Math.round(durationS * 100) / 100,
    throughput: Math.round(latencies.length / durationS),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    ...(firstError ? { firstError } : {}),
  };
}
