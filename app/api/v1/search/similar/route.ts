import { apiRoute } from '@/lib/api/route';
import { findSimilar } from '@/lib/search/find-similar';
import { similarQuery } from '@/lib/search/schemas';

const route = '/api/v1/search/similar';

export const GET = apiRoute({ role: 'viewer', query: similarQuery, route }, ({ db, actor, query }) => findSimilar(db, { actor, input: query }));
