import { apiRoute } from '@/lib/api/route';
import { whoIsOnCallQuery } from '@/lib/on-call/schemas';
import { whoIsOnCall } from '@/lib/on-call/who-is-on-call';

export const GET = apiRoute({ role: 'viewer', query: whoIsOnCallQuery, route: '/api/v1/on-call/services' }, ({ db, actor, query }) => whoIsOnCall(db, { actor, slugs: query.services }));
