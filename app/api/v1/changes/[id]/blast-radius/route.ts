import { apiRoute } from '@/lib/api/route';
import { getBlastRadius } from '@/lib/changes/get-blast-radius';
import { changeIdParams } from '@/lib/changes/schemas';

const route = '/api/v1/changes/[id]/blast-radius';

export const GET = apiRoute({ role: 'viewer', params: changeIdParams, route }, ({ db, actor, params }) =>
  getBlastRadius(db, { actor, id: params.id }),
);
