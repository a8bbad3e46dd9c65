import { apiRoute } from '@/lib/api/route';
import { search } from '@/lib/search/search';
import { searchQuery } from '@/lib/search/schemas';

const route = '/api/v1/search';

export const GET = apiRoute({ role: 'viewer', query: searchQuery, route }, ({ db, actor, query }) => search(db, { actor, input: query }));
