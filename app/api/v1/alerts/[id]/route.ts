import { getAlert } from '@/lib/alerts/list-alerts';
import { idParams } from '@/lib/alerts/schemas';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute({ role: 'viewer', params: idParams, route: '/api/v1/alerts/[id]' }, ({ db, actor, params }) => getAlert(db, { actor, id: params.id }));
