import { apiRoute } from '@/lib/api/route';
import { deleteTimelineEntry } from '@/lib/timeline/delete-timeline-entry';
import { editTimelineEntry } from '@/lib/timeline/edit-timeline-entry';
import { deleteTimelineEntryInput, editTimelineEntryInput, timelineEntryParams } from '@/lib/timeline/schemas';

const route = '/api/v1/incidents/[ref]/timeline/[entryId]';

// 'viewer' at the edge: an entry's author may change it even after becoming a viewer; the use
// cases decide (responder, or the author).
export const PATCH = apiRoute({ role: 'viewer', params: timelineEntryParams, body: editTimelineEntryInput, route }, ({ db, actor, params, body }) =>
  editTimelineEntry(db, { actor, ref: params.ref, entryId: params.entryId, input: body }),
);

export const DELETE = apiRoute({ role: 'viewer', params: timelineEntryParams, body: deleteTimelineEntryInput, route }, ({ db, actor, params, body }) =>
  deleteTimelineEntry(db, { actor, ref: params.ref, entryId: params.entryId, input: body }),
);
