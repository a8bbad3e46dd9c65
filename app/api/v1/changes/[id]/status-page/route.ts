import { apiRoute } from '@/lib/api/route';
import { changeIdParams } from '@/lib/changes/schemas';
import { changeMaintenanceInput } from '@/lib/status-pages/schemas';
import { getChangeMaintenance, setChangeMaintenance } from '@/lib/status-pages/set-change-maintenance';

const route = '/api/v1/changes/[id]/status-page';

export const GET = apiRoute({ role: 'viewer', params: changeIdParams, route }, ({ db, actor, params }) => getChangeMaintenance(db, { actor, id: params.id }));

export const PUT = apiRoute({ role: 'responder', params: changeIdParams, body: changeMaintenanceInput, route }, ({ db, actor, params, body }) =>
  setChangeMaintenance(db, { actor, id: params.id, input: body }),
);
