import { getChangeExpectation, setChangeExpectation } from '@/lib/alerts/expect-alerts-for-change';
import { changeExpectationInput, idParams } from '@/lib/alerts/schemas';
import { apiRoute } from '@/lib/api/route';

const route = '/api/v1/changes/[id]/alert-expectation';

export const GET = apiRoute({ role: 'viewer', params: idParams, route }, ({ db, actor, params }) => getChangeExpectation(db, { actor, changeId: params.id }));

export const PUT = apiRoute({ role: 'responder', params: idParams, body: changeExpectationInput, route }, ({ db, actor, params, body }) =>
  setChangeExpectation(db, { actor, changeId: params.id, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: idParams, route }, ({ db, actor, params }) => setChangeExpectation(db, { actor, changeId: params.id, input: null }));
