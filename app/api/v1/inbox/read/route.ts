import { apiRoute } from '@/lib/api/route';
import { markInboxRead } from '@/lib/inbox/mark-inbox-read';
import { markInboxReadInput } from '@/lib/inbox/schemas';

const route = '/api/v1/inbox/read';

export const POST = apiRoute({ role: 'viewer', body: markInboxReadInput, route }, ({ db, actor, body }) => markInboxRead(db, { actor, input: body }));
