import { apiRoute } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { detectionInput } from '@/lib/root-causes/schemas';
import { setDetection } from '@/lib/root-causes/set-detection';

export const PUT = apiRoute(
  { role: 'responder', params: incidentRefParams, body: detectionInput, route: '/api/v1/incidents/[ref]/detection' },
  ({ db, actor, params, body }) => setDetection(db, { actor, ref: params.ref, input: body }),
);
