import { apiRoute } from '@/lib/api/route';
import { listInbox } from '@/lib/inbox/list-inbox';
import { listInboxQuery } from '@/lib/inbox/schemas';

const route = '/api/v1/inbox';

export const GET = apiRoute({ role: 'viewer', query: listInboxQuery, route }, ({ db, actor, query }) => listInbox(db, { actor, input: query }));
