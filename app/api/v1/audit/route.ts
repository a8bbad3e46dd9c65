import { apiRoute } from '@/lib/api/route';
import { listAuditEntries } from '@/lib/audit/list-audit-entries';
import { listAuditQuery } from '@/lib/audit/schemas';

export const GET = apiRoute({ role: 'admin', query: listAuditQuery, route: '/api/v1/audit' }, ({ db, actor, query }) =>
  listAuditEntries(db, { actor, input: query }),
);
