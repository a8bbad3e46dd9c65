import { idParams } from '@/lib/alerts/schemas';
import { rotateAlertSourceKey } from '@/lib/alerts/update-alert-source';
import { apiRoute } from '@/lib/api/route';

export const POST = apiRoute({ role: 'admin', params: idParams, route: '/api/v1/alert-sources/[id]/rotate-key' }, ({ db, actor, params }) =>
  rotateAlertSourceKey(db, { actor, id: params.id }),
);
