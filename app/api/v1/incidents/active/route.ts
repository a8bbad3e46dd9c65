import { apiRoute } from '@/lib/api/route';
import { listActiveIncidents } from '@/lib/incidents/list-active-incidents';

export const GET = apiRoute({ role: 'viewer', route: '/api/v1/incidents/active' }, ({ db, actor }) => listActiveIncidents(db, { actor }));
