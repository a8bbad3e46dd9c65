import { apiRoute } from '@/lib/api/route';
import { assignRole } from '@/lib/incidents/assign-role';
import { assignRoleInput, incidentRefParams } from '@/lib/incidents/schemas';
import { unassignRole } from '@/lib/incidents/unassign-role';

const route = '/api/v1/incidents/[ref]/roles';

export const PUT = apiRoute({ role: 'responder', params: incidentRefParams, body: assignRoleInput, route }, ({ db, actor, params, body }) =>
  assignRole(db, { actor, ref: params.ref, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: incidentRefParams, body: assignRoleInput, route }, ({ db, actor, params, body }) =>
  unassignRole(db, { actor, ref: params.ref, input: body }),
);
