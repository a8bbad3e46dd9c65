// Paths of the postmortem, analysis and action-item API the editor calls (through apiFetch,
// which turns error answers into ApiError with the server's message and details).
import { incidentPath } from '@/lib/client/api-client';

export const pmPath = (incidentId: string) => `${incidentPath(incidentId)}/postmortem`;
export const sectionPath = (incidentId: string, key: string) => `${pmPath(incidentId)}/sections/${key}`;
export const factorsPath = (incidentId: string) => `${incidentPath(incidentId)}/factors`;
export const factorPath = (incidentId: string, id: string) => `${factorsPath(incidentId)}/${id}`;
export const detectionPath = (incidentId: string) => `${incidentPath(incidentId)}/detection`;
export const actionItemsPath = '/api/v1/action-items';
export const actionItemPath = (id: string) => `${actionItemsPath}/${id}`;
export const commentsPath = (incidentId: string) => `${pmPath(incidentId)}/comments`;
export const timelineEntryPath = (incidentId: string, entryId: string) => `${incidentPath(incidentId)}/timeline/${entryId}`;
