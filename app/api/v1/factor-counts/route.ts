import { apiRoute } from '@/lib/api/route';
import { countFactors } from '@/lib/root-causes/count-factors-by-category';
import { countFactorsQuery } from '@/lib/root-causes/schemas';

export const GET = apiRoute({ role: 'viewer', query: countFactorsQuery, route: '/api/v1/factor-counts' }, ({ db, actor, query }) =>
  countFactors(db, { actor, filter: { from: new Date(query.from), to: new Date(query.to), kind: query.kind, service: query.service } }),
);
