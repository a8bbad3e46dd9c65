import { getAlertSource } from '@/lib/alerts/get-alert-source';
import { idParams, updateAlertSourceInput } from '@/lib/alerts/schemas';
import { updateAlertSource } from '@/lib/alerts/update-alert-source';
import { apiRoute } from '@/lib/api/route';

const route = '/api/v1/alert-sources/[id]';

export const GET = apiRoute({ role: 'admin', params: idParams, route }, ({ db, actor, params }) => getAlertSource(db, { actor, id: params.id }));

export const PATCH = apiRoute({ role: 'admin', params: idParams, body: updateAlertSourceInput, route }, ({ db, actor, params, body }) =>
  updateAlertSource(db, { actor, id: params.id, input: body }),
);
