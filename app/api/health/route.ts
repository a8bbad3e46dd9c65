import { getDb } from '@/lib/db/client';
import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

/** 200 when the database answers and every migration is applied; 503 otherwise. */
export async function GET() {
  const result = await checkHealth(getDb());
  return Response.json(result, { status: result.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
