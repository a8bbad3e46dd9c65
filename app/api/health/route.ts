import { getDb } from '@/lib/db/client';
import { DATABASE_RETRY_AFTER_SECONDS } from '@/lib/errors/database-unavailable';
import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

/** 200 when the database answers and every migration is applied; 503 (with Retry-After) otherwise. */
export async function GET() {
  const result = await checkHealth(getDb());
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (result.status !== 'ok') headers['retry-after'] = String(DATABASE_RETRY_AFTER_SECONDS);
  return Response.json(result, { status: result.status === 'ok' ? 200 : 503, headers });
}
