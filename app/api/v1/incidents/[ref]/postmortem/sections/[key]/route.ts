import { apiRoute } from '@/lib/api/route';
import { sectionParams, updateSectionInput } from '@/lib/postmortems/schemas';
import { updateSection } from '@/lib/postmortems/update-section';

export const PUT = apiRoute(
  { role: 'responder', params: sectionParams, body: updateSectionInput, route: '/api/v1/incidents/[ref]/postmortem/sections/[key]' },
  ({ db, actor, params, body }) => updateSection(db, { actor, ref: params.ref, key: params.key, input: body }),
);
