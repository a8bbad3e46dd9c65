import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createSchedule } from '@/lib/on-call/create-schedule';
import { listSchedules } from '@/lib/on-call/list-schedules';
import { createScheduleInput, teamSlugParams } from '@/lib/on-call/schemas';

const route = '/api/v1/teams/[slug]/schedules';

export const GET = apiRoute({ role: 'viewer', params: teamSlugParams, route }, ({ db, actor, params }) => listSchedules(db, { actor, teamSlug: params.slug }));

export const POST = apiRoute({ role: 'responder', params: teamSlugParams, body: createScheduleInput, route }, async ({ db, actor, params, body }) =>
  jsonResponse(await createSchedule(db, { actor, teamSlug: params.slug, input: body }), 201),
);
