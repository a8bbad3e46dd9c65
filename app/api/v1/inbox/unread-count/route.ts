import { apiRoute } from '@/lib/api/route';
import { countUnread } from '@/lib/inbox/count-unread';

const route = '/api/v1/inbox/unread-count';

export const GET = apiRoute({ role: 'viewer', route }, async ({ db, actor }) => ({ unread: await countUnread(db, { actor }) }));
