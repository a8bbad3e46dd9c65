import { apiRoute } from '@/lib/api/route';
import { listPostmortems } from '@/lib/postmortems/list-postmortems';
import { listPostmortemsQuery } from '@/lib/postmortems/schemas';

export const GET = apiRoute({ role: 'viewer', query: listPostmortemsQuery, route: '/api/v1/postmortems' }, ({ db, actor, query }) => listPostmortems(db, { actor, query }));
