import { apiRoute } from '@/lib/api/route';
import { getInsightsSummary } from '@/lib/insights/get-insights-summary';
import { insightsQuery } from '@/lib/insights/schemas';

export const GET = apiRoute({ role: 'viewer', query: insightsQuery, route: '/api/v1/insights/summary' }, ({ db, actor, query }) =>
  getInsightsSummary(db, { actor, query }),
);
