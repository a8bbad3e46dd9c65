import { getEnv } from '@/lib/config/env';

// The benchmark's floor: the same server answering a constant buffer of the status page's
// size (?bytes=N), with no cache lookup, language or ETag (docs/status-pages.md). Off unless
// STATUS_BENCH_BASELINE_BYTES is set (the largest size it will send).
const buffers = new Map<number, Buffer>();

export const dynamic = 'force-dynamic';

export function GET(req: Request): Response {
  const max = getEnv().STATUS_BENCH_BASELINE_BYTES;
  const size = Number(new URL(req.url).searchParams.get('bytes') ?? 0);
  if (!max || !Number.isInteger(size) || size < 1 || size > max) return new Response('Not found', { status: 404 });
  let buffer = buffers.get(size);
  if (!buffer) buffers.set(size, (buffer = Buffer.alloc(size, 'x')));
  return new Response(buffer as unknown as BodyInit, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
