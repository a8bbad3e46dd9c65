// GET /api/health on the migrated test database: 200, database ok, nothing pending.
import { expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';

it('answers 200 when the database answers and every migration is applied', async () => {
  const res = await GET();
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', database: 'ok', migrations: { current: true, pending: [] } });
});
