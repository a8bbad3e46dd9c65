import { apiRoute } from '@/lib/api/route';
import { getSchedule } from '@/lib/on-call/get-schedule';
import { idParams } from '@/lib/on-call/schemas';

export const GET = apiRoute({ role: 'viewer', params: idParams, route: '/api/v1/schedules/[id]' }, ({ db, actor, params }) => getSchedule(db, { actor, id: params.id }));
