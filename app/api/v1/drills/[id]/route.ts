import { apiRoute } from '@/lib/api/route';
import { getDrillReport } from '@/lib/drills/get-drill-report';
import { drillParams } from '@/lib/drills/schemas';

export const GET = apiRoute({ role: 'viewer', params: drillParams, route: '/api/v1/drills/[id]' }, ({ db, actor, params }) => getDrillReport(db, { actor, id: params.id }));
