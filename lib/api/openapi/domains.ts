// The one list of API path modules that make up the OpenAPI document. A domain adds its
// `lib/<domain>/openapi.ts` export here: one import and one array entry. The order of this
// list is the order of the sections in the document and on /api-docs.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { actionItemsPaths } from '../../action-items/openapi.ts';
import { alertsPaths } from '../../alerts/openapi.ts';
import { apiTokensPaths } from '../../api-tokens/openapi.ts';
import { auditPaths } from '../../audit/openapi.ts';
import { changesPaths } from '../../changes/openapi.ts';
import { homePaths } from '../../home/openapi.ts';
import { inboxPaths } from '../../inbox/openapi.ts';
import { drillsPaths } from '../../drills/openapi.ts';
import { incidentsPaths } from '../../incidents/openapi.ts';
import { insightsPaths } from '../../insights/openapi.ts';
import { knownIssuesPaths } from '../../known-issues/openapi.ts';
import { notificationDeliveryPaths } from '../../notifications/delivery-openapi.ts';
import { onCallPaths } from '../../on-call/openapi.ts';
import { postmortemsPaths } from '../../postmortems/openapi.ts';
import { realtimePaths } from '../../realtime/openapi.ts';
import { rootCausesPaths } from '../../root-causes/openapi.ts';
import { searchPaths } from '../../search/openapi.ts';
import { servicesPaths } from '../../services/openapi.ts';
import { statusPagesPaths } from '../../status-pages/openapi.ts';
import { subscriptionsPaths } from '../../subscriptions/openapi.ts';
import { teamsPaths } from '../../teams/openapi.ts';
import { usersPaths } from '../../users/openapi.ts';
import { exportPaths } from '../../export/openapi.ts';
import { healthPaths } from './health-paths.ts';

export const domainPaths: ZodOpenApiPathsObject[] = [
  homePaths,
  incidentsPaths,
  realtimePaths,
  alertsPaths,
  changesPaths,
  subscriptionsPaths,
  inboxPaths,
  notificationDeliveryPaths,
  rootCausesPaths,
  postmortemsPaths,
  actionItemsPaths,
  insightsPaths,
  drillsPaths,
  knownIssuesPaths,
  searchPaths,
  servicesPaths,
  onCallPaths,
  statusPagesPaths,
  teamsPaths,
  usersPaths,
  apiTokensPaths,
  auditPaths,
  exportPaths,
  healthPaths,
];
