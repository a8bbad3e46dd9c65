import { apiRoute } from '@/lib/api/route';
import { getTimelineEntryHistory } from '@/lib/timeline/get-timeline-entry-history';
import { timelineEntryParams } from '@/lib/timeline/schemas';

export const GET = apiRoute({ role: 'viewer', params: timelineEntryParams, route: '/api/v1/incidents/[ref]/timeline/[entryId]/history' }, ({ db, actor, params }) =>
  getTimelineEntryHistory(db, { actor, ref: params.ref, entryId: params.entryId }),
);
