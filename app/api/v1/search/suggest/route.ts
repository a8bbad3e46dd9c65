import { apiRoute } from '@/lib/api/route';
import { suggestQuery } from '@/lib/search/schemas';
import { suggest } from '@/lib/search/suggest';

const route = '/api/v1/search/suggest';

export const GET = apiRoute({ role: 'viewer', query: suggestQuery, route }, ({ db, actor, query }) => suggest(db, { actor, input: query }));
