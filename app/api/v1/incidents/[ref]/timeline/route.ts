import { apiRoute } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { addTimelineEntry } from '@/lib/timeline/add-timeline-entry';
import { createdOrReplayed, idempotencyKeyOf } from '@/lib/timeline/idempotency';
import { listTimeline } from '@/lib/timeline/list-timeline';
import { addTimelineEntryInput, listTimelineQuery } from '@/lib/timeline/schemas';

const route = '/api/v1/incidents/[ref]/timeline';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, query: listTimelineQuery, route }, ({ db, actor, params, query }) =>
  listTimeline(db, { actor, ref: params.ref, input: query }),
);

export const POST = apiRoute({ role: 'responder', params: incidentRefParams, body: addTimelineEntryInput, route }, async ({ req, db, actor, params, body }) => {
  const { entry, created } = await addTimelineEntry(db, { actor, ref: params.ref, input: body, idempotencyKey: idempotencyKeyOf(req) });
  return createdOrReplayed(entry, created);
});
